/**
 * 分值 written once in a 二级 row over its 三级 rows left blank (产出指标 | 数量指标 | | | | 30, then the 三级 rows with
 * no 分值 of their own): the 二级's points, shared evenly by the indicators under it — as merged-points.ts shares one
 * merged 分值 cell — and the row is the group's points line, not a template placeholder. A 得分 typed there is the
 * group's, checked against its rows' sum (se-06-merged.ts). 一级 rows (产出指标 | | | | 50) likewise, for indicators no
 * 二级 row gave points. The cell is kept (weightFrom / scoreFrom) so the formula fill writes reads the group's cell ÷ n.
 */
import type { IndicatorRow, Project, RowInfo } from '../domain/model';
import { cellValue } from './grid';
import { amount } from './indicator';
import type { Reader } from './reader';
import { reason } from './reasons';

/** The placeholder code, and the group line's: shared by n rows, or taken by one. */
const LEVEL_CODES = [
  ['onlyLevel2', 'level2Points', 'level2PointsOne'],
  ['onlyLevel1', 'level1Points', 'level1PointsOne'],
] as const;

export function spreadLevelPoints(rd: Reader, p: Project): void {
  const w = p.columns.weight;
  if (w === undefined || !p.indicators.length) return;
  // Placeholder rows are few; a table without any asks nothing more.
  if (!p.rows.some((x) => x.code === 'onlyLevel2' || x.code === 'onlyLevel1')) return;
  const byRow = new Map<number, IndicatorRow>();
  for (const ind of p.indicators) byRow.set(ind.row, ind);
  for (const [from, to, toOne] of LEVEL_CODES) {
    for (let i = 0; i < p.rows.length; i++) {
      const info = p.rows[i];
      if (info.code !== from) continue;
      const points = ownAmount(rd, info.row, w);
      if (points === null || points <= 0) continue;
      const group = groupUnder(p.rows, i, byRow);
      if (!group.length || group.some((x) => x.sheetWeight !== null)) continue;
      const n = group.length;
      for (const ind of group) [ind.sheetWeight, ind.weightFrom] = [points / n, { row: info.row, col: w, n }];
      const s = p.columns.score;
      const score = s === undefined ? null : ownAmount(rd, info.row, s);
      if (score !== null && s !== undefined && group.every((x) => x.sheetScore === null)) {
        for (const ind of group) [ind.sheetScore, ind.scoreFrom] = [score / n, { row: info.row, col: s, n }];
      }
      const text = info.data?.text ?? '';
      p.rows[i] = { row: info.row, role: 'subtotal', ...reason(n === 1 ? toOne : to, { text, points: String(points), n: String(n) }) };
    }
  }
}

/** The number in the row's own cell (not one a merge from a row above covers), or null. */
function ownAmount(rd: Reader, r: number, c: number): number | null {
  const m = rd.covering(r, c);
  if (m && (m.top !== r || m.left !== c)) return null;
  return amount(cellValue(rd.g, r, c));
}

/** The indicators right under row i, blank rows between them allowed, up to the next row of another kind. */
function groupUnder(rows: RowInfo[], i: number, byRow: Map<number, IndicatorRow>): IndicatorRow[] {
  const out: IndicatorRow[] = [];
  const level2 = rows[i].code === 'onlyLevel2';
  for (let k = i + 1; k < rows.length; k++) {
    const x = rows[k];
    if (x.role === 'blank') continue;
    // Under a 一级 row: its 二级 rows' groups (already given their points) belong to it too.
    if (!level2 && (x.code === 'level2Points' || x.code === 'level2PointsOne')) continue;
    const ind = x.role === 'indicator' ? byRow.get(x.row) : undefined;
    if (!ind) break;
    out.push(ind);
  }
  // One 二级 (or 一级) for the whole group, the row's own.
  const key = (x: IndicatorRow) => (level2 ? x.level2 : x.level1);
  return out.length && out.every((x) => key(x) === key(out[0])) ? out : [];
}
