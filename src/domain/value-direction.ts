/**
 * Targets that name only a direction on last year (“较上年有所提高”, “与上年持平”, “不低于上年水平”, “较上年有所下降”): no
 * number to reach, so they stay qualitative (VAL-02 asks for last year's figure) — but an actual that says which way it went
 * (“较上年提高”, “增长3%”, “+3%”, “-2%”, “与上年持平”) is graded by that direction: “增长3%” under “较上年有所提高” is 达成,
 * “下降2%” 未达成. A level alone (“3200人次”) says no direction: not graded (SE-04 asks), as before. scoring.ts grades so, and
 * formulas.ts searches the same words in the same order, so the pane and fill's Excel formula give one score. Pure.
 */
import type { Grade } from './types';

export type Direction = 'notFall' | 'notRise' | 'flat' | 'fall' | 'rise';

/**
 * The words that say a direction, searched in this order (a negated phrase first: “不低于” holds “低于”); then a sign:
 * a plus anywhere (“+3%”), a minus first (“-2%”, a number cell below 0).
 */
// prettier-ignore
export const DIRECTION_WORDS: [Direction, string[]][] = [
  ['notFall', ['不低于', '不少于', '未下降', '未降低', '未减少', '没有下降', '≥', '>=', '≧']],
  ['notRise', ['不高于', '不超过', '未增长', '未增加', '未上升', '未提高', '没有增长', '≤', '<=', '≦']],
  ['flat', ['持平', '保持上年', '保持去年']],
  ['fall', ['下降', '降低', '减少', '低于', '回落']],
  ['rise', ['增长', '提高', '提升', '增加', '上升', '高于']],
];
export const PLUS_SIGNS = ['+', '＋'];
export const MINUS_SIGNS = ['-', '－', '−'];

// A target is a direction on last year only when it names last year (or 逐年, 同比) and has no number of its own.
const LAST_YEAR = /上年|去年|上一年|前一年|上年度|同期|逐年|同比/;

/** The direction an actual's text says, by DIRECTION_WORDS then its sign; null when none. */
export function directionIn(text: string): Direction | null {
  for (let i = 0; i < DIRECTION_WORDS.length; i++) {
    const d = DIRECTION_WORDS[i][0],
      words = DIRECTION_WORDS[i][1];
    if (words.some((w) => text.includes(w))) return d;
  }
  if (PLUS_SIGNS.some((s) => text.includes(s))) return 'rise';
  // First in the cell: the formula searches “|-” in “|” & the cell.
  if (MINUS_SIGNS.some((s) => ('|' + text).includes('|' + s))) return 'fall';
  return null;
}

/** The direction a qualitative target names on last year (“较上年有所提高” → rise), or null. */
export function targetDirection(raw: string): Direction | null {
  if (!LAST_YEAR.test(raw) || /\d/.test(raw)) return null;
  return directionIn(raw);
}

/** The grade of an actual going way D under a target naming direction T; null: the direction alone does not say. */
// prettier-ignore
export const DIRECTION_GRADE: Record<Direction, Partial<Record<Direction, Grade>>> = {
  rise:    { rise: '达成', fall: '未达成', flat: '未达成', notRise: '未达成' },
  fall:    { fall: '达成', rise: '未达成', flat: '未达成', notFall: '未达成' },
  flat:    { flat: '达成' },
  notFall: { rise: '达成', flat: '达成', notFall: '达成', fall: '未达成' },
  notRise: { fall: '达成', flat: '达成', notRise: '达成', rise: '未达成' },
};

/**
 * The grade an actual gets from the direction it says under a target naming one: undefined when the target names none or the
 * actual says none (other grading applies), null when the direction does not decide (SE-04 asks for a grade).
 */
export function directionGrade(targetRaw: string, actualText: string): Grade | null | undefined {
  const t = targetDirection(targetRaw);
  const d = t && directionIn(actualText);
  if (!t || !d) return undefined;
  return DIRECTION_GRADE[t][d] ?? null;
}
