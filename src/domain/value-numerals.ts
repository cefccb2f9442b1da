/**
 * Rates written in words (百分之五, 千分之0.8, 万分之三, 千分之零点八): the number respelled in digits and
 * the unit the word names (% ‰ ‱), so the value grammar reads them as it reads “5%”, “0.8‰”. Pure.
 */

const RATE = /^([百千万])分之\s*/;
const UNIT: Record<string, string> = { 百: '%', 千: '‰', 万: '‱' };
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
// 零 … 九十九, with 点 and digits after it: what a rate needs (百分之九十五, 千分之零点五).
const CHINESE = /^([零〇一二两三四五六七八九]?十[一二三四五六七八九]?|[零〇一二两三四五六七八九])(?:点([零〇一二三四五六七八九]+))?/;

// 一百二十, 三百零五, 一千二百, 两千: a whole number below 10 000 with 百 or 千 (each place once, highest first).
const PLACES = /^(?:([一二两三四五六七八九])千)?(?:零?([一二两三四五六七八九])百)?(?:零?([一二两三四五六七八九]?)十)?(?:零?([一二三四五六七八九]))?/;

/** Chinese numerals at the start of `s` as digits, and how many characters they took; null when none. */
export function chineseNumber(s: string): { digits: string; len: number } | null {
  const big = PLACES.exec(s);
  if (big && (big[1] || big[2])) {
    const ten = big[0].includes('十') ? (big[3] ? DIGIT[big[3]] : 1) : 0;
    const n = (big[1] ? DIGIT[big[1]] * 1000 : 0) + (big[2] ? DIGIT[big[2]] * 100 : 0) + ten * 10 + (big[4] ? DIGIT[big[4]] : 0);
    return { digits: String(n), len: big[0].length };
  }
  const m = CHINESE.exec(s);
  if (!m) return null;
  const w = m[1];
  let n: number;
  if (w.includes('十')) {
    const [tens, ones] = w.split('十');
    n = (tens === '' ? 1 : DIGIT[tens]) * 10 + (ones === '' ? 0 : DIGIT[ones]);
  } else n = DIGIT[w];
  const frac = m[2] ? '.' + [...m[2]].map((c) => DIGIT[c]).join('') : '';
  return { digits: String(n) + frac, len: m[0].length };
}

// Tenths (“九成” 90 %, “九成五” 95 %, “八成半” 85 %, “9成”): a percent in words too.
export const TENTHS = /([一二两三四五六七八九十]|10|[1-9])成([一二三四五六七八九]|半|[1-9])?/;
const TENTHS_AT = new RegExp('^' + TENTHS.source);

/** “九成五” → “95” (percent); null when `s` holds no tenths at its start. */
export function tenths(s: string): { digits: string; len: number } | null {
  const m = TENTHS_AT.exec(s);
  if (!m) return null;
  const whole = /\d/.test(m[1]) ? Number(m[1]) : m[1] === '十' ? 10 : DIGIT[m[1]];
  const tenth = m[2] === undefined ? 0 : m[2] === '半' ? 5 : /\d/.test(m[2]) ? Number(m[2]) : DIGIT[m[2]];
  return whole * 10 + tenth > 100 ? null : { digits: String(whole * 10 + tenth), len: m[0].length };
}

/** “千分之五以下” → text “5以下”, unit ‰; “九成以上” → “90以上”, unit %; null when `s` does not start with a rate word and a number. */
export function rateWord(s: string): { text: string; unit: string } | null {
  const t = tenths(s);
  if (t) return { text: t.digits + s.slice(t.len), unit: '%' };
  const m = RATE.exec(s);
  if (!m) return null;
  const rest = s.slice(m[0].length);
  if (/^\d/.test(rest)) return { text: rest, unit: UNIT[m[1]] };
  if (m[1] === '百' && rest.startsWith('百')) return { text: '100' + rest.slice(1), unit: '%' }; // 百分之百
  const cn = chineseNumber(rest);
  return cn ? { text: cn.digits + rest.slice(cn.len), unit: UNIT[m[1]] } : null;
}
