/** The Reader's merge index (counts by row in typed arrays made at the deepest merge's row): covered cells, texts merged down, live rows. */
import type { CellValue, Merge } from '../../src/sheet/grid';
import { Reader } from '../../src/sheet/reader';

const grid = (values: CellValue[][], merges: Merge[], rowCount = values.length) => ({ name: 'S', values, merges, rowCount, colCount: 5 });

describe('Reader over merges', () => {
  test('two merges reaching down into one row, in the sheet order or not: both listed, each cell covered by its own', () => {
    const values: CellValue[][] = [
      ['一级', '二级', 'x'],
      ['', '', 'y'],
      ['', '', 'z'],
    ];
    const a: Merge = { top: 1, left: 1, bottom: 3, right: 1 };
    const b: Merge = { top: 1, left: 2, bottom: 2, right: 3 };
    for (const merges of [
      [a, b],
      [b, a],
    ]) {
      const rd = new Reader(grid(values, merges));
      expect([...rd.fromAbove(2)].sort()).toEqual([
        [1, '一级'],
        [2, '二级'],
        [3, '二级'],
      ]);
      expect([...rd.fromAbove(3)]).toEqual([[1, '一级']]);
      expect(rd.fromAbove(1).size).toBe(0);
      expect(rd.covering(1, 3)).toBe(b);
      expect(rd.covering(3, 1)).toBe(a);
      expect(rd.covering(3, 2)).toBeUndefined();
      expect(rd.mergeRight(1, 2)).toBe(3);
      expect(rd.mergedFromAbove(2, 1) && !rd.mergedFromAbove(1, 1)).toBe(true);
    }
  });

  test('a merge at the last row of the sheet, far below the cells: its rows are live, nothing past it', () => {
    const values: CellValue[][] = [['a']];
    values[1048574] = ['far'];
    const m: Merge = { top: 1048575, left: 1, bottom: 1048576, right: 2 };
    const rd = new Reader(grid(values, [m], 1048576));
    expect(rd.nextRow(2)).toBe(1048575);
    expect(rd.nextRow(1048576)).toBe(1048576);
    expect(rd.covering(1048576, 2)).toBe(m);
    expect([...rd.fromAbove(1048576)]).toEqual([
      [1, 'far'],
      [2, 'far'],
    ]);
  });

  test('no merges at all', () => {
    const rd = new Reader(grid([['a'], undefined as unknown as CellValue[], ['b']], []));
    expect(rd.nextRow(2)).toBe(3);
    expect(rd.covering(1, 1)).toBeUndefined();
  });
});
