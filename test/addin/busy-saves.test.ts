/**
 * What the one-command claim (busy.ts) costs in document-settings traffic: each save writes the
 * whole settings bag (the history is megabytes at 50 000 rows) and each refresh reads it back.
 * The claim is taken with one save; it is given back inside the command's last history save, not
 * by a save of its own. Counted on the double with two runtimes (ribbon and pane) open.
 */
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble, type OfficeDouble } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';

function controller(xl: ExcelDouble, office: OfficeDouble): Controller {
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}

async function counted(xl: ExcelDouble, run: () => Promise<unknown>): Promise<{ saves: number; refreshes: number }> {
  const s0 = xl.settingsSaves;
  const r0 = xl.settingsRefreshes;
  await run();
  return { saves: xl.settingsSaves - s0, refreshes: xl.settingsRefreshes - r0 };
}

test('per command: the claim’s save plus the history’s own saves — no save to give the claim back', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const pane = controller(xl, xl.office);
  const ribbon = controller(xl, xl.runtime());
  const rows: Record<string, { saves: number; refreshes: number }> = {};
  rows['校验'] = await counted(xl, () => pane.validate());
  rows['再次校验'] = await counted(xl, () => ribbon.validate());
  rows['自评'] = await counted(xl, () => pane.fillSelfEvaluation());
  rows['撤销'] = await counted(xl, () => pane.undo());
  rows['清除标记'] = await counted(xl, () => pane.clearMarks());
  // claim: refresh, save, refresh; history: refresh, save, refresh (read back); the release rides on that save.
  expect(rows).toEqual({
    校验: { saves: 2, refreshes: 4 },
    再次校验: { saves: 3, refreshes: 6 },
    自评: { saves: 2, refreshes: 4 },
    撤销: { saves: 2, refreshes: 4 },
    清除标记: { saves: 2, refreshes: 4 },
  });
  // And the claim is gone: the other runtime's next command runs.
  await expect(ribbon.validate()).resolves.toBeTruthy();
});

test('a command that saves no history (nothing to undo) gives the claim back with a save of its own', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(20)));
  const pane = controller(xl, xl.office);
  const ribbon = controller(xl, xl.runtime());
  expect(await counted(xl, async () => expect(await pane.undo()).toBe(false))).toEqual({ saves: 2, refreshes: 3 });
  await expect(ribbon.validate()).resolves.toBeTruthy();
  await expect(pane.undo()).resolves.toMatch(/^已撤销/);
});
