/**
 * 二级 and 三级 written in one cell, “数量指标：培训人次”: under a 绩效指标 head (no 二级 column), or in the
 * 二级 cell merged over the 三级 one. The part before the colon is the 二级 when the catalogue knows it;
 * the rest is the 三级 name. The cell's own text stays in raw for display.
 */
import type { Columns } from '../domain/model';
import { canonicalLevel2 } from '../domain/catalogue';

const PAIR = /^\s*([^:：]{2,12})\s*[:：]\s*(\S.*)$/s;

/** The 二级 and 三级 of a row whose one cell holds both, or null (both cells filled, or no known 二级 before a colon). */
export function levelPair(level2: string, level3: string): { level2: string; level3: string } | null {
  const one = level2 && !level3 ? level2 : level3 && !level2 ? level3 : '';
  // Asked of every indicator row: most names have no colon at all.
  if (!one || one.length > 80 || (one.indexOf('：') < 0 && one.indexOf(':') < 0)) return null;
  const m = PAIR.exec(one);
  if (!m || !canonicalLevel2(m[1].trim())) return null;
  return { level2: m[1].trim(), level3: m[2].trim() };
}

/** A head that names indicators without a level (绩效指标, 绩效指标名称): the 三级 column when no other is. */
const NAMES = /^绩效指标(名称)?$/;

export function indicatorNameColumn(folded: string[], cols: Columns): number | undefined {
  // Only where nothing else names the indicators (a horizon label column heads 绩效指标 beside 指标内容).
  if (cols.level3 !== undefined || cols.level2 !== undefined || cols.description !== undefined) return undefined;
  const i = folded.findIndex((t) => t && NAMES.test(t));
  return i < 0 ? undefined : i + 1;
}
