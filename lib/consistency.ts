// Consistency: an answer can be well formed, legal, and about the wrong thing. Applied to every answer
// of a stateful target, with the request and what earlier answers said (the ledger), the tables of
// specs/consistency.yaml say: the resource answered is the one asked for (identity), what the request
// sent comes back as sent (echo), a lookup answers what was looked up and what was just created with
// it (lookup-matches), what the docs give as fixed does not change (stability), and the amounts move
// as the operation says (sums).
import { Contract, select, type Violation, valueAt } from './contract.js';
import { RULES, type RuleId } from './rules/index.js';
import { type ConsistencySpec, loadSpecs, statusMayReach } from './specs.js';
import { count } from './tally.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const absent = (v: unknown): boolean => v === undefined || v === null;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * The same value, as a client would read it: numbers as numbers (5000 and 5000.0 are one), date-times
 * as instants (Z and +00:00 are one), objects by the fields the expected side has (an answer may add
 * fields), arrays item by item.
 */
export function same(expected: unknown, observed: unknown): boolean {
  if (absent(expected) && absent(observed)) return true;
  if (typeof expected === 'string' && typeof observed === 'string' && RFC3339.test(expected) && RFC3339.test(observed))
    return Date.parse(expected) === Date.parse(observed);
  if (Array.isArray(expected))
    return (
      Array.isArray(observed) && expected.length === observed.length && expected.every((x, i) => same(x, observed[i]))
    );
  if (isObject(expected)) return isObject(observed) && Object.entries(expected).every(([k, x]) => same(x, observed[k]));
  return expected === observed;
}

interface Known {
  resource: string;
  id: string;
  /** The stable fields as first seen. */
  first: Json;
  /** The resource as last answered. */
  last: Json;
  /** Created by this test: the values it was created with (for lookups). */
  created?: Json;
}

/** What a test has seen of each resource it touched, by resource and id. */
export class ConsistencyLedger {
  private readonly known = new Map<string, Known>();
  private readonly keys = new Set<string>();

  /** True when this idempotency key was sent before in the test (the answer is a replay); remembers it. */
  replayed(key: string | undefined): boolean {
    if (key === undefined) return false;
    if (this.keys.has(key)) return true;
    this.keys.add(key);
    return false;
  }

  get(resource: string, id: string): Known | undefined {
    return this.known.get(`${resource} ${id}`);
  }

  see(resource: string, id: string, value: Json, stable: string[], created: boolean): void {
    const k = this.get(resource, id);
    if (k) {
      k.last = value;
      if (created) k.created = value;
      return;
    }
    const first: Json = {};
    for (const p of stable) first[p] = valueAt(value, p);
    this.known.set(`${resource} ${id}`, { resource, id, first, last: value, created: created ? value : undefined });
  }

  /** Every resource of a kind, as last answered. */
  all(resource: string): Array<{ id: string; last: Json }> {
    return [...this.known.values()].filter((k) => k.resource === resource);
  }

  /** The ids of the resources of a kind this test created (its create answers). */
  createdIds(resource: string): string[] {
    return [...this.known.values()].filter((k) => k.resource === resource && k.created).map((k) => k.id);
  }

  /** Resources this test created whose field has a value. */
  createdWith(resource: string, field: string, value: unknown): Known[] {
    return [...this.known.values()].filter(
      (k) => k.resource === resource && k.created && same(valueAt(k.created, field), value),
    );
  }
}

export interface ConsistencyRequest {
  operationId: string;
  path: Record<string, string>;
  query: Record<string, string | number>;
  body: unknown;
  /** The X-Idempotency-Key sent, if any: a key sent again gets the original answer (a replay moves no amount). */
  idempotencyKey?: string;
}

/** The value a lookup looked up: its query parameter, or its path parameter. */
function lookedUp(req: ConsistencyRequest, l: { query?: string; path?: string }): string | number | undefined {
  return l.query !== undefined ? req.query[l.query] : req.path[l.path!];
}

function idOf(spec: ConsistencySpec['resources'][string], v: Json): string | undefined {
  for (const f of spec.id) if (typeof v[f] === 'string' && v[f] !== '') return v[f] as string;
  return undefined;
}

