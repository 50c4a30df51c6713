// What a request must be (the SDK gate judges every request an SDK sends with these checks): a
// documented operation, both keys, an idempotency key where the docs require one, a JSON body that
// the operation's schema accepts, parameters that match theirs. Each check is a function of the
// request; its faults are mistakes a client makes, which a unit test feeds it to prove it fails.
// A problem cites the operation's page, an enum where the docs state it (the schema's own x-doc, its
// x-doc-note in `location`), and a body the docs show on both sides names its conflict.
import { requestConflicts } from '../conflicts.js';
import type { Contract, Operation } from '../contract.js';
import type { Violation } from '../violation.js';
import { DOC } from './docs.js';
import type { GateRequest, RuleEntry } from './types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const cut = (v: unknown): string => (JSON.stringify(v) ?? String(v)).slice(0, 120);
const header = (r: GateRequest, name: string): string | undefined => {
  const v = r.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
};
const IDEMPOTENCY = 'X-Idempotency-Key';

/**
 * The page a schema violation of a request cites: the operation's; for an enum, the enum schema's own
 * x-doc when it has one (a shared list such as the country codes), the operation's page otherwise.
 */
function citation(contract: Contract, op: Operation, v: Violation): string {
  if (v.keyword === 'enum' && v.location) {
    try {
      const own = contract.schemaAt(v.location)['x-doc'];
      if (typeof own === 'string') return own;
    } catch {
      // a location that is not a schema of the document: the operation's page
    }
  }
  return op.doc || DOC.apiOverview;
}

/** The value a request gives a parameter of the operation (undefined when it sends none). */
function parameterValue(r: GateRequest, p: Operation['parameters'][number]): string | undefined {
  if (p.in === 'header') return header(r, p.name);
  if (p.in === 'path') return r.params[p.name];
  if (p.in === 'query') return r.query[p.name];
  return undefined;
}

