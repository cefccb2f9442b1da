/**
 * A deadline in words (“年底前”, “年底前完成”, “年内完成”, “上半年完成”: value-phrases.ts 'deadline-words') on a row whose name
 * counts or rates something (培训人数, 验收合格率, 补助资金: units.ts nameClass, no date allowed) is not a date: the row measures
 * a quantity and the words say it is done by then — text, graded by the actual's words (实务惯例). On a 时效 row, or a row whose
 * name says nothing of its measure, it stays a date. A figure after the words (“年底前≥95%”) is read as the figure already. Pure.
 */
import type { ParsedValue } from './types';
import { compatible, nameClass } from './units';
import { gradeOf } from './value';

export function deadlineAsText(p: ParsedValue, name: string, timeRow: boolean): ParsedValue {
  if (timeRow || p.kind !== 'quantitative' || p.unit !== 'date' || !p.changes.includes('deadline-words') || compatible(nameClass(name), 'date')) return p;
  const changes = [...p.changes.filter((c) => c !== 'deadline-words' && c !== 'postfix-op'), 'deadline-text'];
  return { ...p, kind: 'qualitative', op: null, opImplicit: false, number: null, value: null, unit: null, rawUnit: null, date: null, range: false, grade: gradeOf(p.raw), changes };
}
