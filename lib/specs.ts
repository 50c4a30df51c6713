// The rule tables in specs/, loaded once and checked against their own schemas so that a
// malformed table fails with the file and the place, never as a confusing test failure later.
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SPECS_DIR } from './paths.js';
import { isRuleId, type RuleId } from './rules/index.js';
import { mayReach, type StatusTable, statusTable } from './status-tables.js';
import { InputFileError, readYamlFile } from './yaml-file.js';

export type State = `${string}/${string}`;

export interface PaymentStatusSpec {
  doc: string;
  statuses: Record<string, { terminal: boolean; description: string; sub_statuses: Record<string, SubStatusDef> }>;
}
export interface SubStatusDef {
  transaction: [string, string] | null;
  /** Other transactions the docs show behind the pair (null: none at all), decided by a conflict. */
  also?: Array<[string, string] | null>;
  note?: string;
}
export interface Outcome {
  to: State;
  transaction?: [string, string];
  webhook?: string;
  when?: string;
}
export interface TransitionOperation {
  operationId?: string;
  description?: string;
  from?: State[];
  outcomes: Record<string, Outcome>;
  /** Rules (lib/rules) besides payment-transition-forbidden that can refuse the operation. */
  limits?: RuleId[];
  /** The rule a forbidden start is refused as (default payment-transition-forbidden). */
  refused_as?: RuleId;
}
export interface PaymentTransitionsSpec {
  doc: string;
  operations: Record<string, TransitionOperation>;
  reachable: Record<State, string>;
}
/** A resource's status table in the one format (lib/status-tables.ts). */
export type { StatusTable as StatusTableSpec } from './status-tables.js';
export interface ErrorsSpec {
  doc: string;
  body: { shape: string; required: string[] };
  statuses: Record<string, { meaning: string; codes: string[] }>;
}
export interface ConflictMatch {
  kind?: 'response' | 'status' | 'refusal' | 'unserved-operation' | 'auth' | 'consistency';
  operations?: string[];
  location?: string;
  rule?: string;
  keyword?: string;
  observed?: string;
  status?: string;
  message?: string;
  body_has?: string;
  ratio?: number;
}
/** The other side of a conflict, as a target might answer (tests/unit/conflicts.spec.ts builds it). */
export interface ConflictSample {
  operation: string;
  status?: number;
  /** The contract's named example to start from (default: the first of the status). */
  example?: string;
  /** A whole body instead of an example. */
  body?: unknown;
  /** A raw body text instead of an example. */
  raw?: string;
  set?: Record<string, unknown>;
  remove?: string[];
  /** The body wrapped in an object under this key. */
  wrap?: string;
  /** The object under this key instead of the body. */
  unwrap?: string;
  /** The first item of an array body instead of the array. */
  first?: boolean;
  /** A request the contract allows, refused with this answer. */
  refusal?: { status: number; body: unknown };
  headers?: Record<string, string>;
  /** For consistency samples: what the request sent (JSON pointer -> value, over the contract's request example). */
  request?: Record<string, unknown>;
}
/**
 * How a request is recognised as one form of a conflict the docs show on the request side: the
 * operation, the JSON pointer into the body (a required property: the property's own pointer), the
 * schema keyword it breaks, and what was sent there as JSON (`missing` for an absent property).
 */
