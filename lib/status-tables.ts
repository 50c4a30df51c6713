// Status tables in one format (specs/<resource>-status.yaml): a resource's statuses, the moves the
// docs state (by an operation, or outside the API), the moves they exclude with the refusal each gets,
// and what the docs leave open. One loader, one set of questions (may a status move to another, what
// does an operation do from a status, where does a resource start), for every table.
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SPECS_DIR } from './paths.js';
import { InputFileError, readYamlFile } from './yaml-file.js';

export interface StatusTransition {
  id: string;
  /** The statuses it leaves; empty for a resource's first status (made by a create). */
  from: string[];
  to: string;
  /** The operation that makes the move, or... */
  operationId?: string;
  /** ...what happens outside the API. */
  trigger?: string;
  /** The case it is about, when not every call of the operation makes it. */
  when?: string;
  /** The webhook event the move sends. */
  webhook?: string;
  source?: string;
  note?: string;
}

export interface StatusForbidden {
  id: string;
  /** The statuses it is refused from (ANY: whatever the status). */
  from: string[];
  operationId?: string;
  /** What is refused when it is not an operation of the API (a customer paying a link). */
  action?: string;
  when?: string;
  /** The registered rule whose refusal it gets (lib/rules)... */
  rule?: string;
  /** ...or the HTTP statuses and codes the docs give ('documented' where they name none). */
  refusal?: { http: number[]; codes: string[] | 'documented' };
  source?: string;
  note?: string;
}

export interface StatusTable {
  file: string;
  doc: string;
  resource: string;
  field: string;
  statuses: Record<string, { terminal: boolean; description: string }>;
  transitions: StatusTransition[];
  forbidden: StatusForbidden[];
  notes?: string;
}

const NAME = { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' };
const str = { type: 'string', minLength: 1 };
const SCHEMA = {
  type: 'object',
  required: ['doc', 'resource', 'field', 'statuses', 'transitions'],
  additionalProperties: false,
  properties: {
    doc: str,
    resource: str,
    field: { type: 'string', pattern: '^/' },
    notes: str,
    statuses: {
      type: 'object',
      minProperties: 1,
      propertyNames: NAME,
      additionalProperties: {
        type: 'object',
        required: ['terminal', 'description'],
        additionalProperties: false,
        properties: { terminal: { type: 'boolean' }, description: str },
      },
    },
    transitions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'from', 'to'],
        additionalProperties: false,
        properties: {
          id: str,
          from: { type: 'array', items: NAME },
          to: NAME,
          operationId: str,
          trigger: str,
          when: str,
          webhook: str,
          source: str,
          note: str,
        },
      },
    },
    forbidden: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'from'],
        additionalProperties: false,
        properties: {
          id: str,
          from: { type: 'array', items: NAME, minItems: 1 },
          operationId: str,
          action: str,
          when: str,
          rule: str,
          note: str,
          refusal: {
            type: 'object',
            required: ['http', 'codes'],
            additionalProperties: false,
            properties: {
              http: { type: 'array', items: { type: 'integer', minimum: 400, maximum: 599 }, minItems: 1 },
              codes: { oneOf: [{ const: 'documented' }, { type: 'array', items: str, minItems: 1 }] },
            },
          },
          source: str,
        },
      },
    },
  },
};

const validate = new Ajv2020({ allErrors: false, strict: true }).compile(SCHEMA);
const cache = new Map<string, StatusTable>();

/** A status table of specs/ (by file name), checked: its moves name only its statuses. */
export function statusTable(name: string, dir = SPECS_DIR): StatusTable {
  const file = join(dir, name);
  const hit = cache.get(file);
  if (hit) return hit;
  const value = readYamlFile(file);
  if (!validate(value)) {
    const e = validate.errors![0]!;
    const extra =
      e.keyword === 'additionalProperties'
        ? ` (${String((e.params as { additionalProperty: string }).additionalProperty)})`
        : '';
    throw new InputFileError(file, e.instancePath || '/', `${e.message ?? 'is invalid'}${extra}`);
  }
  const t = { file: name, ...(value as Omit<StatusTable, 'file'>) } as StatusTable;
  t.forbidden ??= [];
  const known = (s: string, at: string): void => {
    if (!t.statuses[s]) throw new InputFileError(file, at, `${s} is not one of the table's statuses`);
  };
  for (const [i, x] of t.transitions.entries()) {
    for (const [j, f] of x.from.entries()) known(f, `/transitions/${i}/from/${j}`);
    known(x.to, `/transitions/${i}/to`);
    if (!x.operationId && !x.trigger)
      throw new InputFileError(file, `/transitions/${i}`, 'names neither an operationId nor a trigger');
  }
  for (const [i, x] of t.forbidden.entries())
    for (const [j, f] of x.from.entries()) if (f !== 'ANY') known(f, `/forbidden/${i}/from/${j}`);
  cache.set(file, t);
  return t;
}

/** The status a resource starts in when an operation makes it (a move from nothing), if the table says. */
export function initialStatus(t: StatusTable, operationId: string): string | undefined {
  return (
    t.transitions.find((x) => x.from.length === 0 && x.operationId === operationId) ??
    t.transitions.find((x) => x.from.length === 0)
  )?.to;
}

/** What an operation does from a status: the move it makes, or the refusal the table names, or nothing said. */
export function moveBy(
  t: StatusTable,
  operationId: string,
  from: string,
): { to: string } | { forbidden: StatusForbidden } | undefined {
  const move = t.transitions.find((x) => x.operationId === operationId && x.from.includes(from));
  if (move) return { to: move.to };
  const no = t.forbidden.find(
    (x) => x.operationId === operationId && !x.when && (x.from.includes(from) || x.from.includes('ANY')),
  );
  return no ? { forbidden: no } : undefined;
}

/** Whether a status may follow another by one move or several (staying is always allowed). */
export function mayReach(t: StatusTable, from: string, to: string): boolean {
  if (from === to || !t.statuses[from] || !t.statuses[to]) return true;
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length) {
    const s = queue.shift()!;
    for (const x of t.transitions) {
      if (!x.from.includes(s) || seen.has(x.to)) continue;
      if (x.to === to) return true;
      seen.add(x.to);
      queue.push(x.to);
    }
  }
  return false;
}
