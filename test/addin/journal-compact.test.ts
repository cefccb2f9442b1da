/**
 * Undo records are kept deflated (addin/record-text.ts): a 自评 record is mostly the same short runs
 * project after project, and its JSON shrinks ~5×. At 50 000 rows the 自评 record (~2.8 MB as JSON)
 * went to custom XML parts: one sync to write them (自评 5 syncs) and one to read them back (撤销 6).
 * Here the part threshold is scaled down with the sheet (2 000 rows, 60 KB instead of 1 MB): the record
 * (~110 KB as JSON) went to parts before; deflated (~20 KB) it stays in the settings, and 自评 and 撤销
 * take the syncs they take without parts. The workbook comes back as it was.
 */
import { journalLimits } from '../../src/addin/journal-store';
import { HISTORY_KEY, readHistory } from '../../src/addin/history';
import { recordText, recordOfText } from '../../src/addin/record-text';
import { createExcelDouble, fromGrid } from '../../src/double';
import { encodeUndo } from '../../src/gateways/office';
import { emptyUndoSheet } from '../../src/gateways/pipeline/undo-record';
import { utf8Length } from '../../src/domain/utf8';
import { generateGrid } from '../../bench/grid-gen';
import { cellsOf, paneOn } from '../helpers/parts-pane';

async function run(
  limits: Partial<typeof journalLimits>,
): Promise<{ fill: number; undo: number; parts: number; stored: boolean; json: number; kept: number; same: boolean; message: unknown }> {
  const saved = { ...journalLimits };
  Object.assign(journalLimits, limits);
  try {
    const xl = createExcelDouble(fromGrid(generateGrid(2000)));
    const before = cellsOf(xl);
    const pane = paneOn(xl);
    let mark = xl.syncLog.length;
    await pane.fillSelfEvaluation();
    const fill = xl.syncLog.length - mark;
    const parts = xl.state.xmlParts.size;
    const [entry] = readHistory(xl.office.context.document.settings);
    const json = entry.stored ? entry.stored.ref.n : utf8Length(encodeUndo(entry.record));
    const kept = utf8Length(String(xl.office.context.document.settings.get(HISTORY_KEY)));
    mark = xl.syncLog.length;
    const message = await pane.undo();
    return { fill, undo: xl.syncLog.length - mark, parts, stored: !!entry.stored, json, kept, same: cellsOf(xl) === before, message };
  } finally {
    Object.assign(journalLimits, saved);
  }
}

test('2 000 rows, parts from 60 KB: the 自评 record stays in the settings deflated — 自评 and 撤销 take the syncs they take without parts', async () => {
  const without = await run({ partFrom: Infinity, settingsBudget: Infinity });
  const scaled = await run({ partFrom: 60_000, settingsBudget: 90_000 });
  expect(scaled.json).toBeGreaterThan(60_000); // as JSON, over the threshold: parts before
  expect(scaled.stored).toBe(false);
  expect(scaled.parts).toBe(0);
  expect(scaled.kept).toBeLessThan(60_000 / 2); // the whole history, the read hint with it
  expect([scaled.fill, scaled.undo]).toEqual([without.fill, without.undo]);
  expect(scaled.message).toMatch(/^已撤销/);
  expect(scaled.same).toBe(true);
});

test('record text: small records stay JSON (older entries read as before); large ones deflate and come back equal', () => {
  const small = { version: 2 as const, createdAt: '2026-12-07T00:00:00.000Z', sheets: [], warnings: [] };
  expect(recordText(small)).toBe(encodeUndo(small));
  expect(recordOfText(encodeUndo(small))).toEqual(small);
  const big = {
    ...small,
    label: '自评',
    sheets: [{ ...emptyUndoSheet('绩效表'), contents: Array.from({ length: 3000 }, (_v, i) => ({ col: 6, top: 5 + 22 * i, values: ['', '预算执行情况', '=F5/E5', 12.5, true] })) }],
  };
  const text = recordText(big);
  expect(text.length).toBeLessThan(encodeUndo(big).length / 4);
  expect(recordOfText(text)).toEqual(recordOfText(encodeUndo(big)));
  expect(() => recordOfText('z!!not base64')).toThrow();
});