export interface RequestMatch {
  operations: string[];
  /** Regex on the pointer. */
  pointer: string;
  keyword: string;
  /** Regex on what was sent, as JSON ("MALE" is `"MALE"`), or `missing`. */
  sent: string;
  /** A JSON pointer the request carries too (narrows the matcher to the form the docs show). */
  body_has?: string;
}
/** One request a docs page shows on the other side, and its matchers (all of them, in one request). */
export interface RequestForm {
  match: RequestMatch[];
  /** The form as a request: the operation's request example in the contract (or `body`), changed. */
  sample: { operation: string; example?: string; body?: unknown; set?: Record<string, unknown>; remove?: string[] };
}
/** The request side of a conflict: what the docs show a request may carry against the contract. */
export interface ConflictRequest {
  /** accepts: the emulator serves either side and the SDK gate warns; refuses: both refuse it as the contract does. */
  emulator: 'accepts' | 'refuses';
  /** The side the real API may take, as the SDK gate prints it. */
  real_api: string;
  forms: RequestForm[];
}
export interface Conflict {
  id: string;
  title: string;
  sides: Array<{ source: string; says: string }>;
  position: string;
  why: string;
  when_live_differs: string;
  live: 'named' | 'silent';
  match?: ConflictMatch[];
  sample: ConflictSample;
  /** Where the docs disagree on what a request may carry (lib/conflicts.ts requestConflicts). */
  request?: ConflictRequest;
}
export interface ConsistencySpec {
  doc: string;
  /** schema: where the resource appears in answers (one component, or several shapes of it). */
  resources: Record<
    string,
    { schema: string | string[]; id: string[]; stable: string[]; status?: { field: string; table: StatusTableName } }
  >;
  operations: Record<
    string,
    {
      identity?: { path: string; resource: string };
      echo?: { resource: string; fields: string[] };
      /** By a query parameter, or (path) by a path parameter; `created_among: false` when the docs do not say the list holds every one (e.g. after a reassign or an unenroll). */
      lookup?: { query?: string; path?: string; resource: string; field: string; created_among?: boolean };
      sums?: 'capture' | 'refund';
    }
  >;
}
export interface ConflictsSpec {
  doc: string;
  conflicts: Conflict[];
}

const NAME = '^[A-Z][A-Z0-9_]*$';
const STATE = '^[A-Z][A-Z0-9_]*/[A-Z][A-Z0-9_]*$';
const str = { type: 'string', minLength: 1 };
const pair = { type: 'array', items: { type: 'string', pattern: NAME }, minItems: 2, maxItems: 2 };

