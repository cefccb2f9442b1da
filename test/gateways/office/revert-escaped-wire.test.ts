/**
 * 撤销's first read (the touched columns in blocks, safe-revert-reads.ts readBlocks) on a wire that
 * carries Chinese escaped (\uXXXX: the double's wireEscapesNonAscii, issue 8 "measure conservatively
 * for Chinese text"). The gateway sizes its syncs in UTF-8; 自评's 得分 formulas answer ~14 % more
 * escaped, past the room between the budget (4.5 MB) and Excel's limit (5 MB). A refused sync had its
 * blocks halved but packed again into one sync of the same estimate, refused again and again until a
 * one-row block ended it: at 50 000 rows on that wire 撤销 failed after 10 syncs (“Excel 拒绝了一次过大的
 * 提交…无法再拆小”). Here scaled down (4 000 rows, a 600 KB budget with Excel's limit at the budget itself: the
 * 64 KB each block sync keeps for riders is then as small a share as at 50 000 rows): the revert ends as
 * on a UTF-8 wire, the workbook as it was, at the cost of a refused sync or two — never a refusal of 撤销.
 */
import { Controller } from '../../../src/addin/controller';
import { readHistory } from '../../../src/addin/history';
import { createExcelDouble, fromGrid } from '../../../src/double';
import { ALL_CAPABILITIES, safeRevert } from '../../../src/gateways/office';
import { generateGrid } from '../../../bench/grid-gen';

const BUDGET = 600_000;
const LIMIT = BUDGET;

async function undoOn(escaped: boolean, wire?: number) {
  const xl = createExcelDouble(fromGrid(generateGrid(4000)));
  const o = xl.office;
  const h = new Controller({ excel: xl, isSetSupported: (n, v) => o.context.requirements.isSetSupported(n, v), settings: o.context.document.settings, lang: 'zh' });
  const before = xl.sheetData('绩效目标表');
  await h.fillSelfEvaluation();
  const record = readHistory(o.context.document.settings as never).at(-1)!.record;
  Object.assign(xl.options, { payloadLimit: LIMIT, wireEscapesNonAscii: escaped });
  const mark = xl.syncLog.length;
  const report = await xl.run((ctx) => safeRevert(ctx, record, { capabilities: ALL_CAPABILITIES, maxBytes: BUDGET, wire }));
  const log = xl.syncLog.slice(mark);
  return { report, before, after: xl.sheetData('绩效目标表'), syncs: log.length, refused: log.filter((s) => !s.ok).length };
}

test('撤销 on a wire that escapes Chinese: a refused read of the 自评 columns is read again in fewer bytes a sync, not refused again and again', async () => {
  const utf8 = await undoOn(false);
  expect(utf8.refused).toBe(0);
  expect(utf8.after).toEqual(utf8.before);
  const escaped = await undoOn(true);
  expect(escaped.report.refused).toBe(false);
  expect(escaped.after).toEqual(escaped.before);
  expect(escaped.refused).toBeGreaterThan(0);
  expect(escaped.refused).toBeLessThanOrEqual(2);
  expect(escaped.syncs).toBeLessThanOrEqual(utf8.syncs + 4);
});

test('撤销 on that wire, told by the read hint that it escapes (an earlier read was refused): no refusal, no more syncs', async () => {
  const blind = await undoOn(true);
  const told = await undoOn(true, 1.75);
  expect(told.report.refused).toBe(false);
  expect(told.after).toEqual(told.before);
  expect(told.refused).toBe(0);
  expect(told.syncs).toBeLessThanOrEqual(blind.syncs - blind.refused);
  // A UTF-8 wire is sized as before: no hint, no change.
  const utf8 = await undoOn(false);
  expect((await undoOn(false, 1)).syncs).toBe(utf8.syncs);
});
