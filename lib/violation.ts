// The one noun for a failed check: a Violation. Every check of the suite (the contract's, the rules'
// on every answer, consistency, a refusal a test expected, the SDK gate's checks of a request) says
// what is wrong as Violations; lib/findings.ts classifies them (what makes two of them the same
// difference, and the doc conflict that explains one) and groups them into findings.

/** What kind of difference a violation is. */
export const VIOLATION_KINDS = [
  /** an answer breaks the contract or a rule checked on every answer */
  'response',
  /** a documented refusal answered with another HTTP status */
  'status',
  /** a request the contract allows refused */
  'refusal',
  /** a documented route not served at all */
  'unserved-operation',
  /** a missing, empty or wrong key served */
  'auth',
  /** an answer about the wrong thing, or one that disagrees with the request or an earlier answer */
  'consistency',
  /** a request that breaks the contract (the SDK gate) */
  'request',
  /** a case the docs leave open answered one way or the other (a generated case; reported, never failed) */
  'undocumented',
] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

/** One broken promise of the contract or of a rule, in one answer, webhook or request. */
export interface Violation {
  /** Set by the check that knows (a refusal, a request); response or consistency otherwise, once classified. */
  kind?: ViolationKind;
  /** The named check that failed: status-code-declared, content-type, header, body-schema, or a rule id. */
  rule: string;
  operation: string;
  status?: number;
  /** JSON pointer into the body ('' is the body itself; header:x for a header, query:x for a parameter). */
  pointer: string;
  /** The ajv keyword, for body-schema violations. */
  keyword?: string;
  /**
   * Where the broken promise lives, the same for every operation that shares it: the JSON pointer of
   * the schema in the document (#/components/schemas/PaymentStatus), or the rule's object schema.
   */
  location?: string;
  expected: string;
  /** For consistency rules: the value expected (what was sent, asked for, or first answered). */
  expectedValue?: unknown;
  /** What came back: the value itself. */
  observed: unknown;
  /** The docs page the broken promise comes from. */
  doc?: string;
  /** Set by classification: what was observed as a class (the value of an enum, the type for a type error, 'missing x'). */
  class?: string;
  /** Set by classification: the observed value, short (redact it before it leaves the process). */
  sample?: string;
  /** For refusals: the code and messages the target gave. */
  detail?: string;
  /** For consistency: the numbers compared (expected, then observed), for a matcher's ratio. */
  values?: [number, number];
  /** The registered doc conflict it is the other side of. */
  conflict?: string;
}

/** A violation once classified (lib/findings.ts): everything a finding groups by is known. */
export type Classified = Violation & { kind: ViolationKind; location: string; class: string; sample: string };
