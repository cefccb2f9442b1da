/**
 * The writer's merges kept four numbers an area in one typed array (merge-list.ts) answer as the
 * object list did: find (first in list order), areas inside a new merge dropped in order, rows moved
 * with the last row kept, the box mergeBox takes in; and formula cells' runs kept in a shared pool
 * (formula-cell.ts) write and move the same text across the pool's blocks; rows joined after an insert
 * batch by a merge of two ordered lists (sheet-rows.ts withRows) in the order the whole sort gave.
 */
import type { Merge } from '../../../src/sheet/grid';
import { MergeList } from '../../../src/gateways/xlsx-write/merge-list';
import { mergeBox } from '../../../src/gateways/xlsx-write/merge-overlap';
import { FormulaCell } from '../../../src/gateways/xlsx-write/formula-cell';
import { ReferenceMover } from '../../../src/sheet/move-memo';
import { withRows } from '../../../src/gateways/xlsx-write/sheet-rows';
import type { Row } from '../../../src/gateways/xlsx-write/row-cells';

const listOf = (ms: Merge[]) => {
  const l = new MergeList(1);
  for (const m of ms) l.push(m.top, m.left, m.bottom, m.right);
  return l;
};
const all = (l: MergeList) => Array.from({ length: l.length }, (_, i) => l.at(i));

// Seeded: the same areas every run.
function areas(n: number, seed: number): Merge[] {
  let x = seed;
  const next = (k: number) => ((x = (x * 1103515245 + 12345) % 2147483648), x % k);
  return Array.from({ length: n }, () => {
    const top = 1 + next(60);
    const left = 1 + next(8);
    return { top, left, bottom: top + next(4), right: left + next(3) };
  });
}

describe('MergeList', () => {
  test('find, dropInside and moveRows answer as the object list did', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const ms = areas(200, seed);
      const l = listOf(ms);
      for (let r = 1; r <= 66; r++) for (let c = 1; c <= 12; c++) expect(l.find(r, c)).toEqual(ms.find((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right));
      const box = { top: 10, left: 2, bottom: 30, right: 6 };
      l.dropInside(box);
      const kept = ms.filter((o) => !(o.top >= box.top && o.bottom <= box.bottom && o.left >= box.left && o.right <= box.right));
      expect(all(l)).toEqual(kept);
      const map = (r: number) => (r >= 20 ? r + 1048500 : r);
      l.moveRows(map, 1048576);
      expect(all(l)).toEqual(kept.map((m) => ({ top: map(m.top), left: m.left, bottom: Math.min(map(m.bottom), 1048576), right: m.right })));
    }
  });

  test('numbers past 32 bits are kept exactly', () => {
    const l = listOf([{ top: 1, left: 2 ** 40 + 1, bottom: 3, right: 2 ** 40 + 7 }]);
    expect(l.at(0)).toEqual({ top: 1, left: 2 ** 40 + 1, bottom: 3, right: 2 ** 40 + 7 });
  });

  test('mergeBox takes in the areas a merge cuts, again until none is cut', () => {
    const ms = [
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 2, left: 3, bottom: 5, right: 3 },
      { top: 5, left: 4, bottom: 6, right: 5 },
      { top: 9, left: 9, bottom: 9, right: 9 },
    ];
    expect(mergeBox({ top: 2, left: 2, bottom: 2, right: 3 }, listOf(ms), () => false)).toEqual({ top: 1, left: 1, bottom: 5, right: 3 });
    expect(mergeBox({ top: 4, left: 3, bottom: 5, right: 4 }, listOf(ms), () => false)).toEqual({ top: 2, left: 3, bottom: 6, right: 5 });
    expect(mergeBox({ top: 7, left: 1, bottom: 8, right: 2 }, listOf(ms), () => true)).toEqual({ top: 7, left: 1, bottom: 8, right: 2 });
    expect(mergeBox({ top: 2, left: 2, bottom: 2, right: 3 }, listOf(ms), (r, c) => r === 4 && c === 3)).toBeNull();
  });
});

describe('formula cells in the run pool', () => {
  test('write and move the same text across the pool blocks (over 65 536 runs)', () => {
    const mover = new ReferenceMover('S', () => undefined);
    const f = (r: number) => `IFERROR(ROUND(MIN(I${r},I${r}*MAX(0,H${r}/95)),2),"")&G${r + 1}&"7"`;
    const cells: [number, FormulaCell][] = [];
    for (let r = 1; r <= 12000; r++) {
      const t = mover.take(f(r))!;
      cells.push([r, new FormulaCell(`<c r="K${r}">`, t.shape, t.runs, '')]);
    }
    for (const [r, cell] of cells) expect(cell.text()).toBe(`<c r="K${r}"><f>${f(r).replace(/&/g, '&amp;')}</f></c>`);
    for (const [, cell] of cells) expect(cell.move('S', (k) => (k === 's' ? (x: number) => x + 3 : undefined))).toBe(true);
    for (const [r, cell] of cells) expect(cell.text()).toBe(`<c r="K${r}"><f>${f(r + 3).replace(/&/g, '&amp;')}</f></c>`);
  });
});

describe('rows joined after an insert batch (withRows)', () => {
  test('the same order as a stable sort of the rows then the added ones', () => {
    const row = (r: number, k: string) => ({ r, k }) as unknown as Row;
    for (let seed = 1; seed <= 20; seed++) {
      let x = seed;
      const next = (k: number) => ((x = (x * 1103515245 + 12345) % 2147483648), x % k);
      const rows = Array.from({ length: 50 }, (_, i) => row(3 * i + next(3), `s${i}`)).sort((a, b) => a.r - b.r);
      const added = Array.from({ length: 20 }, (_, i) => row(next(160), `a${i}`));
      expect(withRows(rows, added)).toEqual([...rows, ...added].sort((a, b) => a.r - b.r));
      // Rows out of order (never after a batch's map): sorted as before.
      const mixed = [...rows].reverse();
      expect(withRows(mixed, added)).toEqual([...mixed, ...added].sort((a, b) => a.r - b.r));
    }
  });
});
