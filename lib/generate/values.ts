// Values for generated cases, from a schema of the contract: a valid instance (the least it takes),
// a string of a given length that still matches the schema's pattern, a value of another type, one
// outside an enum. Random choices (a string matching a pattern) come from fast-check, seeded, so the
// same seed gives the same cases.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Contract } from '../contract.js';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A schema with its $refs followed (one level at a time, up to a depth). */
export function resolve(contract: Contract, s: unknown, depth = 0): Json {
  let node = s;
  for (let i = 0; isObject(node) && typeof node.$ref === 'string' && i < 20; i++) node = contract.schemaAt(node.$ref);
  if (!isObject(node) || depth > 20) return {};
  return node;
}

/** The types a schema allows (its `type`, as a list; empty when it names none). */
export function typesOf(s: Json): string[] {
  if (Array.isArray(s.type)) return s.type as string[];
  return typeof s.type === 'string' ? [s.type] : [];
}

/** A seeded source of random choices, one per generation run. */
export class Chance {
  private n = 0;
  constructor(readonly seed: number) {}

  /** `count` values of an arbitrary, the same for the same seed and call order. */
  sample<T>(arb: fc.Arbitrary<T>, count: number): T[] {
    return fc.sample(arb, { seed: this.seed + this.n++, numRuns: count });
  }
}

const FORMAT: Record<string, () => string> = {
  uuid: () => randomUUID(),
  'date-time': () => new Date(Date.UTC(2030, 0, 15, 10, 30, 0)).toISOString(),
  date: () => '2030-01-15',
  time: () => '10:30:00Z',
  email: () => 'john.doe@example.com',
  uri: () => 'https://example.com/conformance',
  'uri-reference': () => 'https://example.com/conformance',
  url: () => 'https://example.com/conformance',
  hostname: () => 'example.com',
  ipv4: () => '203.0.113.10',
  byte: () => 'Y29uZm9ybWFuY2U=',
};

/** A string the format refuses. */
export const BROKEN_FORMAT: Record<string, string> = {
  uuid: 'not-a-uuid',
  'date-time': '2030-13-45 25:61',
  date: '2030-13-45',
  time: '25:61',
  email: 'not an email',
  uri: 'not a uri',
  'uri-reference': 'http://[not a uri',
  url: 'not a url',
  hostname: '-not_a_host-',
  ipv4: '999.1.1.1',
  byte: '%%%not base64%%%',
};

/** A string of exactly `n` characters the schema's pattern and format accept (undefined when none is found). */
export function stringOfLength(s: Json, n: number, chance: Chance, like?: unknown): string | undefined {
  if (n < 0 || n > 20_000) return undefined;
  const re = typeof s.pattern === 'string' ? safeRegExp(s.pattern) : undefined;
  const fits = (x: string): boolean => x.length === n && (!re || re.test(x));
  if (typeof s.format === 'string' && FORMAT[s.format]) {
    const v = FORMAT[s.format]!();
    return fits(v) ? v : undefined;
  }
  const seeds: string[] = [];
  if (typeof like === 'string' && like.length) seeds.push(like);
  if (re) seeds.push(...matching(re, chance));
  seeds.push('a', 'A', '1', 'x');
  for (const seed of seeds) {
    if (fits(seed)) return seed;
    // Grown or cut from a value that matches: most patterns repeat a character class.
    const grown = seed.length >= n ? seed.slice(0, n) : seed + seed.slice(-1).repeat(n - seed.length);
    if (fits(grown)) return grown;
    const cycled = seed.repeat(Math.ceil(n / seed.length)).slice(0, n);
    if (fits(cycled)) return cycled;
  }
  return undefined;
}

/** A string that does not match the pattern (undefined when every candidate does). */
export function stringNotMatching(s: Json, like: unknown): string | undefined {
  const re = typeof s.pattern === 'string' ? safeRegExp(s.pattern) : undefined;
  if (!re) return undefined;
  const base = typeof like === 'string' ? like : 'a';
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  const max = typeof s.maxLength === 'number' ? s.maxLength : Number.POSITIVE_INFINITY;
  for (const c of [
    `${base.slice(0, -1)}!`,
    `!${base.slice(1)}`,
    ' '.repeat(Math.max(1, base.length)),
    '#'.repeat(Math.max(1, base.length)),
    `${base}\n!`,
  ]) {
    if (c.length >= min && c.length <= max && !re.test(c)) return c;
  }
  return undefined;
}

