/**
 * Lines inside an indicator grid that are not indicators and do not end it: a budget line (预算数 | 256 |
 * 其中：财政资金 | 256) written under the grid or under a 项目名称 line that starts the next project of one
 * header; a 说明 line between indicators (“说明：…以验收报告为准。” across the row) with indicators below;
 * and the grid's own left edge when a note stands in the columns left of its header (A–B beside a table
 * from column C).
 */
import type { Columns, Project } from '../domain/model';
import { canonicalLevel1, canonicalLevel2 } from '../domain/catalogue';
import { foldHeader } from './headers';
import { isMoneyLabel, readBudgetLabels } from './funds';
import { fundsBeside } from './funds-beside';
import { parseAmount } from '../domain/value';
import { rowKind } from './rows';
import { cellValue, numFormat, type Grid } from './grid';
import { nonEmptyCount, type HeaderHit, type Reader } from './reader';
import { firstCol } from './first-col';

const lefts = new WeakMap<HeaderHit, number>();
const CLOSING = /^(填报说明|填表说明|其他需要说明|其他说明)/;

/**
 * The first column of the grid's rows: columns left of the header's first role whose header cells are
 * empty (not covered by a merge either) hold notes beside the table, not its cells.
 */
export function gridLeft(rd: Reader, h: HeaderHit): number {
  let left = lefts.get(h);
  if (left !== undefined) return left;
  left = h.left;
  const first = Math.min(...(Object.values(h.cols) as number[]));
  let c = first - 1;
  while (c >= h.left && !rd.own(h.row, c).trim() && !rd.covering(h.row, c)) c--;
  if (c < h.left && first > h.left) left = first;
  lefts.set(h, left);
  return left;
}

/** A row's first non-empty text (a row's kind is asked of it). */
export function firstText(texts: string[]): string {
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (t !== '') return t;
  }
  return '';
}

/** A cell naming a 一级 or 二级 of the catalogue: the row is an indicator's, whatever else it holds. */
function levelled(texts: string[], cols: Columns): boolean {
  const at = (c: number | undefined) => (c !== undefined ? (texts[c - 1] ?? '') : '');
  return !!(canonicalLevel1(at(cols.level1)) || canonicalLevel2(at(cols.level2)));
}

/**
 * A budget line inside the grid: a money label (预算数, 资金总额, 其中：财政资金) left of the 三级 column with an
 * amount right beside it, and no 一级 / 二级 of the catalogue on the row.
 */
export function gridFundsLine(rd: Reader, r: number, texts: string[], cols: Columns): boolean {
  const nameCol = cols.level3 ?? cols.target;
  if (nameCol === undefined || levelled(texts, cols)) return false;
  for (let c = 1; c < nameCol && c <= texts.length; c++) {
    const t = texts[c - 1];
    if (!t || !isMoneyLabel(t)) continue;
    const v = cellValue(rd.g, r, c + 1);
    if (v !== null && v !== '' && parseAmount(v, numFormat(rd.g, r, c + 1)).value !== null) return true;
  }
  return false;
}

/**
 * Whether a 说明 line (“说明：…” merged across the grid, or “注：…” in its first cell alone) has indicators of the same
 * grid right below it (within two rows): it explains the row above, the table goes on. A note with nothing of the grid
 * under it, or a closing part of the form in one cell (填报说明, 其他需要说明事项), still ends the table. `texts`: the row as the grid reads it, when the caller has it.
 */
export function noteInside(rd: Reader, r: number, h: HeaderHit, texts = rd.rowTexts(r, gridLeft(rd, h), h.right)): boolean {
  if (nonEmptyCount(texts) !== 1 || h.cols.target === undefined) return false;
  const c = texts.findIndex((x) => x) + 1;
  if (c > firstCol(h.cols) || rowKind(texts[c - 1], false, '')?.role !== 'note') return false;
  // In one cell, a closing part of the form (填报说明, 其他需要说明事项) ends the table whatever follows; 注：/说明： lines do not.
  if (rd.mergeRight(r, c) < h.cols.target && CLOSING.test(foldHeader(texts[c - 1]))) return false;
  const next = rd.nextRow(r + 1);
  if (next > rd.g.rowCount || next > r + 2) return false;
  const below = rd.rowTexts(next, gridLeft(rd, h), h.right);
  const at = (c: number | undefined) => (c !== undefined ? foldHeader(below[c - 1] ?? '') : '');
  return levelled(below, h.cols) && !!at(h.cols.level3) && !!at(h.cols.target);
}

/**
 * The project's budget from its own budget lines in the grid: when the context above its header gave none,
 * or the project starts at a 项目名称 line inside the grid (the context above is the first project's).
 */
export function gridBudget(g: Grid, p: Project, h: HeaderHit): void {
  let first = 0;
  let last = 0;
  for (let i = 0, list = p.rows; i < list.length; i++) {
    const x = list[i];
    if (x.code === 'gridFunds' || x.code === 'funds') [first, last] = [first || x.row, x.row];
  }
  // The lines are the block already read with its heads (fill's block under a flat list's project): not read again as labels.
  const read = p.funds.headerRow !== null && p.funds.headerRow >= first && p.funds.headerRow <= last;
  if (!first || read || (p.funds.total !== null && !(p.nameCell && p.nameCell.row > p.headerRow))) return fundsBeside(g, p);
  const f = readBudgetLabels(g, first, last + 1, h.left, h.right);
  if (f.total) p.funds = f;
  else fundsBeside(g, p);
}
