import { checkRoom, FillRoomError } from '../../src/engine/planner';
import type { Project } from '../../src/domain/model';

/** The check as it was: every pair of tables, first in the sheet's order; a long-term grid (fill leaves it as it is) takes no columns, but stands in the way. */
function everyPair(projects: Project[]): string | null {
  const span = (p: Project) => [p.headerRow, Math.max(p.endRow, p.total?.row ?? 0, p.rows.length ? p.rows[p.rows.length - 1].row : p.endRow)];
  for (const p of projects) {
    if (p.partOf !== undefined) continue;
    const added = ['actual', 'weight', 'score', 'reason'].filter((k) => (p.columns as Record<string, number | undefined>)[k] === undefined).length;
    if (!added) continue;
    const [top, bottom] = span(p);
    for (const q of projects) {
      if (q === p) continue;
      const [qt, qb] = span(q);
      if (qb < top || qt > bottom || q.lastCol < p.lastCol + 1 || q.firstCol > p.lastCol + added) continue;
      return `${p.index}/${q.index}`;
    }
  }
  return null;
}

function fast(projects: Project[]): string | null {
  try {
    checkRoom(projects);
    return null;
  } catch (e) {
    if (!(e instanceof FillRoomError)) throw e;
    const m = /项目 (\d+)“[^”]*”右侧[\s\S]*项目 (\d+)“/.exec(e.message)!;
    return `${m[1]}/${m[2]}`;
  }
}

let seed = 7;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};

function table(index: number): Project {
  const headerRow = 1 + rnd(60);
  const endRow = headerRow + rnd(12);
  const firstCol = 1 + rnd(20);
  const lastCol = firstCol + 2 + rnd(6);
  const columns: Record<string, number> = { level3: firstCol + 1, target: firstCol + 2 };
  for (const k of ['actual', 'weight', 'score', 'reason']) if (rnd(3) === 0) columns[k] = lastCol;
  const total = rnd(4) === 0 ? { row: endRow + rnd(3) } : null;
  const rows = rnd(5) === 0 ? [{ row: endRow + 1 + rnd(4) }] : [];
  const partOf = rnd(6) === 0 ? 99 : undefined;
  return { index, name: `项目${index}`, sheet: 'S', headerRow, endRow, firstCol, lastCol, columns, total, rows, partOf } as unknown as Project;
}

describe('fill: room for the self-evaluation columns', () => {
  it('finds the same neighbour as comparing every pair of tables (random layouts)', () => {
    let clashes = 0;
    for (let round = 0; round < 400; round++) {
      const list = Array.from({ length: 1 + rnd(9) }, (_, i) => table(i + 1));
      const want = everyPair(list);
      if (want) clashes++;
      expect(fast(list)).toBe(want);
    }
    expect(clashes).toBeGreaterThan(40);
    expect(clashes).toBeLessThan(380);
  });
});
