/**
 * 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值 where the 一级 column holds 数量指标 / 质量指标 / 成本指标 and the 二级 column
 * the indicators' names (a 2022 city form that leaves out the 产出 / 效益 column): the heads are one level too high. Read
 * as the sheet's words say — the 一级 column is the 二级, the 二级 column names the indicators — when no 三级 head
 * exists, the 一级 column names at least two 二级 that are no 一级, and the 二级 column holds names on most rows.
 */
import { canonicalLevel1, canonicalLevel2 } from '../domain/catalogue';
import type { Columns } from '../domain/model';
import { cellText, type Grid } from './grid';
import { foldHeader } from './headers';

const LOOK = 40;

export function shiftedLevels(g: Grid, headRow: number, cols: Columns): Columns | null {
  const [c1, c2] = [cols.level1, cols.level2];
  if (c1 === undefined || c2 === undefined || cols.level3 !== undefined || cols.description !== undefined) return null;
  let level2Words = 0;
  let names = 0;
  let level2InNames = 0; // “服务对象满意度” under 满意度指标 is a name and a 二级 word alike
  for (let r = headRow + 1, end = Math.min(g.rowCount, headRow + LOOK); r <= end; r++) {
    const a = cellText(g, r, c1).trim();
    const b = cellText(g, r, c2).trim();
    if (a && canonicalLevel2(a) && !canonicalLevel1(a)) level2Words++;
    if (b) names++;
    if (b && canonicalLevel2(b)) level2InNames++;
  }
  // The 二级 column holding 二级 words on most rows: the heads are right.
  if (level2Words < 2 || names < 2 || level2InNames * 2 >= names || level2InNames >= level2Words) return null;
  const out: Columns = { ...cols, level2: c1, level3: c2 };
  delete out.level1;
  return out;
}

/** Whether the 二级 / 三级 columns read are the sheet's 一级 / 二级 heads (said as a doubt: the reader re-read the heads). */
export function levelsShifted(level2Head: string | undefined, level3Head: string | undefined): boolean {
  return foldHeader(level2Head ?? '').startsWith('一级指标') && foldHeader(level3Head ?? '').startsWith('二级指标');
}
