import { createExcelDouble, type DoubleWorkbookData, type ExcelDouble } from '../../../src/double';
import { demoWorkbook } from '../../../src/preview/demo';
import {
  ALL_CAPABILITIES,
  applyPlan,
  decodeUndo,
  detectCapabilities,
  encodeUndo,
  loadUndo,
  readSnapshot,
  revert,
  runBatch,
  saveUndo,
  waitForCellEdit,
  type UndoRecord,
} from '../../../src/gateways/office';
import { decodeRun, encodeRun } from '../../../src/gateways/office/undo';
import { DRange, DRangeAreas } from '../../../src/double/proxy/range';
import type { Plan } from '../../../src/sheet/plan';

const S = '自评表';

/** A small table with everything revert must put back: formulas, formats, fills, patterns, bold, merges, notes. */
function table(): DoubleWorkbookData {
  const values: (string | number | null)[][] = [
    ['项目支出绩效自评表', null, null, null, null, null],
    ['一级指标', '二级指标', '三级指标', '指标值', '完成率', '得分'],
    ['产出指标', '数量指标', '培训人次', 100, 0.95, 9.5],
    [null, null, '覆盖率', 90, 0.99, 19.8],
    [null, '质量指标', '合格率', 100, 1, 10],
    [null, null, '=100%', 100, 0.8, 8],
    ['效益指标', '社会效益', '惠及人数', 500, 0.5, 5],
    [null, null, '满意度', 90, 0.9, 9],
    [null, null, '就业', 20, 1.2, 10],
    [null, null, '培训时长', 30, 0.7, 7],
    ['合计', null, null, null, null, 78.3],
  ];
  const formulas: (string | null)[][] = values.map(() => [null, null, null, null, null, null]);
  formulas[2][5] = '=ROUND(MIN(E3,1)*10,2)';
  formulas[3][5] = '=ROUND(MIN(E4,1)*20,2)';
  formulas[10][5] = '=SUM(F3:F10)';
  const numberFormats = values.map((_, i) => (i >= 2 && i <= 9 ? [null, null, null, null, '0.00%', '0.00'] : [null, null, null, null, null, null]));
  const fills = values.map(() => [null, null, null, null, null, null] as (string | null)[]);
  fills[1] = ['#DDEBF7', '#DDEBF7', '#DDEBF7', '#DDEBF7', '#DDEBF7', '#DDEBF7'];
  fills[2][2] = '#E2EFDA';
  const bold = values.map(() => [null, null, null, null, null, null] as (boolean | null)[]);
  bold[1] = [true, true, true, true, true, true];
  return {
    sheets: [
      {
        name: S,
        values,
        formulas,
        numberFormats,
        fills,
        bold,
        merges: [
          { top: 1, left: 1, bottom: 1, right: 6 },
          { top: 3, left: 1, bottom: 6, right: 1 },
          { top: 3, left: 2, bottom: 4, right: 2 },
          { top: 5, left: 2, bottom: 6, right: 2 },
          { top: 7, left: 1, bottom: 10, right: 1 },
          { top: 7, left: 2, bottom: 10, right: 2 },
        ],
        notes: { C5: '原有批注' },
      },
      { name: '说明', values: [['本表由财政部门下发'], [42]] },
    ],
    activeSheet: S,
  };
}

async function withPattern(xl: ExcelDouble): Promise<void> {
  await xl.run(async (ctx) => {
    ctx.workbook.worksheets
      .getItem(S)
      .getRange('D4')
      .setCellProperties([[{ format: { fill: { pattern: 'Gray25', color: '#FF0000', patternColor: '#0000FF' } } }]]);
    await ctx.sync();
  });
}

function state(xl: ExcelDouble): unknown {
  const sheet = xl.state.sheet(S)!;
  return { data: xl.sheetData(S), d4: sheet.get(4, 4)?.fill, other: xl.sheetData('说明') };
}

