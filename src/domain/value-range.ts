/** Ranges in a value cell: “90%-95%”, “≥90%且≤95%”, “介于90%与95%之间” → the low bound (op ≥) and the high bound. Pure. */
import Big from 'big.js';
import type { Op } from './types';
import { parseUnitText, unitClass } from './units';
import { chineseNumber } from './value-numerals';
import { canonNumber, readOp, type Read } from './value-read';

const NUM_SRC = '[+-]?(?:\\d{1,3}(?:[,，]\\d{3})+|\\d+)(?:\\.\\d+)?';
// “90%-95%”, “3至5天”: two numbers, a unit after either or both.
const TWO_NUMBERS = new RegExp(`^(${NUM_SRC})([^\\d]*?)(?:-|~|—|–|―|至|到)(${NUM_SRC})([^\\d]*)$`);
// “介于90%与95%之间”, “在3-5天之间”, “80-100万元区间”: words around a range; 与/和 join bounds only inside them.
const RANGE_LEAD = /^(介于|处于|在|控制在|保持在|维持在)/;
const RANGE_TAIL = /(之间|区间内|区间|范围内|范围之内|范围)$/;
const JOINED = /(且|并且|而且|同时|和|与|及|,|，|;|；|、|\/)$/;

// A bound written in Chinese numerals (“三至五个”, “5个至十个”, “介于三与五个之间”): at the start or right after a connector.
const CN_BOUND = /(^|[-~—–―～〜－至到与和])([零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?)/g;

/** The text with its Chinese-numeral bounds in digits, or null when it has none. */
function digitsAtBounds(s: string): string | null {
  let changed = false;
  const out = s.replace(CN_BOUND, (all: string, pre: string, cn: string) => {
    const n = chineseNumber(cn);
    if (!n || n.len !== cn.length) return all;
    changed = true;
    return pre + n.digits;
  });
  return changed ? out : null;
}

/** A unit a count in Chinese numerals may take (as “三个” reads): not a percent, money, or a word that is no unit. */
function countUnit(unit: string | null): boolean {
  const cls = unitClass(unit);
  return cls !== null && cls !== 'other' && cls !== 'percent' && cls !== 'money';
}

/** A bound of a range: op, number and unit (read by `quant`), or null when the text is not one. */
function bound(s: string, quant: (s: string) => Read | null): Read | null {
  const r = quant(s);
  return r && r.number !== null && !r.range ? r : null;
}

/** Two units that name the same thing: equal, or one left out (written once after the range). */
function sameUnit(a: string | null, b: string | null): string | null | false {
  if (a !== null && b !== null && a !== b) return false;
  return a ?? b;
}

function rangeRead(low: string, high: string, unit: string | null, rawUnit: string | null, lowOp: Op, changes: string[]): Read | null {
  let lo = new Big(canonNumber(low));
  let hi = new Big(canonNumber(high));
  if (lo.gt(hi)) [lo, hi] = [hi, lo];
  // “2021-2023年” is a period of years, not a target between two numbers.
  const year = (b: Big) => b.gte(1900) && b.lte(2199) && b.round(0).eq(b);
  if ((unit === null || unit === '年') && year(lo) && year(hi)) return null;
  if (lo.eq(hi)) return null;
  return { op: lowOp, opWritten: true, number: canonNumber(lo.toFixed()), upper: canonNumber(hi.toFixed()), unit, rawUnit, date: null, range: true, changes };
}

/** “90%-95%”, “≥90%且≤95%”, “介于90%与95%之间” → low bound with op ≥ and the high bound; null otherwise. */
export function readRange(c: string, quant: (s: string) => Read | null): Read | null {
  let s = c;
  const lead = RANGE_LEAD.exec(s);
  const tail = RANGE_TAIL.exec(s);
  const framed = !!lead || !!tail;
  if (lead) s = s.slice(lead[0].length);
  if (tail) s = s.slice(0, s.length - tail[0].length);
  // “三至五个” reads as “3至5个” does — before a unit a count in numerals takes, as a single numeral is read (“三个”).
  const cn = /[零〇一二两三四五六七八九十]/.test(s) ? digitsAtBounds(s) : null;
  if (cn !== null) {
    const r = rangeIn(cn, framed, quant);
    if (r && r.unit !== null && countUnit(r.unit)) return { ...r, changes: [...r.changes, 'chinese-numeral'] };
  }
  return rangeIn(s, framed, quant);
}

/** The range in `s` (its framing words taken off), or null. */
function rangeIn(s: string, framed: boolean, quant: (s: string) => Read | null): Read | null {
  if (framed) s = s.replace(/(\d%?[^\d与和]*?)(?:与|和)(?=[+-]?\d)/, '$1-');
  const m = TWO_NUMBERS.exec(s);
  if (m) {
    const u1 = m[2] === '' ? null : parseUnitText(m[2]);
    const u2 = m[4] === '' ? null : parseUnitText(m[4]);
    if ((m[2] !== '' && (!u1 || u1.postfix)) || (m[4] !== '' && (!u2 || u2.postfix))) return null;
    // A second connector is not a unit (“0至至10”): read as a range it would be written back as “0至-10至”.
    if (/[-~—–―至到]/.test(m[2] + m[4])) return null;
    const unit = sameUnit(u1?.unit ?? null, u2?.unit ?? null);
    if (unit === false) return null;
    const changes = [...(u1?.changes ?? []), ...(u2?.changes ?? [])];
    if (/[,，]/.test(m[1] + m[3])) changes.push('thousands');
    return rangeRead(m[1], m[3], unit, u2?.rawUnit ?? u1?.rawUnit ?? null, '≥', changes);
  }
  // Two bounds, each with its operator: one from below, one from above.
  for (let i = 1; i < s.length; i++) {
    if (!readOp(s.slice(i))) continue;
    const a = bound(s.slice(0, i).replace(JOINED, ''), quant);
    const b = a && bound(s.slice(i), quant);
    if (!a || !b) continue;
    const up = (o: Op | null) => o === '≥' || o === '>';
    const down = (o: Op | null) => o === '≤' || o === '<';
    const [lo, hi] = up(a.op) && down(b.op) ? [a, b] : up(b.op) && down(a.op) ? [b, a] : [null, null];
    if (!lo || !hi) return null;
    const unit = sameUnit(lo.unit, hi.unit);
    if (unit === false || new Big(lo.number!).gt(hi.number!)) return null;
    return rangeRead(lo.number!, hi.number!, unit, lo.rawUnit ?? hi.rawUnit, lo.op!, [...a.changes, ...b.changes]);
  }
  return null;
}
