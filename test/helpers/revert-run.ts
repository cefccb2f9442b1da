/** Apply a plan and 撤销 it on the double as the add-in does: one undo group each, the journal kept as the document keeps it. */
import type { ExcelDouble } from '../../src/double';
import { ALL_CAPABILITIES, applyPlan, decodeUndo, encodeUndo, readSnapshot, runBatch, safeRevert, type SafeRevertReport, type UndoRecord } from '../../src/gateways/office';
import type { Plan } from '../../src/sheet/plan';

/** Applies `plan` to the active sheet's snapshot and returns what the journal keeps of it. */
export async function applyForUndo(xl: ExcelDouble, plan: Plan): Promise<UndoRecord> {
  const r = await runBatch(
    xl,
    async (ctx) => {
      const snap = await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES });
      return applyPlan(ctx, plan, snap, { capabilities: ALL_CAPABILITIES });
    },
    { undoGroup: true },
  );
  return r.value.undo;
}

/** 撤销 of `undo`, through the journal's own encoding. */
export async function undoSafely(xl: ExcelDouble, undo: UndoRecord): Promise<SafeRevertReport> {
  const kept = decodeUndo(encodeUndo(undo));
  return (await runBatch(xl, (ctx) => safeRevert(ctx, kept, { capabilities: ALL_CAPABILITIES }), { undoGroup: true })).value;
}