/** Everything at once; rows are in the coordinates of their time (an insert shifts later edits). */
function bigPlan(): Plan {
  return {
    edits: [
      { kind: 'value', sheet: S, row: 8, col: 3, value: '插入前写的' }, // before the insert: ends in row 10
      { kind: 'insertRows', sheet: S, at: 5, count: 2, formatFrom: 4 },
      { kind: 'value', sheet: S, row: 5, col: 3, value: '新增指标一' },
      { kind: 'value', sheet: S, row: 6, col: 3, value: '新增指标二' },
      { kind: 'value', sheet: S, row: 5, col: 4, value: 12.5 },
      { kind: 'formula', sheet: S, row: 5, col: 6, formula: 'ROUND(MIN(E5,1)*5,2)', cached: 0, numFormat: '0.00' },
      { kind: 'value', sheet: S, row: 3, col: 6, value: 9 }, // a formula overwritten by a value
      { kind: 'formula', sheet: S, row: 3, col: 5, formula: 'D3/100', cached: 1, numFormat: '0.0' },
      { kind: 'value', sheet: S, row: 10, col: 4, value: '=未达标' },
      { kind: 'value', sheet: S, row: 11, col: 4, value: '007' },
      { kind: 'value', sheet: S, row: 12, col: 4, value: null },
      { kind: 'merge', sheet: S, top: 5, left: 2, bottom: 6, right: 2 },
      { kind: 'extendMerge', sheet: S, row: 9, col: 1, bottom: 13 }, // A9:A12 (was A7:A10) takes in A13 (合计, emptied)
      { kind: 'fill', sheet: S, row: 3, col: 3, color: '#FFC7CE' },
      { kind: 'fill', sheet: S, row: 4, col: 4, color: '#FFC7CE' },
      { kind: 'fill', sheet: S, row: 10, col: 5, color: '#FFEB9C' },
      { kind: 'fill', sheet: S, row: 5, col: 3, color: '#FFEB9C' },
      { kind: 'bold', sheet: S, row: 2, col: 1 },
      { kind: 'bold', sheet: S, row: 3, col: 3 },
      { kind: 'note', sheet: S, row: 7, col: 3, text: '替换原有批注' },
      { kind: 'note', sheet: S, row: 3, col: 4, text: '新批注' },
      { kind: 'note', sheet: S, row: 5, col: 3, text: '新行上的批注' },
    ],
  };
}

describe('capabilities', () => {
  test('from ExcelApi requirement sets', () => {
    const upTo = (v: number) => (name: string, min?: string) => name === 'ExcelApi' && Number(min?.split('.')[1] ?? 0) <= v;
    expect(detectCapabilities(upTo(9))).toEqual({ mergedAreas: false, notes: false, undoGroup: false });
    expect(detectCapabilities(upTo(13))).toEqual({ mergedAreas: true, notes: false, undoGroup: false });
    expect(detectCapabilities(upTo(18))).toEqual({ mergedAreas: true, notes: true, undoGroup: false });
    expect(detectCapabilities(upTo(20))).toEqual(ALL_CAPABILITIES);
    expect(
      detectCapabilities(() => {
        throw new Error('no Office');
      }),
    ).toEqual({ mergedAreas: false, notes: false, undoGroup: false });
  });
});

