/**
 * The streaming reader gives the Grids the ExcelJS gateway gives, cell by cell, on every
 * workbook in the repository (fixtures and examples).
 */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbook } from '../../../src/gateways/exceljs/read';
import { readGrids } from '../../../src/gateways/xlsx/read';
import { cellFormula, cellValue, numFormat, type Grid } from '../../../src/sheet/grid';

const ROOT = path.join(__dirname, '..', '..', '..');
const files = [
  ...fs.readdirSync(path.join(ROOT, 'test', 'fixtures')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join('test', 'fixtures', f)),
  ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.xlsx') && !f.includes('.自评.')).map((f) => path.join('examples', f)),
];

/** Every difference between two grids, as "A1 value 3 ≠ 4" lines (at most a few). */
export function differences(a: Grid, b: Grid): string[] {
  const out: string[] = [];
  const note = (s: string) => out.length < 10 && out.push(`${a.name}: ${s}`);
  if (a.name !== b.name) note(`name ${a.name} ≠ ${b.name}`);
  if (a.rowCount !== b.rowCount || a.colCount !== b.colCount) note(`size ${a.rowCount}×${a.colCount} ≠ ${b.rowCount}×${b.colCount}`);
  if (JSON.stringify(a.merges) !== JSON.stringify(b.merges)) note('merges differ');
  if (!!a.formulas !== !!b.formulas) note(`formulas ${!!a.formulas} ≠ ${!!b.formulas}`);
  if (!!a.numFormats !== !!b.numFormats) note(`numFormats ${!!a.numFormats} ≠ ${!!b.numFormats}`);
  const show = (v: unknown) => (v instanceof Date ? v.toISOString() : JSON.stringify(v));
  for (let r = 1; r <= Math.max(a.rowCount, b.rowCount); r++) {
    for (let c = 1; c <= Math.max(a.colCount, b.colCount); c++) {
      const [x, y] = [cellValue(a, r, c), cellValue(b, r, c)];
      if (show(x) !== show(y) && !(Number.isNaN(x) && Number.isNaN(y))) note(`R${r}C${c} value ${show(x)} ≠ ${show(y)}`);
      if (cellFormula(a, r, c) !== cellFormula(b, r, c)) note(`R${r}C${c} formula ${cellFormula(a, r, c)} ≠ ${cellFormula(b, r, c)}`);
      if (numFormat(a, r, c) !== numFormat(b, r, c)) note(`R${r}C${c} numFmt ${numFormat(a, r, c)} ≠ ${numFormat(b, r, c)}`);
    }
  }
  return out;
}

describe('the streaming reader equals the ExcelJS gateway', () => {
  it('finds workbooks to compare', () => expect(files.length).toBeGreaterThan(10));
  it.each(files)('%s', async (file) => {
    const full = path.join(ROOT, file);
    const [want, got] = await Promise.all([readWorkbook(full).then((r) => r.grids), readGrids(full)]);
    expect(got.map((g) => g.name)).toEqual(want.map((g) => g.name));
    expect(want.flatMap((g, i) => differences(g, got[i]))).toEqual([]);
  });
});
