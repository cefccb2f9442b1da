/**
 * Empty cells that hold only a style are kept as a number (formula-cell.ts blankText): read, restyled,
 * moved and written out, they give the bytes their text gave. The sheet-level expectations are what
 * the writer made when it kept them as text (the session-15 start build, same calls).
 */
import { ByteOut, writeRow } from '../../../src/gateways/xlsx-write/row-bytes';
import { allCells, cellsXml, getCell, newRow, setCell, type Row } from '../../../src/gateways/xlsx-write/row-cells';
import { blankText } from '../../../src/gateways/xlsx-write/formula-cell';
import { cellXml, SheetXml } from '../../../src/gateways/xlsx-write/sheet';

function bytes(rows: Row[]): string {
  const out = new ByteOut();
  for (const row of rows) writeRow(out, row);
  return Buffer.concat(out.take(true)).toString('utf8');
}

describe('an empty cell kept as its style', () => {
  test('reads, lists and writes as its text: s="n", no s, s="0"; in a moved row renumbered', () => {
    for (const moved of [false, true]) {
      const row = newRow(5, '<row r="5">', '<c r="A5" s="2"><v>1</v></c><c r="D5"/>');
      setCell(row, 2, 7);
      setCell(row, 3, 0);
      setCell(row, 5, -1);
      setCell(row, 700, 12);
      const want = '<c r="A5" s="2"><v>1</v></c><c r="B5" s="7"/><c r="C5"/><c r="D5"/><c r="E5" s="0"/><c r="ZX5" s="12"/>';
      expect(getCell(row, 2)).toBe('<c r="B5" s="7"/>');
      expect(getCell(row, 5)).toBe('<c r="E5" s="0"/>');
      expect(cellsXml(row)).toBe(want);
      expect(allCells(row).map(([c]) => c)).toEqual([1, 2, 3, 4, 5, 700]);
      if (moved) {
        row.r = 1048000;
        row.moved = true;
      }
      const r = moved ? 1048000 : 5;
      expect(bytes([row])).toBe(`<row r="${r}">${want.replace(/(<c r="[A-Z]+)5"/g, `$1${r}"`)}</row>`);
    }
    expect(blankText(3, 9, 28)).toBe(cellXml(9, 28, 3, undefined, ''));
    expect(blankText(0, 9, 28)).toBe(cellXml(9, 28, 0, undefined, ''));
  });

  const xml = '<worksheet><sheetData><row r="5"><c r="A5" s="2"><v>1</v></c><c r="B5"/></row><row r="6"><c r="A6" s="3"/></row></sheetData></worksheet>';
  const head = '<worksheet><sheetData><row r="5"><c r="A5" s="2"><v>1</v></c><c r="B5"/>';
  const cases: [string, (ws: SheetXml) => unknown, string, unknown][] = [
    [
      'absent, 5 then 0',
      (ws) => (ws.restyle(5, 6, 5), ws.restyle(5, 6, 0), [ws.styleAt(5, 6)]),
      `${head}<c r="F5" s="0"/></row><row r="6"><c r="A6" s="3"/></row></sheetData></worksheet>`,
      [0],
    ],
    [
      'absent, 0 then 5 (s put first)',
      (ws) => (ws.restyle(5, 6, 0), ws.restyle(5, 6, 5), [ws.styleAt(5, 6)]),
      `${head}<c s="5" r="F5"/></row><row r="6"><c r="A6" s="3"/></row></sheetData></worksheet>`,
      [5],
    ],
    ['absent, 0 then 0', (ws) => (ws.restyle(5, 6, 0), ws.restyle(5, 6, 0)), `${head}<c s="0" r="F5"/></row><row r="6"><c r="A6" s="3"/></row></sheetData></worksheet>`, null],
    [
      '7, 0, 9',
      (ws) => (ws.restyle(6, 3, 7), ws.restyle(6, 3, 0), ws.restyle(6, 3, 9), [ws.styleAt(6, 3), ws.cell(6, 3)]),
      `${head}</row><row r="6"><c r="A6" s="3"/><c r="C6" s="9"/></row></sheetData></worksheet>`,
      [9, '<c r="C6" s="9"/>'],
    ],
    [
      'then a value and bold',
      (ws) => (ws.restyle(5, 7, 3), ws.put(5, 7, '<c r="G5" s="3" t="s"><v>9</v></c>', 3), ws.restyle(5, 7, 8), ws.cell(5, 7)),
      `${head}<c r="G5" s="8" t="s"><v>9</v></c></row><row r="6"><c r="A6" s="3"/></row></sheetData></worksheet>`,
      '<c r="G5" s="8" t="s"><v>9</v></c>',
    ],
    [
      'styles no number says',
      (ws) => (ws.restyle(6, 4, 1.5), ws.restyle(6, 5, -2), ws.restyle(6, 6, NaN), ws.restyle(6, 7, 3), ws.restyle(6, 7, NaN), [ws.styleAt(6, 4), ws.styleAt(6, 5)]),
      `${head}</row><row r="6"><c r="A6" s="3"/><c r="D6" s="1.5"/><c r="E6" s="-2"/><c r="F6"/><c r="G6" s="NaN"/></row></sheetData></worksheet>`,
      [1.5, -2],
    ],
    [
      'moved by an insert, new rows styled, restyled after',
      (ws) => (
        ws.restyle(5, 6, 5),
        ws.restyle(6, 2, 0),
        ws.insert((r) => (r >= 6 ? r + 2 : r), [{ sheet: 'S', rows: [6, 7], source: 5, above: 5, below: 8 }]),
        ws.restyle(8, 3, 4),
        ws.restyle(8, 2, 6)
      ),
      `${head}<c r="F5" s="5"/></row><row r="6"><c r="A6" s="2"/><c r="F6" s="5"/></row><row r="7"><c r="A7" s="2"/><c r="F7" s="5"/></row><row r="8"><c r="A8" s="3"/><c s="6" r="B8"/><c r="C8" s="4"/></row></sheetData></worksheet>`,
      null,
    ],
    [
      'putBlank as put(cellXml)',
      (ws) => (ws.putBlank(6, 30, 12), ws.putBlank(6, 31, 0), ws.putBlank(6, 32, -3), [ws.cell(6, 30), ws.styleAt(6, 31)]),
      `${head}</row><row r="6"><c r="A6" s="3"/><c r="AD6" s="12"/><c r="AE6"/><c r="AF6" s="-3"/></row></sheetData></worksheet>`,
      ['<c r="AD6" s="12"/>', 0],
    ],
  ];
  test.each(cases)('restyled in a sheet as its text was: %s', (_name, f, want, got) => {
    const ws = new SheetXml('S', xml);
    const answer = f(ws);
    expect(ws.xml()).toBe(want);
    if (got !== null) expect(answer).toEqual(got);
  });
});
