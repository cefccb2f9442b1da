import { createEtFake } from '../../src/wps-fake';
import { makeGrid, type CellValue, type Merge } from '../../src/sheet/grid';
import { parseRect } from '../../src/sheet/a1';
import { emptyIn, findMerges, readBlock } from '../../src/gateways/wps/cells';

/** A small deterministic generator, so a failure names its seed. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function sheet(seed: number): { values: CellValue[][]; merges: Merge[] } {
  const r = rng(seed);
  const rows = 5 + Math.floor(r() * 60),
    cols = 1 + Math.floor(r() * 7);
  const values: CellValue[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (r() < 0.6 ? 'x' : null)));
  const taken = values.map((l) => l.map(() => false));
  const merges: Merge[] = [];
  for (let k = 0; k < rows / 3; k++) {
    const top = 1 + Math.floor(r() * rows),
      left = 1 + Math.floor(r() * cols);
    const bottom = Math.min(rows, top + Math.floor(r() * 6)),
      right = Math.min(cols, left + Math.floor(r() * 3));
    if (bottom === top && right === left) continue;
    let free = true;
    for (let i = top; i <= bottom; i++) for (let j = left; j <= right; j++) free &&= !taken[i - 1][j - 1];
    if (!free) continue;
    for (let i = top; i <= bottom; i++)
      for (let j = left; j <= right; j++) {
        taken[i - 1][j - 1] = true;
        if (i !== top || j !== left) values[i - 1][j - 1] = null;
      }
    merges.push({ top, left, bottom, right });
  }
  return { values, merges };
}

test('findMerges finds every merged area (runs, split columns, empty anchors) on random sheets', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const { values, merges } = sheet(seed);
    const fake = createEtFake(makeGrid('S', values, merges));
    const ws = fake.app.ActiveSheet!;
    const box = { top: 1, left: 1, bottom: values.length, right: values[0].length };
    const found = findMerges(ws, box, parseRect, emptyIn(box, readBlock(ws, box).formulas));
    const want = [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
    expect({ seed, found }).toEqual({ seed, found: want });
  }
});
