// Comparing what was sent, or first answered, with what came back, as a client would read both.
import { valueAt } from './contract.js';
import type { ConsistencyFound } from './rules/types.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const absent = (v: unknown): boolean => v === undefined || v === null;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * The same value, as a client would read it: numbers as numbers (5000 and 5000.0 are one), date-times
 * as instants (Z and +00:00 are one), objects by the fields the expected side has (an answer may add
 * fields), arrays item by item.
 */
export function same(expected: unknown, observed: unknown): boolean {
  if (absent(expected) && absent(observed)) return true;
  if (typeof expected === 'string' && typeof observed === 'string' && RFC3339.test(expected) && RFC3339.test(observed))
    return Date.parse(expected) === Date.parse(observed);
  if (Array.isArray(expected))
    return (
      Array.isArray(observed) && expected.length === observed.length && expected.every((x, i) => same(x, observed[i]))
    );
  if (isObject(expected)) return isObject(observed) && Object.entries(expected).every(([k, x]) => same(x, observed[k]));
  return expected === observed;
}

const UNITS = 10_000;
const units = (n: unknown): number | undefined => (typeof n === 'number' ? Math.round(n * UNITS) : undefined);

/** How a capture or a refund moves the payment's amounts: by what was asked (all that is left when no amount is sent). */
export function sums(
  req: { body: unknown },
  body: unknown,
  pointer: string,
  payment: Json,
  before: Json,
  kind: 'capture' | 'refund',
): ConsistencyFound[] {
  const out: ConsistencyFound[] = [];
  const field = kind === 'capture' ? 'captured' : 'refunded';
  const was = units(valueAt(before, `/amount/${field}`)) ?? 0;
  const value = units(valueAt(before, '/amount/value'));
  const captured = units(valueAt(before, '/amount/captured')) ?? 0;
  const sent = units(valueAt(req.body, '/amount/value'));
  const asked = sent ?? (kind === 'capture' ? (value === undefined ? undefined : value - captured) : captured - was);
  const now = units(valueAt(payment, `/amount/${field}`));
  if (asked === undefined || now === undefined) return out;
  if (now !== was + asked) {
    out.push({
      pointer: `${pointer}/amount/${field}`,
      field: `/amount/${field}`,
      expected: `${(was + asked) / UNITS}: ${was / UNITS} before, plus the ${asked / UNITS} of this ${kind}`,
      expectedValue: (was + asked) / UNITS,
      observed: now / UNITS,
    });
  }
  // The transaction the operation made moves what was asked.
  const tx = kind === 'capture' ? valueAt(body, '/amount/value') : valueAt(body, '/transactions/amount');
  if (typeof tx === 'number' && units(tx) !== asked) {
    out.push({
      pointer: kind === 'capture' ? '/amount/value' : '/transactions/amount',
      field: '/amount',
      location: 'transaction /amount',
      expected: `the ${asked / UNITS} asked for`,
      expectedValue: asked / UNITS,
      observed: tx,
    });
  }
  return out;
}

/** The value a lookup looked up: its query parameter, or its path parameter. */
export function lookedUp(
  req: { query: Record<string, string | number>; path: Record<string, string> },
  l: { query?: string; path?: string },
): string | number | undefined {
  return l.query !== undefined ? req.query[l.query] : req.path[l.path!];
}
