/**
 * A range written in interval notation or as a value and its tolerance — “[90%,95%]”, “【90%，95%】”, “(85%,95%]”,
 * “95%±2%” — respelled as its two bounds (“≥90%且≤95%”, “>85%且≤95%”, “≥93%且≤97%”), which value-range.ts reads.
 * A square bracket keeps its bound, a round one leaves it out. Pure.
 */
import Big from 'big.js';

const NUM = '\\d+(?:\\.\\d+)?';
const UNIT = '[^\\d,，;；±+\\-\\[\\]【】［］()（）]*';
// “[90%,95%]”, “【90%，95%】”, “(85%,95%]”, “[3,5)次”: two bounds between brackets, a unit after either or after the closing one.
const INTERVAL = new RegExp(`^([\\[【［(（])(${NUM})(${UNIT})[,，;；](${NUM})(${UNIT})([\\]】］)）])(${UNIT})$`);
// “95%±2%”, “25±2℃”: a value and its tolerance (the tolerance in the value's unit, or none).
const TOLERANCE = new RegExp(`^(${NUM})(${UNIT})(?:±|\\+/-|\\+-)(${NUM})(${UNIT})$`);

const same = (a: string, b: string): string | null => (a !== '' && b !== '' && a !== b ? null : a || b);

/** The text `c` (half-width, no spaces) as two bounds, or null when it is neither an interval nor a value ± tolerance. */
export function intervalBounds(c: string): string | null {
  const m = INTERVAL.exec(c);
  if (m) {
    const inner = same(m[3], m[5]);
    if (inner === null) return null;
    const unit = same(inner, m[7]);
    if (unit === null || new Big(m[2]).gte(m[4])) return null;
    const low = '[【［'.includes(m[1]) ? '≥' : '>';
    const high = ']】］'.includes(m[6]) ? '≤' : '<';
    return `${low}${m[2]}${unit}且${high}${m[4]}${unit}`;
  }
  const t = TOLERANCE.exec(c);
  if (t) {
    const unit = same(t[2], t[4]);
    if (unit === null) return null;
    const mid = new Big(t[1]);
    const d = new Big(t[3]);
    if (d.lte(0) || d.gte(mid)) return null;
    return `≥${mid.minus(d).toFixed()}${unit}且≤${mid.plus(d).toFixed()}${unit}`;
  }
  return null;
}
