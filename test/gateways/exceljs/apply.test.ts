import * as ExcelJS from 'exceljs';
import { applyPlan } from '../../../src/gateways/exceljs/apply';
import type { Edit } from '../../../src/sheet/plan';

type Merges = { _merges: Record<string, { range: string }> };
const ranges = (ws: ExcelJS.Worksheet) =>
  Object.values((ws as unknown as Merges)._merges)
    .map((m) => m.range)
    .sort();

function book(): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  for (let r = 1; r <= 6; r++) for (let c = 1; c <= 3; c++) ws.getCell(r, c).border = { right: { style: 'thin' } };
  ws.getCell('A2').value = '产出指标';
  ws.getCell('A2').font = { name: '宋体', size: 12, color: { argb: 'FF0000FF' } };
  ws.mergeCells('A2:A3');
  return { wb, ws };
}
const run = (wb: ExcelJS.Workbook, ...edits: Edit[]) => applyPlan(wb, { edits });

describe('applyPlan', () => {
  test('extendMerge keeps the master value and every cell border', () => {
    const { wb, ws } = book();
    run(wb, { kind: 'extendMerge', sheet: 'S', row: 3, col: 1, bottom: 5 });
    expect(ranges(ws)).toEqual(['A2:A5']);
    expect(ws.getCell('A2').value).toBe('产出指标');
    expect(ws.getCell('A3').border).toEqual({ right: { style: 'thin' } });
    expect(ws.getCell('A5').border).toEqual({ right: { style: 'thin' } });
  });

  test('merge absorbs smaller merges inside it; a cell without merge is extended from itself', () => {
    const { wb, ws } = book();
    run(wb, { kind: 'merge', sheet: 'S', top: 1, left: 1, bottom: 4, right: 2 }, { kind: 'extendMerge', sheet: 'S', row: 5, col: 3, bottom: 6 });
    expect(ranges(ws)).toEqual(['A1:B4', 'C5:C6']);
  });

  test('bold keeps the rest of the font and does not touch cells sharing the style', () => {
    const { wb, ws } = book();
    ws.getCell('B1').style = ws.getCell('A2').style; // shared style object, as after reading a file
    run(wb, { kind: 'bold', sheet: 'S', row: 2, col: 1 });
    expect(ws.getCell('A2').font).toEqual({ name: '宋体', size: 12, color: { argb: 'FF0000FF' }, bold: true });
    expect(ws.getCell('B1').font?.bold).toBeUndefined();
  });

  test('notes append on a new line, also to rich notes', () => {
    const { wb, ws } = book();
    ws.getCell('C1').note = { texts: [{ text: '原有', font: { bold: true } }] };
    run(
      wb,
      { kind: 'note', sheet: 'S', row: 1, col: 2, text: '一' },
      { kind: 'note', sheet: 'S', row: 1, col: 2, text: '二' },
      { kind: 'note', sheet: 'S', row: 1, col: 3, text: '新' },
    );
    expect(ws.getCell('B1').note).toBe('一\n二');
    expect((ws.getCell('C1').note as ExcelJS.Comment).texts).toEqual([{ text: '原有', font: { bold: true } }, { text: '\n新' }]);
  });

  test('a note that already holds the text is left as it is (a second --highlight of the output)', () => {
    const { wb, ws } = book();
    ws.getCell('B1').note = '原有\n一';
    ws.getCell('C1').note = { texts: [{ text: '原有', font: { bold: true } }, { text: '\n新' }] };
    run(
      wb,
      { kind: 'note', sheet: 'S', row: 1, col: 2, text: '一' },
      { kind: 'note', sheet: 'S', row: 1, col: 3, text: '新' },
      { kind: 'note', sheet: 'S', row: 1, col: 3, text: '另' },
    );
    expect(ws.getCell('B1').note).toBe('原有\n一');
    expect((ws.getCell('C1').note as ExcelJS.Comment).texts).toEqual([{ text: '原有', font: { bold: true } }, { text: '\n新' }, { text: '\n另' }]);
  });

  test('values, formulas with cached values, fills', () => {
    const { wb, ws } = book();
    run(
      wb,
      { kind: 'value', sheet: 'S', row: 6, col: 1, value: 0.875, numFormat: '0.00%' },
      { kind: 'formula', sheet: 'S', row: 6, col: 2, formula: '=A6*100', cached: 87.5 },
      { kind: 'fill', sheet: 'S', row: 6, col: 3, color: '#ffeb9c' },
    );
    expect([ws.getCell('A6').value, ws.getCell('A6').numFmt, ws.getCell('A6').border]).toEqual([0.875, '0.00%', { right: { style: 'thin' } }]);
    expect([ws.getCell('B6').formula, ws.getCell('B6').result]).toEqual(['A6*100', 87.5]);
    expect(ws.getCell('C6').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } });
    expect(() => run(wb, { kind: 'fill', sheet: 'S', row: 1, col: 1, color: 'red' })).toThrow(/#RRGGBB/);
    expect(() => run(wb, { kind: 'bold', sheet: '无', row: 1, col: 1 })).toThrow(/找不到工作表/);
  });

  test('insertRows at the end and before the first row', () => {
    const { wb, ws } = book();
    ws.getCell('C6').value = { formula: 'SUM(A1:A6)', result: 0 };
    run(wb, { kind: 'insertRows', sheet: 'S', at: 1, count: 1, formatFrom: 1 }, { kind: 'insertRows', sheet: 'S', at: 8, count: 2, formatFrom: 7 });
    expect(ranges(ws)).toEqual(['A3:A4']);
    expect(ws.getCell('A3').value).toBe('产出指标');
    expect(ws.getCell('C7').formula).toBe('SUM(A2:A7)');
    expect(ws.getCell('C9').border).toEqual({ right: { style: 'thin' } });
  });
});

test('a copied row merge never collides with a merge spanning the gap', () => {
  const { wb, ws } = book();
  ws.mergeCells('A5:B5');
  run(wb, { kind: 'insertRows', sheet: 'S', at: 3, count: 1, formatFrom: 5 });
  expect(ranges(ws)).toEqual(['A2:A4', 'A6:B6']);
});
