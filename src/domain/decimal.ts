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
