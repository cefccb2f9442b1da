/**
 * The cells a plan sets in a row wait in the row's `set` array until the sheet is written out. Grown by
 * push, each such array kept room for ~17 slots where a fill sets ~8 (100 000 rows: ~8 MB alive from
 * planning to the end), so a row the plan has moved on from gets its array made to size: a new array,
 * same entries, and the same bytes written.
 */
import { cellXml, SheetXml } from '../../../src/gateways/xlsx-write/sheet';
import { fitSet, newRow, setCell, type Row } from '../../../src/gateways/xlsx-write/row-cells';

const SHEET = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

/** The writer's rows by number (it keeps them in an array by ascending r). */
const rowsOf = (ws: SheetXml) => new Map((ws as unknown as { rows: Row[] }).rows.map((x) => [x.r, x]));

/** Rows fitted as soon as they are left (the writer waits for SheetXml.fitAfter of them). */
function fitAtOnce(): void {
  let was = 0;
  beforeAll(() => {
    was = SheetXml.fitAfter;
    SheetXml.fitAfter = 1;
  });
  afterAll(() => {
    SheetXml.fitAfter = was;
  });
}

describe('fitSet', () => {
  it('replaces the set array by a copy of its entries; a row with nothing set stays so', () => {
    const row = newRow(3, '<row r="3">', '<c r="A3" s="1"/>');
    fitSet(row);
    expect(row.set).toBeUndefined();
    setCell(row, 2, cellXml(3, 2, 0, undefined, '<v>1</v>'));
    setCell(row, 4, cellXml(3, 4, 0, undefined, '<v>2</v>'));
    const before = row.set!;
    const entries = [...before];
    fitSet(row);
    expect(row.set).not.toBe(before);
    expect(row.set).toEqual(entries);
    fitSet(undefined);
  });
});

describe('the writer fits a row once the plan moves to another row', () => {
  fitAtOnce();
  const xml = SHEET('<row r="1"><c r="A1" s="1"/></row><row r="2"><c r="A2" s="1"/></row><row r="3"><c r="A3"/></row>');

  it('the left row gets a new array with the same entries, the current one is still grown in place', () => {
    const ws = new SheetXml('S', xml);
    ws.put(1, 2, cellXml(1, 2, 0, undefined, '<v>1</v>'), 0);
    const first = rowsOf(ws).get(1)!.set!;
    ws.put(1, 3, cellXml(1, 3, 0, undefined, '<v>2</v>'), 0);
    // Still the row being set: not copied at every cell.
    expect(rowsOf(ws).get(1)!.set).toBe(first);
    ws.put(2, 2, cellXml(2, 2, 0, undefined, '<v>3</v>'), 0);
    expect(rowsOf(ws).get(1)!.set).not.toBe(first);
    expect(rowsOf(ws).get(1)!.set).toEqual(first);
    ws.putFormula(3, 2, 0, undefined, 'A3+1', '');
    expect(rowsOf(ws).get(2)!.set).toEqual([2, cellXml(2, 2, 0, undefined, '<v>3</v>')]);
  });

  it('writes the same bytes as cells set without moving on', () => {
    const a = new SheetXml('S', xml);
    const b = new SheetXml('S', xml);
    for (const ws of [a, b]) {
      ws.put(1, 2, cellXml(1, 2, 0, undefined, '<v>1</v>'), 0);
      ws.put(2, 2, cellXml(2, 2, 0, undefined, '<v>3</v>'), 0);
    }
    a.put(1, 4, cellXml(1, 4, 0, undefined, '<v>4</v>'), 0);
    b.put(1, 4, cellXml(1, 4, 0, undefined, '<v>4</v>'), 0);
    b.put(3, 2, cellXml(3, 2, 0, undefined, '<v>5</v>'), 0);
    a.put(3, 2, cellXml(3, 2, 0, undefined, '<v>5</v>'), 0);
    expect(a.xml()).toBe(b.xml());
    expect(a.xml()).toContain('<row r="1"><c r="A1" s="1"/><c r="B1"><v>1</v></c><c r="D1"><v>4</v></c></row>');
  });
});

