/**
 * The snapshot's reads (校验, 再次校验, 自评's read) on a wire that carries Chinese escaped (\uXXXX: the
 * double's wireEscapesNonAscii, issue 8). The gateway sizes its syncs in UTF-8; the sheet's Chinese
 * answers ~1.5× that escaped. Before, a refused sync of the rest's blocks halved the budget and the
 * next read (sized by the hint of this one) was refused again at its first window and at its blocks:
 * at 50 000 rows 校验 6 syncs (1 refused), 再次校验 8 (2 refused). Now a refusal measures what the cells
 * read so far cost escaped, sizes the rest for it, and hands it on in the hint: the next read is not
 * refused. Scaled down here (4 000 rows, a 600 KB budget with Excel's limit just over it); the UTF-8
 * wire reads as before, the grids the same on both.
 */
import { createExcelDouble, fromGrid } from '../../../src/double';
import { ALL_CAPABILITIES, readSnapshot } from '../../../src/gateways/office';
import type { ReadHint } from '../../../src/gateways/pipeline/snapshot';
import { generateGrid } from '../../../bench/grid-gen';

const BUDGET = 300_000;
const LIMIT = 330_000;

async function twoReads(escaped: boolean) {
  const xl = createExcelDouble(fromGrid(generateGrid(4000)), { payloadLimit: LIMIT, wireEscapesNonAscii: escaped });
  const out: { syncs: number; refused: number; grids: unknown; hint: ReadHint | null }[] = [];
  let hint: ReadHint | null = null;
  for (let i = 0; i < 2; i++) {
    const mark = xl.syncLog.length;
    const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES, maxBytes: BUDGET, hint }));
    const log = xl.syncLog.slice(mark);
    out.push({ syncs: log.length, refused: log.filter((s) => !s.ok).length, grids: snap.grids, hint: snap.hint });
    hint = snap.hint;
  }
  return out;
}

test('a read refused on a wire that escapes Chinese sizes the rest for it, and the next read is not refused', async () => {
  const utf8 = await twoReads(false);
  const escaped = await twoReads(true);
  expect(utf8.map((r) => r.refused)).toEqual([0, 0]);
  expect(utf8[0].hint?.wire).toBeUndefined();
  expect(escaped[0].grids).toEqual(utf8[0].grids);
  expect(escaped[1].grids).toEqual(utf8[1].grids);
  expect(escaped[0].refused).toBeLessThanOrEqual(1);
  expect(escaped[0].syncs).toBeLessThanOrEqual(utf8[0].syncs + 2);
  expect(escaped[0].hint?.wire).toBeGreaterThan(1.1);
  expect(escaped[1].refused).toBe(0);
  expect(escaped[1].syncs).toBeLessThanOrEqual(utf8[1].syncs + 1);
});
