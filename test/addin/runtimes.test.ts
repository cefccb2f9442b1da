/**
 * The ribbon's function file and the task pane are two runtimes on one document, each with its
 * own in-memory Office.context.document.settings. The history and the settings must be the
 * document's, whichever runtime wrote last.
 */
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble, type OfficeDouble } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';

function controller(xl: ExcelDouble, office: OfficeDouble): Controller {
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}

function cells(xl: ExcelDouble): string {
  const d = xl.data();
  delete d.settings;
  return JSON.stringify(d);
}

describe('two runtimes on one document (ribbon and pane)', () => {
  test('marks made by the ribbon come off with the pane’s 清除标记, and the history is one', async () => {
    const xl = createExcelDouble(fromGrid(generateGrid(60)));
    const before = cells(xl);
    const pane = controller(xl, xl.office);
    // The pane is open before the ribbon runs: its in-memory settings predate the ribbon's save.
    expect(await pane.canUndo()).toBe(false);
    const ribbon = controller(xl, xl.runtime());
    const r = await ribbon.validate();
    expect(r.marked).toBeGreaterThan(0);
    expect(cells(xl)).not.toBe(before);
    expect((await pane.undoHistory()).map((s) => s.label)).toEqual(['校验标记']);
    await pane.clearMarks();
    expect(cells(xl)).toBe(before);
    expect(await ribbon.canUndo()).toBe(false);
  });

  test('自评 in the pane, 一键校验 from the ribbon, then two 撤销 in the pane: the workbook as it was', async () => {
    const xl = createExcelDouble(fromGrid(generateGrid(60)));
    const before = cells(xl);
    const pane = controller(xl, xl.office);
    const ribbon = controller(xl, xl.runtime());
    await pane.fillSelfEvaluation();
    await ribbon.validate();
    const steps = await pane.undoHistory();
    expect(steps.map((s) => s.label)).toEqual(['校验标记', '自评']);
    expect(steps[1].changes).toBeGreaterThan(0);
    expect(await pane.undo()).toMatch(/^已撤销/);
    expect(await pane.undo()).toMatch(/^已撤销/);
    expect(await pane.canUndo()).toBe(false);
    expect(cells(xl)).toBe(before);
  });

  test('settings saved by the pane are the ones the ribbon validates with', async () => {
    const xl = createExcelDouble(fromGrid(generateGrid(20)));
    const pane = controller(xl, xl.office);
    const ribbon = controller(xl, xl.runtime());
    const s = await pane.loadSettings();
    await pane.saveSettings({ ...s, scheme: 'hubei' });
    expect((await ribbon.loadSettings()).scheme).toBe('hubei');
    // And the ribbon's history entry does not wipe them (merge, not last-save-wins).
    await ribbon.validate();
    expect((await pane.loadSettings()).scheme).toBe('hubei');
  });
});
