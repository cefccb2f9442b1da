/**
 * 撤销's number formats read again after alignment (rows moved since, or their reads did not ride
 * along step 1): that round is short of request, not answer, so a gap between the cells asked for is
 * read whenever its cells cost less than another read action. At 50 000 rows its ~7 700 reads of a
 * cell or two each (every action ~330 request bytes) made the round two syncs instead of one.
 */
import { createExcelDouble } from '../../../src/double';
import { key, readNumberFormats, type ReadOp } from '../../../src/gateways/office/safe-revert-reads';

function sheet() {
  const values: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let i = 1; i <= 200; i++) {
    values.push([`x${i}`]);
    numberFormats.push([i % 7 === 1 ? '0.00%' : null]);
  }
  return createExcelDouble({ sheets: [{ name: 'S', values, numberFormats }] });
}

/** Every 7th row of column A: gaps of six rows. */
const cells = Array.from({ length: 29 }, (_v, i) => ({ row: 1 + 7 * i, col: 1 }));

describe('撤销: number formats read again after alignment', () => {
  test('gaps of a few rows are read with the cells: one action, not one per cell; every answer as per cell', async () => {
    const xl = sheet();
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const ops: ReadOp[] = [];
      const nfs = readNumberFormats(ws, cells, ops);
      expect(ops.length).toBe(1);
      for (const o of ops) o.run();
      await ctx.sync();
      for (const c of cells) expect(nfs.get(key(c.row, c.col))).toBe('0.00%');
    });
  });

  test('riding along step 1 (answer-bound), gaps of more than three rows are still left out', async () => {
    const xl = sheet();
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const ops: ReadOp[] = [];
      readNumberFormats(ws, cells, ops, true);
      expect(ops.length).toBe(cells.length);
    });
  });
});
