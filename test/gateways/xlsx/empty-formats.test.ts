/**
 * An empty cell written with a number format of its own keeps it in the grid, in both readers: fill formats the empty
 * 实际完成值 cell of a % target 0.00% and writes the score formula that reads a number typed there as a percent; a second
 * fill that read the cell as General wrote the other formula (test/cli/fill-twice-percent). Only inside the grid's extent:
 * a formatted column out past the table, or rows below it, add nothing.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbook } from '../../../src/gateways/exceljs/read';
import { readGrids } from '../../../src/gateways/xlsx/read';
import { numFormat, type Grid } from '../../../src/sheet/grid';
import { rawXlsx } from '../../helpers/raw-xlsx';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-empty-formats-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function both(data: string, before = ''): Promise<Grid[]> {
  const file = path.join(tmp, `${Math.random().toString(36).slice(2)}.xlsx`);
  const book = {
    numFmts: '<numFmt numFmtId="176" formatCode="0.0&quot;%&quot;"/>',
    xfs: [
      '<xf numFmtId="0"/>',
      '<xf numFmtId="10" applyNumberFormat="1"/>',
      '<xf numFmtId="49" applyNumberFormat="1"/>',
      '<xf numFmtId="176" applyNumberFormat="1"/>',
      '<xf numFmtId="0" borderId="0"/>',
    ],
    sheets: [{ data, before }],
  };
  fs.writeFileSync(file, await rawXlsx(book));
  return [(await readGrids(file))[0], (await readWorkbook(file)).grids[0]];
}

describe('empty cells keep their own number format', () => {
  it('a 0.00% cell fill left empty, beside a formula reading it', async () => {
    const data =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>满意度</t></is></c><c r="B1" t="inlineStr"><is><t>≥90%</t></is></c><c r="C1" s="1"/><c r="D1"><f>C1*100</f><v>0</v></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>完成率</t></is></c><c r="B2" t="inlineStr"><is><t>100%</t></is></c><c r="C2" s="3"/><c r="D2"><f>C2</f><v>0</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t>数量</t></is></c><c r="B3"><v>5</v></c><c r="C3" s="2"/><c r="D3" s="4"/></row>';
    for (const g of await both(data)) {
      expect([numFormat(g, 1, 3), numFormat(g, 2, 3), numFormat(g, 3, 3), numFormat(g, 3, 4)]).toEqual(['0.00%', '0.0"%"', '@', null]);
    }
  });

  it('outside the grid: a formatted column past the table, a formatted row below it', async () => {
    const data =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"/><c r="F1" s="1"/></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><v>3</v></c></row>' +
      '<row r="5"><c r="A5" s="1"/></row>';
    for (const g of await both(data)) {
      expect([g.rowCount, g.colCount]).toEqual([2, 2]);
      expect(numFormat(g, 1, 2)).toBe('0.00%');
      expect(numFormat(g, 1, 6)).toBeNull();
      expect(numFormat(g, 5, 1)).toBeNull();
      expect(g.numFormats?.length ?? 0).toBeLessThanOrEqual(2);
    }
  });

  it('a sheet whose empty cells are General has no numFormats', async () => {
    const data = '<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="4"/><c r="C1"><v>2</v></c></row>';
    for (const g of await both(data)) expect(g.numFormats).toBeUndefined();
  });
});