/**
 * The consistency violations of a successful answer, given its request and what the ledger knows;
 * the ledger learns the answer. With `check` false (a stateless target, where nothing persists) it
 * only learns.
 */
export function checkConsistency(
  req: ConsistencyRequest,
  status: number,
  body: unknown,
  ledger: ConsistencyLedger,
  check = true,
  contract: Contract = Contract.load(),
): Violation[] {
  if (status < 200 || status >= 300) return [];
  const spec = loadSpecs().consistency;
  const op = spec.operations[req.operationId] ?? {};
  const replay = ledger.replayed(req.idempotencyKey);
  const out: Violation[] = [];
  const v = (
    rule: RuleId,
    resource: string,
    pointer: string,
    field: string,
    expected: string,
    expectedValue: unknown,
    observed: unknown,
  ): void => {
    if (check)
      out.push({
        rule,
        operation: req.operationId,
        status,
        pointer,
        location: `${resource} ${field}`,
        expected,
        expectedValue,
        observed,
        doc: RULES[rule].doc,
      });
  };
  /** One comparison made (counted for the figures, lib/tally.ts; none on a stateless target). */
  const compared = (): void => {
    if (check) count('consistency');
  };
  for (const [name, r] of Object.entries(spec.resources)) {
    const patterns = [r.schema].flat().flatMap((schema) => contract.locate(req.operationId, String(status), schema));
    for (const pattern of patterns) {
      const instances = selectWithPointers(body, pattern);
      for (const { pointer, value } of instances) {
        const id = idOf(r, value);
        if (op.identity?.resource === name && !op.lookup) {
          const asked = req.path[op.identity.path];
          // Any of the resource's identifiers may be the one asked for (a stored card: id or vaulted_token).
          if (asked !== undefined) {
            compared();
            if (!r.id.some((f) => value[f] === asked))
              v(
                'identity',
                name,
                `${pointer}/${r.id[0]}`,
                `/${r.id[0]}`,
                `the ${name} asked for: ${asked}`,
                asked,
                id ?? null,
              );
          }
        }
        if (op.echo?.resource === name) {
          for (const f of op.echo.fields) {
            const sent = valueAt(req.body, f);
            const got = valueAt(value, f);
            if (absent(sent) || got === undefined) continue;
            compared();
            if (!same(sent, got)) v('echo', name, `${pointer}${f}`, f, `as sent: ${JSON.stringify(sent)}`, sent, got);
          }
        }
        const known = id ? ledger.get(name, id) : undefined;
        if (known) {
          for (const f of r.stable) {
            const before = known.first[f];
            const now = valueAt(value, f);
            if (absent(before) || now === undefined) continue;
            compared();
            if (same(before, now)) continue;
            v('stability', name, `${pointer}${f}`, f, `as first answered: ${JSON.stringify(before)}`, before, now);
          }
          if (check && !replay && op.sums && name === 'payment') {
            compared();
            out.push(...sums(req, status, body, pointer, value, known.last, op.sums));
          }
          if (r.status && !replay) {
            const was = valueAt(known.last, r.status.field);
            const now = valueAt(value, r.status.field);
            if (typeof was === 'string' && typeof now === 'string') {
              compared();
              if (!statusMayReach(loadSpecs(), r.status.table, was, now))
                v(
                  'status-moves',
                  name,
                  `${pointer}${r.status.field}`,
                  r.status.field,
                  `a status specs/${r.status.table} reaches from ${was}`,
                  was,
                  `${was} -> ${now}`,
                );
            }
          }
        }
        if (op.lookup?.resource === name) {
          const q = lookedUp(req, op.lookup);
          const got = valueAt(value, op.lookup.field);
          if (q !== undefined) {
            compared();
            if (!same(String(q), got))
              v(
                'lookup-matches',
                name,
                `${pointer}${op.lookup.field}`,
                op.lookup.field,
                `the value looked up: ${JSON.stringify(String(q))}`,
                String(q),
                got,
              );
          }
        }
        if (id) ledger.see(name, id, value, r.stable, op.echo?.resource === name && !op.identity);
      }
    }
    if (op.lookup?.resource === name && op.lookup.created_among !== false) {
      const q = lookedUp(req, op.lookup);
      const answered = new Set(patterns.flatMap((p) => selectWithPointers(body, p)).map((x) => idOf(r, x.value)));
      for (const k of q === undefined ? [] : ledger.createdWith(name, op.lookup.field, String(q))) {
        compared();
        if (!answered.has(k.id))
          v(
            'lookup-matches',
            name,
            '',
            op.lookup.field,
            `the ${name} created with ${op.lookup.query ?? op.lookup.path} ${JSON.stringify(String(q))} (${k.id}) among the results`,
            k.id,
            'not among them',
          );
      }
    }
  }
  return out;
}

