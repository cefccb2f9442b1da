/**
 * A command interrupted between writing its record's custom XML parts and saving the history (the
 * pane closed, Excel gone) left parts nothing refers to, never swept (session 20). The next command's
 * history save now sweeps the journal's unreferenced parts — but never one the history refers to, never
 * a young one (another runtime's command may have written it and not saved its history yet), never
 * another add-in's part. Records go to parts here at 60 rows (threshold lowered).
 */
import { readHistory, refreshSettings } from '../../src/addin/history';
import { journalLimits } from '../../src/addin/journal-store';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../src/double';
import { writeJournalParts } from '../../src/gateways/office';
import { generateGrid } from '../../bench/grid-gen';
import { cellsOf, paneOn } from '../helpers/parts-pane';

const saved = { ...journalLimits };
beforeEach(() => Object.assign(journalLimits, { partFrom: 0, settingsBudget: 0 }));
afterEach(() => Object.assign(journalLimits, saved));

const MIN = 60 * 1000;
/** Parts as a command writes them, `ago` ms ago, that then stopped before its history save. */
const interrupted = (xl: ExcelDouble, ago: number): Promise<string[]> =>
  xl.run({}, async (ctx) => (await writeJournalParts(ctx, '{"v":2,"t":"x","w":[],"s":[]}'.repeat(50), Date.now() - ago)).ids);
/** The parts the document's history refers to (read fresh: the other runtime may have saved). */
async function referenced(xl: ExcelDouble): Promise<string[]> {
  const s = xl.office.context.document.settings;
  await refreshSettings(s);
  return readHistory(s).flatMap((e) => e.stored?.ref.ids ?? []);
}

test('an interrupted command’s parts, older than a command can take: swept by the next 校验’s history save; the history’s own parts kept and undoable', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = cellsOf(xl);
  const pane = paneOn(xl);
  await pane.fillSelfEvaluation();
  const orphans = await interrupted(xl, 11 * MIN);
  const old = await interrupted(xl, 3 * 24 * 60 * MIN);
  await paneOn(xl, xl.runtime()).validate(); // the ribbon's runtime
  const ids = [...xl.state.xmlParts.keys()];
  for (const id of [...orphans, ...old]) expect(ids).not.toContain(id);
  expect(ids.sort()).toEqual((await referenced(xl)).sort());
  expect(await pane.undo()).toMatch(/^已撤销/);
  expect(await pane.undo()).toMatch(/^已撤销/);
  expect(cellsOf(xl)).toBe(before);
  expect(xl.state.xmlParts.size).toBe(0);
});

test('a young unreferenced part (another runtime’s command between its parts and its save) is kept', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const young = await interrupted(xl, 30 * 1000);
  await paneOn(xl).validate();
  await paneOn(xl).fillSelfEvaluation();
  for (const id of young) expect(xl.state.xmlParts.has(id)).toBe(true);
});

test('a part of session 20 (no time in its namespace) unreferenced is swept; another add-in’s part never', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  xl.state.xmlParts.set('{s20}', { ns: 'urn:jixiao:journal:1', xml: '<j xmlns="urn:jixiao:journal:1" i="0">x</j>' });
  xl.state.xmlParts.set('{other}', { ns: 'urn:jixiao:journal:10', xml: '<j xmlns="urn:jixiao:journal:10">x</j>' });
  xl.state.xmlParts.set('{other2}', { ns: 'urn:someone:else', xml: '<a xmlns="urn:someone:else"/>' });
  await paneOn(xl).validate();
  expect(xl.state.xmlParts.has('{s20}')).toBe(false);
  expect(xl.state.xmlParts.has('{other}')).toBe(true);
  expect(xl.state.xmlParts.has('{other2}')).toBe(true);
});

test('every part counted old: the history’s parts are still never swept (校验, 自评, 插入标准指标, then three 撤销)', async () => {
  Object.assign(journalLimits, { sweepAfterMs: -1 });
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const before = cellsOf(xl);
  const pane = paneOn(xl);
  await pane.validate();
  await pane.fillSelfEvaluation();
  await pane.insertRows(pane.projects()[0].index, ['AID-07']);
  expect([...xl.state.xmlParts.keys()].sort()).toEqual((await referenced(xl)).sort());
  for (let i = 0; i < 3; i++) expect(await pane.undo()).toMatch(/^已撤销/);
  expect(JSON.parse(cellsOf(xl))).toEqual(JSON.parse(before)); // a merge's keys come back in another order
});
