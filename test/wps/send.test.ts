/**
 * The pipeline's "send" for WPS: the shared builders (buildApply, revertOps) sent straight to ET give
 * the same workbook as the Excel-shaped path, and the revert gives the original back.
 */
import { readSnapshot } from '../../src/gateways/office/snapshot';
import { ALL_CAPABILITIES } from '../../src/gateways/office/capabilities';
import { applyPlanWps, revertWps } from '../../src/gateways/wps/send';
import { EtContext, EtRunner } from '../../src/gateways/wps/xl';
import { EtSession } from '../../src/gateways/wps/session';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { createEtFake } from '../../src/wps-fake';
import { FakeRange } from '../../src/wps-fake/objects';
import { connectToWps } from '../../src/wps/connect';
import { readWorkbook } from '../../src/gateways/exceljs/read';
import type { Grid } from '../../src/sheet/grid';
import { fixture } from '../helpers/fixtures';
import { generateGrid } from '../../bench/grid-gen';

let seed: Grid;
beforeAll(async () => {
  seed = (await readWorkbook(fixture('seed-tianjin-2024.xlsx'))).grids[0];
});

test('自评 through buildApply + the WPS sender equals the controller path; revertOps gives the original back', async () => {
  const direct = createEtFake(seed);
  const original = direct.visibleState();
  const snap = await readSnapshot(new EtContext(new EtSession(direct.app)), { scope: 'sheet', capabilities: ALL_CAPABILITIES });
  const plan = planAll(snap.grids, analyse(snap.grids), DEFAULT_CONFIG, { fill: true });
  expect(plan.edits.length).toBeGreaterThan(100);
  const { build, sender } = await applyPlanWps(direct.app, plan, snap);
  expect(sender.syncs()).toBeGreaterThanOrEqual(1);

  const viaHost = createEtFake(seed);
  await connectToWps(viaHost.app).fillSelfEvaluation();
  const cells = (f: typeof direct) => JSON.stringify([...f.book.sheets[0].cells].sort((a, b) => a[0] - b[0]).map(([k, c]) => [k, c.v, c.f, c.nf, c.fill, c.bold]));
  expect(cells(direct)).toBe(cells(viaHost));

  await revertWps(direct.app, build.undo);
  expect(direct.visibleState()).toBe(original);
});

test('the runner counts batches and syncs; a failed action fails the sync with the step named, later actions skipped', async () => {
  const fake = createEtFake(seed);
  const runner = new EtRunner(fake.app);
  await expect(
    runner.run({}, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('绩效目标表');
      ws.getRanges('A1:A3').clear('Contents'); // part of a merged area: ET refuses ClearContents, the gateway writes '' instead
      ws.getRange('A1').format.fill.color = 'not a colour';
      ws.getRange('B2').values = [['不应写入']];
      await ctx.sync();
    }),
  ).rejects.toThrow(/WPS 表格未能完成操作.*setFill/);
  expect(fake.valueAt('B2', '绩效目标表')).not.toBe('不应写入');
  expect(runner.batches).toBe(1);
});

test('修正 and 自评 with the writes joined (the host) equal the same plans run action by action', async () => {
  const grid = generateGrid(300);
  const direct = createEtFake(grid);
  const viaHost = createEtFake(grid);
  const h = connectToWps(viaHost.app);
  for (const opts of [{ fix: true, fill: false }, { fill: true }]) {
    const snap = await readSnapshot(new EtContext(new EtSession(direct.app)), { scope: 'sheet', capabilities: ALL_CAPABILITIES });
    const plan = planAll(snap.grids, analyse(snap.grids), DEFAULT_CONFIG, opts);
    expect(plan.edits.length).toBeGreaterThan(50);
    await applyPlanWps(direct.app, plan, snap);
    if (opts.fix) await h.applyFixes();
    else await h.fillSelfEvaluation();
    expect(viaHost.visibleState()).toBe(direct.visibleState());
  }
});

test('a build that refuses a joined write (here: any array of 2 columns or more and over 40 rows) gets the writes as given, same workbook', async () => {
  const grid = generateGrid(300);
  const direct = createEtFake(grid);
  const refusing = createEtFake(grid);
  const desc = Object.getOwnPropertyDescriptor(FakeRange.prototype, 'Formula')!;
  let refused = 0;
  Object.defineProperty(FakeRange.prototype, 'Formula', {
    ...desc,
    set(this: FakeRange, v: unknown) {
      if (this.sheet === refusing.book.sheets[0] && this.rect.bottom - this.rect.top >= 40 && this.rect.right > this.rect.left) {
        refused++;
        throw new Error('不能更改合并单元格的一部分');
      }
      desc.set!.call(this, v);
    },
  });
  try {
    const snap = await readSnapshot(new EtContext(new EtSession(direct.app)), { scope: 'sheet', capabilities: ALL_CAPABILITIES });
    await applyPlanWps(direct.app, planAll(snap.grids, analyse(snap.grids), DEFAULT_CONFIG, { fix: true, fill: false }), snap);
    await connectToWps(refusing.app).applyFixes();
  } finally {
    Object.defineProperty(FakeRange.prototype, 'Formula', desc);
  }
  expect(refused).toBeGreaterThan(0);
  expect(refusing.visibleState()).toBe(direct.visibleState());
});
