/**
 * 撤销 clears the formats 自评 copied into the columns it adds (only cells that had none) wherever the
 * cell is still ours — the 0.00 % of 实际完成值 under a % target and the header row's bold with them. So
 * it need not read those number formats and bold (safe-revert-moot.ts): at 50 000 rows they were 950 KB
 * and 184 KB of 撤销's answer. Red before: 撤销 loaded numberFormat and font.bold. What the sheet ends as
 * is the same: as before 自评, with or without the user's format changes in between; a header cell
 * the user typed over keeps the text and loses the bold 自评 set, as before.
 */
import { createExcelDouble, fromGrid, type DoubleContext } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';
import { cellsOf, paneOn } from '../helpers/parts-pane';

async function run(between?: (ctx: DoubleContext) => Promise<void>) {
  const xl = createExcelDouble(fromGrid(generateGrid(600)), { answerBreakdown: true });
  const before = cellsOf(xl);
  const pane = paneOn(xl);
  await pane.fillSelfEvaluation();
  if (between) await xl.run(between);
  const mark = xl.syncLog.length;
  const message = await pane.undo();
  const answers = xl.syncLog.slice(mark).flatMap((s) => s.answers ?? []);
  return { xl, before, message, answers, syncs: xl.syncLog.length - mark };
}

const sheetOf = (xl: ReturnType<typeof createExcelDouble>) =>
  Object.values(xl.data().sheets)[0] as { values: unknown[][]; formulas: unknown[][]; numberFormats?: unknown[][]; bold?: unknown[][] };

test('撤销 of 自评 reads no number format nor bold of the cells whose copied formats it clears; the sheet as before', async () => {
  const { xl, before, message, answers } = await run();
  expect(message).toMatch(/^已撤销/);
  expect(cellsOf(xl)).toBe(before);
  expect(answers.filter((a) => /numberFormat|bold|getCellProperties/.test(a.what))).toEqual([]);
});

test('the user changed a 0.00 % cell to 0.0 % and un-bolded a header cell: cleared with the copied formats as before', async () => {
  const { xl, before, message } = await run(async (ctx: DoubleContext) => {
    const ws = ctx.workbook.worksheets.getActiveWorksheet();
    ws.getRange('F9').numberFormat = [['0.0%']];
    ws.getRange('G5').format.font.bold = false;
    await ctx.sync();
  });
  expect(message).toMatch(/^已撤销/);
  expect(cellsOf(xl)).toBe(before);
});

test('a header cell the user typed over keeps its text and loses the bold 自评 set (read, as before)', async () => {
  const { xl, message, answers } = await run(async (ctx: DoubleContext) => {
    const ws = ctx.workbook.worksheets.getActiveWorksheet();
    ws.getRange('I5').formulas = [['我的说明']];
    ws.getRange('H27').formulas = [['我的得分']]; // project 2's header (row 24 once 撤销 deletes project 1's three rows)
    await ctx.sync();
  });
  expect(message).toMatch(/^已撤销/);
  const s = sheetOf(xl);
  expect([s.values[4][8], s.values[23][7]]).toEqual(['我的说明', '我的得分']);
  expect([s.bold?.[4]?.[8] ?? false, s.bold?.[23]?.[7] ?? false]).toEqual([false, false]);
  expect(answers.some((a) => /bold|getCellProperties/.test(a.what))).toBe(true);
});
