/**
 * The pane's 当前工作表 scope reads only the active sheet. When a table there names no project, its name may be written
 * only on a 封面 sheet (项目名称：…): this reads the top-left corner of every other sheet — the cells a cover is looked
 * at in (sheet/cover-name.ts) — in two small syncs (the sheet names, then the corners), values only. Called only
 * when a project is nameless, so a named table costs nothing.
 */
import type { CellValue, Grid } from '../../sheet/grid';
import { makeGrid } from '../../sheet/grid';
import type { XlContext, XlRange } from './api';

/** The corner a cover's 项目名称 is looked for in (cover-name.ts: 40 rows × 12 columns) and the most sheets read. */
const CORNER = 'A1:L40';
const MAX_SHEETS = 30;

export async function readOtherCorners(ctx: XlContext, active: string): Promise<Grid[]> {
  const all = ctx.workbook.worksheets;
  all.load('items/name');
  await ctx.sync();
  const others = all.items.filter((ws) => ws.name !== active).slice(0, MAX_SHEETS);
  if (!others.length) return [];
  const reads: [string, XlRange][] = others.map((ws) => [ws.name, ws.getRange(CORNER).load('values')]);
  await ctx.sync();
  return reads.map(([name, r]) => makeGrid(name, trimmed(r.values)));
}

/** Office returns '' for an empty cell: the grid wants null, and no trailing empty rows. */
function trimmed(values: unknown[][]): CellValue[][] {
  const rows = values.map((row) => row.map((v): CellValue => (v === '' || v === null || v === undefined ? null : (v as CellValue))));
  while (rows.length && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  return rows;
}
