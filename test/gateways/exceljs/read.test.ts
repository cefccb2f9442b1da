import * as ExcelJS from 'exceljs';
import { readWorkbook } from '../../../src/gateways/exceljs/read';
import { cellFormula, cellValue, numFormat } from '../../../src/sheet/grid';
import { tempDir } from './tmp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function build(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('绩效目标表');
  ws.getCell('A1').value = '项目支出绩效目标表';
  ws.mergeCells('A1:D1');
  ws.getCell('A2').value = { richText: [{ text: '项目', font: { bold: true } }, { text: '名称' }] };
  ws.getCell('B2').value = { text: '链接', hyperlink: 'https://example.org' };
  ws.getCell('A3').value = 500;
  ws.getCell('B3').value = 250;
  ws.getCell('C3').value = { formula: 'B3/A3', result: 0.5 };
  ws.getCell('C3').numFmt = '0.00%';
  ws.getCell('D3').value = { formula: 'A3/0', result: { error: '#DIV/0!' } };
  ws.getCell('A4').value = new Date(Date.UTC(2024, 0, 31));
  ws.getCell('A4').numFmt = 'yyyy-mm-dd';
  ws.getCell('B4').value = true;
  ws.getCell('C4').value = { error: '#N/A' };
  ws.getCell('D4').value = { formula: 'A3-A3', result: 0 };
  ws.getRow(5).hidden = true;
  ws.getCell('A5').value = '隐藏行';
  ws.fillFormula('E3:E5', 'A3*2', [1000, 0, 0]);
  ws.getCell('B6').value = '纵向合并';
  ws.mergeCells('B6:B8');
  wb.addWorksheet('空表');
  const file = tmp.path('read.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('readWorkbook', () => {
  let grids: Awaited<ReturnType<typeof readWorkbook>>['grids'];
  beforeAll(async () => {
    ({ grids } = await readWorkbook(await build()));
  });

  test('sheets in order, with sizes', () => {
    expect(grids.map((g) => g.name)).toEqual(['绩效目标表', '空表']);
    expect(grids[0].rowCount).toBe(8);
    expect(grids[0].colCount).toBe(5);
    expect(grids[0].values.every((r) => r.length === 5)).toBe(true);
    expect(grids[1]).toMatchObject({ rowCount: 0, colCount: 0, values: [], merges: [] });
  });

  test('merges: the value lives in the top-left cell only', () => {
    const g = grids[0];
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 4 },
        { top: 6, left: 2, bottom: 8, right: 2 },
      ]),
    );
    expect(cellValue(g, 1, 1)).toBe('项目支出绩效目标表');
    expect(cellValue(g, 1, 2)).toBeNull();
    expect(cellValue(g, 7, 2)).toBeNull();
  });

  test('rich text and hyperlinks become plain text', () => {
    expect(cellValue(grids[0], 2, 1)).toBe('项目名称');
    expect(cellValue(grids[0], 2, 2)).toBe('链接');
  });

  test('formulas: cached result in values, text in formulas, shared ones resolved', () => {
    const g = grids[0];
    expect(cellValue(g, 3, 3)).toBe(0.5);
    expect(cellFormula(g, 3, 3)).toBe('B3/A3');
    expect(cellValue(g, 3, 4)).toBe('#DIV/0!');
    expect(cellFormula(g, 3, 5)).toBe('A3*2');
    expect(cellFormula(g, 5, 5)).toBe('A5*2');
    expect(cellFormula(g, 3, 1)).toBeNull();
    // ExcelJS's cell.value drops a 0 result; the grid must not.
    expect(cellValue(g, 4, 4)).toBe(0);
  });

  test('dates, booleans, errors, number formats, hidden rows', () => {
    const g = grids[0];
    expect(cellValue(g, 4, 1)).toEqual(new Date(Date.UTC(2024, 0, 31)));
    expect(cellValue(g, 4, 2)).toBe(true);
    expect(cellValue(g, 4, 3)).toBe('#N/A');
    expect(numFormat(g, 3, 3)).toBe('0.00%');
    expect(numFormat(g, 4, 1)).toBe('yyyy-mm-dd');
    expect(numFormat(g, 3, 1)).toBeNull();
    expect(cellValue(g, 5, 1)).toBe('隐藏行');
  });
});
