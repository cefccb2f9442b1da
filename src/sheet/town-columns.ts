/**
 * A county's 专项资金 绩效目标表 written for its towns (福建 style): 三级指标 | 指标解释 | 指标方向 | 东岭镇 |
 * 南湖乡 | … with no “指标值” over the towns. The towns' columns are the values: the first is read as the
 * table's 指标值, each other one as that recipient's, as under a 区域绩效目标表's “指标值” parent.
 */
import type { Project } from '../domain/model';
import { targetAt } from './target-value';
import { measureOf, nameClass } from '../domain/units';
import { roleOf } from './headers';
import { unitInName } from './name-unit';
import type { HeaderHit, Reader } from './reader';
import { statedYearColumns } from './stated-year';
import { adjustedSubColumns } from './target-sub';
import { boundSubColumns } from './target-bounds';

/** Headers that are about the value or the row, not a place: never a recipient. */
// Year or quarter columns (“2024年 | 2025年”) are periods, not places: which one is the target is not ours to guess.
const NOT_A_PLACE = /备注|说明|依据|来源|标准|方法|解释|计算|口径|年度|周期|分值|得分|权重|^\d{2,4}年|季度|月$/;

function placeColumns(rd: Reader, h: HeaderHit, from: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= h.right; c++) {
    const t = rd.text(h.row, c).trim();
    if (!t || t.length > 16 || roleOf(t) || NOT_A_PLACE.test(t)) break;
    out.push(c);
  }
  return out;
}

/** Most grid rows under the header hold something in column c (the towns' figures, not an empty margin). */
function filledBelow(rd: Reader, h: HeaderHit, c: number): boolean {
  let named = 0;
  let filled = 0;
  for (let r = h.row + 1; r <= Math.min(rd.g.rowCount, h.row + 15) && named < 8; r++) {
    if (!rd.own(r, h.cols.level3).trim()) continue;
    named++;
    if (rd.own(r, c).trim()) filled++;
  }
  return named >= 2 && filled * 2 >= named;
}

/**
 * A grid header with no 指标值 column but place-named columns after its last role: the first becomes the 指标值.
 * Several years' 指标值 columns: the one of the year stated above the table (stated-year.ts).
 */
export function townTarget(rd: Reader, h: HeaderHit): void {
  statedYearColumns(rd, h);
  adjustedSubColumns(rd, h);
  boundSubColumns(rd, h);
  if (h.cols.target !== undefined || h.cols.level3 === undefined) return;
  const last = Math.max(...Object.values(h.cols).filter((c): c is number => c !== undefined));
  const towns = placeColumns(rd, h, last + 1);
  if (towns.length && filledBelow(rd, h, towns[0])) h.cols.target = towns[0];
}

/** The other towns' columns of such a table, each read as a recipient's targets. */
export function townRecipients(rd: Reader, p: Project, h: HeaderHit): void {
  const t = p.columns.target;
  if (p.recipients || t === undefined || roleOf(p.headerText[t] ?? '')) return;
  const list = placeColumns(rd, h, t + 1).map((col) => ({ col, name: rd.text(h.row, col).trim() }));
  if (!list.length) return;
  p.recipients = list;
  for (let i = 0, xs = p.indicators; i < xs.length; i++) {
    const ind = xs[i];
    const timeRow = ind.level2 === '时效指标' || nameClass(ind.level3) === 'time';
    // The 指标方向 cell holds every town's operator.
    const op = rd.own(ind.row, p.columns.op).trim() || null;
    ind.recipientTargets = list.map((x) => targetAt(rd.g, ind.row, x.col, { op, unit: unitInName(ind.raw.level3), costRow: ind.cost, timeRow, measure: measureOf(ind.level3) }));
  }
}