/** A status table's statuses: each terminal or not, with its meaning. */
const STATUSES = {
  type: 'object',
  minProperties: 1,
  propertyNames: { pattern: NAME },
  additionalProperties: {
    type: 'object',
    required: ['terminal', 'description'],
    additionalProperties: false,
    properties: { terminal: { type: 'boolean' }, description: str },
  },
};
const STATUS_TABLE = {
  type: 'object',
  required: ['doc', 'statuses', 'transitions'],
  additionalProperties: false,
  properties: {
    doc: str,
    statuses: STATUSES,
    transitions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['from', 'to', 'source'],
        additionalProperties: false,
        properties: {
          from: { type: 'array', minItems: 1, items: { type: 'string', pattern: NAME } },
          to: { type: 'array', minItems: 1, items: { type: 'string', pattern: NAME } },
          source: str,
        },
      },
    },
  },
};
/** The status tables a consistency resource may name. */
/** A status table of specs/, by file name. */
export type StatusTableName = string;
const schemas: Record<string, object> = {
  'payment-status.yaml': {
    type: 'object',
    required: ['doc', 'statuses'],
    additionalProperties: false,
    properties: {
      doc: str,
      statuses: {
        type: 'object',
        minProperties: 1,
        propertyNames: { pattern: NAME },
        additionalProperties: {
          type: 'object',
          required: ['terminal', 'description', 'sub_statuses'],
          additionalProperties: false,
          properties: {
            terminal: { type: 'boolean' },
            description: str,
            sub_statuses: {
              type: 'object',
              minProperties: 1,
              propertyNames: { pattern: NAME },
              additionalProperties: {
                type: 'object',
                required: ['transaction'],
                additionalProperties: false,
                properties: {
                  transaction: { anyOf: [pair, { type: 'null' }] },
                  also: { type: 'array', minItems: 1, items: { anyOf: [pair, { type: 'null' }] } },
                  note: str,
                },
              },
            },
          },
        },
      },
    },
  },
  'payment-transitions.yaml': {
    type: 'object',
    required: ['doc', 'operations', 'reachable'],
    additionalProperties: false,
    properties: {
      doc: str,
      operations: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          required: ['outcomes'],
          additionalProperties: false,
          properties: {
            operationId: str,
            description: str,
            from: { type: 'array', items: { type: 'string', pattern: STATE } },
            limits: { type: 'array', items: str },
            refused_as: str,
            outcomes: {
              type: 'object',
              minProperties: 1,
              additionalProperties: {
                type: 'object',
                required: ['to'],
                additionalProperties: false,
                properties: {
                  to: { type: 'string', pattern: STATE },
                  transaction: pair,
                  webhook: { type: 'string', pattern: '^payment\\.[a-z_]+$' },
                  when: str,
                },
              },
            },
          },
        },
      },
      reachable: { type: 'object', propertyNames: { pattern: STATE }, additionalProperties: str },
    },
  },
  'payout-status.yaml': STATUS_TABLE,
  'report-status.yaml': STATUS_TABLE,
  'errors.yaml': {
    type: 'object',
    required: ['doc', 'body', 'statuses'],
    additionalProperties: false,
    properties: {
      doc: str,
      body: {
        type: 'object',
        required: ['shape', 'required'],
        properties: { shape: str, required: { type: 'array', items: str } },
      },
      statuses: {
        type: 'object',
        propertyNames: { pattern: '^[45][0-9][0-9]$' },
        additionalProperties: {
          type: 'object',
          required: ['meaning', 'codes'],
          additionalProperties: false,
          properties: {
            meaning: str,
            codes: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: NAME } },
          },
        },
      },
    },
  },
  'doc-conflicts.yaml': {
    type: 'object',
    required: ['doc', 'conflicts'],
    additionalProperties: false,
    properties: {
      doc: str,
      conflicts: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['id', 'title', 'sides', 'position', 'why', 'when_live_differs', 'live', 'sample'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
            title: str,
            sides: {
              type: 'array',
              minItems: 2,
              items: {
                type: 'object',
                required: ['source', 'says'],
                additionalProperties: false,
                properties: { source: str, says: str },
              },
            },
            position: str,
            why: str,
            when_live_differs: str,
            live: { enum: ['named', 'silent'] },
            match: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                minProperties: 1,
                additionalProperties: false,
                properties: {
                  kind: { enum: ['response', 'status', 'refusal', 'unserved-operation', 'auth', 'consistency'] },
                  operations: { type: 'array', minItems: 1, items: str },
                  location: str,
                  rule: str,
                  keyword: str,
                  observed: str,
                  status: str,
                  message: str,
                  body_has: { type: 'string', pattern: '^/' },
                  ratio: { type: 'number' },
                },
              },
            },
            sample: {
              type: 'object',
              required: ['operation'],
              additionalProperties: false,
              properties: {
                operation: str,
                status: { type: 'integer' },
                example: str,
                body: {},
                raw: { type: 'string' },
                set: { type: 'object', propertyNames: { pattern: '^/' } },
                remove: { type: 'array', items: { type: 'string', pattern: '^/' } },
                wrap: str,
                unwrap: str,
                first: { type: 'boolean' },
                refusal: {
                  type: 'object',
                  required: ['status', 'body'],
                  additionalProperties: false,
                  properties: { status: { type: 'integer' }, body: {} },
                },
                headers: { type: 'object', additionalProperties: { type: 'string' } },
                request: { type: 'object', propertyNames: { pattern: '^/' } },
              },
            },
            request: {
              type: 'object',
              required: ['emulator', 'real_api', 'forms'],
              additionalProperties: false,
              properties: {
                emulator: { enum: ['accepts', 'refuses'] },
                real_api: str,
                forms: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['match', 'sample'],
                    additionalProperties: false,
                    properties: {
                      match: {
                        type: 'array',
                        minItems: 1,
                        items: {
                          type: 'object',
                          required: ['operations', 'pointer', 'keyword', 'sent'],
                          additionalProperties: false,
                          properties: {
                            operations: { type: 'array', minItems: 1, items: str },
                            pointer: str,
                            keyword: str,
                            sent: str,
                            body_has: { type: 'string', pattern: '^/' },
                          },
                        },
                      },
                      sample: {
                        type: 'object',
                        required: ['operation'],
                        additionalProperties: false,
                        properties: {
                          operation: str,
                          example: str,
                          body: {},
                          set: { type: 'object', propertyNames: { pattern: '^/' } },
                          remove: { type: 'array', items: { type: 'string', pattern: '^/' } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

const ajv = new Ajv2020({ allErrors: false, strict: true });

function load<T>(name: string, dir: string): T {
  const file = join(dir, name);
  const value = readYamlFile(file);
  const validate = ajv.compile(schemas[name]!);
  if (!validate(value)) {
    const e = validate.errors![0]!;
    const extra =
      e.keyword === 'additionalProperties'
        ? ` (${String((e.params as { additionalProperty: string }).additionalProperty)})`
        : '';
    throw new InputFileError(file, e.instancePath || '/', `${e.message ?? 'is invalid'}${extra}`);
  }
  return value as T;
}

export interface Specs {
  paymentStatus: PaymentStatusSpec;
  transitions: PaymentTransitionsSpec;
  linkStatus: StatusTable;
  paymentMethodStatus: StatusTable;
  payoutStatus: StatusTable;
  reportStatus: StatusTable;
  errors: ErrorsSpec;
  conflicts: ConflictsSpec;
}

const cache = new Map<string, Specs>();

/** Whether a resource's status may go from one status to another by one move of its table (staying is always allowed). */
export function statusMayMove(_specs: Specs, table: StatusTableName, from: string, to: string): boolean {
  const t = statusTable(table);
  if (from === to || !t.statuses[from] || !t.statuses[to]) return true;
  return t.transitions.some((x) => x.from.includes(from) && x.to === to);
}

/**
 * Whether a status may become another by one or more moves of its table: between two answers a
 * resource may have moved more than once (a report read IN_PROCESS, downloaded once ready, read
 * DOWNLOADED without SUCCEEDED ever being seen).
 */
export function statusMayReach(_specs: Specs, table: StatusTableName, from: string, to: string): boolean {
  return mayReach(statusTable(table), from, to);
}

/** Every table in specs/, validated, with cross-references checked. */
export function loadSpecs(dir: string = SPECS_DIR): Specs {
  const hit = cache.get(dir);
  if (hit) return hit;
  const specs: Specs = {
    paymentStatus: load('payment-status.yaml', dir),
    transitions: load('payment-transitions.yaml', dir),
    linkStatus: statusTable('payment-link-status.yaml', dir),
    paymentMethodStatus: statusTable('payment-method-status.yaml', dir),
    payoutStatus: statusTable('payout-status.yaml', dir),
    reportStatus: statusTable('report-status.yaml', dir),
    errors: load('errors.yaml', dir),
    conflicts: load('doc-conflicts.yaml', dir),
  };
  crossCheck(specs, dir);
  cache.set(dir, specs);
  return specs;
}

function crossCheck(s: Specs, dir: string): void {
  const legal = (state: string): boolean => {
    const [st, sub] = state.split('/') as [string, string];
    return Boolean(s.paymentStatus.statuses[st]?.sub_statuses[sub]);
  };
  const tfile = join(dir, 'payment-transitions.yaml');
  for (const [name, op] of Object.entries(s.transitions.operations)) {
    for (const [i, from] of (op.from ?? []).entries()) {
      if (!legal(from))
        throw new InputFileError(
          tfile,
          `/operations/${name}/from/${i}`,
          `${from} is not a status/sub_status pair of payment-status.yaml`,
        );
    }
    for (const [i, limit] of (op.limits ?? []).entries()) {
      if (!isRuleId(limit))
        throw new InputFileError(tfile, `/operations/${name}/limits/${i}`, `${limit} is not a rule id of lib/rules`);
    }
    if (op.refused_as !== undefined && !isRuleId(op.refused_as))
      throw new InputFileError(
        tfile,
        `/operations/${name}/refused_as`,
        `${op.refused_as} is not a rule id of lib/rules`,
      );
    for (const [o, out] of Object.entries(op.outcomes)) {
      if (!legal(out.to))
        throw new InputFileError(
          tfile,
          `/operations/${name}/outcomes/${o}/to`,
          `${out.to} is not a status/sub_status pair of payment-status.yaml`,
        );
    }
  }
  for (const state of Object.keys(s.transitions.reachable)) {
    if (!legal(state))
      throw new InputFileError(
        tfile,
        `/reachable/${state}`,
        `${state} is not a status/sub_status pair of payment-status.yaml`,
      );
  }
  // The status tables check themselves (lib/status-tables.ts); the rules their refusals name must exist.
  for (const table of [s.linkStatus, s.paymentMethodStatus, s.payoutStatus, s.reportStatus])
    for (const [i, f] of table.forbidden.entries())
      if (f.rule !== undefined && !isRuleId(f.rule))
        throw new InputFileError(
          join(dir, table.file),
          `/forbidden/${i}/rule`,
          `${f.rule} is not a rule id of lib/rules`,
        );
  const cfile = join(dir, 'doc-conflicts.yaml');
  const ids = new Set<string>();
  s.conflicts.conflicts.forEach((c, i) => {
    if (ids.has(c.id)) throw new InputFileError(cfile, `/conflicts/${i}/id`, `${c.id} is used twice`);
    ids.add(c.id);
    if (c.live === 'named' && !c.match)
      throw new InputFileError(
        cfile,
        `/conflicts/${i}`,
        `${c.id} promises to name the conflict (live: named) but has no match`,
      );
    if (c.live === 'silent' && c.match)
      throw new InputFileError(
        cfile,
        `/conflicts/${i}/match`,
        `${c.id} is silent (nothing fails on the other side): a matcher would attribute findings to it`,
      );
    c.request?.forms.forEach((f, j) => {
      f.match.forEach((m, k) => {
        for (const key of ['pointer', 'sent'] as const) {
          try {
            new RegExp(m[key]);
          } catch (e) {
            throw new InputFileError(
              cfile,
              `/conflicts/${i}/request/forms/${j}/match/${k}/${key}`,
              `not a valid regular expression: ${(e as Error).message}`,
            );
          }
        }
        if (!m.operations.includes(f.sample.operation))
          throw new InputFileError(
            cfile,
            `/conflicts/${i}/request/forms/${j}/sample/operation`,
            `${f.sample.operation} is not one of the form's operations (${m.operations.join(', ')})`,
          );
      });
    });
    c.match?.forEach((m, j) => {
      for (const k of ['location', 'observed', 'status', 'message'] as const) {
        const re = m[k];
        if (re === undefined) continue;
        try {
          new RegExp(re);
        } catch (e) {
          throw new InputFileError(
            cfile,
            `/conflicts/${i}/match/${j}/${k}`,
            `not a valid regular expression: ${(e as Error).message}`,
          );
        }
      }
      if (m.rule !== undefined && !isRuleId(m.rule))
        throw new InputFileError(cfile, `/conflicts/${i}/match/${j}/rule`, `${m.rule} is not a rule id of lib/rules`);
      const where =
        m.operations !== undefined || m.location !== undefined || (m.kind === 'refusal' && m.message !== undefined);
      const what =
        m.observed !== undefined ||
        m.message !== undefined ||
        m.status !== undefined ||
        m.ratio !== undefined ||
        m.body_has !== undefined ||
        m.kind === 'unserved-operation' ||
        (m.rule !== undefined && m.rule !== 'body-schema');
      if (!where || !what) {
        throw new InputFileError(
          cfile,
          `/conflicts/${i}/match/${j}`,
          `a matcher must be scoped: to where (operations, location, or a refusal's message) and to what (observed, message, status, ratio, body_has, an object rule, or kind unserved-operation)`,
        );
      }
    });
  });
}
