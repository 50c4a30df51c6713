// Every resource module, and what is derived from them: which module serves an operation, the
// consistency tables (resource identities, echoes, lookups), the controls. An operation of the
// contract without a module here does not compile (the check at the end names it).
import type { OpId } from '../lib/api.js';
import type { ConsistencySpec, StatusTableName } from '../lib/specs.js';
import { BILLING } from './billing/index.js';
import { checkoutSessions } from './checkout-sessions.js';
import { customers } from './customers.js';
import { issuers } from './issuers.js';
import type { ControlDef, OperationDef, Relation, Resource } from './kit.js';
import { links } from './links.js';
import { MARKETPLACE } from './marketplace/index.js';
import { ORGANIZATIONS } from './organizations/index.js';
import { customerSessions, paymentMethods } from './payment-methods.js';
import { payments } from './payments.js';
import { payouts } from './payouts.js';
import { plans } from './plans.js';
import { PLATFORM } from './platform/index.js';
import { reports } from './reports.js';
import { threeDsSetups } from './three-ds.js';
import { tokens } from './tokens.js';
import { webhookConfigs } from './webhook-config.js';

export const RESOURCES = [
  payments,
  links,
  customers,
  checkoutSessions,
  tokens,
  customerSessions,
  paymentMethods,
  threeDsSetups,
  issuers,
  webhookConfigs,
  payouts,
  reports,
  plans,
  ...BILLING,
  ...MARKETPLACE,
  ...ORGANIZATIONS,
  ...PLATFORM,
] as const;

type Modules = (typeof RESOURCES)[number];
type Served = Modules extends infer M ? (M extends { operations: infer Ops } ? keyof Ops : never) : never;
/** Every operation of the contract has a resource module: a missing one is named by this line's error. */
const everyOperationServed: [Exclude<OpId, Served>] extends [never] ? true : Exclude<OpId, Served> = true;
void everyOperationServed;

/** Every control's name: the resource modules' and the emulator's own (emulator/controls.ts). */
export type ResourceControlName = Modules extends infer M
  ? M extends { controls?: Record<infer C, unknown> }
    ? C & string
    : never
  : never;

type AnyResource = Resource<unknown, OpId>;
type AnyOperation = OperationDef<OpId, unknown>;

export interface OperationEntry {
  resource: AnyResource;
  def: AnyOperation;
  /** What the operation does to its resource (declared, or read off its method and path). */
  relation: Relation;
}

const byOperation = new Map<string, OperationEntry>();
const byName = new Map<string, AnyResource>();
for (const r of RESOURCES as readonly AnyResource[]) {
  if (byName.has(r.name)) throw new Error(`resources: two modules name their resource ${r.name}`);
  byName.set(r.name, r);
  for (const [op, def] of Object.entries(r.operations) as Array<[string, AnyOperation]>) {
    if (byOperation.has(op))
      throw new Error(`resources: ${op} is served by ${byOperation.get(op)!.resource.name} and ${r.name}`);
    byOperation.set(op, { resource: r, def, relation: def.relation ?? (def.identity ? 'reads' : 'other') });
  }
}

/** The module and definition of an operation. */
export function operationEntry(operationId: string): OperationEntry {
  const e = byOperation.get(operationId);
  if (!e) throw new Error(`resources: no module serves ${operationId}`);
  return e;
}

export function hasOperation(operationId: string): boolean {
  return byOperation.has(operationId);
}

/** A resource module by its resource's name. */
export function resourceNamed(name: string): AnyResource {
  const r = byName.get(name);
  if (!r)
    throw new Error(
      `resources: no module for a resource named ${name}; the modules have ${[...byName.keys()].join(', ')}`,
    );
  return r;
}

/** The operation that makes a resource (the one its scenarios need first). */
export function producerOf(name: string): string | undefined {
  const r = resourceNamed(name);
  return (Object.entries(r.operations) as Array<[string, AnyOperation]>).find(([, d]) => d.relation === 'creates')?.[0];
}

/** Every operation with its module, in module order. */
export function allOperations(): Array<[string, OperationEntry]> {
  return [...byOperation];
}

/** The consistency tables (lib/consistency.ts): every resource answers are checked about, and what each operation promises. */
export function consistencySpec(): ConsistencySpec {
  const spec: ConsistencySpec = {
    doc: 'https://docs.y.uno/reference/the-payment-object',
    resources: {},
    operations: {},
  };
  for (const r of RESOURCES as readonly AnyResource[]) {
    if (r.schema === undefined) continue;
    spec.resources[r.name] = {
      schema: typeof r.schema === 'string' ? r.schema : [...r.schema],
      id: [...r.id],
      stable: [...(r.stable ?? [])],
      ...(r.status ? { status: { field: r.status.field, table: r.status.table as StatusTableName } } : {}),
    };
  }
  for (const [op, { resource: r, def }] of byOperation) {
    if (r.schema === undefined) continue;
    const o: ConsistencySpec['operations'][string] = {};
    if (def.identity && !def.lookup) o.identity = { path: def.identity, resource: r.name };
    if (def.echo) o.echo = { resource: r.name, fields: [...def.echo] };
    if (def.lookup) o.lookup = { ...def.lookup, resource: r.name };
    if (def.sums) o.sums = def.sums;
    if (Object.keys(o).length) spec.operations[op] = o;
  }
  return spec;
}

/** Every control of the modules, by name, with its module. */
export function controls(): Map<string, { resource: AnyResource; def: ControlDef<unknown> }> {
  const out = new Map<string, { resource: AnyResource; def: ControlDef<unknown> }>();
  for (const r of RESOURCES as readonly AnyResource[]) {
    for (const [name, def] of Object.entries(r.controls ?? {})) {
      if (out.has(name)) throw new Error(`resources: two modules have a control named ${name}`);
      out.set(name, { resource: r, def: def as ControlDef<unknown> });
    }
  }
  return out;
}

/** The webhook of the contract a delivered body is (the modules' declarations; payment events otherwise). */
export function webhookFor(body: Record<string, unknown>): string {
  for (const r of RESOURCES as readonly AnyResource[])
    for (const w of r.webhooks ?? []) if (w.matches(body)) return w.operationId;
  return body.type === 'enrollment' ? 'enrollmentEvent' : 'paymentEvent';
}