/** The stability violations of a resource carried by a webhook (a payment at /data/payment), against what the ledger knows. */
export function checkWebhookConsistency(operationId: string, body: unknown, ledger: ConsistencyLedger): Violation[] {
  const spec = loadSpecs().consistency.resources.payment!;
  const payment = valueAt(body, '/data/payment');
  if (!isObject(payment)) return [];
  const id = idOf(spec, payment);
  const known = id ? ledger.get('payment', id) : undefined;
  if (!known) return [];
  return spec.stable
    .filter(
      (f) => !absent(known.first[f]) && valueAt(payment, f) !== undefined && !same(known.first[f], valueAt(payment, f)),
    )
    .map((f) => ({
      rule: 'stability',
      operation: operationId,
      pointer: `/data/payment${f}`,
      location: `payment ${f}`,
      expected: `as first answered: ${JSON.stringify(known.first[f])}`,
      expectedValue: known.first[f],
      observed: valueAt(payment, f),
      doc: RULES.stability.doc,
    }));
}

const UNITS = 10_000;
const units = (n: unknown): number | undefined => (typeof n === 'number' ? Math.round(n * UNITS) : undefined);

/** How a capture or a refund moves the payment's amounts: by what was asked (all that is left when no amount is sent). */
function sums(
  req: ConsistencyRequest,
  status: number,
  body: unknown,
  pointer: string,
  payment: Json,
  before: Json,
  kind: 'capture' | 'refund',
): Violation[] {
  const out: Violation[] = [];
  const field = kind === 'capture' ? 'captured' : 'refunded';
  const was = units(valueAt(before, `/amount/${field}`)) ?? 0;
  const value = units(valueAt(before, '/amount/value'));
  const captured = units(valueAt(before, '/amount/captured')) ?? 0;
  const sent = units(valueAt(req.body, '/amount/value'));
  const asked = sent ?? (kind === 'capture' ? (value === undefined ? undefined : value - captured) : captured - was);
  const now = units(valueAt(payment, `/amount/${field}`));
  if (asked === undefined || now === undefined) return out;
  if (now !== was + asked) {
    out.push({
      rule: 'sums',
      operation: req.operationId,
      status,
      pointer: `${pointer}/amount/${field}`,
      location: `payment /amount/${field}`,
      expected: `${(was + asked) / UNITS}: ${was / UNITS} before, plus the ${asked / UNITS} of this ${kind}`,
      expectedValue: (was + asked) / UNITS,
      observed: now / UNITS,
      doc: RULES.sums.doc,
    });
  }
  // The transaction the operation made moves what was asked.
  const tx = kind === 'capture' ? valueAt(body, '/amount/value') : valueAt(body, '/transactions/amount');
  if (typeof tx === 'number' && units(tx) !== asked) {
    out.push({
      rule: 'sums',
      operation: req.operationId,
      status,
      pointer: kind === 'capture' ? '/amount/value' : '/transactions/amount',
      location: `transaction /amount`,
      expected: `the ${asked / UNITS} asked for`,
      expectedValue: asked / UNITS,
      observed: tx,
      doc: RULES.sums.doc,
    });
  }
  return out;
}

/** The objects of a body at a pointer pattern with '*' for every array item, with their real pointers. */
function selectWithPointers(body: unknown, pattern: string): Array<{ pointer: string; value: Json }> {
  return select(body, pattern).filter((n): n is { pointer: string; value: Json } => isObject(n.value));
}
