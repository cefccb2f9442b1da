/**
 * The pane's 校验 with the scope 当前工作表 reads only the active sheet. A 目标表 that names no project, its 项目名称
 * written only on a 封面 sheet (v454, v481), was called by the sheet's name there (“目标表”) while the CLI and the
 * whole-workbook scope named it from the cover. Now the pane reads the other sheets' top-left corners — only when a
 * project is nameless — and names it from the cover, saying so in 识别结果. A named project costs no extra sync.
 */
import { createExcelDouble, fromGrid } from '../../src/double';
import { makeGrid } from '../../src/sheet/grid';
import { connectToWps } from '../../src/wps/connect';
import { createEtFake } from '../../src/wps-fake';
import { grids } from '../helpers/fixtures';
import { paneOn } from '../helpers/parts-pane';

const book = async (file: string, active: string) => createExcelDouble({ ...fromGrid(await grids(`variants/${file}`)), activeSheet: active });

test.each([
  ['v454-target-name-on-cover-sheet.xlsx', '中小河流治理工程', '封面!B3'],
  ['v481-target-name-on-merged-cover.xlsx', '社区老年助餐服务补助', '封面!C3'],
])('%s: 校验当前工作表 names the project from the 封面 sheet', async (file, name, from) => {
  const h = paneOn(await book(file, '目标表'));
  const r = await h.validate();
  expect(r.projects.map((p) => p.name)).toEqual([name]);
  expect(h.reading().map((p) => [p.name, p.nameFrom])).toEqual([[name, from]]);
});

test('the whole-workbook scope says the same', async () => {
  const h = paneOn(await book('v454-target-name-on-cover-sheet.xlsx', '目标表'));
  await h.saveSettings({ ...(await h.loadSettings()), scope: 'workbook' });
  await h.validate();
  expect(h.reading().map((p) => [p.name, p.nameFrom])).toEqual([['中小河流治理工程', '封面!B3']]);
});

test('two covers naming different projects name none: the sheet’s name stays', async () => {
  const [cover, table] = await grids('variants/v454-target-name-on-cover-sheet.xlsx');
  const other = makeGrid('封面二', [['项目名称：', '另一个项目']]);
  const h = paneOn(createExcelDouble({ ...fromGrid([cover, other, table]), activeSheet: table.name }));
  const r = await h.validate();
  expect(r.projects.map((p) => p.name)).toEqual(['目标表']);
});

test('a project named on its own sheet: no sheet but the active one is read, no extra sync', async () => {
  const [, table] = await grids('variants/v454-target-name-on-cover-sheet.xlsx');
  const named = makeGrid('目标表', [['项目名称', '县城区河道综合治理'], ...table.values.map((r) => [...r])]);
  const alone = createExcelDouble({ ...fromGrid([named]), activeSheet: '目标表' });
  const xl = createExcelDouble({ ...fromGrid([makeGrid('封面', [['项目名称：', '中小河流治理工程']]), named]), activeSheet: '目标表' });
  const a = await paneOn(alone).validate();
  const b = await paneOn(xl).validate();
  expect(b.projects.map((p) => p.name)).toEqual(a.projects.map((p) => p.name));
  expect(b.projects[0].name).toBe('县城区河道综合治理');
  expect(xl.syncCount).toBe(alone.syncCount);
});

test('WPS 表格 (same controller, its own gateway): the cover names the project too', async () => {
  const all = await grids('variants/v454-target-name-on-cover-sheet.xlsx');
  const fake = createEtFake(all);
  fake.book.active = all.findIndex((g) => g.name === '目标表');
  const h = connectToWps(fake.app);
  const r = await h.validate();
  expect(r.projects.map((p) => p.name)).toEqual(['中小河流治理工程']);
});

test('再次校验, 自评 and 清除标记 on a cover-named table: marks come off, the workbook is as it was after 撤销', async () => {
  const xl = await book('v454-target-name-on-cover-sheet.xlsx', '目标表');
  const before = JSON.stringify(xl.data().sheets);
  const fills = () => (xl.sheetData('目标表').fills ?? []).flat().filter((f) => f).length;
  const h = paneOn(xl);
  await h.validate();
  const marked = fills();
  expect((await h.validate()).projects.map((p) => p.name)).toEqual(['中小河流治理工程']);
  expect(fills()).toBe(marked);
  await h.clearMarks();
  expect(fills()).toBe(0);
  await h.fillSelfEvaluation();
  expect(await h.undo()).toBeTruthy();
  expect(JSON.stringify(xl.data().sheets)).toBe(before);
});
