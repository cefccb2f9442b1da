/**
 * Size refusals: Excel on the web answers an oversize sync with RequestPayloadSizeLimitExceeded,
 * some older builds with a bare GeneralException. A large sync refused either way is re-sent in
 * smaller pieces; a small sync failing with GeneralException is a real failure; what cannot be cut
 * smaller ends in one clear Chinese line. (The double refuses by its payloadLimit, with
 * GeneralException when asked to behave as those older builds.)
 */
import { createExcelDouble } from '../../../src/double';
import { demoWorkbook } from '../../../src/preview/demo';
import { ALL_CAPABILITIES, applyPlan, readSnapshot, revert, type XlContext } from '../../../src/gateways/office';
import { PayloadSizeError, isPayloadError } from '../../../src/gateways/office/payload-error';
import { makeSender } from '../../../src/gateways/office/send';

describe('size refusals', () => {
  test('a GeneralException counts as a size refusal only for a large sync', () => {
    const general = { code: 'GeneralException' };
    expect(isPayloadError(general, 10_000)).toBe(false);
    expect(isPayloadError(general, 2 * 1024 * 1024)).toBe(true);
    expect(isPayloadError({ code: 'RequestPayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadError({ code: 'InvalidArgument' }, 9e9)).toBe(false);
  });

  test('a large write refused with GeneralException is re-sent in halves and applied exactly once', async () => {
    const { scoringPlan } = await import('./helpers');
    const plain = createExcelDouble(demoWorkbook({ rows: 8000 }));
    const plan = scoringPlan(plain.sheetData().name, 8000);
    await plain.run(async (ctx) => applyPlan(ctx, plan, await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES })));

    const xl = createExcelDouble(demoWorkbook({ rows: 8000 }), { payloadLimit: 1_000_000, oversizeAsGeneralException: true });
    const before = xl.sheetData();
    const r = await xl.run(async (ctx) => {
      const snap = await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES });
      return applyPlan(ctx, plan, snap, { maxBytes: 4_000_000 });
    });
    expect(xl.syncLog.some((s) => s.error === 'GeneralException')).toBe(true);
    expect(xl.sheetData()).toEqual(plain.sheetData());
    await xl.run((ctx) => revert(ctx, r.undo));
    expect(xl.sheetData()).toEqual(before);
  });

  test('a small sync failing with GeneralException is not retried', async () => {
    const xl = createExcelDouble(demoWorkbook({ rows: 20 }));
    let syncs = 0;
    const failing = (ctx: XlContext): XlContext => ({
      workbook: ctx.workbook,
      sync: async () => {
        syncs++;
        throw Object.assign(new Error('GeneralException'), { code: 'GeneralException' });
      },
    });
    const op = { phase: 2, bytes: 300, resp: 0, actions: [{ kind: 'setFormulas' as const, sheet: xl.sheetData().name, address: 'A1', values: [['x']] }] };
    await expect(xl.run((ctx) => makeSender(failing(ctx), 750).send([op, { ...op }], true))).rejects.toMatchObject({ code: 'GeneralException' });
    expect(syncs).toBe(1);
  });

  test('a size refusal that cannot be cut smaller says so in one line', async () => {
    const xl = createExcelDouble(demoWorkbook({ rows: 20 }), { payloadLimit: 1000 });
    const big = 'x'.repeat(4000);
    const op = { phase: 2, bytes: 4300, resp: 0, actions: [{ kind: 'setFormulas' as const, sheet: xl.sheetData().name, address: 'A1', values: [[big]] }] };
    const err = await xl.run((ctx) => makeSender(ctx, 750).send([op], true)).catch((e) => e);
    expect(err).toBeInstanceOf(PayloadSizeError);
    expect(err.message).toMatch(/^Excel 拒绝了一次过大的提交（约 0\.0 MB），且无法再拆小/);
  });
});

describe('size refusals on reads', () => {
  test('a large read refused with GeneralException is read again in halves, the same as without the limit', async () => {
    const read = (xl: ReturnType<typeof createExcelDouble>) => xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }));
    const plain = await read(createExcelDouble(demoWorkbook({ rows: 20000 })));
    const xl = createExcelDouble(demoWorkbook({ rows: 20000 }), { payloadLimit: 800_000, oversizeAsGeneralException: true });
    const snap = await read(xl);
    expect(xl.syncLog.some((s) => s.error === 'GeneralException')).toBe(true);
    expect(snap.sheets[0].grid).toEqual(plain.sheets[0].grid);
  });
});
