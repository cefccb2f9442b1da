/**
 * The CLI's reader keeps each row only as long as its last cell; Office and ExcelJS give every row the
 * sheet's width. The reading must not depend on it: on every workbook in the repository, the report of
 * the sparse grid equals the report of the same grid with every row padded to the sheet's width.
 * (A header row narrower than the funds lines above it lost their 其他资金: a false CST-01 on v60, v61.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyse } from '../../../src/engine/analyse';
import { fullReport } from '../../../src/engine/report';
import { readGrids } from '../../../src/gateways/xlsx/read';
import type { Grid } from '../../../src/sheet/grid';

const ROOT = path.join(__dirname, '..', '..', '..');
const walk = (d: string): string[] =>
  fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.xlsx') ? [path.join(d, e.name)] : []));
const files = [...walk(path.join(ROOT, 'test', 'fixtures')), ...walk(path.join(ROOT, 'examples'))].map((f) => path.relative(ROOT, f)).filter((f) => !f.includes('.自评.'));

/** The grid as a dense reader gives it: every row (and its number formats) as wide as the sheet. */
function padded(g: Grid): Grid {
  const pad = <T>(rows: (T | null)[][] | undefined): (T | null)[][] | undefined =>
    rows && Array.from({ length: g.rowCount }, (_, r) => Array.from({ length: g.colCount }, (_, c) => rows[r]?.[c] ?? null));
  return { ...g, values: pad(g.values)!, numFormats: pad(g.numFormats) } as Grid;
}

const report = (file: string, grids: Grid[]) => JSON.stringify(fullReport([{ file, analysis: analyse(grids) }]).files[0]);

describe('sparse rows read as the padded grid', () => {
  it('finds the workbooks', () => expect(files.length).toBeGreaterThan(200));
  it.each(files)('%s', async (file) => {
    const grids = await readGrids(path.join(ROOT, file));
    if (grids.some((g) => g.rowCount * g.colCount > 2_000_000)) return;
    expect(report(file, grids)).toBe(report(file, grids.map(padded)));
  });
});
