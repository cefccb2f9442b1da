import { allCells, cellsXml, getCell, newRow, parseCells, setCell } from '../../../src/gateways/xlsx-write/row-cells';
import { colLetters } from '../../../src/sheet/a1';

/** What the writer kept before: a Map of every cell (parseCells), cells set into it, written in column order. */
function asMap(body: string, sets: [number, string][]): { cells: Map<number, string>; xml: string } {
  const cells = parseCells(body);
  for (const [c, el] of sets) cells.set(c, el);
  const xml = [...cells.keys()].sort((a, b) => a - b).reduce((out, k) => out + cells.get(k)!, '');
  return { cells, xml };
}

let seed = 11;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};

const cell = (c: number, v: string) => (rnd(3) ? `<c r="${colLetters(c)}7" s="${rnd(9)}"><v>${v}</v></c>` : `<c r="${colLetters(c)}7" s="${rnd(9)}"/>`);

describe('a touched row kept as its text plus the cells set', () => {
  test('reads and writes the same cells as a Map of every cell, on ascending, disordered and duplicated rows and wide columns', () => {
    for (let k = 0; k < 400; k++) {
      const n = rnd(12);
      let cols = Array.from({ length: n }, (_, i) => (rnd(4) === 0 ? 16000 + i * 37 : i * 3 + 1 + rnd(3)));
      cols = [...new Set(cols)].sort((a, b) => a - b);
      if (k % 5 === 0 && cols.length > 1) cols.reverse(); // a file Excel would repair
      if (k % 7 === 0 && cols.length) cols.push(cols[0]); // the same column twice
      const body = cols.map((c, i) => cell(c, `x${i}`)).join(rnd(2) ? '' : '\n');
      const sets: [number, string][] = Array.from({ length: rnd(8) }, () => {
        const c = rnd(3) ? rnd(40) + 1 : 16384 - rnd(3);
        return [c, `<c r="${colLetters(c)}7"><v>${rnd(99)}</v></c>`];
      });
      const row = newRow(7, '<row r="7">', body);
      for (const [c, el] of sets) setCell(row, c, el);
      const want = asMap(body, sets);
      expect(cellsXml(row)).toBe(want.xml);
      for (let c = 1; c <= 60; c++) expect(getCell(row, c)).toBe(want.cells.get(c));
      for (const c of [16000, 16037, 16382, 16383, 16384]) expect(getCell(row, c)).toBe(want.cells.get(c));
      expect(new Map(allCells(row))).toEqual(want.cells);
    }
  });

  test('a row nobody set a cell in gives its cells back without a copy of them kept', () => {
    const row = newRow(3, '<row r="3">', '<c r="A3"><v>1</v></c><c r="C3" t="s"><v>2</v></c>');
    expect(getCell(row, 3)).toBe('<c r="C3" t="s"><v>2</v></c>');
    expect(getCell(row, 2)).toBeUndefined();
    expect(row.set).toBeUndefined();
    expect(row.at).toHaveLength(2);
  });
});
