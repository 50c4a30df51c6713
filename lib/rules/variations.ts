// Benign variations: changes a conforming API may make at any time without notice, because the docs
// allow them. The emulator can switch each on (like a fault), and the self-test's benign side proves
// the suite still passes under each: no check may fail an answer the docs allow.
import { Contract } from '../contract.js';
import { DOC } from './docs.js';
import type { FaultEffect, MutableResponse } from './types.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export type VariationName = 'added-fields' | 'key-order' | 'offset-dates' | 'absent-as-null' | 'extra-headers';

export interface Variation {
  description: string;
  /** Why the docs allow it. */
  because: string;
  doc: string;
  effect: Pick<FaultEffect, 'response' | 'webhook'>;
}

/** Every object of a JSON value (collected first, so `fn` may add objects without being called on them). */
function eachObject(v: unknown, fn: (o: Json) => void): void {
  const all: Json[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (isObject(x)) {
      all.push(x);
      Object.values(x).forEach(walk);
    }
  };
  walk(v);
  all.forEach(fn);
}

/** The same value with every object's keys in reverse order. */
function reversed(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversed);
  if (!isObject(v)) return v;
  return Object.fromEntries(
    Object.entries(v)
      .reverse()
      .map(([k, x]) => [k, reversed(x)]),
  );
}

const RFC3339_Z = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?)Z$/;
function withOffsets(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(RFC3339_Z, '$1+00:00');
  if (Array.isArray(v)) return v.map(withOffsets);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withOffsets(x)]));
  return v;
}

/** The optional properties of the response's schema that the body leaves out, set to null, at every object the schema describes. */
function nullsForAbsent(res: MutableResponse, operationId: string): void {
  const contract = Contract.load();
  const op = contract.operations.get(operationId);
  const spec = op?.responses[String(res.status)];
  if (!spec?.contentTypes.includes('application/json')) return;
  contract.walkSchemaWithValue(`${spec.ref}/content/application~1json/schema`, res.body, (schema, value) => {
    if (!isObject(value)) return;
    for (const name of contract.optionalProperties(schema)) if (!(name in value)) value[name] = null;
  });
}

export const VARIATIONS: Record<VariationName, Variation> = {
  'added-fields': {
    description: 'every object of every answer and webhook carries a field no page documents',
    because: 'The contract allows extra properties everywhere; Yuno adds fields without a version change (changelog).',
    doc: DOC.changelog,
    effect: {
      response: (res) => eachObject(res.body, (o) => void (o.added_by_a_newer_api = { since: '2026-11' })),
      webhook: (d) => eachObject(d.event, (o) => void (o.added_by_a_newer_api = 'x')),
    },
  },
  'key-order': {
    description: 'every object of every answer and webhook has its keys in reverse order',
    because: 'JSON objects are unordered (RFC 8259); nothing in the docs gives an order.',
    doc: DOC.responseCodes,
    effect: {
      response: (res) => void (res.body = reversed(res.body)),
      webhook: (d) => void (d.event = reversed(d.event) as Json),
    },
  },
  'offset-dates': {
    description: 'date-times are written with a +00:00 offset instead of Z',
    because: 'The docs give dates as RFC 3339 date-times (format date-time), which allows either.',
    doc: DOC.payment,
    effect: {
      response: (res) => void (res.body = withOffsets(res.body)),
      webhook: (d) => void (d.event = withOffsets(d.event) as Json),
    },
  },
  'absent-as-null': {
    description: 'optional fields the answer leaves out are sent as null instead',
    because:
      "The docs' own examples send null for optional fields (conflict nullable-fields); the contract's null rule allows it.",
    doc: DOC.payment,
    effect: { response: (res, req) => nullsForAbsent(res, req.operationId) },
  },
  'extra-headers': {
    description: 'every answer carries headers no page documents (request id, tracing, caching)',
    because: 'The docs declare no response headers; HTTP allows any.',
    doc: DOC.responseCodes,
    effect: {
      response: (res) => {
        res.headers['x-request-id'] = '5b1f6c2e-8d0a-4f7e-9c3b-2a1d0e9f8c7b';
        res.headers['cache-control'] = 'no-store';
        res.headers['x-amzn-trace-id'] = 'Root=1-67891233-abcdef012345678912345678';
      },
    },
  },
};
export const VARIATION_NAMES = Object.keys(VARIATIONS) as VariationName[];

export function isVariationName(s: string): s is VariationName {
  return Object.hasOwn(VARIATIONS, s);
}