describe('readSnapshot', () => {
  test('sheet scope: grid with values, formulas, number formats, merges and notes in 2 syncs', async () => {
    const xl = createExcelDouble(table());
    const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }));
    expect(snap.stats.syncs).toBe(2);
    expect(xl.syncCount).toBe(2);
    const g = snap.grids[0];
    const truth = xl.toGrid(S);
    expect(g.name).toBe(S);
    expect(g.values).toEqual(truth.values);
    expect(g.merges).toEqual(truth.merges);
    expect(g.formulas?.[2][5]).toBe('ROUND(MIN(E3,1)*10,2)');
    expect(g.formulas?.[10][5]).toBe('SUM(F3:F10)');
    expect(g.values[10][5]).toBe(78.3);
    // '=100%' typed as text is text, not a formula.
    expect(g.values[5][2]).toBe('=100%');
    expect(g.formulas?.[5][2]).toBeNull();
    // Number formats of number and formula cells; none read for text.
    expect(g.numFormats?.[2][4]).toBe('0.00%');
    expect(g.numFormats?.[2][5]).toBe('0.00');
    expect(g.numFormats?.[2][2]).toBeNull();
    expect([...snap.sheets[0].notes!]).toEqual([['C5', '原有批注']]);
    expect(snap.active).toBe(S);
  });

  test('workbook scope reads every sheet (one more sync for the names)', async () => {
    const xl = createExcelDouble(table());
    const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'workbook', capabilities: ALL_CAPABILITIES }));
    expect(snap.grids.map((g) => g.name)).toEqual([S, '说明']);
    expect(snap.grids[1].values).toEqual([['本表由财政部门下发'], [42]]);
    expect(snap.stats.syncs).toBe(3);
  });

  test('ExcelApi 1.9: no merged-area or note reads, merges reported unknown', async () => {
    const xl = createExcelDouble(table(), { apiVersion: '1.9' });
    const caps = detectCapabilities(xl.office.context.requirements.isSetSupported);
    const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: caps }));
    expect(snap.sheets[0].mergesKnown).toBe(false);
    expect(snap.grids[0].merges).toEqual([]);
    expect(snap.sheets[0].notes).toBeNull();
    expect(snap.grids[0].values).toEqual(xl.toGrid(S).values);
  });

  test('as the ExcelJS gateway: dates as Date, General formats as null, no formulas array without formulas', async () => {
    const xl = createExcelDouble({
      sheets: [{ name: 'D', values: [['完成时间', 45657, 0.5, 12]], numberFormats: [[null, 'yyyy"年"m"月"d"日"', '0%', 'General']] }],
    });
    const g = (await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }))).grids[0];
    expect(g.values[0][1]).toEqual(new Date(Date.UTC(2024, 11, 31)));
    expect(g.values[0][2]).toBe(0.5);
    expect(g.numFormats?.[0]).toEqual([null, 'yyyy"年"m"月"d"日"', '0%', null]);
    expect(g.formulas).toBeUndefined();
  });

  test('merged areas are read one by one when the address string comes back shortened', async () => {
    const proto = DRangeAreas.prototype as unknown as { _scalars(): Record<string, (t: unknown) => unknown> };
    const original = proto._scalars;
    proto._scalars = function (this: unknown) {
      const s = original.call(this);
      const full = s.address;
      return { ...s, address: (t: unknown) => (full(t) as string).slice(0, 255).replace(/, [^,]*$/, '') };
    };
    try {
      const xl = createExcelDouble(demoWorkbook({ rows: 300 }));
      const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }));
      expect(snap.grids[0].merges).toEqual(xl.toGrid().merges);
      expect(snap.grids[0].merges.length).toBeGreaterThan(50);
      // Sync 1 finds the used area; its merge windows ride along sync 2; the shortened ones are read item by item in sync 3.
      expect(snap.stats.syncs).toBe(3);
    } finally {
      proto._scalars = original;
    }
  });

  test('merged areas are read in windows that never hold more than 512 (Excel fails the read above that)', async () => {
    const proto = DRange.prototype as unknown as { getMergedAreasOrNullObject(): DRangeAreas };
    const original = proto.getMergedAreasOrNullObject;
    const reads: DRangeAreas[] = [];
    proto.getMergedAreasOrNullObject = function (this: DRange) {
      const areas = original.call(this);
      reads.push(areas);
      return areas;
    };
    try {
      const xl = createExcelDouble(demoWorkbook({ rows: 5000 }));
      const snap = await xl.run(async (ctx) => {
        const s = await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES });
        for (const r of reads) r.load('areaCount');
        await ctx.sync();
        return s;
      });
      expect(snap.grids[0].merges).toEqual(xl.toGrid().merges);
      expect(snap.grids[0].merges.length).toBeGreaterThan(1000);
      expect(reads.length).toBeGreaterThan(3);
      for (const r of reads) expect(r.isNullObject ? 0 : r.areaCount).toBeLessThanOrEqual(512);
      expect(snap.stats.syncs).toBeLessThanOrEqual(2);
    } finally {
      proto.getMergedAreasOrNullObject = original;
    }
  });

  test('an empty sheet', async () => {
    const xl = createExcelDouble({ sheets: [{ name: '空', values: [] }] });
    const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }));
    expect(snap.grids[0]).toMatchObject({ name: '空', values: [], merges: [], rowCount: 0, colCount: 0 });
    expect(snap.stats.syncs).toBe(1);
  });

  test('falls back to row blocks when one response would exceed the limit', async () => {
    const xl = createExcelDouble(demoWorkbook({ rows: 3000 }), { payloadLimit: 100_000 });
    const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES, maxBytes: 90_000 }));
    expect(snap.stats.fallback).toBe(true);
    expect(snap.grids[0].values).toEqual(xl.toGrid().values);
    expect(snap.grids[0].merges).toEqual(xl.toGrid().merges);
    expect(xl.syncLog.filter((s) => s.ok).every((s) => s.responseBytes <= 100_000)).toBe(true);
  });
});

