/** The pieces every value reader shares: operators as Chinese sheets write them, numbers, the read shape. Pure. */
import Big from 'big.js';
import { memoise } from './memo';
import type { Op } from './types';

// Every symbol Chinese sheets use for an operator: IME variants (≧ ≦), slanted (⩾ ⩽), "not greater/less" (≯ ≮),
// the box-drawing double line typed for ＝ (═). Full-width ＞＜＝ arrive here as > < = (toHalfWidth).
// prettier-ignore
const SYMBOL_OPS: [string, Op][] = [
  ['>=', '≥'], ['=>', '≥'], ['≧', '≥'], ['≥', '≥'], ['⩾', '≥'], ['≮', '≥'],
  ['<=', '≤'], ['=<', '≤'], ['≦', '≤'], ['≤', '≤'], ['⩽', '≤'], ['≯', '≤'],
  ['==', '='], ['=', '='], ['═', '='], ['>', '>'], ['<', '<'],
];
export const CANONICAL_SYMBOLS = new Set(['≥', '≤', '=', '>', '<']);
// prettier-ignore
const WORD_OPS: [string, Op][] = [
  ['大于或等于', '≥'], ['大于等于', '≥'], ['不低于', '≥'], ['不少于', '≥'], ['不小于', '≥'], ['至少', '≥'], ['最少', '≥'],
  ['不得低于', '≥'], ['不得少于', '≥'], ['不得小于', '≥'],
  ['小于或等于', '≤'], ['小于等于', '≤'], ['不高于', '≤'], ['不超过', '≤'], ['不多于', '≤'], ['不大于', '≤'],
  ['不得高于', '≤'], ['不得超过', '≤'], ['不得多于', '≤'], ['不得大于', '≤'],
  ['至多', '≤'], ['最多', '≤'],
  ['等于', '='], ['达到', '='],
  ['大于', '>'], ['超过', '>'], ['高于', '>'], ['多于', '>'], ['逾', '>'],
  ['小于', '<'], ['低于', '<'], ['少于', '<'], ['不满', '<'], ['不足', '<'],
];
const ALL_OPS = [...SYMBOL_OPS.map((o) => [...o, false] as const), ...WORD_OPS.map((o) => [...o, true] as const)].sort((a, b) => b[0].length - a[0].length);

export const NUM = /^[+-]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?/;

/** An operator typed in two spellings, one of them ≥ or ≤ (“≥=95%”, “=≥95%”): read as one (the score formula drops the rest too). */
export const MIXED_OP = 'op-mixed';
/** A rate with its per words first (“人均1000元”, value-per.ts): the score formula drops the per words (engine/formula-spelling.ts). */
export const PER_LEAD = 'per-lead';
/** A count in Chinese numerals with 百 or 千 (“一百二十人”, value-numerals.ts): the score formula swaps them for digits. */
export const CHINESE_HUNDREDS = 'chinese-hundreds';
// Spellings the pane reads but Excel's score formula would not: none since session 14 (the formula reads the three above).
const FORMULA_UNREAD: string[] = [];

/** An actual the pane reads but Excel's score formula would not: not scored in the pane either (SE-04 asks for the number). */
export function formulaUnread(p: { changes: string[] }): boolean {
  return FORMULA_UNREAD.length > 0 && p.changes.some((c) => FORMULA_UNREAD.includes(c));
}

export interface Read {
  op: Op | null;
  opWritten: boolean;
  number: string | null;
  upper?: string;
  unit: string | null;
  rawUnit: string | null;
  date: string | null;
  range: boolean;
  changes: string[];
}

export function readOp(s: string): { op: Op; len: number; word: boolean; symbol: string } | null {
  const first = firstOp(s);
  if (!first || first.word) return first;
  // “≥=90%”, “≥≥90%”, “=≥90%”, “≤ =5%”: symbols typed twice or in two spellings are the one operator they repeat.
  let { op, len } = first;
  for (let next = repeatOp(s, len); next; next = repeatOp(s, len)) {
    const joined = joinOps(op, next.op);
    if (!joined) break;
    op = joined;
    len = next.end;
  }
  return len === first.len ? first : { op, len, word: false, symbol: s.slice(0, len) };
}

function firstOp(s: string): { op: Op; len: number; word: boolean; symbol: string } | null {
  for (let i = 0; i < ALL_OPS.length; i++) {
    const text = ALL_OPS[i][0],
      op = ALL_OPS[i][1],
      word = ALL_OPS[i][2];
    if (s.startsWith(text)) return { op, len: text.length, word, symbol: text };
  }
  return null;
}

/** The symbol operator after `from` (spaces before it allowed), and where it ends. */
function repeatOp(s: string, from: number): { op: Op; end: number } | null {
  const at = from + (/^\s*/.exec(s.slice(from))?.[0].length ?? 0);
  const o = firstOp(s.slice(at));
  return o && !o.word ? { op: o.op, end: at + o.len } : null;
}

/** Two operators typed together as one: “=” adds “or equal”; the same or the same way is that way; opposite ways are none. */
function joinOps(a: Op, b: Op): Op | null {
  if (a === '=') return b === '>' ? '≥' : b === '<' ? '≤' : b;
  if (b === '=') return a === '>' ? '≥' : a === '<' ? '≤' : a;
  const up = (o: Op) => o === '≥' || o === '>';
  const down = (o: Op) => o === '≤' || o === '<';
  if (up(a) && up(b)) return a === '>' && b === '>' ? '>' : '≥';
  if (down(a) && down(b)) return a === '<' && b === '<' ? '<' : '≤';
  return null;
}

/** Exact decimal spelling: no exponent, no leading zeros, no trailing zeros, "0" not "-0". Throws on a non-number. */
export function canonNumber(s: string): string {
  return canonNumberMemo(s);
}

// Sheets repeat the same amounts, weights and scores (500, 10, 5): spelled once each.
const canonNumberMemo = memoise((s) => {
  const b = new Big(s.replace(/[,，]/g, '').replace(/^\+/, ''));
  return b.eq(0) ? '0' : b.toFixed();
});
