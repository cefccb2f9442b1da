/**
 * The ribbon's 一键校验 while the pane's 自评 is still running (issue 8 item 3): two runtimes on one
 * document, each with its own settings bag (the last saveAsync wins). Their history saves must not
 * drop each other's entries, and their commands must not interleave on the sheet (busy.ts).
 */
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble, type OfficeDouble } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';
import { readHistory, refreshSettings, updateHistory, type HistoryEntry } from '../../src/addin/history';
import { sheetState } from '../helpers/sheet-state';

function controller(xl: ExcelDouble, office: OfficeDouble): Controller {
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}

test('two runtimes saving the history at once: neither save drops the other’s entry (each saves its whole settings bag)', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(20)));
  const pane = xl.office.context.document.settings;
  const ribbon = xl.runtime().context.document.settings;
  const entry = (t: string): HistoryEntry => ({ kind: 'edit', record: { version: 2, createdAt: t, warnings: [], sheets: [] } });
  await Promise.all([updateHistory(pane, (h) => [...h, entry('2026-01-01T00:00:00.001Z')]), updateHistory(ribbon, (h) => [...h, entry('2026-01-01T00:00:00.002Z')])]);
  await refreshSettings(pane);
  expect(
    readHistory(pane)
      .map((e) => e.record.createdAt)
      .sort(),
  ).toEqual(['2026-01-01T00:00:00.001Z', '2026-01-01T00:00:00.002Z']);
});

// One command at a time across runtimes: otherwise the two batches' syncs interleave on the sheet (the
// ribbon's marks between the 自评's read and its writes) and neither record knows the other's rows moved.
const BUSY = /^未执行：本工作簿中另一处（功能区的“一键校验”或任务窗格）正在执行操作/;

test('two 校验 at once, from the ribbon and the pane: one runs, the other says in one Chinese line that one is running; 清除标记 gives the workbook back', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = sheetState(xl);
  const pane = controller(xl, xl.office);
  const ribbon = controller(xl, xl.runtime());
  const done = await Promise.allSettled([pane.validate(), ribbon.validate()]);
  expect(done.filter((d) => d.status === 'fulfilled')).toHaveLength(1);
  const refused = done.find((d) => d.status === 'rejected') as PromiseRejectedResult;
  expect(String(refused.reason?.message)).toMatch(BUSY);
  await pane.clearMarks();
  expect(sheetState(xl)).toBe(before);
  await expect(pane.validate()).resolves.toBeTruthy(); // and the next command runs
});

test('一键校验 from the ribbon while the pane’s 自评 runs: one refused, the other undone, the workbook as it was', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = sheetState(xl);
  const pane = controller(xl, xl.office);
  const ribbon = controller(xl, xl.runtime());
  const done = await Promise.allSettled([pane.fillSelfEvaluation(), ribbon.validate()]);
  expect(done.filter((d) => d.status === 'rejected').map((d) => String((d as PromiseRejectedResult).reason?.message))).toEqual([expect.stringMatching(BUSY)]);
  const steps = (await pane.undoHistory()).map((s) => s.label);
  expect(steps).toHaveLength(1);
  expect(await pane.undo()).toMatch(/^已撤销[^；]*$/);
  expect(sheetState(xl)).toBe(before);
});
