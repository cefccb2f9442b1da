/**
 * The Reader's merge index held in typed arrays (covered cells and merges reaching down, by row): every question it
 * answers is the one a plain model of the merges answers, on random merges (overlapping, out of order, single cells,
 * far rows), and it keeps no array per row on the collected heap (~16 MB at 100 000 merged rows before).
 */
import type { CellValue, Merge } from '../../src/sheet/grid';
import { Reader } from '../../src/sheet/reader';

const grid = (values: CellValue[][], merges: Merge[], rowCount = values.length, colCount = 8) => ({ name: 'S', values, merges, rowCount, colCount });

/** A small seeded generator (mulberry32): the same merges on every run. */
function random(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** What the Reader must answer, worked out from the merges one by one (a later merge over an earlier one wins). */
const model = {
  covering(merges: Merge[], r: number, c: number): Merge | undefined {
    let out: Merge | undefined;
    for (const m of merges) if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && !(r === m.top && c === m.left)) out = m;
    return out;
  },
  fromAbove(values: CellValue[][], merges: Merge[], r: number): [number, string][] {
    const out = new Map<number, string>();
    for (const m of merges) {
      if (!(m.top < r && r <= m.bottom)) continue;
      const t = String(values[m.top - 1]?.[m.left - 1] ?? '').trim();
      if (t) for (let c = m.left; c <= m.right; c++) out.set(c, t);
    }
    return [...out];
  },
};

describe('Reader merge index', () => {
  test('random merges: covering, mergedFromAbove, mergeRight, across, fromAbove, anyFromAbove and nextRow as the model says', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = random(seed);
      const rows = 4 + rnd(30);
      const values: CellValue[][] = [];
      for (let r = 0; r < rows; r++) if (rnd(3)) values[r] = Array.from({ length: 1 + rnd(6) }, () => (rnd(4) ? `t${rnd(5)} ` : ''));
      const merges: Merge[] = [];
      for (let k = rnd(12); k > 0; k--) {
        const top = 1 + rnd(rows + 3);
        const left = 1 + rnd(6);
        merges.push({ top, left, bottom: top + rnd(4), right: left + rnd(3) });
      }
      const rd = new Reader(grid(values, merges, Math.max(rows, ...merges.map((m) => m.bottom))));
      const depth = Math.max(rows, ...merges.map((m) => m.bottom)) + 2;
      for (let r = -1; r <= depth; r++) {
        for (let c = -1; c <= 12; c++) {
          const m = model.covering(merges, r, c);
          expect(rd.covering(r, c)).toBe(m);
          expect(rd.mergedFromAbove(r, c)).toBe(!!m && m.top < r);
        }
        if (r >= 1) {
          const want = model.fromAbove(values, merges, r);
          expect([...rd.fromAbove(r)]).toEqual(want);
          expect(rd.anyFromAbove(r, () => true)).toBe(want.length > 0);
          for (let c = 1; c <= 8; c++) {
            const own = String(values[r - 1]?.[c - 1] ?? '');
            const m = model.covering(merges, r, c);
            expect(rd.across(r, c)).toBe(own || (m && m.top === r ? String(values[m.top - 1]?.[m.left - 1] ?? '') : ''));
            let right = c;
            for (let x = model.covering(merges, r, right + 1); x?.left === c && x.top === r; x = model.covering(merges, r, right + 1)) right++;
            expect(rd.mergeRight(r, c)).toBe(right);
          }
        }
      }
      const live = new Set<number>();
      values.forEach((row, i) => row && live.add(i + 1));
      for (const m of merges) for (let r = m.top + 1; r <= m.bottom; r++) live.add(r);
      const sorted = [...live].sort((a, b) => a - b);
      for (let r = 1; r <= depth; r++) {
        const next = sorted.find((x) => x >= r);
        expect(rd.nextRow(r)).toBe(next ?? rd.g.rowCount + 1);
      }
    }
  });

  test('10 000 rows merged as 一级 / 二级 per project: no array per row kept by the Reader', () => {
    const values: CellValue[][] = [];
    const merges: Merge[] = [];
    for (let r = 1; r <= 10000; r += 10) {
      values[r - 1] = ['产出指标', '数量指标', 'x', 'y'];
      for (let k = 1; k < 10; k++) values[r - 1 + k] = ['', '', 'x', 'y'];
      merges.push({ top: r, left: 1, bottom: r + 9, right: 1 }, { top: r, left: 2, bottom: r + 9, right: 2 });
    }
    const rd = new Reader(grid(values, merges));
    expect(rd.covering(5, 2)).toBe(merges[1]);
    expect([...rd.fromAbove(5)]).toEqual([
      [1, '产出指标'],
      [2, '数量指标'],
    ]);
    // Arrays of arrays (a list per row) are what the collector copies; one list of live rows is allowed.
    const perRow = Object.values(rd as unknown as Record<string, unknown>).filter((v) => Array.isArray(v) && v.some((x) => Array.isArray(x)));
    expect(perRow).toEqual([]);
  });
});
