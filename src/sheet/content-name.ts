/**
 * 一级指标 | 二级指标 | 指标内容 | 预期目标: a grid with no 三级 column whose indicators are named under 指标内容 (with a
 * note in brackets or not). There 指标内容 is the 三级 name, not an explanation beside one; with a 三级 column it stays a description.
 */
import type { Columns } from '../domain/model';

const CONTENT = /^指标内容(\([^)]*\))?$/;

/** folded is 0-based: column c is folded[c - 1]. */
export function contentAsName(folded: string[], cols: Columns): void {
  const d = cols.description;
  if (d === undefined || cols.level3 !== undefined || (cols.level2 === undefined && cols.level1 === undefined)) return;
  if (!CONTENT.test(folded[d - 1] ?? '')) return;
  cols.level3 = d;
  delete cols.description;
}
