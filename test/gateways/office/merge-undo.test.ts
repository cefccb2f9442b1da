/**
 * A plan that merges existing filled cells empties all but the top-left one (Excel keeps only
 * that value). 撤销 must put the emptied cells back — also in rows where the plan wrote nothing —
 * and only while they are still as the merge left them: a user's edit since stays.
 */
import { createExcelDouble, type ExcelDouble } from '../../../src/double';
import { ALL_CAPABILITIES, applyPlan, decodeUndo, encodeUndo, readSnapshot, runBatch, safeRevert, type UndoRecord } from '../../../src/gateways/office';
import type { Edit, Plan } from '../../../src/sheet/plan';

const S = 'Sheet1';

function book(): ExcelDouble {
  const values = Array.from({ length: 30 }, (_, i) => [`类别${i + 1}`, `项${i + 1}`, (i + 1) * 10, `说明${i + 1}`]);
  return createExcelDouble({ sheets: [{ name: S, values }] });
}

/** Merges B5:C9 (nine filled cells emptied); `alsoWrite`: a value written far from those rows. */
function plan(alsoWrite: boolean): Plan {
  const edits: Edit[] = [{ kind: 'merge', sheet: S, top: 5, left: 2, bottom: 9, right: 3 }];
  if (alsoWrite) edits.push({ kind: 'value', sheet: S, row: 20, col: 5, value: '写入' });
  return { edits };
}

async function apply(xl: ExcelDouble, p: Plan): Promise<UndoRecord> {
  const r = await runBatch(xl, async (ctx) => applyPlan(ctx, p, await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }), { capabilities: ALL_CAPABILITIES }), {
    undoGroup: true,
  });
  return r.value.undo;
}

const undoSafely = async (xl: ExcelDouble, undo: UndoRecord) =>
  (await runBatch(xl, (ctx) => safeRevert(ctx, decodeUndo(encodeUndo(undo)), { capabilities: ALL_CAPABILITIES }), { undoGroup: true })).value;

const values = (xl: ExcelDouble) => xl.sheetData(S).values;

describe.each([false, true])('a plan merging filled cells (also writing elsewhere: %s)', (alsoWrite) => {
  test('撤销 puts every emptied cell back and unmerges', async () => {
    const xl = book();
    const before = xl.sheetData(S);
    const undo = await apply(xl, plan(alsoWrite));
    expect(values(xl)[5][1]).toBeNull(); // B6 emptied by the merge
    expect(values(xl)[8][2]).toBeNull(); // C9
    const rep = await undoSafely(xl, undo);
    expect(rep.refused).toBe(false);
    expect(rep.leftAlone).toBe(0);
    const after = xl.sheetData(S);
    expect(after.values.slice(0, 30).map((r) => r.slice(0, 4))).toEqual(before.values);
    expect(after.merges ?? []).toEqual(before.merges ?? []);
  });

  test('a cell the user typed into since, and a row edited beside the merge, stay as the user left them', async () => {
    const xl = book();
    const undo = await apply(xl, plan(alsoWrite));
    xl.userType('C7', '用户填写'); // an emptied cell, typed over after unmerging
    const rep = await undoSafely(xl, undo);
    expect(rep.refused).toBe(false);
    expect(values(xl)[6][2]).toBe('用户填写');
    // The other emptied cells are back.
    expect(values(xl)[5][1]).toBe('项6');
    expect(values(xl)[8][2]).toBe(90);
    expect(values(xl)[4][1]).toBe('项5');
  });

  test("after Excel's own undo (Ctrl+Z) the revert never overwrites the restored cells", async () => {
    const xl = book();
    const before = xl.sheetData(S);
    const undo = await apply(xl, plan(alsoWrite));
    xl.excelUndo();
    xl.userType('B6', '改过');
    await undoSafely(xl, undo);
    const now = values(xl);
    expect(now[5][1]).toBe('改过');
    expect(now.slice(0, 30).map((r, i) => (i === 5 ? r.slice(2, 4) : r.slice(0, 4)))).toEqual(before.values.map((r, i) => (i === 5 ? r.slice(2, 4) : r)));
  });
});
