/** A fill plan applied to a grid and recalculated in the Excel double — shared by the tests that compare Excel's scores with the pane's. */
import { createExcelDouble } from '../../src/double';
import type { CellValue, Grid } from '../../src/sheet/grid';
import type { Edit } from '../../src/sheet/plan';

/** The plan applied to plain rows (values, formulas, inserted rows), as a gateway would. */
export function applied(g: Grid, edits: Edit[]): { values: CellValue[][]; formulas: (string | null)[][] } {
  const values = g.values.map((r) => [...(r ?? [])]);
  const formulas: (string | null)[][] = values.map(() => []);
  for (const e of edits) {
    if (e.kind === 'insertRows') {
      values.splice(e.at - 1, 0, ...Array.from({ length: e.count }, () => []));
      formulas.splice(e.at - 1, 0, ...Array.from({ length: e.count }, () => []));
    } else if (e.kind === 'value') {
      (values[e.row - 1] ??= [])[e.col - 1] = e.value;
      (formulas[e.row - 1] ??= [])[e.col - 1] = null;
    } else if (e.kind === 'formula') {
      (values[e.row - 1] ??= [])[e.col - 1] = e.cached;
      (formulas[e.row - 1] ??= [])[e.col - 1] = e.formula;
    }
  }
  return { values, formulas };
}

/** Every cell's value after Excel (the double) recalculates the filled sheet. */
export async function inExcel(g: Grid, edits: Edit[]): Promise<unknown[][]> {
  const { values, formulas } = applied(g, edits);
  const width = Math.max(...values.map((r) => r.length));
  // Formula cells go in without their cached value, so the double calculates them.
  const rows = values.map((r, y) =>
    Array.from({ length: width }, (_, i) => (formulas[y]?.[i] || r[i] instanceof Date ? null : ((r[i] ?? null) as string | number | boolean | null))),
  );
  const fs = formulas.map((r) => Array.from({ length: width }, (_, i) => (r?.[i] ? `=${r[i]}` : null)));
  const xl = createExcelDouble({ sheets: [{ name: g.name, values: rows, formulas: fs }] });
  return xl.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(g.name).getUsedRange();
    r.load('values');
    await ctx.sync();
    return r.values;
  });
}
