/**
 * A formula written into a Text-formatted ('@') cell stays text in Excel (the double models it):
 * the gateway finds ours that did in its last write sync and, only then, sets them to General and
 * writes them again in one more sync; undo and 撤销 put the '@' back.
 */
import { createExcelDouble, type ExcelDouble } from '../../../src/double';
import { ALL_CAPABILITIES, applyPlan, decodeUndo, encodeUndo, readSnapshot, revert, runBatch, safeRevert } from '../../../src/gateways/office';
import type { Plan } from '../../../src/sheet/plan';

const S = '自评表';
const ROWS = 6;

/** Column C formatted as text in rows 2..ROWS (an empty column the user prepared), D as General. */
function book(): ExcelDouble {
  const values = [['指标', '目标值', '得分', '备注'], ...Array.from({ length: ROWS - 1 }, (_, i) => [`指标${i + 2}`, (i + 2) * 10, null, null])];
  const numberFormats = values.map((_, r) => [null, null, r ? '@' : null, null]);
  return createExcelDouble({ sheets: [{ name: S, values, numberFormats }] });
}

const planOf = (col: number, numFormat?: string): Plan =>
  ({
    edits: Array.from({ length: ROWS - 1 }, (_, i) => ({ kind: 'formula', sheet: S, row: i + 2, col, formula: `B${i + 2}*2`, cached: null, ...(numFormat ? { numFormat } : {}) })),
  }) as unknown as Plan;

async function apply(xl: ExcelDouble, plan: Plan) {
  return xl.run(async (ctx) => applyPlan(ctx, plan, await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }), { capabilities: ALL_CAPABILITIES }));
}

describe('formulas into Text-formatted cells', () => {
  test('the double keeps a formula written into an @ cell as text, as Excel does', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(S).getRange('C2:D2').formulas = [['=B2*2', '=B2*2']];
      await ctx.sync();
    });
    const d = xl.sheetData(S);
    expect(d.values[1][2]).toBe('=B2*2');
    expect(d.formulas?.[1][2] ?? null).toBeNull();
    expect(d.values[1][3]).toBe(40);
  });

  test('the gateway sets them to General and writes them again, in one more sync', async () => {
    const plain = book();
    const general = await apply(plain, planOf(4));
    const xl = book();
    const before = xl.sheetData(S);
    const r = await apply(xl, planOf(3));
    expect(r.syncs).toBe(general.syncs + 1);
    const d = xl.sheetData(S);
    for (let row = 2; row <= ROWS; row++) {
      expect(d.formulas?.[row - 1][2]).toBe(`=B${row}*2`);
      expect(d.values[row - 1][2]).toBe(row * 20);
      expect(d.numberFormats?.[row - 1][2] ?? null).toBeNull();
    }
    await xl.run((ctx) => revert(ctx, r.undo));
    expect(xl.sheetData(S)).toEqual(before);
  });

  test('a format the plan sets on such a cell is kept; the formula is written again', async () => {
    const xl = book();
    const r = await apply(xl, planOf(3, '0.00'));
    const d = xl.sheetData(S);
    expect(d.formulas?.[1][2]).toBe('=B2*2');
    expect(d.numberFormats?.[1][2]).toBe('0.00');
    expect(r.syncs).toBe((await apply(book(), planOf(4))).syncs + 1);
  });

  test('撤销 puts the @ format back', async () => {
    const xl = book();
    const before = xl.sheetData(S);
    const r = await runBatch(
      xl,
      async (ctx) => applyPlan(ctx, planOf(3), await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }), { capabilities: ALL_CAPABILITIES }),
      { undoGroup: true },
    );
    const rep = (await runBatch(xl, (ctx) => safeRevert(ctx, decodeUndo(encodeUndo(r.value.undo)), { capabilities: ALL_CAPABILITIES }), { undoGroup: true })).value;
    expect(rep.refused).toBe(false);
    expect(xl.sheetData(S)).toEqual(before);
  });
});
