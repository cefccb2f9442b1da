/**
 * The WPS version on a 5 000-row sheet (the bench's generated tables): 校验 → 修正 → 自评 → 插入 →
 * 撤销 ×4 gives the workbook back exactly, and writes go as blocks: far fewer array writes than cells.
 * Slow on the fake (every call is simulated): run on its own, `npx jest test/wps/scale --maxWorkers=1`.
 */
import { connectToWps } from '../../src/wps/connect';
import { createEtFake } from '../../src/wps-fake';
import { generateGrid } from '../../bench/grid-gen';

jest.setTimeout(15 * 60 * 1000);

test('5 000 rows: the whole round trip, writes by block, the workbook back exactly', async () => {
  const fake = createEtFake(generateGrid(5000));
  const before = fake.visibleState();
  const h = connectToWps(fake.app);
  const writes = () => (fake.counter.byMember.get('Value2=') ?? 0) + (fake.counter.byMember.get('Formula=') ?? 0);

  const v = await h.validate();
  expect(v.projects.length).toBeGreaterThan(300);
  await h.applyFixes();
  const w0 = writes();
  const filled = await h.fillSelfEvaluation();
  expect(filled.every((p) => p.layout)).toBe(true);
  const cellsWritten = (await h.undoHistory!())[0].changes!;
  // One array per rectangle: the 自评 columns of a table go together, never one call per cell.
  expect(writes() - w0).toBeLessThan(cellsWritten / 5);
  expect(await h.insertRows(h.projects()[0].index, ['AID-07', 'AID-12'])).toBe(2);

  for (let i = 0; i < 4; i++) expect(typeof (await h.undo())).toBe('string');
  expect(await h.canUndo()).toBe(false);
  expect(fake.visibleState() === before).toBe(true);
});
