// The shape of the rule registry: one entry per rule the suite checks, with its statement, the docs
// page it comes from, the refusal it prescribes (when it is one) and the faults that break it.
// Tests, the emulator, the reports and the self-test all read the registry (lib/rules/index.ts).
import type { AnswerInstances, Instance } from '../consistency.js';
import type { Contract, Operation } from '../contract.js';
import type { Specs } from '../specs.js';
import type { Violation } from '../violation.js';

/** The API area a rule belongs to: the Allure epic of its failures and the catalogue's sections. */
export type Area =
  | 'contract'
  | 'payments'
  | 'disputes'
  | 'payment-methods'
  | 'links'
  | 'customers'
  | 'sessions'
  | 'payouts'
  | 'reports'
  | 'auth'
  | 'errors'
  | 'idempotency'
  | 'webhooks'
  | 'webhook-config'
  | 'consistency'
  | 'requests'
  | 'constraints';

/**
 * How a rule is refused: the HTTP statuses and error codes a conforming target answers with.
 * `codes: 'documented'` means any code errors.yaml documents for the status (the docs name none);
 * `codes: 'declared'` means a code the operation itself declares for the status (lib/contract.ts declaredCodes).
 */
export interface Refusal {
  http: readonly number[];
  codes: readonly string[] | 'documented' | 'declared';
}

/** A response as a fault sees it on its way out of the emulator (a fault may change any part). */
export interface MutableResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** The request a response answers, as a fault sees it. */
export interface FaultRequest {
  operationId: string;
  path: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

/** A webhook delivery before it is sent: the event, and how its signature is computed. */
export interface MutableDelivery {
  event: Record<string, unknown>;
  /** The text the signature is computed over (the raw body sent, unless a fault says otherwise). */
  signedText?: string;
  /** How the HMAC is written into x-hmac-signature (base64, as documented). */
  signatureEncoding?: 'base64' | 'hex';
  /** True when the delivery is not sent at all. */
  drop?: boolean;
}

/** Details of an enforcement point, for a fault that waives the rule only in some cases. */
export type WaiveDetail = Record<string, string | number | boolean | undefined>;

/**
 * What a fault does. A response or webhook effect changes what goes out; a waiver switches off the
 * emulator's enforcement of a rule (the emulator asks `enforces(rule, detail)` where it applies it).
 */
/**
 * A request as a client sent it, as the SDK gate judges it (header names in lower case). A request
 * fault changes one of a valid request's parts, the way a client's mistake would.
 */
export interface GateRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The path parameters of the operation it matched. */
  params: Record<string, string>;
  query: Record<string, string>;
  rawBody: string;
  /** The body parsed as JSON (undefined when there is none, or it is not JSON). */
  body: unknown;
}

/** A check of a request against the operation it matched (undefined: it matched none). */
export interface RequestCheck {
  check(
    req: GateRequest,
    op: Operation | undefined,
    contract: Contract,
  ): Array<Pick<Violation, 'pointer' | 'expected' | 'observed'> & Partial<Pick<Violation, 'keyword' | 'doc'>>>;
}

export interface FaultEffect {
  response?: (res: MutableResponse, req: FaultRequest) => void;
  webhook?: (d: MutableDelivery) => void;
  waive?: ReadonlyArray<{ rule: string; when?: (d: WaiveDetail) => boolean }>;
  /** A client's mistake: a change to a valid request (for the rules that judge requests). */
  request?: (r: GateRequest) => void;
}

export interface FaultEntry {
  description: string;
  effect: FaultEffect;
  /**
   * The operations whose answers the fault changes. Required for faults of rules checked on every
   * response: the self-test runs the tests about these operations to catch it.
   */
  operations?: readonly string[];
}

/** A check of one object of a given schema, wherever it sits in a response or a webhook. */
export interface ObjectCheck {
  /** The schema (components/schemas) whose instances the rule governs. */
  appliesTo: string;
  check(value: Record<string, unknown>, specs: Specs): Array<{ at?: string; expected: string; observed: unknown }>;
}

/** What a consistency check found wrong with one resource of an answer. */
export interface ConsistencyFound {
  pointer: string;
  /** The field compared, as a pointer into the resource. */
  field: string;
  expected: string;
  expectedValue: unknown;
  observed: unknown;
  /** Where the difference lives when it is not '<resource> <field>'. */
  location?: string;
}

/**
 * A comparison of an answer with what the request sent and what earlier answers said: per resource
 * the answer carries (instance), or over every one of a kind it carries (answer, e.g. a lookup).
 */
export interface ConsistencyCheck {
  instance?(c: Instance): ConsistencyFound[];
  answer?(c: AnswerInstances): ConsistencyFound[];
}

export interface RuleEntry {
  area: Area;
  /** What must hold, in one or two sentences: the catalogue and failure messages print it. */
  statement: string;
  /** The docs page the rule comes from. */
  doc: string;
  /**
   * 'response': checked on every response of every test (toMatchContract and the client);
   * 'scenario': checked by the tests tagged with the rule;
   * 'request': checked on every request the emulator receives (the SDK gate's judgement).
   */
  scope: 'response' | 'scenario' | 'request';
  refusal?: Refusal;
  /** For object rules checked on every response: the check itself. */
  objects?: ObjectCheck;
  /** For rules about requests: the check itself. */
  request?: RequestCheck;
  /** For consistency rules: the comparison itself (applied by lib/consistency.ts to every answer of a stateful target). */
  consistency?: ConsistencyCheck;
  faults?: Record<string, FaultEntry>;
}
