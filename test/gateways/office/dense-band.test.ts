/**
 * Excel gives every row the sheet's width; the CLI's reader keeps a row only as long as its last cell. A table whose
 * header row ends early (A–E) with a small list far to its right (I–K) running on below its last indicator: in the
 * pane the grid ran on over the list's rows (its 识别结果 and where fill writes under the table), in the CLI it did
 * not. The pane (through the Excel double) reads these workbooks as the CLI does.
 */
import * as path from 'path';
import { createExcelDouble, fromGrid } from '../../../src/double';
import { ALL_CAPABILITIES, readSnapshot } from '../../../src/gateways/office';
import { readGrids } from '../../../src/gateways/xlsx/read';
import { analyse } from '../../../src/engine/analyse';
import { fileReport } from '../../../src/engine/report';
import type { Grid } from '../../../src/sheet/grid';

const VARIANTS = path.join(__dirname, '..', '..', 'fixtures', 'variants');
const report = (grids: Grid[]) => fileReport('x', analyse(grids));

async function paneGrids(cli: Grid[]): Promise<Grid[]> {
  const xl = createExcelDouble({ ...fromGrid(cli), activeSheet: cli[0].name });
  const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'workbook', capabilities: ALL_CAPABILITIES }));
  return snap.grids;
}

describe('the pane reads a table whose header row ends early as the CLI does', () => {
  it.each(['v159-list-far-right-below.xlsx', 'v206-side-by-side-headers-apart.xlsx', 'v60-dept-whole-target.xlsx'])('%s', async (file) => {
    const cli = await readGrids(path.join(VARIANTS, file));
    const pane = await paneGrids(cli);
    expect(pane[0].values.every((r) => !r || r.length === pane[0].colCount)).toBe(true); // the double gives full-width rows
    expect(report(pane)).toEqual(report(cli));
  });

  it('v159: the grid ends at its last indicator (row 17), not on the list below it', async () => {
    const pane = report(await paneGrids(await readGrids(path.join(VARIANTS, 'v159-list-far-right-below.xlsx'))));
    const rows = pane.projects[0].rows.map((r: { row: number }) => r.row);
    expect(Math.max(...rows)).toBe(17);
  });
});