describe('applyPlan and revert', () => {
  test('a plan with inserts, merges, fills, bold, notes and formats is applied, then reverted exactly', async () => {
    const xl = createExcelDouble(table());
    await withPattern(xl);
    const before = state(xl);
    const mark = xl.syncLog.length;
    const result = await xl.run(async (ctx) => {
      const snap = await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES });
      return applyPlan(ctx, bigPlan(), snap);
    });
    expect(xl.syncLog.length - mark).toBe(3);
    expect(result.warnings).toEqual([]);

    const d = xl.sheetData(S);
    const v = (a: string): unknown => {
      const m = /^([A-Z])(\d+)$/.exec(a)!;
      return d.values[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65];
    };
    expect([v('C5'), v('C6'), v('C10'), v('D5')]).toEqual(['新增指标一', '新增指标二', '插入前写的', 12.5]);
    expect(v('F3')).toBe(9);
    expect(d.formulas?.[2][4]).toBe('=D3/100');
    expect(v('E3')).toBe(1);
    expect(d.numberFormats?.[2][4]).toBe('0.0');
    expect(v('D10')).toBe('=未达标');
    expect(d.formulas?.[9][3]).toBeNull();
    expect(v('D11')).toBe('007');
    expect(v('D12') ?? null).toBeNull();
    // The total moved to row 13 and its SUM followed the inserted rows.
    expect(d.formulas?.[12][5]).toBe('=SUM(F3:F12)');
    // Inserted rows took row 4's formats.
    expect(d.numberFormats?.[4][4]).toBe('0.00%');
    expect(d.merges).toEqual(
      [
        { top: 1, left: 1, bottom: 1, right: 6 },
        { top: 3, left: 1, bottom: 8, right: 1 }, // grew over the inserted rows
        { top: 3, left: 2, bottom: 4, right: 2 },
        { top: 5, left: 2, bottom: 6, right: 2 }, // the plan's merge
        { top: 7, left: 2, bottom: 8, right: 2 }, // moved down
        { top: 9, left: 1, bottom: 13, right: 1 }, // A9:A12 extended to row 13
        { top: 9, left: 2, bottom: 12, right: 2 },
      ].sort((a, b) => a.top - b.top || a.left - b.left),
    );
    expect(xl.fillAt('C3', S)).toBe('#FFC7CE');
    expect(xl.fillAt('D4', S)).toBe('#FFC7CE');
    expect(d.bold?.[2][2]).toBe(true);
    expect(d.notes).toEqual({ C7: '替换原有批注', D3: '新批注', C5: '新行上的批注' });
    expect(v('A13') ?? null).toBeNull(); // 合计 went with the merge

    // The undo record survives a journal round trip.
    const u = decodeUndo(encodeUndo(result.undo));
    expect(u).toEqual(result.undo);
    const rv = await xl.run((ctx) => revert(ctx, u));
    expect(rv.syncs).toBe(1);
    expect(state(xl)).toEqual(before);
  });

  test('revert after closing and reopening the pane (journal in the document settings)', async () => {
    const xl = createExcelDouble(table());
    await withPattern(xl);
    const before = state(xl);
    const r = await xl.run(async (ctx) => applyPlan(ctx, bigPlan(), await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES })));
    await saveUndo(xl.office.context.document.settings, r.undo);
    // A new double opened from the saved document: nothing in memory carries over.
    const reopened = createExcelDouble(xl.data());
    const undo = loadUndo(reopened.office.context.document.settings) as UndoRecord;
    expect(undo.sheets[0].insertedRows).toEqual([{ at: 5, count: 2 }]);
    await reopened.run((ctx) => revert(ctx, undo));
    const sheet = reopened.state.sheet(S)!;
    expect({ data: reopened.sheetData(S), d4: sheet.get(4, 4)?.fill, other: reopened.sheetData('说明') }).toEqual(before);
  });

  test('insertRows keeps merges: spanning merges grow, merges below move, formats (and row merges) are copied', async () => {
    const data = table();
    data.sheets[0].merges!.push({ top: 4, left: 3, bottom: 4, right: 4 }); // a merge across columns in the format row
    data.sheets[0].values[3][3] = null;
    const xl = createExcelDouble(data);
    const plan: Plan = { edits: [{ kind: 'insertRows', sheet: S, at: 5, count: 3, formatFrom: 4 }] };
    const r = await xl.run(async (ctx) => applyPlan(ctx, plan, await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES })));
    const merges = xl.sheetData(S).merges;
    expect(merges).toEqual(
      expect.arrayContaining([
        { top: 3, left: 1, bottom: 9, right: 1 }, // A3:A6 spans row 5: grows by 3
        { top: 3, left: 2, bottom: 4, right: 2 }, // above: unchanged
        { top: 8, left: 2, bottom: 9, right: 2 }, // B5:B6 starts at 5: moves down
        { top: 10, left: 1, bottom: 13, right: 1 },
        { top: 4, left: 3, bottom: 4, right: 4 },
        { top: 5, left: 3, bottom: 5, right: 4 }, // copied with the formats of row 4
        { top: 7, left: 3, bottom: 7, right: 4 },
      ]),
    );
    expect(merges).toHaveLength(10);
    expect(xl.sheetData(S).numberFormats?.[5][4]).toBe('0.00%');
    // Revert removes the rows and their copied merges.
    await xl.run((ctx) => revert(ctx, r.undo));
    expect(xl.sheetData(S).merges).toEqual(createExcelDouble(data).sheetData(S).merges);
  });

  test('ExcelApi 1.9: notes are skipped with a warning, merges extended without knowing their extent', async () => {
    const xl = createExcelDouble(table(), { apiVersion: '1.9' });
    const caps = detectCapabilities(xl.office.context.requirements.isSetSupported);
    const before = state(xl);
    const plan: Plan = {
      edits: [
        { kind: 'value', sheet: S, row: 4, col: 3, value: '改' },
        { kind: 'fill', sheet: S, row: 4, col: 3, color: '#FFC7CE' },
        { kind: 'note', sheet: S, row: 4, col: 3, text: '批注' },
        { kind: 'insertRows', sheet: S, at: 11, count: 1, formatFrom: 10 },
        { kind: 'extendMerge', sheet: S, row: 7, col: 1, bottom: 11 },
      ],
    };
    const r = await xl.run(async (ctx) => applyPlan(ctx, plan, await readSnapshot(ctx, { scope: 'sheet', capabilities: caps })));
    expect(r.skippedNotes).toBe(1);
    expect(r.warnings.some((w) => w.includes('ExcelApi 1.18'))).toBe(true);
    expect(r.warnings.some((w) => w.includes('合并区域的范围未知'))).toBe(true);
    expect(xl.sheetData(S).merges).toContainEqual({ top: 7, left: 1, bottom: 11, right: 1 });
    expect(xl.sheetData(S).notes).toEqual({ C5: '原有批注' });
    await xl.run((ctx) => revert(ctx, r.undo));
    // The extended merge shrinks back when the inserted row is deleted: exact here.
    expect(state(xl)).toEqual(before);
  });

  test('a small budget splits the writes into more syncs; a batch Excel rejects for size is re-sent in halves', async () => {
    const xl = createExcelDouble(demoWorkbook({ rows: 2000 }));
    const before = xl.sheetData();
    const { scoringPlan } = await import('./helpers');
    const plan = scoringPlan(before.name, 2000);
    const r = await xl.run(async (ctx) => applyPlan(ctx, plan, await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }), { maxBytes: 60_000 }));
    expect(r.batches.length).toBeGreaterThan(2);
    expect(xl.sheetData().formulas?.[1999][6]).toMatch(/^=IF\(E2000=/);
    await xl.run((ctx) => revert(ctx, r.undo, { maxBytes: 60_000 }));
    expect(xl.sheetData()).toEqual(before);

    // Now Excel's limit is below the gateway's budget: the first write is refused, then re-sent.
    const xl2 = createExcelDouble(demoWorkbook({ rows: 2000 }), { payloadLimit: 150_000 });
    const r2 = await xl2.run(async (ctx) => applyPlan(ctx, plan, await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }), { maxBytes: 4_000_000 }));
    expect(xl2.syncLog.some((s) => s.error === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(r2.syncs).toBeGreaterThan(2);
    expect(xl2.sheetData().formulas?.[1999][6]).toMatch(/^=IF\(E2000=/);
    await xl2.run((ctx) => revert(ctx, r2.undo, { maxBytes: 100_000 }));
    expect(xl2.sheetData()).toEqual(before);
  });

  test('an empty plan makes no sync; an empty undo record neither', async () => {
    const xl = createExcelDouble(table());
    const r = await xl.run(async (ctx) => applyPlan(ctx, { edits: [] }, await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES })));
    expect(r.syncs).toBe(0);
    expect(xl.syncCount).toBe(2);
    expect((await xl.run((ctx) => revert(ctx, r.undo))).syncs).toBe(0);
  });

  test('a plan for a sheet the snapshot did not read is refused before anything is written', async () => {
    const xl = createExcelDouble(table());
    const plan: Plan = { edits: [{ kind: 'value', sheet: '说明', row: 1, col: 1, value: 'x' }] };
    await expect(xl.run(async (ctx) => applyPlan(ctx, plan, await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES })))).rejects.toThrow('说明');
    expect(xl.sheetData('说明').values[0][0]).toBe('本表由财政部门下发');
  });
});

