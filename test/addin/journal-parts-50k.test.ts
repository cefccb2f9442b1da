/**
 * 校验 + 自评 at 50 000 rows take ~3.8 MB of undo records as JSON: over the ~2 MB of document settings
 * Office keeps (settings-limit.test.ts), so before the records went to custom XML parts (session 20) or
 * were kept deflated (session 22) the 自评 could not be undone at all. With the double's settings limit in force: the 自评 undone from the ribbon's
 * runtime after the pane was closed and reopened, then the 校验 from the reopened pane — the workbook
 * as it was, no part left behind, no sync over 5 MB.
 */
import { readHistory } from '../../src/addin/history';
import { createExcelDouble, fromGrid, SETTINGS_LIMIT, type SyncRecord } from '../../src/double';
import { utf8Length } from '../../src/domain/utf8';
import { generateGrid } from '../../bench/grid-gen';
import { cellsOf, paneOn } from '../helpers/parts-pane';

const controller = paneOn;
const cells = cellsOf;

test('50 000 rows, settings limit in force: 自评 undone from the ribbon after a reload, 校验 from the reopened pane', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(50000)));
  const before = cells(xl);
  const log: Record<string, SyncRecord[]> = {};
  const step = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    const mark = xl.syncLog.length;
    const v = await f();
    log[name] = xl.syncLog.slice(mark);
    return v;
  };
  const pane = controller(xl, xl.office);
  await step('validate', () => pane.validate());
  await step('fill', () => pane.fillSelfEvaluation());
  expect((await pane.undoHistory()).map((s) => s.label)).toEqual(['自评', '校验标记']);
  expect(utf8Length(JSON.stringify(Object.fromEntries(xl.state.settings)))).toBeLessThan(SETTINGS_LIMIT);
  // Deflated (addin/record-text.ts: ~2.8 MB of JSON, ~0.5 MB kept), the 自评 record fits the settings beside the marks: no part written.
  expect(xl.state.xmlParts.size).toBe(0);
  expect(readHistory(xl.office.context.document.settings).map((e) => !!e.stored)).toEqual([false, false]);

  xl.openPane(); // the pane closed and reopened: its settings come from the document
  const reopened = controller(xl, xl.office);
  const ribbon = controller(xl, xl.runtime());
  expect(await step('undo fill (ribbon)', () => ribbon.undo())).toMatch(/^已撤销/);
  expect(await step('undo validate (pane)', () => reopened.undo())).toMatch(/^已撤销/);
  expect(cells(xl)).toBe(before);
  expect(xl.state.xmlParts.size).toBe(0);
  for (const [name, syncs] of Object.entries(log)) {
    expect(syncs.every((s) => s.ok && s.requestBytes <= 5_000_000 && s.responseBytes <= 5_000_000)).toBe(true);
    // Reported, not asserted: the syncs each command took here.
    process.stdout.write(
      `${name}: ${syncs.length} syncs, largest request ${Math.max(...syncs.map((s) => s.requestBytes))}, answer ${Math.max(...syncs.map((s) => s.responseBytes))}\n`,
    );
  }
}, 600_000);
