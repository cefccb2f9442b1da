/**
 * Excel tables (ListObjects) and what the plan writes into and beside them. Excel's AutoCorrect
 * (on by default, and applied to Office.js writes: office-js #2093, #5909) turns a formula written
 * into a table column into a calculated column — different formulas written into one came back as
 * a single formula in every cell — and a table grows over content written just below or just right
 * of it (AutoExpansion), taking those cells into its columns. Either would rewrite the score
 * formulas 自评 writes (each row's own) without a word, and Excel's merged cells cannot be made in a
 * table at all (Range.merge refused after the earlier syncs had applied). So before anything is
 * written the plan is refused with one line naming the table when it would write a formula or
 * make a merge inside a table, or write content in the row below or the column right of one. Below
 * a table showing a totals row (Table.showTotals, read with the tables' names) the writes go
 * through: Excel grows a table downwards only from its last body row, never past its totals row
 * (typing under a totals row leaves the table as it is; a new row goes in above the totals row by
 * Tab or Insert) — Excel's UI behaviour, not documented for Office.js writes: checklist 19c asks.
 * Values written inside a table and whole rows inserted through it are left to Excel (the rows
 * become table rows). The tables come from the snapshot, moved by the plan's inserts as Excel
 * moves them; a host that does not read them (WPS) is not checked. The double models each rule:
 * src/double/table-behaviours.ts.
 */
import { colLetters, intersects, rectAddress, type Rect } from '../../sheet/a1';
import { cellOf, type SheetWork } from './work';
import { headerWrite } from './table-headers';

/** The sheet's tables once the plan's rows are inserted (whole rows: inside a table they grow it, above it move it); `now`: where each is before. */
function tablesAfterInserts(work: SheetWork): { name: string; rect: Rect; totals?: boolean; headerless?: boolean; now: Rect }[] {
  let tables = (work.snap.tables ?? []).map((t) => ({ ...t, now: t.rect }));
  for (const { at, count } of work.inserts) {
    tables = tables.map((t) => {
      const r = t.rect;
      if (r.top >= at) return { ...t, rect: { ...r, top: r.top + count, bottom: r.bottom + count } };
      if (r.bottom >= at) return { ...t, rect: { ...r, bottom: r.bottom + count } };
      return t;
    });
  }
  return tables;
}

const inside = (r: Rect, row: number, col: number) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/** The one line refusing the plan's writes on `work`'s sheet, or null when no table is in their way. */
export function tableWriteLine(work: SheetWork): string | null {
  if (!work.snap.tables?.length) return null;
  const tables = tablesAfterInserts(work);
  const line = (t: { name: string; now: Rect }, cell: string, why: string) =>
    `未写入：工作表“${work.name}”的 ${cell} ${why}（表格“${t.name}”，${rectAddress(t.now)}）。请选中表格，在“表设计 › 转换为区域”中把它转换为普通区域，再重试。`;
  for (const [k, v] of work.contents) {
    if (v === '') continue;
    const { row, col } = cellOf(k);
    const formula = typeof v === 'string' && v.startsWith('=');
    for (const t of tables) {
      const r = t.rect;
      const at = `${colLetters(col)}${row}`;
      if (formula && inside(r, row, col)) return line(t, at, '在 Excel 表格内：写入公式时 Excel 会把它当作“计算列”填满整列，各行的公式会被改写');
      const below = !t.totals && row === r.bottom + 1 && col >= r.left && col <= r.right;
      const right = col === r.right + 1 && row >= r.top && row <= r.bottom;
      if (below || right) return line(t, at, '紧挨着 Excel 表格：写入后 Excel 会自动扩展表格把它并入，并可能把公式填满整列');
    }
  }
  for (const t of tables) {
    const h = headerWrite(work, t); // names Excel would change (table-headers.ts)
    if (h) return line(t, h.cell, h.why);
  }
  for (const m of work.mergeEdits) {
    const rect = m.kind === 'merge' ? m.rect : { top: m.row, bottom: m.bottom, left: m.col, right: m.col };
    const t = tables.find((x) => intersects(x.rect, rect));
    if (t) return line(t, rectAddress(rect), '要合并的单元格在 Excel 表格内：Excel 不允许在表格中合并单元格');
  }
  return null;
}
