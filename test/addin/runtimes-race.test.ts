/**
 * The ribbon's 一键校验 while the pane's 自评 is still running (issue 8 item 3): two runtimes, two
 * batches on one document, their syncs interleaved. Whatever order Excel runs them in, the history
 * must hold both, and undoing both must give the workbook back.
 */
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble, type OfficeDouble } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';

function controller(xl: ExcelDouble, office: OfficeDouble): Controller {
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}

function cells(xl: ExcelDouble): string {
  const d = JSON.parse(JSON.stringify(xl.data()));
  delete d.settings;
  for (const s of d.sheets)
    s.merges = (s.merges ?? []).map((m: { top: number; left: number; bottom: number; right: number }) => `${m.top}:${m.left}:${m.bottom}:${m.right}`).sort();
  return JSON.stringify(d);
}

test('一键校验 from the ribbon while the pane’s 自评 runs: the history keeps both (neither runtime’s save drops the other’s entry)', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const pane = controller(xl, xl.office);
  const ribbon = controller(xl, xl.runtime());
  await Promise.all([pane.fillSelfEvaluation(), ribbon.validate()]);
  expect((await pane.undoHistory()).map((s) => s.label).sort()).toEqual(['校验标记', '自评'].sort());
  expect((await ribbon.undoHistory()).map((s) => s.label).sort()).toEqual(['校验标记', '自评'].sort());
});

// Not yet: the two batches' syncs interleave on the sheet (the ribbon's marks between the 自评's read
// and its writes), and neither record knows the other's rows moved — 撤销 leaves 27 cells of the marks
// alone and the 自评's new columns keep a mark's fill. Needs one command at a time across runtimes.
test.failing('一键校验 from the ribbon while the pane’s 自评 runs: both undone, the workbook as it was', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = cells(xl);
  const pane = controller(xl, xl.office);
  const ribbon = controller(xl, xl.runtime());
  await Promise.all([pane.fillSelfEvaluation(), ribbon.validate()]);
  const steps = (await pane.undoHistory()).map((s) => s.label);
  for (let i = 0; i < steps.length; i++) expect(await pane.undo()).toMatch(/^已撤销[^；]*$/);
  expect(cells(xl)).toBe(before);
});