describe('journal', () => {
  test('runs of equal values and row-relative formulas encode compactly and decode exactly', () => {
    const values = [
      ...Array(1000).fill(''),
      ...Array.from({ length: 1000 }, (_, i) => `=ROUND(F${1003 + i}*G${1003 + i},2)+$H$1+Sheet1!A${1002 + i}`),
      '\u0001x',
      '\u0002y',
      'plain',
      7,
      true,
      '=A{1}',
    ];
    const enc = encodeRun(values, 3);
    expect(enc.length).toBeLessThan(10);
    expect(decodeRun(enc, 3)).toEqual(values);
  });
});

describe('running batches', () => {
  test('runBatch passes delayForCellEdit and reports a batch held by cell-edit mode', async () => {
    // A clock that moves only when the user leaves cell-edit mode: a loaded machine stalling a sync past the
    // threshold cannot make the quick run look held (the wall clock once could).
    let clock = 0;
    const now = () => clock;
    const xl = createExcelDouble(table());
    xl.beginCellEdit();
    setTimeout(() => {
      clock += 300;
      xl.endCellEdit();
    }, 30);
    const r = await runBatch(
      xl,
      async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        ws.load('name');
        await ctx.sync();
        return ws.name;
      },
      { waitThresholdMs: 150, now },
    );
    expect(r).toMatchObject({ value: S, waitedForCellEdit: true, syncs: 1, firstSyncMs: 300 });
    const quick = await waitForCellEdit(xl, { waitThresholdMs: 150, now });
    expect(quick).toEqual({ waitedForCellEdit: false, waitMs: 0 });
  });

  test('read, apply and recalculate as one Excel undo entry (mergeUndoGroup, ExcelApi 1.20)', async () => {
    const xl = createExcelDouble(demoWorkbook({ rows: 50 }));
    const caps = detectCapabilities(xl.office.context.requirements.isSetSupported);
    const { scoringPlan } = await import('./helpers');
    const plan = scoringPlan(xl.sheetData().name, 50);
    await runBatch(xl, async (ctx) => applyPlan(ctx, plan, await readSnapshot(ctx, { scope: 'sheet', capabilities: caps }), { maxBytes: 8000 }), { undoGroup: caps.undoGroup });
    expect(xl.syncCount).toBeGreaterThan(3);
    expect(xl.excelUndoEntries).toBe(1);
  });
});
