/**
 * Issue 8 item 2, a history and not one step: 校验 (it only marks) never makes an earlier 自评
 * impossible to undo, 清除标记 works after 自评, several actions are kept — in the orders a user
 * may press them. Each sequence must end with the workbook as it was, and the pane's list of
 * steps must say what the next 撤销 will undo.
 */
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';
import { sheetState } from '../helpers/sheet-state';

function host(xl: ExcelDouble): Controller {
  const office = xl.office;
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}

const labels = async (h: Controller) => (await h.undoHistory()).map((s) => s.label);

test('自评 → 校验 → 清除标记 → 撤销 → 撤销: the 自评 undone, the second 撤销 has nothing left', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = sheetState(xl);
  const h = host(xl);
  await h.fillSelfEvaluation();
  const filled = sheetState(xl);
  await h.validate();
  expect(await labels(h)).toEqual(['校验标记', '自评']);
  await h.clearMarks();
  expect(sheetState(xl)).toBe(filled);
  expect(await labels(h)).toEqual(['自评']);
  expect(await h.undo()).toMatch(/^已撤销/);
  expect(sheetState(xl)).toBe(before);
  expect(await h.undo()).toBe(false);
  expect(await h.canUndo()).toBe(false);
});

test('自评 → 校验 seven times → 撤销 → 撤销: no 校验 pushes the 自评 out of the history', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = sheetState(xl);
  const h = host(xl);
  await h.fillSelfEvaluation();
  for (let i = 0; i < 7; i++) await h.validate();
  expect(await labels(h)).toEqual(['校验标记', '自评']);
  expect(await h.undo()).toMatch(/^已撤销/);
  expect(await h.undo()).toMatch(/^已撤销/);
  expect(sheetState(xl)).toBe(before);
});

test('校验 → 自评 → 撤销 (the 自评) → 清除标记: the marks made before the 自评 still come off', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = sheetState(xl);
  const h = host(xl);
  await h.validate();
  const marked = sheetState(xl);
  await h.fillSelfEvaluation();
  expect(await labels(h)).toEqual(['自评', '校验标记']);
  expect(await h.undo()).toMatch(/^已撤销/);
  expect(sheetState(xl)).toBe(marked);
  await h.clearMarks();
  expect(sheetState(xl)).toBe(before);
});

test('自评 → 校验 → 撤销 → 撤销 → 自评 → 撤销: a history emptied and started again', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = sheetState(xl);
  const h = host(xl);
  await h.fillSelfEvaluation();
  await h.validate();
  await h.undo();
  await h.undo();
  expect(sheetState(xl)).toBe(before);
  await h.fillSelfEvaluation();
  expect(await labels(h)).toEqual(['自评']);
  await h.undo();
  expect(sheetState(xl)).toBe(before);
});

test('插入标准指标 → 校验 → 自评 → 撤销 ×3: each undone in turn, the inserted rows last', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = sheetState(xl);
  const h = host(xl);
  await h.validate();
  await h.insertRows(1, ['AID-07']);
  await h.validate();
  await h.fillSelfEvaluation();
  expect(await labels(h)).toEqual(['自评', '校验标记', '插入标准指标']);
  for (let i = 0; i < 3; i++) expect(await h.undo()).toMatch(/^已撤销/);
  expect(await h.undo()).toBe(false);
  expect(sheetState(xl)).toBe(before);
});

test('自评 → 校验 → 自评 again → 撤销 ×3: the workbook as it was', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = sheetState(xl);
  const h = host(xl);
  await h.fillSelfEvaluation();
  await h.validate();
  await h.fillSelfEvaluation();
  const steps = await labels(h);
  for (let i = 0; i < steps.length; i++) expect(await h.undo()).toMatch(/^已撤销/);
  expect(sheetState(xl)).toBe(before);
});

test('校验 → 插入标准指标 → 撤销 → 清除标记: the marks below the inserted rows moved down and back', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = sheetState(xl);
  const h = host(xl);
  await h.validate();
  await h.insertRows(1, ['AID-07']);
  await h.undo();
  await h.clearMarks();
  expect(sheetState(xl)).toBe(before);
});

test('插入标准指标 in project 2, then in project 1 (above it) → 撤销 ×2: the older record moved down with the newer rows', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = sheetState(xl);
  const h = host(xl);
  await h.validate();
  const n = h.projects().length;
  expect(n).toBeGreaterThan(1);
  await h.insertRows(2, ['AID-07']);
  await h.insertRows(1, ['AID-07']);
  expect(await h.undo()).toMatch(/^已撤销/);
  expect(await h.undo()).toMatch(/^已撤销/);
  await h.clearMarks();
  expect(sheetState(xl)).toBe(before);
});
