/**
 * Reads riding along 撤销's column reads (safe-revert-reads.ts readBlocks): a rider too large for
 * the room a sync leaves must not hold back the smaller ones queued behind it — at 50 000 rows the
 * number formats of 实际完成值 waited behind one for a sync of their own.
 */
import type { XlWorksheet } from '../../../src/gateways/office/api';
import { readBlocks, type ReadOp, type SheetCheck } from '../../../src/gateways/office/safe-revert-reads';
import type { UndoSheet } from '../../../src/gateways/pipeline/undo-record';

function oneCellCheck(): SheetCheck {
  const range = { formulas: [['x']], load: () => range };
  const ws = { getRange: () => range } as unknown as XlWorksheet;
  const u = { name: 'S', written: { contents: [], rows: { top: 1, cols: [1], sigs: '', bytes: [10] } } } as unknown as UndoSheet;
  return { u, ws, blocks: [{ col: 1, top: 1, bottom: 1 }], readTop: 1, readBottom: 1 };
}

describe('riders of 撤销’s column reads', () => {
  test('a rider too large for the room left does not hold back the smaller riders behind it', async () => {
    const ran: string[] = [];
    const op = (name: string, resp: number): ReadOp => ({ req: 100, resp, run: () => ran.push(name), sent: false });
    const riders = [op('big', 4_000_000), op('small', 1000), op('small2', 2000)];
    let syncs = 0;
    await readBlocks([oneCellCheck()], 3_000_000, async () => void syncs++, riders);
    expect(syncs).toBe(1);
    expect(ran).toEqual(['small', 'small2']);
    expect(riders.map((r) => r.sent)).toEqual([false, true, true]);
  });

  test('riders that fit all ride, in their order; the budget still bounds them', async () => {
    const ran: string[] = [];
    const op = (name: string, resp: number): ReadOp => ({ req: 100, resp, run: () => ran.push(name), sent: false });
    const riders = [op('a', 1_000_000), op('b', 1_000_000), op('c', 1_500_000)];
    await readBlocks([oneCellCheck()], 3_000_000, async () => undefined, riders);
    expect(ran).toEqual(['a', 'b']);
  });
});
