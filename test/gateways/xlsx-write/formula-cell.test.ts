import { cellXml, esc, SheetXml } from '../../../src/gateways/xlsx-write/sheet';
import type { RowMap } from '../../../src/sheet/shift-formula';

const SHEET = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

// Score formulas as fill writes them: the row's own cells many times, words, ≥/≤, & and < that XML escapes, constants with digits.
const formulas = (r: number) => [
  `IFERROR(ROUND(MIN(I${r},I${r}*MAX(0,--SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(H${r},"≥",""),"≤",""),"%",""))/95),2),"")`,
  `IFERROR(ROUND(I${r}*IF(COUNT(SEARCH({"部分","基本"},H${r})),0.6,IF(H${r}<>"",1,NA())),2),"")&"<1>"`,
  `IF(OR(G${r + 1}="",N(F${r + 1})<=0),"",G${r + 1}/F${r + 1})`,
  `SUM(J${r}:J${r + 3})+Other!A${r}+A05`,
  `H${r}&"1048577"`,
];

/** The same plan written twice: formula cells kept by shape (putFormula), and as their text (put). */
function both(edit: (ws: SheetXml, byShape: boolean) => void): [string, string] {
  const xml = SHEET(Array.from({ length: 12 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="1"><v>${i}</v></c></row>`).join(''));
  const a = new SheetXml('S', xml);
  const b = new SheetXml('S', xml);
  edit(a, true);
  edit(b, false);
  return [a.xml(), b.xml()];
}

const write = (ws: SheetXml, byShape: boolean, r: number, c: number, f: string, s = 3) =>
  byShape ? ws.putFormula(r, c, s, 'str', f, '<v>8.33</v>') : ws.put(r, c, cellXml(r, c, s, 'str', `<f>${esc(f)}</f><v>8.33</v>`), s);

describe('formula cells kept as their shape and numbers (formula-cell.ts)', () => {
  test('write out the same bytes as their text: set, restyled, moved by inserted rows, and near the last row (#REF!)', () => {
    const [a, b] = both((ws, byShape) => {
      for (let r = 2; r <= 9; r++) formulas(r).forEach((f, k) => write(ws, byShape, r, 5 + k, f));
      write(ws, byShape, 11, 5, 'A1048575+B11');
      ws.restyle(3, 5, 7);
      ws.restyle(4, 6, 0);
      const map: RowMap = (r) => (r >= 5 ? r + 2 : r);
      const mapOf = (k: string) => (k === 's' ? map : k === 'other' ? (r: number) => r + 1 : undefined);
      ws.moveFormulas(mapOf);
      ws.insert(map, [{ sheet: 'S', rows: [5, 6], source: 4, above: 4, below: 7 }]);
      // A second batch: cells already moved move again, the one near the last row falls off (#REF!).
      const next: RowMap = (r) => (r >= 8 ? r + 10 : r);
      ws.moveFormulas((k) => (k === 's' ? next : undefined));
      ws.insert(next, [{ sheet: 'S', rows: [8, 9, 10, 11, 12, 13, 14, 15, 16, 17], source: 7, above: 7, below: 18 }]);
      ws.restyle(20, 6, 9);
    });
    expect(a).toBe(b);
    expect(a).toContain('#REF!');
    expect(a).toContain('I21*MAX(0');
    expect(a).toContain('&amp;&quot;&lt;1&gt;&quot;'.replace(/&quot;/g, '"'));
  });

  test('a cell read back (merge, restyle, style) is its text', () => {
    const [a, b] = both((ws, byShape) => {
      write(ws, byShape, 2, 5, formulas(2)[0]);
      write(ws, byShape, 3, 5, formulas(3)[1]);
      expect(ws.cell(2, 5)).toBe(cellXml(2, 5, 3, 'str', `<f>${esc(formulas(2)[0])}</f><v>8.33</v>`));
      expect(ws.styleAt(2, 5)).toBe(3);
      ws.merge({ top: 2, left: 4, bottom: 2, right: 5 });
    });
    expect(a).toBe(b);
  });
});
