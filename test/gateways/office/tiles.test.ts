import fc from 'fast-check';
import { createExcelDouble, fromGrid } from '../../../src/double';
import { rectAddress } from '../../../src/sheet/a1';
import { tileContents } from '../../../src/gateways/pipeline/tiles';
import type { RestoreValue } from '../../../src/gateways/pipeline/undo-record';
import { makeGrid, type CellValue } from '../../../src/sheet/grid';

const KEY = 20000;
const key = (row: number, col: number) => row * KEY + col;

/** Two stacked tables alike (labels, 分值 and 得分 down the rows, a total line), as fill writes them. */
function twoTables(): Map<number, RestoreValue> {
  const cells = new Map<number, RestoreValue>();
  for (const top of [5, 27]) {
    ['实际完成值', '分值', '得分', '偏差原因'].forEach((t, j) => cells.set(key(top, 6 + j), t));
    for (let r = top + 1; r <= top + 13; r++) {
      cells.set(key(r, 7), 7.5);
      cells.set(key(r, 8), `=IFERROR(ROUND(MIN(G${r},G${r}*F${r}/90),2),"")`);
    }
    cells.set(key(top + 14, 6), '总分');
    cells.set(key(top + 14, 7), `=SUM(H${top + 1}:H${top + 13})`);
  }
  return cells;
}

describe('tileContents', () => {
  test('a table block goes as one array over its empty cells; the same block further down as one copy', () => {
    const t = tileContents(twoTables(), { fillable: () => true, maxOpBytes: 1 << 20 });
    expect(t.writes.map((w) => rectAddress(w.rect))).toEqual(['F5:I19']);
    expect(t.copies.map((c) => [rectAddress(c.rect), rectAddress(c.from)])).toEqual([['F27:I41', 'F5:I19']]);
    expect(t.writes[0].values[1]).toEqual(['', 7.5, '=IFERROR(ROUND(MIN(G6,G6*F6/90),2),"")', '']);
  });

  test('a cell that may not be written as "" splits the block; nothing is written there', () => {
    const cells = twoTables();
    const t = tileContents(cells, { fillable: (r, c) => !(c === 9 && r === 10), maxOpBytes: 1 << 20 });
    const all = [...t.writes.map((w) => w.rect), ...t.copies.map((c) => c.rect)];
    expect(all.some((r) => r.top <= 10 && r.bottom >= 10 && r.left <= 9 && r.right >= 9)).toBe(false);
    expect(t.columns.get(9)?.has(10) ?? false).toBe(false);
  });

  test('a changed constant is not copied', () => {
    const cells = twoTables();
    cells.set(key(30, 7), 8);
    const t = tileContents(cells, { fillable: () => true, maxOpBytes: 1 << 20 });
    expect(t.copies).toEqual([]);
    expect(t.writes).toHaveLength(2);
  });

  test('large blocks are cut into row slices under the byte budget', () => {
    const cells = new Map<number, RestoreValue>();
    for (let r = 1; r <= 400; r++) for (let c = 1; c <= 3; c++) cells.set(key(r, c), `值${r}-${c}`);
    const t = tileContents(cells, { fillable: () => true, maxOpBytes: 2000 });
    expect(t.writes.length).toBeGreaterThan(5);
    expect(t.writes.every((w) => w.bytes <= 2200)).toBe(true);
  });

  /**
   * Property, on the Excel double: writing a plan's cells through tileContents (arrays with ""
   * over empty cells, copies, column leftovers) leaves the sheet exactly as writing each cell alone.
   */
  test('property: tiles write exactly what cell-by-cell writes would', async () => {
    const ROWS = 24;
    let copies = 0;
    const COLS = 6;
    const sheetCell = fc.oneof(fc.constant(null), fc.constant(null), fc.constantFrom('用户', 3));
    const planCell = fc.oneof(
      fc.constant(undefined),
      fc.constant(undefined),
      fc.constantFrom<RestoreValue>('标签', 5, '', "'=文字"),
      fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -2, max: 2 }), fc.boolean()).map(([dr, dc, abs]) => ({ dr, dc, abs })),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(sheetCell, { minLength: COLS, maxLength: COLS }), { minLength: ROWS, maxLength: ROWS }),
        // A block of 8 rows three times over: tables alike, so that copies happen.
        fc.array(fc.array(planCell, { minLength: COLS, maxLength: COLS }), { minLength: ROWS / 3, maxLength: ROWS / 3 }),
        async (sheet, block) => {
          const plan = [...block, ...block, ...block];
          const cells = new Map<number, RestoreValue>();
          plan.forEach((row, i) =>
            row.forEach((p, j) => {
              if (p === undefined) return;
              if (typeof p === 'object') {
                const r = Math.min(ROWS, Math.max(1, i + 1 + p.dr));
                const c = Math.min(COLS, Math.max(1, j + 1 + p.dc));
                cells.set(key(i + 1, j + 1), `=${p.abs ? '$A$1+' : ''}${String.fromCharCode(64 + c)}${r}*2`);
              } else cells.set(key(i + 1, j + 1), p);
            }),
          );
          const values = sheet as CellValue[][];
          const empty = (r: number, c: number) => values[r - 1]?.[c - 1] === null;
          const run = async (write: (ws: Excel.Worksheet) => void) => {
            const xl = createExcelDouble(fromGrid(makeGrid('S', values)));
            await xl.run(async (ctx) => {
              write(ctx.workbook.worksheets.getItem('S') as unknown as Excel.Worksheet);
              await ctx.sync();
            });
            return xl.sheetData('S');
          };
          const alone = await run((ws) => {
            for (const [k, v] of cells) ws.getRange(rectAddress({ top: Math.floor(k / KEY), bottom: Math.floor(k / KEY), left: k % KEY, right: k % KEY })).formulas = [[v]];
          });
          const t = tileContents(cells, { fillable: empty, maxOpBytes: 300 });
          const tiled = await run((ws) => {
            for (const w of t.writes) ws.getRange(rectAddress(w.rect)).formulas = w.values;
            for (const c of t.copies) ws.getRange(rectAddress(c.rect)).copyFrom(rectAddress(c.from), 'Formulas');
            for (const [col, rows] of t.columns) for (const [row, v] of rows) ws.getRange(rectAddress({ top: row, bottom: row, left: col, right: col })).formulas = [[v]];
          });
          copies += t.copies.length;
          expect(tiled.formulas).toEqual(alone.formulas);
          expect(tiled.values).toEqual(alone.values);
        },
      ),
      { numRuns: 150 },
    );
    expect(copies).toBeGreaterThan(20); // the property did exercise copies
  });
});
