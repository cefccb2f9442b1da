/** presentRows: the rows that exist, ascending, whether the grid is dense (walked) or almost empty (its keys listed). */
import { presentRows, type CellValue } from '../../src/sheet/grid';
import { Reader } from '../../src/sheet/reader';

const grid = (values: CellValue[][]) => ({ name: 'S', values, merges: [], rowCount: values.length, colCount: 3 });
/** What presentRows must give: every index holding a row, as a plain walk finds them. */
const walk = (v: unknown[]) => v.flatMap((row, i) => (row ? [i + 1] : []));

describe('presentRows', () => {
  test.each([
    ['every row', 10000, () => true],
    ['every other row', 10000, (i: number) => i % 2 === 0],
    ['one row in three', 10000, (i: number) => i % 3 === 0],
    ['the first 5 000 of 10 000', 10000, (i: number) => i < 5000],
    ['a row in a hundred', 20000, (i: number) => i % 100 === 7],
  ])('%s', (_, n, has) => {
    const values: CellValue[][] = [];
    for (let i = 0; i < n; i++) if (has(i)) values[i] = ['x'];
    values.length = n;
    expect(presentRows(grid(values))).toEqual(walk(values));
  });

  test('one stray far cell: two rows, not a million', () => {
    const values: CellValue[][] = [['a']];
    values[1048575] = ['b'];
    expect(presentRows(grid(values))).toEqual([1, 1048576]);
  });
});

describe('Reader.rowTexts', () => {
  test('trimmed texts, numbers, booleans and dates as cellText gives them; columns left of `left` empty', () => {
    const g = grid([[' a ', 1.5, true, new Date(Date.UTC(2024, 0, 2)), null]]);
    g.colCount = 5;
    const rd = new Reader(g);
    expect(rd.rowTexts(1)).toEqual(['a', '1.5', 'true', '2024-01-02', '']);
    expect(rd.rowTexts(1, 2, 3)).toEqual(['', '1.5', 'true']);
    expect(rd.rowTexts(2, 1, undefined, 2)).toEqual(['', '']);
  });
});
