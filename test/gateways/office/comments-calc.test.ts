/**
 * Issue 8's last two Office limits, on the double: no note on a cell holding a threaded comment
 * (the mark stays, the result names the cell, 撤销 unaffected), and recalculation of only what the
 * add-in wrote (automatic mode: Excel's own; manual mode: Range.calculate of the written ranges),
 * never application.calculate — both at the sync counts of before.
 */
import { generateGrid } from '../../../bench/grid-gen';
import { Controller } from '../../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../../src/double';
import { ALL_CAPABILITIES, applyPlan, readSnapshot, revert, safeRevert } from '../../../src/gateways/office';
import { MANUAL_LINE } from '../../../src/gateways/office/recalc';
import type { Plan } from '../../../src/sheet/plan';

const S = '自评表';
const ROWS = 8;

/** 指标 | 目标 | 实际 | 得分 (empty) | a user's total of 得分 in F2. */
function book(): ExcelDouble {
  const values: (string | number | null)[][] = [['指标', '目标', '实际', '得分', null, '合计']];
  for (let r = 2; r <= ROWS; r++) values.push([`指标${r}`, r * 10, r * 9, null, null, null]);
  const xl = createExcelDouble({ sheets: [{ name: S, values }] });
  xl.userType('F2', `=SUM(D2:D${ROWS})`);
  return xl;
}

async function comment(xl: ExcelDouble, cell: string): Promise<void> {
  await xl.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(S).comments.add(cell, '财务科：此项请补充依据');
    await ctx.sync();
  });
}

async function manual(xl: ExcelDouble): Promise<void> {
  await xl.run(async (ctx) => {
    ctx.workbook.application.calculationMode = 'Manual';
    await ctx.sync();
  });
}

/** Marks as 校验 makes them: a fill and a note on C3..C5. */
const marks: Plan = {
  edits: [3, 4, 5].flatMap((row) => [
    { kind: 'fill' as const, sheet: S, row, col: 3, color: '#FFC7CE' },
    { kind: 'note' as const, sheet: S, row, col: 3, text: `第${row}行：实际完成值低于目标` },
  ]),
};

/** Scores as 自评 writes them: a formula in D for every row. */
const scores: Plan = {
  edits: Array.from({ length: ROWS - 1 }, (_, i) => ({ kind: 'formula' as const, sheet: S, row: i + 2, col: 4, formula: `ROUND(C${i + 2}/B${i + 2}*10,2)`, cached: null })),
};

async function apply(xl: ExcelDouble, plan: Plan) {
  return xl.run(async (ctx) => {
    const snap = await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES });
    const res = await applyPlan(ctx, plan, snap, { capabilities: ALL_CAPABILITIES });
    return { ...res, readSyncs: snap.stats.syncs };
  });
}

describe('notes beside threaded comments', () => {
  test('the note is left out, the mark stays, the result names the cell; same syncs', async () => {
    const plain = book();
    const base = await apply(plain, marks);
    const xl = book();
    await comment(xl, 'C4');
    const r = await apply(xl, marks);
    expect(r.notesBesideComments).toEqual([`${S}!C4`]);
    const line = r.warnings.find((w) => w.includes('线程批注'));
    expect(line).toContain(`${S}!C4`);
    const d = xl.sheetData(S);
    expect(Object.keys(d.notes ?? {}).sort()).toEqual(['C3', 'C5']);
    for (const row of [3, 4, 5]) expect(d.fills?.[row - 1][2]).toBe('#FFC7CE');
    expect(xl.state.sheet(S)?.getComment(4, 3)?.content).toBe('财务科：此项请补充依据');
    expect([r.readSyncs, r.syncs]).toEqual([base.readSyncs, base.syncs]);
  });

  test('撤销 takes off the marks and the notes it added, and leaves the threaded comment', async () => {
    const xl = book();
    await comment(xl, 'C4');
    const before = xl.sheetData(S);
    const r = await apply(xl, marks);
    const rep = await xl.run((ctx) => safeRevert(ctx, r.undo, { capabilities: ALL_CAPABILITIES }));
    expect(rep.refused).toBe(false);
    expect(xl.sheetData(S)).toEqual(before);
    expect(xl.state.sheet(S)?.getComment(4, 3)).toBeDefined();
  });

  test('a comment on a row below inserted rows is found where the row went', async () => {
    const xl = book();
    await comment(xl, 'C6');
    // Edits after an insert are numbered as the rows will be: C6 is C8 then.
    const plan: Plan = {
      edits: [
        { kind: 'insertRows', sheet: S, at: 3, count: 2, formatFrom: 2 },
        { kind: 'note', sheet: S, row: 8, col: 3, text: '说明' },
      ],
    } as unknown as Plan;
    const r = await apply(xl, plan);
    expect(r.notesBesideComments).toEqual([`${S}!C8`]);
    expect(xl.state.sheet(S)?.getComment(8, 3)).toBeDefined();
    expect(xl.state.sheet(S)?.getNote(8, 3)).toBeUndefined();
  });
});