export const REQUEST_RULES = {
  'request-documented': {
    area: 'requests',
    scope: 'request',
    statement: 'A request is a documented operation: its method and path are in the contract.',
    doc: DOC.apiOverview,
    request: {
      check: (r, op) =>
        op
          ? []
          : [
              {
                pointer: '',
                expected: 'a documented operation',
                observed: `${r.method} ${r.path}`,
                doc: DOC.apiOverview,
              },
            ],
    },
    faults: {
      'request-undocumented-path': {
        description: 'the client calls a path no operation has',
        effect: { request: (r) => void (r.path = `${r.path}/undocumented`) },
      },
    },
  },
  'request-keys': {
    area: 'requests',
    scope: 'request',
    statement: 'A request sends both keys as headers, public-api-key and private-secret-key, neither empty.',
    doc: DOC.authentication,
    request: {
      check: (r) =>
        ['public-api-key', 'private-secret-key'].flatMap((h) => {
          const v = header(r, h);
          return typeof v === 'string' && v !== ''
            ? []
            : [
                {
                  pointer: `header:${h}`,
                  expected: 'present, not empty',
                  observed: v === undefined ? 'missing' : 'empty',
                },
              ];
        }),
    },
    faults: {
      'request-without-private-key': {
        description: 'the client leaves private-secret-key out',
        effect: { request: (r) => void delete r.headers['private-secret-key'] },
      },
    },
  },
  'request-idempotency-key': {
    area: 'requests',
    scope: 'request',
    statement: 'X-Idempotency-Key is sent, a UUID, on every operation whose docs require it.',
    doc: DOC.authentication,
    request: {
      check: (r, op) => {
        const p = op?.parameters.find((x) => x.in === 'header' && x.name === IDEMPOTENCY);
        if (!p) return [];
        const v = header(r, IDEMPOTENCY);
        if (v === undefined)
          return p.required
            ? [{ pointer: `header:${IDEMPOTENCY}`, expected: 'present (required)', observed: 'missing' }]
            : [];
        return UUID.test(v) ? [] : [{ pointer: `header:${IDEMPOTENCY}`, expected: 'a UUID', observed: cut(v) }];
      },
    },
    faults: {
      'request-idempotency-key-not-uuid': {
        description: 'the client sends an idempotency key that is not a UUID',
        operations: ['createPayment'],
        effect: { request: (r) => void (r.headers['x-idempotency-key'] = 'order-1') },
      },
    },
  },
  'request-content-type': {
    area: 'requests',
    scope: 'request',
    statement:
      'A request with a body sends it as application/json (the media type in any letter case, as RFC 9110 makes them equal).',
    doc: DOC.apiOverview,
    request: {
      check: (r, op) => {
        if (!op?.requestBody || r.rawBody.length === 0) return [];
        const ct = String(header(r, 'content-type') ?? '')
          .split(';')[0]!
          .trim()
          .toLowerCase();
        return ct === 'application/json'
          ? []
          : [{ pointer: 'header:content-type', expected: 'application/json', observed: ct || 'none' }];
      },
    },
    faults: {
      'request-body-as-text': {
        description: 'the client labels its JSON body text/plain',
        operations: ['createPayment'],
        effect: { request: (r) => void (r.headers['content-type'] = 'text/plain') },
      },
    },
  },
  'request-parameters': {
    area: 'requests',
    scope: 'request',
    statement:
      "Path, query and header parameters are sent where the operation requires them, match their schemas, and come with the ones they need beside them (x-requires); X-Idempotency-Key is request-idempotency-key's.",
    doc: DOC.apiOverview,
    request: {
      check: (r, op, contract) =>
        (op?.parameters ?? [])
          .filter((p) => p.name !== IDEMPOTENCY)
          .flatMap((p) => {
            const value = parameterValue(r, p);
            if (value === undefined)
              return p.required
                ? [{ pointer: `${p.in}:${p.name}`, expected: 'present (required)', observed: 'missing', doc: op!.doc }]
                : [];
            return contract.validate(p.ref, value, { operation: op!.operationId, doc: op!.doc }).map((v) => ({
              pointer: `${p.in}:${p.name}${v.pointer}`,
              keyword: v.keyword,
              location: v.location,
              expected: v.expected,
              observed: cut(v.observed),
              doc: citation(contract, op!, v),
            }));
          })
          .concat(
            // A parameter sent without the ones it needs beside it (x-requires).
            (op ? contract.parameterNeeds(op.operationId) : []).flatMap((q) => {
              const sent = (n: string): boolean =>
                q.in === 'header' ? header(r, n) !== undefined : q.in === 'query' ? n in r.query : true;
              const missing = sent(q.name) ? q.needs.filter((n) => !sent(n)) : [];
              return missing.length
                ? [
                    {
                      pointer: `${q.in}:${q.name}`,
                      keyword: 'x-requires',
                      location: contract.pointerOf(q.schema),
                      expected: `sent with ${q.needs.join(', ')}`,
                      observed: `without ${missing.join(', ')}`,
                      doc: op!.doc,
                    },
                  ]
                : [];
            }),
          ),
    },
    faults: {
      'request-query-missing': {
        description: 'the client looks a payment up by merchant_order_id without sending it',
        operations: ['retrievePaymentsByMerchantOrderId'],
        effect: { request: (r) => void delete r.query.merchant_order_id },
      },
    },
  },
  'request-body-schema': {
    area: 'requests',
    scope: 'request',
    statement: "A request's body is JSON and validates against the operation's request schema.",
    doc: DOC.apiOverview,
    request: {
      check: (r, op, contract) => {
        if (!op?.requestBody) return [];
        if (r.rawBody.length === 0)
          return op.requestBody.required
            ? [{ pointer: '', expected: 'a JSON body', observed: 'no body', doc: op.doc }]
            : [];
        if (r.body === undefined)
          return [{ pointer: '', expected: 'a JSON body', observed: 'text that is not JSON', doc: op.doc }];
        const found = contract.checkRequestBody(op.operationId, r.body);
        const conflicts = requestConflicts(op.operationId, found, r.body);
        return found.map((v, i) => ({
          pointer: v.pointer,
          keyword: v.keyword,
          location: v.location,
          expected: v.expected,
          observed: cut(v.observed),
          doc: citation(contract, op, v),
          ...(conflicts[i] ? { conflict: conflicts[i].id } : {}),
        }));
      },
    },
    faults: {
      'request-amount-as-string': {
        description: 'the client sends amount.value as a string',
        operations: ['createPayment'],
        effect: {
          request: (r) => {
            const amount = (r.body as { amount?: { value?: unknown } } | undefined)?.amount;
            if (amount) amount.value = String(amount.value);
            r.rawBody = JSON.stringify(r.body);
          },
        },
      },
    },
  },
} satisfies Record<string, RuleEntry>;
