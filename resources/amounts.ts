// Amounts are decimals in major units, multiples of 0.0001: sums and comparisons are done in whole
// ten-thousandths, so 0.1 + 0.2 is 0.3 and a capture of the rest is exactly the rest.
const SCALE = 10_000;

export const toUnits = (v: number): number => Math.round(v * SCALE);
export const fromUnits = (u: number): number => u / SCALE;

export function add(a: number, b: number): number {
  return fromUnits(toUnits(a) + toUnits(b));
}
export function sub(a: number, b: number): number {
  return fromUnits(toUnits(a) - toUnits(b));
}
/** -1, 0 or 1, compared as decimals. */
export function cmp(a: number, b: number): number {
  return Math.sign(toUnits(a) - toUnits(b));
}
