/**
 * Where fill's inserted lines go: the first row at or below the table's end that no merged area spans from
 * above (fill.ts belowMerges). Asked by binary search over the merges that start above; checked here against
 * the plain reading of every merge on random sheets (nested, overlapping, chained and one-row merges).
 */
import { belowMerges } from '../../src/engine/fill';
import { makeGrid, type Merge } from '../../src/sheet/grid';

let seed = 20261206;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};

/** Every merge that covers row at − 1 and goes on below it pushes `at` past its bottom, until none does. */
function plain(merges: Merge[], at: number): number {
  for (;;) {
    const past = merges.filter((m) => m.top <= at - 1 && at - 1 < m.bottom).map((m) => m.bottom);
    if (!past.length) return at;
    at = Math.max(...past) + 1;
  }
}

describe('fill: below the merges', () => {
  it('lands where the plain reading of every merge lands (random sheets)', () => {
    let moved = 0;
    for (let round = 0; round < 300; round++) {
      const merges: Merge[] = Array.from({ length: rnd(25) }, () => {
        const top = 1 + rnd(60);
        const left = 1 + rnd(8);
        return { top, left, bottom: top + (rnd(3) ? rnd(4) : rnd(20)), right: left + rnd(3) };
      });
      const g = makeGrid('S', [], merges);
      for (let at = 1; at <= 90; at++) {
        const want = plain(merges, at);
        if (want !== at) moved++;
        expect(belowMerges(g, at)).toBe(want);
      }
    }
    expect(moved).toBeGreaterThan(1000);
  });
});
