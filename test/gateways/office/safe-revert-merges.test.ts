/**
 * 撤销 merges again an area the command unmerged only where nothing is merged now. Excel returns
 * only the merged areas whose top-left cell is in the range read (the double's default), so a
 * merge the user made from above the area must still be seen, under 512 areas per read.
 */
import { createExcelDouble, type ExcelDouble } from '../../../src/double';
import { ALL_CAPABILITIES, applyPlan, decodeUndo, encodeUndo, readSnapshot, runBatch, safeRevert, type UndoRecord } from '../../../src/gateways/office';
import type { Plan } from '../../../src/sheet/plan';

const S = 'Sheet1';
/** Row of the area the plan takes in; 1 000 two-row areas in column B above it. */
const AT = 2001;

function book(): ExcelDouble {
  const values = Array.from({ length: AT + 4 }, (_, i) => [`类别${i + 1}`, i % 2 ? null : `项${i}`, i]);
  const merges = Array.from({ length: (AT - 1) / 2 }, (_, i) => ({ top: 2 * i + 1, left: 2, bottom: 2 * i + 2, right: 2 }));
  merges.push({ top: AT, left: 1, bottom: AT + 1, right: 1 });
  return createExcelDouble({ sheets: [{ name: S, values, merges }] });
}

const plan: Plan = {
  edits: [
    // Rows are proven ours by what the command wrote in them.
    ...[0, 1, 2].map((i) => ({ kind: 'value', sheet: S, row: AT + i, col: 3, value: `写入${i}` })),
    { kind: 'merge', sheet: S, top: AT, left: 1, bottom: AT + 2, right: 1 },
  ],
} as unknown as Plan;

async function apply(xl: ExcelDouble): Promise<UndoRecord> {
  const r = await runBatch(
    xl,
    async (ctx) => applyPlan(ctx, plan, await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }), { capabilities: ALL_CAPABILITIES }),
    { undoGroup: true },
  );
  return r.value.undo;
}

const undoSafely = async (xl: ExcelDouble, undo: UndoRecord) =>
  (await runBatch(xl, (ctx) => safeRevert(ctx, decodeUndo(encodeUndo(undo)), { capabilities: ALL_CAPABILITIES }), { undoGroup: true })).value;

const inA = (xl: ExcelDouble) => (xl.sheetData(S).merges ?? []).filter((m) => m.left === 1);

describe('safeRevert and merged areas', () => {
  test('with nothing changed since, the area the plan took in is merged again', async () => {
    const xl = book();
    const before = xl.sheetData(S).merges;
    const undo = await apply(xl);
    expect(undo.sheets[0].mergesRemoved).toEqual([{ top: AT, left: 1, bottom: AT + 1, right: 1 }]);
    expect(inA(xl)).toEqual([{ top: AT, left: 1, bottom: AT + 2, right: 1 }]);
    const rep = await undoSafely(xl, undo);
    expect(rep.refused).toBe(false);
    expect(xl.sheetData(S).merges).toEqual(before);
  });

  test('a merge the user made from above the area is left alone, not merged over', async () => {
    const xl = book();
    const undo = await apply(xl);
    // The user unmerges ours and merges the cell above with the area's first row.
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(S);
      ws.getRange(`A${AT}:A${AT + 2}`).unmerge();
      ws.getRange(`A${AT - 1}:A${AT}`).merge(false);
      await ctx.sync();
    });
    const rep = await undoSafely(xl, undo);
    expect(rep.refused).toBe(false);
    expect(inA(xl)).toEqual([{ top: AT - 1, left: 1, bottom: AT, right: 1 }]);
    expect(xl.sheetData(S).values[AT - 1][2]).toBe(AT - 1);
    expect(xl.sheetData(S).values[AT][2]).toBe(AT);
  });
});