describe('recalculation of what the add-in wrote', () => {
  test('automatic mode: no calculate call, and every value is current', async () => {
    const xl = book();
    const r = await apply(xl, scores);
    expect(xl.state.calculateCalls).toEqual([]);
    const d = xl.sheetData(S);
    expect(d.values[2][3]).toBe(9);
    expect(d.values[1][5]).toBe(9 * (ROWS - 1));
    expect(r.warnings).not.toContain(MANUAL_LINE);
  });

  test('manual mode: only the written ranges are calculated, other formulas wait for F9; same syncs', async () => {
    const auto = book();
    const a = await apply(auto, scores);
    const xl = book();
    await manual(xl);
    const r = await apply(xl, scores);
    expect(xl.state.calculateCalls).toEqual([`range:${S}!D2:D${ROWS}`]);
    const d = xl.sheetData(S);
    for (let row = 2; row <= ROWS; row++) expect(d.values[row - 1][3]).toBe(9);
    // The user's total depends on the scores but lies outside what was written: stale until F9.
    expect(d.values[1][5]).toBe(0);
    expect(r.warnings).toContain(MANUAL_LINE);
    expect([r.readSyncs, r.syncs]).toEqual([a.readSyncs, a.syncs]);
  });

  test('manual mode: 撤销 calculates what it wrote back, nothing else', async () => {
    const xl = book();
    await manual(xl);
    // A formula of the user's that the plan overwrites, to be put back by 撤销.
    xl.userType('D3', '=B3+1');
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(S).getRange('D3').calculate();
      await ctx.sync();
    });
    const before = xl.sheetData(S);
    const r = await apply(xl, scores);
    xl.state.calculateCalls.length = 0;
    const rep = await xl.run((ctx) => safeRevert(ctx, r.undo, { capabilities: ALL_CAPABILITIES }));
    expect(rep.refused).toBe(false);
    expect(xl.state.calculateCalls.every((c) => c.startsWith('range:'))).toBe(true);
    expect(xl.state.calculateCalls.length).toBeGreaterThan(0);
    expect(xl.sheetData(S).values[2][3]).toBe(31);
    expect(xl.sheetData(S).formulas).toEqual(before.formulas);
  });

  test('a revert whose caller did not read the mode still recalculates (as before)', async () => {
    const xl = book();
    const r = await apply(xl, scores);
    await xl.run((ctx) => revert(ctx, r.undo));
    expect(xl.state.calculateCalls).toEqual(['application:Recalculate']);
  });
});

describe('the pane’s commands keep their sync counts', () => {
  /** 校验, 校验 again, 自评, 撤销, 清除标记 on a generated sheet; syncs of each (before this change: 3 3 3 4 4 at 100, 1 000 and 3 000 rows). */
  async function counts(rows: number, setup: (xl: ExcelDouble) => Promise<void>): Promise<{ syncs: number[]; calls: string[] }> {
    const xl = createExcelDouble(fromGrid(generateGrid(rows)));
    await setup(xl);
    const o = xl.office;
    const h = new Controller({ excel: xl, isSetSupported: (n, v) => o.context.requirements.isSetSupported(n, v), settings: o.context.document.settings, lang: 'zh' });
    const syncs: number[] = [];
    for (const step of [() => h.validate(), () => h.validate(), () => h.fillSelfEvaluation(), () => h.undo(), () => h.clearMarks()]) {
      const mark = xl.syncLog.length;
      await step();
      syncs.push(xl.syncLog.length - mark);
    }
    return { syncs, calls: xl.state.calculateCalls };
  }

  /** Threaded comments on the first cells 校验 marks with a note (found by a 校验 on a copy). */
  const commentsOnMarks = (rows: number) => async (xl: ExcelDouble) => {
    const probe = createExcelDouble(fromGrid(generateGrid(rows)));
    const po = probe.office;
    await new Controller({ excel: probe, isSetSupported: (n, v) => po.context.requirements.isSetSupported(n, v), settings: po.context.document.settings, lang: 'zh' }).validate();
    const name = probe.state.sheets[0].name;
    const cells = Object.keys(probe.sheetData(name).notes ?? {}).slice(0, 3);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      await xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(name).comments.add(cell, '请核对');
        await ctx.sync();
      });
    }
  };

  test.each([100, 1000])(
    '%i rows: automatic, manual, and with threaded comments on marked cells',
    async (rows) => {
      const auto = await counts(rows, async () => undefined);
      // 撤销 and 清除标记 read their sheet with the checks (no lookup sync of its own): 4 → 3 each;
      // 撤销's checks then ride in its column read (safe-revert-speculate.ts): 3 → 2.
      expect(auto.syncs).toEqual([3, 3, 3, 2, 3]);
      expect(auto.calls).toEqual([]);
      const man = await counts(rows, manual);
      expect(man.syncs).toEqual(auto.syncs);
      expect(man.calls.length).toBeGreaterThan(0);
      expect(man.calls.every((c) => c.startsWith('range:'))).toBe(true);
      const commented = await counts(rows, commentsOnMarks(rows));
      expect(commented.syncs).toEqual(auto.syncs);
    },
    120_000,
  );
});

describe('the lines the user must read reach the pane', () => {
  test('校验 with a threaded comment on a marked cell, and 自评 in manual mode, end with their warnings', async () => {
    const rows = 100;
    const probe = createExcelDouble(fromGrid(generateGrid(rows)));
    const po = probe.office;
    await new Controller({ excel: probe, isSetSupported: (n, v) => po.context.requirements.isSetSupported(n, v), settings: po.context.document.settings, lang: 'zh' }).validate();
    const name = probe.state.sheets[0].name;
    const cell = Object.keys(probe.sheetData(name).notes ?? {})[0];
    const xl = createExcelDouble(fromGrid(generateGrid(rows)));
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(name).comments.add(cell, '请核对');
      await ctx.sync();
    });
    const o = xl.office;
    const h = new Controller({ excel: xl, isSetSupported: (n, v) => o.context.requirements.isSetSupported(n, v), settings: o.context.document.settings, lang: 'zh' });
    const seen: string[][] = [];
    await h.validate((p) => void (p.warnings && seen.push(p.warnings)));
    expect(seen.length).toBe(1);
    expect(seen[0].join('\n')).toContain(cell);
    await manual(xl);
    seen.length = 0;
    await h.fillSelfEvaluation((p) => void (p.warnings && seen.push(p.warnings)));
    expect(seen.flat()).toContain(MANUAL_LINE);
  });
});