describe('a row the plan has left lets go of where its body cells lie', () => {
  fitAtOnce();
  const xml = SHEET(
    '<row r="1" spans="1:3"><c r="A1" s="1"/><c r="C1" t="s"><v>0</v></c></row><row r="2"><c r="A2" s="1"/><c r="B2"><f>A2+1</f></c></row><row r="3"><c r="A3"/></row>',
  );

  it('drops `at` once left, finds the cells again when asked, and writes without keeping them', () => {
    const ws = new SheetXml('S', xml);
    ws.put(1, 2, cellXml(1, 2, 0, undefined, '<v>1</v>'), 0);
    expect(rowsOf(ws).get(1)!.at).toBeDefined();
    ws.put(2, 3, cellXml(2, 3, 0, undefined, '<v>2</v>'), 0);
    // Left: its set cells stay, the places of its body's cells go (~9 MB at 100 000 rows).
    expect(rowsOf(ws).get(1)!.at).toBeUndefined();
    expect(rowsOf(ws).get(1)!.set).toEqual([2, cellXml(1, 2, 0, undefined, '<v>1</v>')]);
    // Asked again: found again.
    expect(ws.cell(1, 3)).toBe('<c r="C1" t="s"><v>0</v></c>');
    expect(ws.styleAt(1, 1)).toBe(1);
    ws.put(3, 2, cellXml(3, 2, 0, undefined, '<v>3</v>'), 0);
    const out = ws.xml();
    expect(out).toContain('<row r="1"><c r="A1" s="1"/><c r="B1"><v>1</v></c><c r="C1" t="s"><v>0</v></c></row>');
    expect(out).toContain('<row r="2"><c r="A2" s="1"/><c r="B2"><f>A2+1</f></c><c r="C2"><v>2</v></c></row>');
    // Row 2, left before the writing, is written out without keeping them (row 1 was asked again since).
    expect(rowsOf(ws).get(2)!.at).toBeUndefined();
  });

  it('a left row still moves its formulas and keeps its cells when rows are inserted above it', () => {
    const a = new SheetXml('S', xml);
    a.putFormula(2, 3, 0, undefined, 'B2*2', '');
    a.put(3, 2, cellXml(3, 2, 0, undefined, '<v>3</v>'), 0);
    expect(rowsOf(a).get(2)!.at).toBeUndefined();
    const map = (r: number) => (r >= 2 ? r + 1 : r);
    a.moveFormulas((k) => (k === 's' ? map : undefined));
    a.insert(map, [{ sheet: 'S', rows: [2], source: 1, above: 1, below: 3 }]);
    const out = a.xml();
    expect(out).toContain('<row r="3"><c r="A3" s="1"/><c r="B3"><f>A3+1</f></c><c r="C3"><f>B3*2</f></c></row>');
    expect(out).toContain('<row r="4"><c r="A4"/><c r="B4"><v>3</v></c></row>');
  });
});

describe('rows left are fitted a batch at a time, not each time the plan leaves one', () => {
  // fill formats its new columns a column at a time, down a project's rows and back up: each row was
  // left and come back to ~4 times, sliced and scanned again every time.
  const rows = Array.from({ length: 6 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="1"/></row>`).join('');

  it('a row come back to before the batch is full keeps its array and where its cells lie', () => {
    const ws = new SheetXml('S', SHEET(rows));
    ws.put(1, 2, cellXml(1, 2, 0, undefined, '<v>1</v>'), 0);
    const first = rowsOf(ws).get(1)!.set!;
    ws.put(2, 2, cellXml(2, 2, 0, undefined, '<v>2</v>'), 0);
    expect(rowsOf(ws).get(1)!.set).toBe(first);
    expect(rowsOf(ws).get(1)!.at).toBeDefined();
    ws.put(1, 3, cellXml(1, 3, 0, undefined, '<v>3</v>'), 0);
    expect(rowsOf(ws).get(1)!.set).toBe(first);
  });

  it('fits every row left once fitAfter of them wait, and writes the same bytes as fitting each at once', () => {
    const was = SheetXml.fitAfter;
    const make = () => {
      const ws = new SheetXml('S', SHEET(rows));
      for (const c of [2, 3, 4]) for (let r = 1; r <= 6; r++) ws.put(r, c, cellXml(r, c, 0, undefined, `<v>${r * c}</v>`), 0);
      return ws;
    };
    try {
      SheetXml.fitAfter = 3;
      const batched = make();
      // Rows 1–5 were left; the last batch of three (3, 4, 5 left after 1, 2 … ) fitted, row 6 still being set.
      const fitted = [1, 2, 3, 4, 5].filter((r) => rowsOf(batched).get(r)!.at === undefined);
      expect(fitted.length).toBeGreaterThan(0);
      expect(rowsOf(batched).get(6)!.at).toBeDefined();
      SheetXml.fitAfter = 1;
      const each = make();
      expect(batched.xml()).toBe(each.xml());
    } finally {
      SheetXml.fitAfter = was;
    }
  });
});
