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
  for (const [text, op, word] of ALL_OPS) if (s.startsWith(text)) return { op, len: text.length, word, symbol: text };
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
