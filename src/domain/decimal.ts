/** Decimal arithmetic for scores (never binary floats): a thin layer over big.js, half-up rounding. */
import Big from 'big.js';

export type Dec = Big;
export const dec = (v: number | string | Big): Big => new Big(v);
/** Round half-up to `places` and return a JS number for output. */
export function round(v: Big, places = 2): number {
  return Number(v.round(places, Big.roundHalfUp).toString());
}
export function min(a: Big, b: Big): Big {
  return a.lt(b) ? a : b;
}

/**
 * Exact sum of JS numbers that carry at most 6 decimals (weights, scores): added as integers of
 * 10^-6, one Big at the end — the per-row path on large sheets.
 */
export function sum(xs: number[]): Big {
  let units = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    units += Math.round(x * 1e6);
  }
  // Outside the exact-integer range (absurd cells), add as decimals instead.
  if (!Number.isSafeInteger(units)) return xs.reduce((acc, x) => acc.plus(x), new Big(0));
  return new Big(`${units}e-6`);
}
