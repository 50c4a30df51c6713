// Cases from the contract, at the boundary of every constraint of an operation's request, on both
// sides: a valid request (the operation's own, from its resource module) changed in one place so
// that one constraint sits at its bound (and the request stays valid: it must be accepted), or is
// broken alone (it must be refused). Bounds of lengths, numbers and item counts, each enum value, each
// shape of a oneOf/anyOf, an optional field absent, present or null, a required field or header
// missing, a value of another type, a pattern or a format broken. Every case is checked against the
// contract before it is sent: an "accept" case must be valid, a "refuse" case invalid exactly there.
import fc from 'fast-check';
import type { Contract } from '../contract.js';
import type { Violation } from '../violation.js';
import {
  BROKEN_FORMAT,
  Chance,
  isObject,
  type Json,
  otherType,
  resolve,
  sampleOf,
  stepOf,
  stringNotMatching,
  stringOfLength,
  typesOf,
} from './values.js';

/** A request as the generated cases change it. */
export interface CaseRequest {
  path: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export type Side = 'accept' | 'refuse';
export type Where = 'body' | 'query' | 'path' | 'header';

/** One constraint of an operation's request, where the contract puts it. */
export interface Constraint {
  /** Stable: `<operation> <where>:<pointer or name> <keyword>`. */
  id: string;
  operationId: string;
  where: Where;
  /** A JSON pointer into the body, or the parameter's name. */
  at: string;
  keyword: string;
  /** The keyword's value (the bound, the enum, the pattern). */
  bound?: unknown;
  /** The schema of the contract that states it. */
  location?: string;
  /** The docs' words for it (x-doc-note) or the page (x-doc). */
  doc?: string;
}

export interface Case {
  constraint: Constraint;
  side: Side;
  /** What the case does, in words (a failure prints it). */
  what: string;
  request: CaseRequest;
  /** The same change made to another valid request (a fresh one, for a case that changes state). */
  apply(r: CaseRequest): CaseRequest;
}

export interface Skipped {
  constraint: Constraint;
  side: Side;
  why: string;
}

export interface Generated {
  constraints: Constraint[];
  cases: Case[];
  skipped: Skipped[];
}

const MAX_ENUM_VALUES = 6;

type Set_ = (req: CaseRequest, value: unknown) => void;
type Del = (req: CaseRequest) => void;

function setAt(root: unknown, pointer: string, value: unknown): unknown {
  if (pointer === '') return value;
  const keys = pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const out = structuredClone(root ?? {}) as Json;
  let node: Json | unknown[] = out;
  keys.slice(0, -1).forEach((k) => {
    const next = (node as Json)[k];
    if (!isObject(next) && !Array.isArray(next)) (node as Json)[k] = {};
    node = (node as Json)[k] as Json;
  });
  (node as Json)[keys[keys.length - 1]!] = value;
  return out;
}

function deleteAt(root: unknown, pointer: string): unknown {
  const keys = pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const out = structuredClone(root) as Json;
  let node: unknown = out;
  for (const k of keys.slice(0, -1)) node = isObject(node) || Array.isArray(node) ? (node as Json)[k] : undefined;
  if (isObject(node)) delete node[keys[keys.length - 1]!];
  return out;
}

const clone = (r: CaseRequest): CaseRequest => structuredClone(r);

/** A field that names another resource (a made-up value of it names nothing, and is refused for that). */
const REFERENCE = /(^|\/)([a-z_]*_id|id|token|vaulted_token|[a-z_]*_token|[a-z_]*_session|session|code|[a-z_]*_code)$/;

/** A parameter that needs others beside it when sent (Contract.parameterNeeds), in a request's query or headers. */
interface Requirement {
  where: Where;
  name: string;
  needs: string[];
  schema: Json;
}

const requirementsOf = (contract: Contract, operationId: string): Requirement[] =>
  contract
    .parameterNeeds(operationId)
    .filter((q) => q.in === 'header' || q.in === 'query')
    .map((q) => ({ where: q.in as Where, name: q.name, needs: q.needs, schema: q.schema }));

const bagOf = (r: CaseRequest, where: Where): Record<string, string> => (where === 'query' ? r.query : r.headers);
/** The key a bag holds a name under (headers are case-insensitive). */
const keyIn = (bag: Record<string, string>, name: string, where: Where): string | undefined =>
  where === 'header'
    ? Object.keys(bag).find((k) => k.toLowerCase() === name.toLowerCase())
    : name in bag
      ? name
      : undefined;

/** The docs source of a schema node: its note, or the page of the nearest schema around it. */
const docOf = (s: Json, around?: string): string | undefined =>
  typeof s['x-doc-note'] === 'string' ? s['x-doc-note'] : typeof s['x-doc'] === 'string' ? s['x-doc'] : around;

/**
 * The generated cases of an operation, around its valid request. `limit` caps the cases of each side
 * (the most telling first: required fields, bounds, enums, types); what is capped or cannot be built
 * is listed as skipped, with why.
 */
export function casesOf(
  contract: Contract,
  operationId: string,
  base: CaseRequest,
  o: { seed: number; limit?: number } = { seed: 1 },
): Generated {
  const op = contract.operation(operationId);
  const chance = new Chance(o.seed);
  const constraints: Constraint[] = [];
  const cases: Case[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();

  const constraint = (
    where: Where,
    at: string,
    keyword: string,
    s: Json,
    bound: unknown,
    around?: string,
  ): Constraint => {
    const c: Constraint = {
      id: `${operationId} ${where}:${at} ${keyword}`,
      operationId,
      where,
      at,
      keyword,
      bound,
      location: contract.pointerOf(s),
      doc: docOf(s, around),
    };
    if (!seen.has(c.id)) {
      seen.add(c.id);
      constraints.push(c);
    }
    return c;
  };
  const requirements = requirementsOf(contract, operationId);
  /** A value for a parameter (or a plain header) another one needs: from its schema where the contract declares it. */
  const companion = (where: Where, name: string): string => {
    const p = op.parameters.find((x) => x.in === where && x.name.toLowerCase() === name.toLowerCase());
    const v = p ? sampleOf(contract, contract.schemaAt(p.ref), chance) : undefined;
    return typeof v === 'string' && v !== '' ? v : 'conformance-1';
  };
  /** Sends, beside each parameter that is sent, the ones it needs (an accept case stays valid). */
  const withNeeds = (r: CaseRequest): void => {
    for (const q of requirements) {
      const bag = bagOf(r, q.where);
      if (keyIn(bag, q.name, q.where) === undefined) continue;
      for (const n of q.needs) if (keyIn(bag, n, q.where) === undefined) bag[n] = companion(q.where, n);
    }
  };
  /** What a case inside a field the valid request leaves out first sends of that field (its parents). */
  const prefix: Array<(r: CaseRequest) => void> = [];
  const add = (c: Constraint, side: Side, what: string, change: (r: CaseRequest) => void): void => {
    const before = [...prefix];
    const apply = (r: CaseRequest): CaseRequest => {
      const out = clone(r);
      for (const p of before) p(out);
      change(out);
      if (side === 'accept') withNeeds(out);
      return out;
    };
    cases.push({ constraint: c, side, what, request: apply(base), apply });
  };
  const skip = (c: Constraint, side: Side, why: string): void => {
    skipped.push({ constraint: c, side, why });
  };

  /** The cases of one schema node, given how to set or remove its value in a request. */
  const node = (
    where: Where,
    at: string,
    raw: unknown,
    value: unknown,
    set: Set_,
    del: Del | undefined,
    required: boolean,
    around: string | undefined,
    depth: number,
    /** True for a field the valid request leaves out, walked with a value of its own (no presence cases). */
    virtual = false,
  ): void => {
    const s = resolve(contract, raw);
    if (depth > 8 || !Object.keys(s).length) return;
    const doc = typeof s['x-doc'] === 'string' ? s['x-doc'] : around;
    const present = value !== undefined;
    const types = typesOf(s);
    const nullable = types.includes('null') || (Array.isArray(s.enum) && s.enum.includes(null));
    // Presence: a required field missing is refused; an optional one absent, or null, is accepted.
    if (del && present && !virtual) {
      if (required) {
        const c = constraint(where, at, 'required', s, true, doc);
        add(c, 'refuse', `${where} ${at} missing (required)`, del);
      } else {
        const c = constraint(where, at, 'optional', s, false, doc);
        add(c, 'accept', `${where} ${at} left out (optional)`, del);
        if (nullable && where === 'body')
          add(constraint(where, at, 'nullable', s, null, doc), 'accept', `${where} ${at} null (optional)`, (r) =>
            set(r, null),
          );
      }
    }
    if (!present && del && !required && where === 'body') {
      // An optional field the valid request leaves out: sent with a valid value it is accepted.
      const c = constraint(where, at, 'optional', s, false, doc);
      const v = sampleOf(contract, s, chance);
      if (REFERENCE.test(at) && typeof v === 'string')
        skip(c, 'accept', 'it names another resource: a made-up identifier names nothing');
      else if (v === undefined) skip(c, 'accept', 'no valid value could be built for it');
      else {
        add(c, 'accept', `${where} ${at} sent: ${short(v)}`, (r) => set(r, v));
        // Its own constraints, inside: the cases send it first (a list with one item, to reach the item's).
        const inner =
          Array.isArray(v) && v.length === 0 && isObject(s.items) ? [sampleOf(contract, s.items, chance)] : v;
        if (
          (isObject(inner) || Array.isArray(inner)) &&
          contract.checkRequestBody(operationId, setAt(base.body, at, inner)).length === 0
        ) {
          // Sent only where it is not yet: cases inside it can then travel together (tests/support/generated.ts).
          prefix.push((r) => void (pointerValue(r.body, at) === undefined && set(r, structuredClone(inner))));
          node(where, at, raw, inner, set, del, required, around, depth + 1, true);
          prefix.pop();
        }
      }
    }
    if (present && value !== null) {
      const other = otherType(s);
      if (other !== undefined && where !== 'path')
        add(
          constraint(where, at, 'type', s, types, doc),
          'refuse',
          `${where} ${at} of another type: ${short(other)}`,
          (r) => set(r, other),
        );
      if (required && where === 'body' && !nullable)
        add(constraint(where, at, 'type', s, types, doc), 'refuse', `${where} ${at} null (required)`, (r) =>
          set(r, null),
        );
    }
    // Shapes: each branch of a oneOf/anyOf.
    for (const k of ['oneOf', 'anyOf'] as const) {
      if (!Array.isArray(s[k]) || where !== 'body') continue;
      (s[k] as unknown[]).forEach((b, i) => {
        const branch = resolve(contract, b);
        const c = constraint(where, `${at}`, `branch ${i}`, branch, i, doc);
        if (typesOf(branch).length === 1 && typesOf(branch)[0] === 'null') {
          add(c, 'accept', `${where} ${at} null (the ${k} allows it)`, (r) => set(r, null));
          return;
        }
        const v = sampleOf(contract, branch, chance);
        if (v === undefined) skip(c, 'accept', 'no value of the branch could be built');
        else add(c, 'accept', `${where} ${at} in the shape of ${k} branch ${i}`, (r) => set(r, v));
      });
    }
    // Values: enum, const, strings, numbers, arrays.
    if (Array.isArray(s.enum)) {
      const values = s.enum.filter((x) => x !== null);
      const c = constraint(where, at, 'enum', s, values, doc);
      const pick =
        values.length <= MAX_ENUM_VALUES
          ? values
          : [values[0], values[values.length - 1], ...chance.sample(constantFrom(values), MAX_ENUM_VALUES - 2)];
      for (const v of new Set(pick)) add(c, 'accept', `${where} ${at} = ${short(v)} (an enum value)`, (r) => set(r, v));
      const outside = typeof values[0] === 'string' ? `NOT_${String(values[0])}_X` : 999_999;
      add(c, 'refuse', `${where} ${at} = ${short(outside)} (outside the enum)`, (r) => set(r, outside));
    }
    if ('const' in s && s.const !== null) {
      const c = constraint(where, at, 'const', s, s.const, doc);
      add(c, 'refuse', `${where} ${at} other than ${short(s.const)}`, (r) =>
        set(r, typeof s.const === 'string' ? `${s.const}_X` : 'other'),
      );
    }
    const isString =
      types.includes('string') || (!types.length && (typeof s.maxLength === 'number' || typeof s.pattern === 'string'));
    if (isString && !Array.isArray(s.enum)) {
      const lengths: Array<['minLength' | 'maxLength', Side, number | undefined]> = [
        ['minLength', 'accept', s.minLength as number | undefined],
        ['minLength', 'refuse', typeof s.minLength === 'number' && s.minLength > 0 ? s.minLength - 1 : undefined],
        ['maxLength', 'accept', s.maxLength as number | undefined],
        ['maxLength', 'refuse', typeof s.maxLength === 'number' ? s.maxLength + 1 : undefined],
      ];
      for (const [kw, side, n] of lengths) {
        if (typeof s[kw] !== 'number' || n === undefined || n < 0) continue;
        const c = constraint(where, at, kw, s, s[kw], doc);
        if (where === 'path' && n === 0) {
          skip(c, side, 'an empty path segment is another route, not this operation with a short value');
          continue;
        }
        // A string that keeps the pattern when one can be built (the length is then the only thing broken).
        const v =
          stringOfLength(s, n, chance, value) ??
          stringOfLength({ ...s, pattern: undefined, format: undefined }, n, chance, value);
        if (v === undefined) skip(c, side, `no string of ${n} characters could be built (a bound too large to send)`);
        else add(c, side, `${where} ${at} of ${n} characters (${kw} ${String(s[kw])})`, (r) => set(r, v));
      }
      if (typeof s.pattern === 'string') {
        const c = constraint(where, at, 'pattern', s, s.pattern, doc);
        const bad = stringNotMatching(s, value);
        if (bad === undefined) skip(c, 'refuse', 'no string breaking the pattern could be built within its lengths');
        else add(c, 'refuse', `${where} ${at} = ${short(bad)} (breaks ${s.pattern})`, (r) => set(r, bad));
        const len = typeof value === 'string' ? value.length : typeof s.minLength === 'number' ? s.minLength : 8;
        const good = stringOfLength(s, Math.max(len, (s.minLength as number | undefined) ?? 0), chance);
        if (good !== undefined && good !== value)
          add(c, 'accept', `${where} ${at} = ${short(good)} (matches ${s.pattern})`, (r) => set(r, good));
      }
      if (typeof s.format === 'string' && BROKEN_FORMAT[s.format]) {
        const c = constraint(where, at, 'format', s, s.format, doc);
        add(c, 'refuse', `${where} ${at} = ${short(BROKEN_FORMAT[s.format])} (not a ${s.format})`, (r) =>
          set(r, BROKEN_FORMAT[s.format as string]),
        );
      }
    }
    const isNumber = types.includes('number') || types.includes('integer');
    if (isNumber) {
      const step = stepOf(s);
      const bounds: Array<[string, Side, number | undefined]> = [
        ['minimum', 'accept', s.minimum as number | undefined],
        ['minimum', 'refuse', typeof s.minimum === 'number' ? round(s.minimum - step) : undefined],
        ['maximum', 'accept', s.maximum as number | undefined],
        ['maximum', 'refuse', typeof s.maximum === 'number' ? round(s.maximum + step) : undefined],
        [
          'exclusiveMinimum',
          'accept',
          typeof s.exclusiveMinimum === 'number' ? round(s.exclusiveMinimum + step) : undefined,
        ],
        ['exclusiveMinimum', 'refuse', s.exclusiveMinimum as number | undefined],
        [
          'exclusiveMaximum',
          'accept',
          typeof s.exclusiveMaximum === 'number' ? round(s.exclusiveMaximum - step) : undefined,
        ],
        ['exclusiveMaximum', 'refuse', s.exclusiveMaximum as number | undefined],
      ];
      for (const [kw, side, v] of bounds) {
        if (typeof s[kw] !== 'number' || v === undefined) continue;
        const c = constraint(where, at, kw, s, s[kw], doc);
        const sent = where === 'body' ? v : String(v);
        add(c, side, `${where} ${at} = ${v} (${kw} ${String(s[kw])})`, (r) => set(r, sent));
      }
      if (typeof s.multipleOf === 'number') {
        const c = constraint(where, at, 'multipleOf', s, s.multipleOf, doc);
        const start = typeof value === 'number' ? value : ((s.minimum as number | undefined) ?? 0);
        const v = round(start + s.multipleOf / 2);
        add(c, 'refuse', `${where} ${at} = ${v} (not a multiple of ${s.multipleOf})`, (r) =>
          set(r, where === 'body' ? v : String(v)),
        );
      }
      if (types.includes('integer') && !types.includes('number') && where === 'body') {
        const c = constraint(where, at, 'type', s, types, doc);
        add(c, 'refuse', `${where} ${at} = 1.5 (not an integer)`, (r) => set(r, 1.5));
      }
    }
    if (types.includes('array') || s.items !== undefined) {
      const items = Array.isArray(value) ? value : [];
      const item = items[0] ?? sampleOf(contract, s.items ?? {}, chance);
      for (const [kw, side, n] of [
        ['minItems', 'accept', s.minItems],
        ['minItems', 'refuse', typeof s.minItems === 'number' ? s.minItems - 1 : undefined],
        ['maxItems', 'accept', s.maxItems],
        ['maxItems', 'refuse', typeof s.maxItems === 'number' ? s.maxItems + 1 : undefined],
      ] as const) {
        if (typeof s[kw] !== 'number' || n === undefined || (n as number) < 0 || where !== 'body') continue;
        const c = constraint(where, at, kw, s, s[kw], doc);
        if ((n as number) > 2000) {
          skip(c, side, `${n} items are too many to send`);
          continue;
        }
        const list = Array.from({ length: n as number }, (_, i) =>
          structuredClone(items[i % Math.max(items.length, 1)] ?? item),
        );
        add(c, side, `${where} ${at} with ${n} items (${kw} ${String(s[kw])})`, (r) => set(r, list));
      }
      if (Array.isArray(value) && value.length && where === 'body') {
        node(
          where,
          `${at}/0`,
          s.items ?? {},
          value[0],
          (r, v) => set(r, setAt(itemsOf(r, where, at), '/0', v)),
          undefined,
          true,
          doc,
          depth + 1,
        );
      }
    }
    // Objects: their properties, each with its own constraints.
    const props = isObject(s.properties) ? s.properties : {};
    const req = new Set((s.required as string[] | undefined) ?? []);
    if (where === 'body' && (isObject(value) || (value === undefined && required))) {
      for (const [k, child] of Object.entries(props)) {
        const ptr = `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        node(
          where,
          ptr,
          child,
          isObject(value) ? value[k] : undefined,
          (r, v) => (r.body = setAt(r.body, ptr, v)),
          (r) => (r.body = deleteAt(r.body, ptr)),
          req.has(k),
          doc,
          depth + 1,
        );
      }
    }
    for (const b of Array.isArray(s.allOf) ? s.allOf : [])
      node(where, at, b, value, set, undefined, required, doc, depth + 1);
  };

  // The body.
  if (op.requestBody) {
    const schema = contract.schemaAt(op.requestBody.ref);
    if (base.body === undefined && op.requestBody.required) {
      const c = constraint('body', '', 'required', schema, true, op.doc);
      skip(c, 'refuse', 'the valid request sends no body');
    }
    if (base.body !== undefined) {
      if (op.requestBody.required)
        add(
          constraint('body', '', 'required', schema, true, op.doc),
          'refuse',
          'no body (the body is required)',
          (r) => (r.body = undefined),
        );
      node('body', '', schema, base.body, (r, v) => (r.body = v), undefined, true, op.doc, 0);
    }
  }
  // The parameters.
  for (const p of op.parameters) {
    if (p.in === 'cookie') continue;
    const where = p.in as Where;
    const bag = where === 'path' ? 'path' : where === 'query' ? 'query' : 'headers';
    const key = where === 'header' ? p.name : p.name;
    const value = (base[bag] as Record<string, string>)[key];
    const set: Set_ = (r, v) => {
      (r[bag] as Record<string, string>)[key] = v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);
    };
    const del: Del | undefined = where === 'path' ? undefined : (r) => delete (r[bag] as Record<string, string>)[key];
    node(where, p.name, contract.schemaAt(p.ref), value, set, del, p.required, op.doc, 0);
  }

  // A parameter sent without one it needs (x-requires): refused, one case per missing companion.
  for (const q of requirements)
    for (const n of q.needs) {
      const c = constraint(q.where, q.name, 'x-requires', q.schema, n, op.doc);
      add(c, 'refuse', `${q.where} ${q.name} sent without ${n}, which it needs`, (r) => {
        const bag = bagOf(r, q.where);
        if (keyIn(bag, q.name, q.where) === undefined) bag[q.name] = companion(q.where, q.name);
        withNeeds(r);
        delete bag[keyIn(bag, n, q.where)!];
      });
    }

  // Every case checked against the contract: an accept case must be valid, a refuse case invalid.
  const checked = cases.filter((c) => {
    const v = requestViolations(contract, operationId, c.request);
    if (c.side === 'accept' && v.length) {
      skip(
        c.constraint,
        'accept',
        `the change breaks another constraint too (${v[0]!.pointer || '(body)'} ${v[0]!.expected})`,
      );
      return false;
    }
    if (c.side === 'refuse' && !v.length) {
      skip(c.constraint, 'refuse', 'the contract lets the changed request through (another of its shapes accepts it)');
      return false;
    }
    return true;
  });
  // Each side capped, the most telling keywords first.
  const order = (c: Case): number => {
    const i = [
      'required',
      'maxLength',
      'minLength',
      'maximum',
      'minimum',
      'exclusiveMaximum',
      'exclusiveMinimum',
      'maxItems',
      'minItems',
      'enum',
      'format',
      'pattern',
      'type',
      'multipleOf',
      'const',
      'optional',
      'nullable',
    ].indexOf(c.constraint.keyword);
    return i < 0 ? 50 : i;
  };
  const limit = o.limit ?? Number.POSITIVE_INFINITY;
  const kept: Case[] = [];
  for (const side of ['accept', 'refuse'] as const) {
    const these = checked.filter((c) => c.side === side).sort((a, b) => order(a) - order(b));
    kept.push(...these.slice(0, limit));
    for (const c of these.slice(limit))
      skip(c.constraint, side, `over the ${limit} cases a side of this run (YUNO_GEN_BUDGET)`);
  }
  return { constraints, cases: kept, skipped };
}

function pointerValue(root: unknown, pointer: string): unknown {
  let node = root;
  for (const k of pointer.split('/').slice(1))
    node =
      isObject(node) || Array.isArray(node) ? (node as Json)[k.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return node;
}

function itemsOf(r: CaseRequest, _where: Where, at: string): unknown {
  let node: unknown = r.body;
  for (const k of at.split('/').slice(1)) node = isObject(node) || Array.isArray(node) ? (node as Json)[k] : undefined;
  return node;
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;
const short = (v: unknown): string => {
  const t = JSON.stringify(v) ?? String(v);
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
};

function constantFrom<T>(values: T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...values);
}

/** What the contract finds wrong with a request of an operation: its body and every parameter. */
export function requestViolations(contract: Contract, operationId: string, r: CaseRequest): Violation[] {
  const op = contract.operation(operationId);
  const out: Violation[] = [];
  if (op.requestBody) {
    if (r.body === undefined) {
      if (op.requestBody.required)
        out.push({
          rule: 'request-body-schema',
          operation: operationId,
          pointer: '',
          expected: 'a body',
          observed: 'none',
        });
    } else out.push(...contract.checkRequestBody(operationId, r.body));
  }
  for (const p of op.parameters) {
    const bag =
      p.in === 'path' ? r.path : p.in === 'query' ? r.query : p.in === 'header' ? lower(r.headers) : undefined;
    if (!bag) continue;
    const raw = bag[p.in === 'header' ? p.name.toLowerCase() : p.name];
    if (raw === undefined) {
      if (p.required)
        out.push({
          rule: 'request-parameters',
          operation: operationId,
          pointer: `${p.in}:${p.name}`,
          expected: 'present',
          observed: 'missing',
        });
      continue;
    }
    out.push(
      ...contract
        .validate(p.ref, coerce(contract, p.ref, raw), { operation: operationId })
        .map((v) => ({ ...v, pointer: `${p.in}:${p.name}${v.pointer}` })),
    );
  }
  for (const q of requirementsOf(contract, operationId)) {
    const bag = bagOf(r, q.where);
    if (keyIn(bag, q.name, q.where) === undefined) continue;
    const missing = q.needs.filter((n) => keyIn(bag, n, q.where) === undefined);
    if (missing.length)
      out.push({
        rule: 'request-parameters',
        operation: operationId,
        pointer: `${q.where}:${q.name}`,
        expected: `sent with ${q.needs.join(', ')}`,
        observed: `without ${missing.join(', ')}`,
        location: contract.pointerOf(q.schema),
      });
  }
  return out;
}

const lower = (h: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

/** A parameter's text as its schema reads it (a number or a boolean sent in a query string). */
function coerce(contract: Contract, ref: string, raw: string): unknown {
  const types = typesOf(resolve(contract, contract.schemaAt(ref)));
  if ((types.includes('integer') || types.includes('number')) && raw.trim() !== '' && Number.isFinite(Number(raw)))
    return Number(raw);
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

/**
 * The generated cases of an operation around the contract's own request (its request example, or a
 * sample, with its required parameters sampled): what the coverage page counts, without a target.
 */
export function documentCasesOf(contract: Contract, operationId: string, seed = 1): Generated {
  const op = contract.operation(operationId);
  const chance = new Chance(seed);
  const base: CaseRequest = { path: {}, query: {}, headers: {}, body: undefined };
  for (const p of op.parameters) {
    if (!p.required || p.in === 'cookie') continue;
    const v = sampleOf(contract, contract.schemaAt(p.ref), chance);
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    if (p.in === 'path') base.path[p.name] = text;
    if (p.in === 'query') base.query[p.name] = text;
    if (p.in === 'header') base.headers[p.name] = text;
  }
  if (op.requestBody) {
    const example = Object.values(op.requestBody.examples)[0];
    base.body =
      example !== undefined
        ? structuredClone(example)
        : sampleOf(contract, contract.schemaAt(op.requestBody.ref), chance);
  }
  return casesOf(contract, operationId, base, { seed });
}

/** Every constraint of an operation's request, as the generated cases find them around the contract's own request. */
export function constraintsOf(contract: Contract, operationId: string, seed = 1): Constraint[] {
  return documentCasesOf(contract, operationId, seed).constraints;
}
