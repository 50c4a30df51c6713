// The emulator as a target for an SDK's own tests: it records every API request it receives and
// checks it against the contract - the request body's schema, the path and query parameters, the
// required headers (both keys; X-Idempotency-Key where the docs require it), the content type - so
// `npm run sdk-gate` can say what an SDK sent wrong, where the docs say otherwise, and which
// documented operations it never called.
import type { IncomingMessage } from 'node:http';
import type { Contract, Operation } from '../lib/contract.js';

/** What the gate checks of a request, by name, each with the docs page that states it. */
export const REQUEST_CHECKS = {
  'known-operation': {
    statement: 'The request is a documented operation (method and path).',
    doc: 'https://docs.y.uno/reference/api-reference-overview',
  },
  keys: {
    statement: 'Both keys are sent as headers: public-api-key and private-secret-key.',
    doc: 'https://docs.y.uno/reference/authentication',
  },
  'idempotency-key': {
    statement: 'X-Idempotency-Key is sent, a UUID, where the docs require it.',
    doc: 'https://docs.y.uno/reference/authentication',
  },
  'content-type': {
    statement: 'A request with a body sends it as application/json.',
    doc: 'https://docs.y.uno/reference/api-reference-overview',
  },
  parameters: {
    statement: 'Path, query and header parameters match their schemas.',
    doc: 'https://docs.y.uno/reference/api-reference-overview',
  },
  'request-schema': {
    statement: "The body validates against the operation's request schema.",
    doc: 'https://docs.y.uno/reference/api-reference-overview',
  },
} as const;
export type RequestCheck = keyof typeof REQUEST_CHECKS;

export interface RequestProblem {
  check: RequestCheck;
  pointer: string;
  expected: string;
  observed: string;
  doc: string;
}

export interface RecordedRequest {
  at: string;
  method: string;
  path: string;
  operationId?: string;
  status: number;
  /** Sent with `x-conformance-expect: invalid`: the SDK's own test of a refusal; listed, not counted. */
  deliberate: boolean;
  problems: RequestProblem[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const cut = (v: unknown): string => (JSON.stringify(v) ?? String(v)).slice(0, 120);

/** The problems of one request, given the operation it matched (undefined: none matched). */
export function requestProblems(
  contract: Contract,
  op: Operation | undefined,
  req: {
    method: string;
    path: string;
    headers: IncomingMessage['headers'];
    params: Record<string, string>;
    query: Record<string, string>;
    rawBody: string;
    body: unknown;
  },
): RequestProblem[] {
  if (!op)
    return [
      {
        check: 'known-operation',
        pointer: '',
        expected: 'a documented operation',
        observed: `${req.method} ${req.path}`,
        doc: REQUEST_CHECKS['known-operation'].doc,
      },
    ];
  const doc = op.doc;
  const out: RequestProblem[] = [];
  for (const h of ['public-api-key', 'private-secret-key']) {
    const v = req.headers[h];
    if (typeof v !== 'string' || v === '')
      out.push({
        check: 'keys',
        pointer: `header:${h}`,
        expected: 'present, not empty',
        observed: v === undefined ? 'missing' : 'empty',
        doc: REQUEST_CHECKS.keys.doc,
      });
  }
  for (const p of op.parameters) {
    const raw =
      p.in === 'header'
        ? req.headers[p.name.toLowerCase()]
        : p.in === 'path'
          ? req.params[p.name]
          : p.in === 'query'
            ? req.query[p.name]
            : undefined;
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined) {
      if (p.required)
        out.push({
          check: p.name === 'X-Idempotency-Key' ? 'idempotency-key' : 'parameters',
          pointer: `${p.in}:${p.name}`,
          expected: 'present (required)',
          observed: 'missing',
          doc: p.name === 'X-Idempotency-Key' ? REQUEST_CHECKS['idempotency-key'].doc : doc,
        });
      continue;
    }
    if (p.name === 'X-Idempotency-Key' && !UUID.test(value)) {
      out.push({
        check: 'idempotency-key',
        pointer: `header:${p.name}`,
        expected: 'a UUID',
        observed: cut(value),
        doc: REQUEST_CHECKS['idempotency-key'].doc,
      });
      continue;
    }
    for (const v of contract.validate(p.ref, value, { operation: op.operationId, doc }))
      out.push({
        check: 'parameters',
        pointer: `${p.in}:${p.name}${v.pointer}`,
        expected: v.expected,
        observed: cut(v.observed),
        doc: v.doc ?? doc,
      });
  }
  if (op.requestBody) {
    const ct = String(req.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    if (req.rawBody.length > 0 && ct !== 'application/json')
      out.push({
        check: 'content-type',
        pointer: 'header:content-type',
        expected: 'application/json',
        observed: ct || 'none',
        doc: REQUEST_CHECKS['content-type'].doc,
      });
    if (req.rawBody.length === 0 && op.requestBody.required)
      out.push({ check: 'request-schema', pointer: '', expected: 'a JSON body', observed: 'no body', doc });
    else if (req.body === undefined && req.rawBody.length > 0)
      out.push({
        check: 'request-schema',
        pointer: '',
        expected: 'a JSON body',
        observed: 'text that is not JSON',
        doc,
      });
    else if (req.body !== undefined)
      for (const v of contract.checkRequestBody(op.operationId, req.body))
        out.push({
          check: 'request-schema',
          pointer: v.pointer,
          expected: v.expected,
          observed: cut(v.observed),
          doc: v.doc ?? doc,
        });
  }
  return out;
}

/** The requests an emulator received (the last 10 000), for the gate. */
export class RequestLog {
  readonly requests: RecordedRequest[] = [];

  add(r: RecordedRequest): void {
    this.requests.push(r);
    if (this.requests.length > 10_000) this.requests.shift();
  }

  clear(): void {
    this.requests.length = 0;
  }
}
