/** Apply a plan and 撤销 it on the double as the add-in does: one undo group each, the journal kept as the document keeps it. */
import { createExcelDouble, type ExcelDouble } from '../../src/double';
import { ALL_CAPABILITIES, applyPlan, decodeUndo, encodeUndo, readSnapshot, runBatch, safeRevert, type SafeRevertReport, type UndoRecord } from '../../src/gateways/office';
import type { Edit, Plan } from '../../src/sheet/plan';

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

/** A sheet S of rows 2…last: a name, two numbers, a note and an empty E — the ground the marked runs are laid on. */
export function markedBook(sheet: string, last: number): ExcelDouble {
  const values: (string | number | null)[][] = [['名称', '数值', '两倍', '说明', '备注']];
  for (let r = 2; r <= last; r++) values.push([`指标${r}`, r * 10, r * 20, `说明${r}`, null]);
  return createExcelDouble({ sheets: [{ name: sheet, values }] });
}

/** On each of `rows`: a value in E, a fill over B–E and bold on B–E (a run of four per row). */
export function markedRuns(sheet: string, rows: number[]): Plan {
  return {
    edits: rows.flatMap((row): Edit[] => [
      { kind: 'value', sheet, row, col: 5, value: `写入${row}` },
      ...[2, 3, 4, 5].flatMap((col): Edit[] => [
        { kind: 'fill', sheet, row, col, color: '#FFC7CE' },
        { kind: 'bold', sheet, row, col },
      ]),
    ]),
  };
}

/** Row `row`'s fills and bolds over B–E. */
export const runFills = (xl: ExcelDouble, sheet: string, row: number) => [2, 3, 4, 5].map((col) => xl.state.sheet(sheet)!.get(row, col)?.fill?.color ?? null);
export const runBolds = (xl: ExcelDouble, sheet: string, row: number) => [2, 3, 4, 5].map((col) => !!xl.state.sheet(sheet)!.get(row, col)?.bold);
