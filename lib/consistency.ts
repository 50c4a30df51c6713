// Consistency: an answer can be well formed, legal, and about the wrong thing. Applied to every answer
// of a stateful target, with the request and what earlier answers said (the ledger), the tables of
// resource modules (resources/) say which resource an answer is about and what it must agree with; the
// comparisons themselves are the registry's consistency rules (lib/rules/consistency.ts): the resource
// answered is the one asked for (identity), what the request sent comes back as sent (echo), a lookup
// answers what was looked up and what was just created with it (lookup-matches), what the docs give as
// fixed does not change (stability), a status moves along its table (status-moves), and the amounts
// move as the operation says (sums).

import { consistencySpec } from '../resources/index.js';
import { absent, same } from './compare.js';
import { Contract, select, type Violation, valueAt } from './contract.js';
import { RULE_IDS, RULES, type RuleId } from './rules/index.js';
import type { ConsistencyFound } from './rules/types.js';
import type { ConsistencySpec } from './specs.js';
import { count } from './tally.js';

export { absent, same } from './compare.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export type ResourceSpec = ConsistencySpec['resources'][string];

let tables: ConsistencySpec | undefined;
/** The consistency tables the resource modules declare (resources/index.ts), read once. */
export function consistencyTables(): ConsistencySpec {
  tables ??= consistencySpec();
  return tables;
}
export type OperationConsistency = ConsistencySpec['operations'][string];

export interface Known {
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

export { lookedUp } from './compare.js';

export function idOf(spec: ResourceSpec, v: Json): string | undefined {
  for (const f of spec.id) if (typeof v[f] === 'string' && v[f] !== '') return v[f] as string;
  return undefined;
}

/** One resource of an answer, as a consistency check sees it. */
export interface Instance {
  req: ConsistencyRequest;
  status: number;
  body: unknown;
  /** The resource's name (its module's), and its entry. */
  resource: string;
  spec: ResourceSpec;
  /** What the operation promises about its answer (identity, echo, lookup, sums). */
  op: OperationConsistency;
  /** Where it sits in the answer, and the object itself. */
  pointer: string;
  value: Json;
  id?: string;
  /** What the ledger knew of it before this answer. */
  known?: Known;
  /** True when the answer replays an earlier one (the same idempotency key): nothing moves. */
  replay: boolean;
  /** Counts one comparison made (the figures of npm run bench). */
  compared(): void;
}

/** Every resource of a kind an answer carries, for the checks of the answer as a whole (a lookup). */
export interface AnswerInstances {
  req: ConsistencyRequest;
  resource: string;
  spec: ResourceSpec;
  op: OperationConsistency;
  /** The ids answered. */
  answered: Set<string | undefined>;
  ledger: ConsistencyLedger;
  compared(): void;
}

/** The rules with a consistency check (read when first needed: the registry imports this module's helpers' types). */
let checks: RuleId[] | undefined;
const CHECKS = (): RuleId[] => (checks ??= RULE_IDS.filter((id) => RULES[id].consistency));

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
  const spec = consistencyTables();
  const op = spec.operations[req.operationId] ?? {};
  const replay = ledger.replayed(req.idempotencyKey);
  const out: Violation[] = [];
  const compared = (): void => count('consistency');
  const found = (rule: RuleId, resource: string, f: ConsistencyFound): void => {
    out.push({
      kind: 'consistency',
      rule,
      operation: req.operationId,
      status,
      pointer: f.pointer,
      location: f.location ?? `${resource} ${f.field}`,
      expected: f.expected,
      expectedValue: f.expectedValue,
      observed: f.observed,
      doc: RULES[rule].doc,
    });
  };
  for (const [name, r] of Object.entries(spec.resources)) {
    const patterns = [r.schema].flat().flatMap((schema) => contract.locate(req.operationId, String(status), schema));
    const answered = new Set<string | undefined>();
    for (const pattern of patterns) {
      for (const { pointer, value } of select(body, pattern)) {
        if (!isObject(value)) continue;
        const id = idOf(r, value);
        answered.add(id);
        if (check) {
          const known = id ? ledger.get(name, id) : undefined;
          const instance: Instance = {
            req,
            status,
            body,
            resource: name,
            spec: r,
            op,
            pointer,
            value,
            id,
            known,
            replay,
            compared,
          };
          for (const rule of CHECKS())
            for (const f of RULES[rule].consistency!.instance?.(instance) ?? []) found(rule, name, f);
        }
        if (id) ledger.see(name, id, value, r.stable, op.echo?.resource === name && !op.identity);
      }
    }
    if (check) {
      const all: AnswerInstances = { req, resource: name, spec: r, op, answered, ledger, compared };
      for (const rule of CHECKS()) for (const f of RULES[rule].consistency!.answer?.(all) ?? []) found(rule, name, f);
    }
  }
  return out;
}

/** The stability violations of a resource carried by a webhook (a payment at /data/payment), against what the ledger knows. */
export function checkWebhookConsistency(operationId: string, body: unknown, ledger: ConsistencyLedger): Violation[] {
  const spec = consistencyTables().resources.payment!;
  const payment = valueAt(body, '/data/payment');
  if (!isObject(payment)) return [];
  const id = idOf(spec, payment);
  const known = id ? ledger.get('payment', id) : undefined;
  if (!known) return [];
  return spec.stable
    .filter(
      (f) => !absent(known.first[f]) && !absent(valueAt(payment, f)) && !same(known.first[f], valueAt(payment, f)),
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