/** Strings matching a pattern (none when fast-check cannot build them: lookaheads, back-references). */
/** fast-check's arbitrary of a pattern, built once per pattern (building it is what costs). */
const MATCHING = new Map<string, fc.Arbitrary<string>>();

function matching(re: RegExp, chance: Chance): string[] {
  try {
    const key = `${re.flags}/${re.source}`;
    let arb = MATCHING.get(key);
    if (!arb) MATCHING.set(key, (arb = fc.stringMatching(re)));
    return chance.sample(arb, 30).filter((x) => x.length > 0);
  } catch {
    return [];
  }
}

export function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    try {
      return new RegExp(pattern);
    } catch {
      return undefined;
    }
  }
}

/** The smallest step a number of the schema moves by: its multipleOf, 1 for an integer, else 0.01. */
export function stepOf(s: Json): number {
  if (typeof s.multipleOf === 'number') return s.multipleOf;
  return typesOf(s).includes('integer') ? 1 : 0.01;
}

/**
 * A valid instance of a schema, the least it takes: an object's required properties, an array's
 * fewest items, a number at its lower bound, a string its format, pattern or length asks for.
 */
export function sampleOf(contract: Contract, raw: unknown, chance: Chance, depth = 0): unknown {
  const s = resolve(contract, raw);
  if (depth > 12) return undefined;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum.find((x) => x !== null) ?? s.enum[0];
  for (const k of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(s[k])) {
      const branches = (s[k] as unknown[])
        .map((b) => resolve(contract, b))
        .filter((b) => !typesOf(b).every((t) => t === 'null') || typesOf(b).length === 0);
      if (branches.length) return sampleOf(contract, branches[0], chance, depth + 1);
    }
  }
  if (Array.isArray(s.allOf)) {
    const parts = (s.allOf as unknown[]).map((b) => sampleOf(contract, b, chance, depth + 1));
    const objects = parts.filter(isObject);
    if (objects.length)
      return Object.assign(
        {},
        ...objects,
        ...(isObject(s.properties) ? [sampleOf(contract, { ...s, allOf: undefined }, chance, depth + 1)] : []),
      );
  }
  const types = typesOf(s).filter((t) => t !== 'null');
  const type = types[0] ?? (isObject(s.properties) ? 'object' : s.items ? 'array' : 'string');
  switch (type) {
    case 'object': {
      const out: Json = {};
      const props = isObject(s.properties) ? s.properties : {};
      for (const r of (s.required as string[] | undefined) ?? []) {
        const v = sampleOf(contract, props[r] ?? {}, chance, depth + 1);
        if (v !== undefined) out[r] = v;
      }
      return out;
    }
    case 'array': {
      const n = typeof s.minItems === 'number' ? s.minItems : 0;
      return Array.from({ length: n }, () => sampleOf(contract, s.items ?? {}, chance, depth + 1));
    }
    case 'integer':
    case 'number': {
      const lo =
        typeof s.minimum === 'number'
          ? s.minimum
          : typeof s.exclusiveMinimum === 'number'
            ? s.exclusiveMinimum + stepOf(s)
            : undefined;
      const hi =
        typeof s.maximum === 'number'
          ? s.maximum
          : typeof s.exclusiveMaximum === 'number'
            ? s.exclusiveMaximum - stepOf(s)
            : undefined;
      if (lo !== undefined) return lo;
      if (hi !== undefined) return Math.min(hi, 1);
      return 1;
    }
    case 'boolean':
      return true;
    default: {
      const min = typeof s.minLength === 'number' ? s.minLength : 1;
      const max = typeof s.maxLength === 'number' ? s.maxLength : Math.max(min, 12);
      for (const n of [Math.min(Math.max(min, 8), max), min, max]) {
        const v = stringOfLength(s, n, chance);
        if (v !== undefined) return v;
      }
      return typeof s.format === 'string' && FORMAT[s.format] ? FORMAT[s.format]!() : 'conformance';
    }
  }
}

/** A value of another JSON type than every type the schema allows (undefined when it allows every type). */
export function otherType(s: Json): unknown {
  const types = typesOf(s);
  if (!types.length) return undefined;
  const candidates: Array<[string, unknown]> = [
    ['string', 'conformance'],
    ['number', 12345],
    ['boolean', true],
    ['object', { conformance: true }],
    ['array', ['conformance']],
  ];
  for (const [t, v] of candidates) {
    const allowed = types.includes(t) || (t === 'number' && types.includes('integer'));
    if (!allowed) return v;
  }
  return undefined;
}
