/**
 * 撤销 of a record kept in custom XML parts: the parts are read first (their own sync: the checks
 * need the record), then deleted in the revert's last sync — not in a sync of their own (session 20
 * left 撤销 at 50 000 rows at 7 syncs: read the parts, the revert's syncs, delete the parts). Here the
 * threshold is lowered so that 60-row records go to parts; the count is compared with the same
 * commands with the history in the settings alone.
 */
import { Controller } from '../../src/addin/controller';
import { journalLimits } from '../../src/addin/journal-store';
import { createExcelDouble, fromGrid } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';

async function undoSyncs(rows: number, parts: boolean): Promise<{ fill: number; undo: number; partsLeft: number; message: string | boolean }> {
  const saved = { ...journalLimits };
  Object.assign(journalLimits, parts ? { partFrom: 0, settingsBudget: 0 } : { partFrom: Infinity, settingsBudget: Infinity });
  try {
    const xl = createExcelDouble(fromGrid(generateGrid(rows)));
    const o = xl.office;
    const h = new Controller({ excel: xl, isSetSupported: (n, v) => o.context.requirements.isSetSupported(n, v), settings: o.context.document.settings, lang: 'zh' });
    let mark = xl.syncLog.length;
    await h.fillSelfEvaluation();
    const fill = xl.syncLog.length - mark;
    mark = xl.syncLog.length;
    const message = await h.undo();
    return { fill, undo: xl.syncLog.length - mark, partsLeft: xl.state.xmlParts.size, message };
  } finally {
    Object.assign(journalLimits, saved);
  }
}

test.each([60, 400])('%i rows: 撤销 of a 自评 kept in parts takes one sync more than without parts (reading them), none to delete them', async (rows) => {
  const without = await undoSyncs(rows, false);
  const withParts = await undoSyncs(rows, true);
  expect(withParts.message).toMatch(/^已撤销/);
  expect(withParts.partsLeft).toBe(0);
  expect(withParts.undo).toBe(without.undo + 1);
});
