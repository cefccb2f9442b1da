import fc from 'fast-check';
import { finalToOriginal, originalRows } from '../../../src/gateways/office/apply';
import { simulateInserts } from '../../../src/gateways/pipeline/insert-sim';

describe('originalRows', () => {
  test('property: the same answer as the walk through the inserts, for bottom-up and any other order', () => {
    const insert = fc.record({ at: fc.integer({ min: 1, max: 200 }), count: fc.integer({ min: 1, max: 4 }) });
    fc.assert(
      fc.property(fc.array(insert, { maxLength: 12 }), fc.boolean(), (list, bottomUp) => {
        const inserts = bottomUp ? [...list].sort((a, b) => b.at - a.at) : list;
        const fast = originalRows(inserts);
        for (let row = 1; row <= 260; row++) expect(fast(row)).toBe(finalToOriginal(row, inserts));
      }),
    );
  });
});

describe('simulateInserts', () => {
  test('property: bottom-up inserts simulated at once give the sequential result', () => {
    const merge = fc
      .record({ top: fc.integer({ min: 1, max: 60 }), h: fc.integer({ min: 0, max: 4 }), left: fc.integer({ min: 1, max: 5 }), w: fc.integer({ min: 0, max: 2 }) })
      .map(({ top, h, left, w }) => ({ top, bottom: top + h, left, right: left + w }));
    // Merged areas do not overlap: keep the first of any that would.
    const merges = fc
      .array(merge, { maxLength: 14 })
      .map((list) => list.filter((m, i) => !list.slice(0, i).some((x) => x.top <= m.bottom && m.top <= x.bottom && x.left <= m.right && m.left <= x.right)));
    const insert = fc.record({ at: fc.integer({ min: 2, max: 70 }), count: fc.integer({ min: 1, max: 3 }), back: fc.integer({ min: 1, max: 3 }) });
    const inserts = fc
      .array(insert, { maxLength: 8 })
      .map((list) => [...list].sort((a, b) => b.at - a.at).map(({ at, count, back }) => ({ at, count, formatFrom: Math.max(1, at - back) })));
    const norm = (ms: { top: number; bottom: number; left: number; right: number; origin: string }[]) =>
      ms.map((m) => `${m.origin}:${m.top},${m.left}-${m.bottom},${m.right}`).sort();
    fc.assert(
      fc.property(merges, inserts, (ms, ins) => {
        const fast = simulateInserts(ms, ins, 8, true);
        const slow = simulateInserts(ms, ins, 8, true, { sequential: true });
        expect(fast.copies).toEqual(slow.copies);
        expect(norm(fast.merges)).toEqual(norm(slow.merges));
      }),
      { numRuns: 500 },
    );
  });
});
