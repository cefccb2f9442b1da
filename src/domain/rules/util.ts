/** Small helpers shared by the VAL / CST / SE rule families. Pure; never throw. */
import type { IndicatorRow, Project } from '../model';
import type { NameClass } from '../units';
import type { ParsedValue } from '../types';

/** The name a message shows for a row: 三级, else 绩效指标描述, else 二级, else “第 N 行”. */
export function nameOf(ind: IndicatorRow): string {
  return ind.level3 || ind.description || ind.level2Text || `第${ind.row}行`;
}

const LINE_BREAK = /\s*\n\s*/g;

/** The value as the user wrote it, on one line. */
export function rawOf(v: ParsedValue | null | undefined): string {
  if (!v) return '';
  const raw = String(v.raw ?? '');
  return (raw.includes('\n') ? raw.replace(LINE_BREAK, ' ') : raw).trim();
}

/** The data most messages share: the row's name and a value as written (the target unless given). */
export function nameRaw(ind: IndicatorRow, v: ParsedValue | null = ind.target): { name: string; raw: string } {
  return { name: nameOf(ind), raw: rawOf(v) };
}

/**
 * A fix that writes `value` into the cell `at`. Built field by field: in V8 a spread followed by a
 * new property (`{ ...at, value }`) is some 20 times slower, and rules build thousands of fixes.
 */
export function fixAt(at: { row: number; col: number }, value: string | number): { row: number; col: number; value: string | number } {
  return { row: at.row, col: at.col, value };
}

/** Chinese label of a name class, for messages (“是{label}指标”). */
export const CLASS_LABEL: Record<Exclude<NameClass, null>, string> = {
  percent: '比率类',
  satisfaction: '满意度类',
  growth: '增长率类',
  persons: '人数类',
  personTimes: '人次类',
  occurrences: '次数类',
  money: '金额（成本）类',
  rateMoney: '单位成本（标准）类',
  time: '时间类',
  count: '数量类',
};

export const CLASS_LABEL_EN: Record<Exclude<NameClass, null>, string> = {
  percent: 'a rate',
  satisfaction: 'a satisfaction',
  growth: 'a growth-rate',
  persons: 'a head-count',
  personTimes: 'a person-times',
  occurrences: 'an occurrence-count',
  money: 'a money (cost)',
  rateMoney: 'a per-unit cost',
  time: 'a time',
  count: 'a count',
};

/** Is a self-evaluation in play: the table has 实际完成值 (a 绩效自评表) or was recognised as one. */
export function isSelfEval(p: Project): boolean {
  return p.layout === 'selfeval' || p.columns.actual !== undefined;
}

/** A number for messages: at most 2 decimals, no trailing zeros. */
export function num(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return String(Math.round(v * 100) / 100);
}

/** A fraction as a percentage for messages (0.865 → “86.5%”). */
export function pct(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return `${Math.round(v * 10000) / 100}%`;
}

/** Rows that take part in scoring: not 不适用. */
export function applicable(ind: IndicatorRow): boolean {
  return !ind.target.notApplicable && !ind.actual?.notApplicable;
}
