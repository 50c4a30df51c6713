// What a resource module is made of. A resource module (resources/<resource>.ts) holds, for its
// operations, everything the contract cannot say: how the emulator serves each one, the valid request
// its scenario makes, what its answer must agree with (identity, echo, lookups), how it relates to the
// other operations (which creates the resource, which reads, changes or ends it), and the test
// controls that stand in for what happens outside the API. Tests, the emulator, the generated cases,
// the SDK gate and the reports read them through resources/index.ts.
import type { Answered, Caller, CallInit, OpId } from '../lib/api.js';
import type { Capability } from '../lib/capabilities.js';
import type { Json, Result } from './result.js';
import type { World } from './world.js';

/** The run's values a request is made of (the account, the country, unique references). */
export interface MakeContext {
  /** A unique id for merchant references: run, worker and a counter. */
  id(prefix?: string): string;
  accountId: string;
  organizationCode: string;
  country: string;
  currency: string;
  cards: { approved: string; declined: string; error: string };
  asyncMethod: string;
}

/** What a scenario works with: the client, the run's values, the target, and what it needs made first. */
export interface ScenarioDeps {
  api: Caller;
  make: MakeContext;
  stateful: boolean;
  /** How long to wait for an asynchronous state (a report ready). */
  pollMs: number;
  /** The emulator's controls where the target has them (null elsewhere). */
  controls: ControlCaller | null;
  /** Skips the test, with the reason, where the target lacks a capability a scenario turns out to need. */
  needs(...caps: Capability[]): void;
  /**
   * A new resource of a kind, made by its module's producing operation with its valid request: the
   * body of the answer (what a path parameter or a body reference of the scenario takes its id from).
   */
  need(resource: string): Promise<Json>;
}

/** Calls a control of the emulator by name (resources/index.ts ControlName), with its arguments. */
export interface ControlCaller {
  /** The control's answer, whatever it is (a test of a refusal reads it). */
  run(name: string, args?: Record<string, string | number | undefined>): Promise<{ status: number; body: Json }>;
  /** The control's answer, which must be a success. */
  must(name: string, args?: Record<string, string | number | undefined>): Promise<Json>;
}

/** A request of any operation, as a relation between resources builds it (checked by the client against the contract). */
export interface LooseInit {
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** A request as a handler of the emulator receives it (validated against the contract already). */
export interface ServeRequest {
  operationId: string;
  path: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: Json;
  idempotencyKey: string | null;
}

/** How the emulator serves an operation, given the resource's store, the whole emulated world and the resource. */
export type Serve<S> = (store: S, req: ServeRequest, world: World, resource: ResourceDef<S, never>) => Result;

/** The relation of an operation to its resource: what the generated relation checks read. */
export type Relation =
  /** makes a new one (the producer the scenarios of the others use) */
  | 'creates'
  /** reads one by the identity path parameter */
  | 'reads'
  /** lists them */
  | 'lists'
  /** changes one, which stays */
  | 'changes'
  /** ends one: afterwards it is refused as not found, or answered in a terminal status */
  | 'ends'
  /** something else (a query, an action on another resource) */
  | 'other';

export interface OperationDef<O extends OpId, S = unknown> {
  /** How the emulator serves it. */
  serve: Serve<S>;
  /** What it does to the resource (default: creates for POST without a path id, reads for GET with one...). */
  relation?: Relation;
  /**
   * The path parameter that names the resource (identity: the answer is about that one). The
   * scenario fills it with the id of a resource `need`ed for it unless `request` gives it.
   */
  identity?: string;
  /** The valid request its scenario makes (after `need`ing what it takes); a read by identity needs none. */
  request?: (d: ScenarioDeps) => Promise<CallInit<O>> | CallInit<O>;
  /** A whole scenario, where a request is not enough (a dispute needs the bank to charge back first). */
  scenario?: (d: ScenarioDeps) => Promise<Answered<O>>;
  /** What a scenario needs beyond a stateful target on a stateful target (the emulator's controls). */
  needs?: Capability[];
  /** What the request sent comes back as sent, at the same pointer of the resource (rule echo). */
  echo?: string[];
  /** A lookup: every resource answered carries the value looked up (rule lookup-matches). */
  lookup?: { query?: string; path?: string; field: string; created_among?: boolean };
  /** How it moves a payment's amounts (rule sums). */
  sums?: 'capture' | 'refund';
}

/** A control under /_emulator/: what happens outside the API (a customer pays, a provider settles). */
export interface ControlDef<S> {
  /** The path under /_emulator/, with {name} for the arguments taken from it. */
  path: string;
  /** What it stands in for, one line (the README's list of controls prints it). */
  summary: string;
  /** The arguments it takes besides the path's, each required or not, with its allowed values. */
  args?: Record<
    string,
    { required?: boolean; values?: readonly string[]; pattern?: RegExp; type?: 'string' | 'number' }
  >;
  serve(store: S, args: Record<string, string | number | undefined>, world: World): Result;
}

/** A resource: its name, where it appears in answers, what identifies it, and its operations. */
export interface ResourceDef<S, Ops extends OpId, C extends string = string> {
  /** Its name (the ledger's, the relation tables', the status table's `resource`). */
  name: string;
  /** The schema(s) (components/schemas) of its instances in answers: consistency finds them there (none: not tracked). */
  schema?: string | readonly string[];
  /** The fields that identify it (the first present is used). */
  id: readonly string[];
  /**
   * The resource in an answer that wraps it (a campaign under `data`, a registration's first domain);
   * undefined where the answer is the resource itself. Default: the answer is the resource.
   */
  unwrap?: (answer: Json) => Json | undefined;
  /** Fields the docs give as fixed once it exists (rule stability). */
  stable?: readonly string[];
  /** Its status field and table (specs/<table>): rule status-moves, and the generic status moves. */
  status?: { field: string; table: string };
  /** Its store in the emulator (default: a map of records by id). */
  store?: (world: World) => S;
  operations: { [O in Ops]: OperationDef<O, S> };
  controls?: Record<C, ControlDef<S>>;
  /**
   * Operations of other resources that use one up (a one-time token pays once): the request that uses
   * the one made, and whether a second use must be refused.
   */
  usedBy?: ReadonlyArray<{
    operationId: OpId;
    request: (d: ScenarioDeps, made: Json) => Promise<LooseInit> | LooseInit;
    once: boolean;
  }>;
  /** The webhooks the docs define for this resource: which webhook of the contract a delivered body is. */
  webhooks?: ReadonlyArray<{ operationId: string; matches(body: Json): boolean }>;
}

/** A resource module's definition, typed: its store type flows into its operations and controls. */
export interface Resource<S = unknown, Ops extends OpId = OpId, C extends string = string>
  extends ResourceDef<S, Ops, C> {
  readonly kind: 'resource';
}

export function defineResource<S, Ops extends OpId, C extends string = never>(
  def: ResourceDef<S, Ops, C>,
): Resource<S, Ops, C> {
  return { ...def, kind: 'resource' };
}
