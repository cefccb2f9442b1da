/**
 * Chinese text on an escaping wire (issue 8, Office's real limits: "byte estimates must hold for the
 * wire format Excel uses; measure conservatively for Chinese text"). The gateway sizes its syncs in
 * UTF-8 (3 bytes a Chinese character); were Excel's wire to carry Chinese escaped (\uXXXX, 6 bytes;
 * the double's `wireEscapesNonAscii`), a sync sized to the budget could be refused for size. Then the
 * refused sync is read or written again in halves: the read, the write and the revert end exactly as
 * on a UTF-8 wire, at the cost of the re-sent syncs — never a half-applied write.
 */
import { createExcelDouble } from '../../../src/double';
import { demoWorkbook } from '../../../src/preview/demo';
import { ALL_CAPABILITIES, applyPlan, readSnapshot, revert } from '../../../src/gateways/office';
import { scoringPlan } from './helpers';

const ROWS = 6000;
const LIMIT = 600_000;
const BUDGET = 540_000;

async function run(escaped: boolean) {
  const xl = createExcelDouble(demoWorkbook({ rows: ROWS }), { payloadLimit: LIMIT, wireEscapesNonAscii: escaped });
  const before = xl.sheetData();
  const plan = scoringPlan(before.name, ROWS, { noteEvery: 25 });
  let grids: unknown = null;
  const r = await xl.run(async (ctx) => {
    const snap = await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES, maxBytes: BUDGET });
    grids = snap.grids;
    return applyPlan(ctx, plan, snap, { maxBytes: BUDGET });
  });
  const after = xl.sheetData();
  await xl.run((ctx) => revert(ctx, r.undo, { maxBytes: BUDGET }));
  return { xl, before, after, reverted: xl.sheetData(), grids };
}

test('syncs refused only because the wire escapes Chinese are re-sent in halves: same read, same write, same revert', async () => {
  const utf8 = await run(false);
  const escaped = await run(true);
  expect(utf8.xl.syncLog.every((s) => s.ok)).toBe(true);
  const refused = escaped.xl.syncLog.filter((s) => !s.ok);
  expect(refused.length).toBeGreaterThan(0);
  expect(refused.every((s) => /PayloadSizeLimitExceeded$/.test(s.error ?? ''))).toBe(true);
  expect(escaped.grids).toEqual(utf8.grids);
  expect(escaped.after).toEqual(utf8.after);
  expect(escaped.reverted).toEqual(escaped.before);
});
