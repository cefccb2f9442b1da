/**
 * Undo records too big for the document settings (~2 MB, settings-limit.test.ts) are kept in the
 * workbook's custom XML parts (addin/journal-store.ts); the settings keep a reference. Here the
 * threshold is lowered so that 60-row records go there; journal-parts-50k.test.ts runs the real size.
 */
import { Controller } from '../../src/addin/controller';
import { HISTORY_KEY, readHistory } from '../../src/addin/history';
import { journalLimits } from '../../src/addin/journal-store';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';
import { cellsOf, paneOn } from '../helpers/parts-pane';

const controller = paneOn;
const cells = cellsOf;
const saved = { ...journalLimits };
beforeEach(() => Object.assign(journalLimits, { partFrom: 0, settingsBudget: 0 }));
afterAll(() => Object.assign(journalLimits, saved));

test('校验 and 自评 kept in parts: the settings hold references only; the history reads the same; undone after the pane reopens, parts deleted', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = cells(xl);
  const pane = controller(xl);
  await pane.validate();
  await pane.fillSelfEvaluation();
  expect(xl.state.xmlParts.size).toBeGreaterThanOrEqual(2);
  const raw = JSON.parse(String(xl.state.settings.get(HISTORY_KEY))) as { j?: string; x?: unknown }[];
  expect(raw.map((e) => [!!e.j, !!e.x])).toEqual([
    [false, true],
    [false, true],
  ]);
  expect((await pane.undoHistory()).map((s) => s.label)).toEqual(['自评', '校验标记']);
  xl.openPane();
  const reopened = controller(xl);
  expect(await reopened.undo()).toMatch(/^已撤销/);
  expect(await reopened.undo()).toMatch(/^已撤销/);
  expect(cells(xl)).toBe(before);
  expect(xl.state.xmlParts.size).toBe(0);
  expect(await reopened.canUndo()).toBe(false);
});

test('a 自评 kept in parts is undone from the ribbon’s runtime, and from the file opened again', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = cells(xl);
  await controller(xl).fillSelfEvaluation();
  expect(await controller(xl, xl.runtime()).undo()).toMatch(/^已撤销/);
  expect(cells(xl)).toBe(before);
  await controller(xl).fillSelfEvaluation();
  const file = createExcelDouble(xl.data());
  expect(await controller(file).undo()).toMatch(/^已撤销/);
  expect(cells(file)).toBe(before);
});

test('rows inserted after a record went to parts move it: 插入标准指标 after 自评, then two 撤销', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = cells(xl);
  const pane = controller(xl);
  await pane.validate();
  await pane.fillSelfEvaluation();
  const ids = pane
    .standardRows()
    .slice(0, 2)
    .map((r) => r.id);
  await pane.insertRows(pane.projects()[0].index, ids);
  const shifted = JSON.parse(String(xl.state.settings.get(HISTORY_KEY))) as { s?: unknown[] }[];
  expect(shifted.slice(0, 2).every((e) => Array.isArray(e.s) && e.s.length > 0)).toBe(true);
  for (let i = 0; i < 3; i++) expect(await pane.undo()).toMatch(/^已撤销/);
  expect(cells(xl)).toBe(before);
});

test.each([
  ['deleted', (xl: ExcelDouble, id: string) => xl.state.xmlParts.delete(id)],
  ['changed', (xl: ExcelDouble, id: string) => xl.state.xmlParts.set(id, { ns: 'urn:jixiao:journal:1', xml: '<j xmlns="urn:jixiao:journal:1" i="0">{"v":2}</j>' })],
  ['truncated', (xl: ExcelDouble, id: string) => xl.state.xmlParts.set(id, { ns: 'urn:jixiao:journal:1', xml: xl.state.xmlParts.get(id)!.xml.slice(0, 200) + '</j>' })],
])('a part %s outside the add-in: 撤销 changes nothing and says so in one line; the step leaves the history', async (_what, spoil) => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const pane = controller(xl);
  await pane.fillSelfEvaluation();
  const after = cells(xl);
  const [entry] = readHistory(xl.office.context.document.settings);
  spoil(xl, entry.stored!.ref.ids[0]);
  const err = await pane.undo().catch((e: Error) => e);
  expect(err).toBeInstanceOf(Error);
  expect((err as Error).message).toMatch(/^未执行撤销：这一步的撤销记录（保存在工作簿内的自定义 XML 部件中）已缺失或损坏/);
  expect((err as Error).message.split('\n')).toHaveLength(1);
  expect(cells(xl)).toBe(after);
  expect(await pane.canUndo()).toBe(false);
});

test('the marks’ part gone: 清除标记 refuses in one line and changes nothing; 再次校验 says the old marks stay and still marks', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const pane = controller(xl);
  await pane.validate();
  const after = cells(xl);
  const [entry] = readHistory(xl.office.context.document.settings);
  for (const id of entry.stored!.ref.ids) xl.state.xmlParts.delete(id);
  await expect(pane.clearMarks()).rejects.toThrow(/^未清除标记：/);
  expect(cells(xl)).toBe(after);
  await pane.validate();
  for (const id of readHistory(xl.office.context.document.settings)[0].stored!.ref.ids) xl.state.xmlParts.delete(id);
  const warnings: string[] = [];
  await pane.validate((p) => warnings.push(...(p.warnings ?? [])));
  expect(warnings.filter((w) => w.startsWith('上次校验的标记记录（保存在工作簿内的自定义 XML 部件中）已缺失或损坏'))).toHaveLength(1);
  expect(readHistory(xl.office.context.document.settings).map((e) => e.record.label)).toEqual(['校验标记']);
});

test('without custom XML parts (ExcelApi 1.5 not reported): the record stays in the settings, as before, and undoes', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const o = xl.office;
  const before = cells(xl);
  const pane = new Controller({
    excel: xl,
    isSetSupported: (n, v) => v !== '1.5' && o.context.requirements.isSetSupported(n, v),
    settings: o.context.document.settings,
    lang: 'zh',
  });
  await pane.fillSelfEvaluation();
  expect(xl.state.xmlParts.size).toBe(0);
  expect(readHistory(o.context.document.settings)[0].stored).toBeUndefined();
  expect(await pane.undo()).toMatch(/^已撤销/);
  expect(cells(xl)).toBe(before);
});

test('the history save refused (not for size) after the record went to parts: the command fails as before and leaves no part behind', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const s = xl.office.context.document.settings;
  const save = s.saveAsync.bind(s);
  // Every save carrying a history fails (the claim's saves before it go through).
  s.saveAsync = (a?: unknown, b?: unknown) => {
    const cb = (typeof a === 'function' ? a : b) as (r: unknown) => void;
    if (s.get(HISTORY_KEY) !== null) setTimeout(() => cb({ status: 'failed', value: undefined, error: { name: 'x', message: '网络错误', code: 5001 } }), 0);
    else save(a, b);
  };
  await expect(controller(xl).fillSelfEvaluation()).rejects.toThrow(/撤销记录未能保存到文档/);
  expect(xl.state.xmlParts.size).toBe(0);
});
