// What the platform modules share: prefixed ids, the error bodies of the products that add to the
// API-wide shape (banking's http_code, the dry run's httpCode), and small JSON helpers.
import { randomUUID } from 'node:crypto';
import type { Json, Result } from '../result.js';

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A new id in the docs' form: a prefix (`ent_`, `acct_`, `dom_`...) and a UUID, or a UUID alone. */
export const newId = (prefix = ''): string => `${prefix}${randomUUID()}`;

/** Short random hex, for the providers' own references (`col_...` in the examples). */
export const hex = (n = 12): string => randomUUID().replace(/-/g, '').slice(0, n);

/** Random decimal digits (account numbers the emulator issues). */
export const digits = (n: number): string =>
  Array.from({ length: n }, (_, i) =>
    String(i === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10)),
  ).join('');

/** The last four characters of a number, as the docs' masked fields show it. */
export const last4 = (s: unknown): string | null => (typeof s === 'string' && s.length ? s.slice(-4) : null);

/** An error body with the HTTP status repeated under `key` (banking: http_code; dry run: httpCode). */
export function withStatusField(r: Result, key: 'http_code' | 'httpCode'): Result {
  if (r.status >= 400 && isObject(r.body)) r.body = { ...r.body, [key]: r.status };
  return r;
}

/** A record without the emulator's own bookkeeping fields (those starting with an underscore). */
export function visible(rec: Json): Json {
  return Object.fromEntries(Object.entries(rec).filter(([k]) => !k.startsWith('_')));
}

/** A value rounded to the 4 decimals amounts take. */
export const money = (n: number): number => Math.round(n * 10_000) / 10_000;
