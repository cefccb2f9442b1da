/**
 * The bounded reads: a window, then blocks with blind number-format / value reads; a window Excel
 * rejects for size; a revert queued into the read's first sync; null-padded column writes.
 */
import { createExcelDouble, fromGrid, type DoubleWorkbookData } from '../../../src/double';
import { ALL_CAPABILITIES, applyPlan, queuedRevert, readSnapshot } from '../../../src/gateways/office';
import { columnPieces } from '../../../src/gateways/pipeline/batching';
import { generateGrid } from '../../../bench/grid-gen';
import type { Plan } from '../../../src/sheet/plan';

/** 3 000 rows, 9 columns: text, numbers with formats, dates, formulas, '=' text, a stray number far right. */
function mixed(): DoubleWorkbookData {
  const values: (string | number | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let i = 1; i <= 3000; i++) {
    values.push([
      `项目${i}`,
      i % 7 === 0 ? null : i * 1.5,
      i % 5 === 0 ? '=100%' : '文本',
      i > 2500 ? 45657 + i : null,
      null,
      i % 3 === 0 ? 'x' : null,
      null,
      null,
      i === 2999 ? 7 : null,
    ]);
    formulas.push([null, null, null, null, i % 2 ? `=B${i}*2` : null, null, null, i > 1000 ? `=A${i}&"!"` : null, null]);
    numberFormats.push([null, i % 4 === 0 ? '0.00%' : null, null, i > 2500 ? 'yyyy-mm-dd' : null, i % 2 ? '0.0' : null, null, null, null, null]);
  }
  return { sheets: [{ name: 'S', values, formulas, numberFormats }] };
}

describe('bounded reads', () => {
  test.each([60_000, 20_000])('budget %i: blocks give the same grid as one read, every response within it', async (maxBytes) => {
    const data = mixed();
    const whole = await createExcelDouble(data).run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES, maxBytes: 1e9 }));
    expect(whole.stats.syncs).toBeLessThanOrEqual(3); // 9 columns: the 3 past the window's 6 come in sync 2
    const xl = createExcelDouble(data, { payloadLimit: maxBytes * 1.12 });
    const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES, maxBytes }));
    expect(snap.stats).toMatchObject({ fallback: true, resent: 0 });
    expect(snap.grids[0]).toEqual(whole.grids[0]);
    expect(snap.sheets[0].formats).toEqual(whole.sheets[0].formats);
    expect(snap.grids[0].values[2999][3]).toEqual(new Date(Date.UTC(2033, 2, 19)));
    expect(snap.grids[0].formulas?.[1000][7]).toBe('A1001&"!"');
    expect(xl.syncLog.every((s) => s.ok && s.responseBytes <= maxBytes * 1.12)).toBe(true);
  });

  test('50 000 seed-shaped rows: 3 syncs, none over the budget', async () => {
    const xl = createExcelDouble(fromGrid(generateGrid(50000)));
    const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }));
    expect(snap.stats).toMatchObject({ syncs: 3, resent: 0 });
    expect(snap.grids[0].values).toEqual(xl.toGrid().values);
    expect(xl.syncLog.every((s) => s.ok && s.responseBytes <= 4.5 * 1024 * 1024)).toBe(true);
  });

  test('with the hint of the read before: 50 000 rows in 2 syncs; a wrong hint costs a re-sent sync, not a wrong read', async () => {
    const xl = createExcelDouble(fromGrid(generateGrid(50000)));
    const first = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }));
    expect(first.hint!.rowBytes).toBeGreaterThan(50);
    const again = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES, hint: first.hint }));
    expect(again.stats).toMatchObject({ syncs: 2, resent: 0 });
    expect(again.grids[0]).toEqual(first.grids[0]);
    expect(again.sheets[0].formats).toEqual(first.sheets[0].formats);

    // The hint of a sparse sheet on a dense one: the first window is refused, then read halved.
    const long = '长'.repeat(100);
    const values = Array.from({ length: 3000 }, (_, i) => Array.from({ length: 6 }, (_, j) => `${long}${i}-${j}`));
    const dense = createExcelDouble({ sheets: [{ name: 'S', values }] });
    const snap = await dense.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES, hint: { rowBytes: 20, rows: 3000 } }));
    expect(snap.stats.resent).toBe(1);
    expect(snap.grids[0].values[2999][5]).toBe(`${long}2999-5`);
  });

  test('a window Excel rejects for size is read again halved, the prelude queued again and applied once', async () => {
    const long = '长'.repeat(100);
    const values = Array.from({ length: 400 }, (_, i) => Array.from({ length: 6 }, (_, j) => `${long}${i}-${j}`));
    const xl = createExcelDouble({ sheets: [{ name: 'S', values }] }, { payloadLimit: 120_000 });
    let queued = 0;
    const snap = await xl.run((ctx) =>
      readSnapshot(ctx, {
        scope: 'sheet',
        capabilities: ALL_CAPABILITIES,
        maxBytes: 100_000,
        prelude: () => {
          queued++;
          ctx.workbook.worksheets.getItem('S').notes.add('A1', '改过'); // fails if it ran twice
        },
      }),
    );
    expect(snap.stats.resent).toBeGreaterThan(0);
    expect(queued).toBe(snap.stats.resent + 1);
    expect([...snap.sheets[0].notes!]).toEqual([['A1', '改过']]); // the read saw the prelude's note
    expect(snap.grids[0].values[399][5]).toBe(`${long}399-5`);
  });
});

describe('queuedRevert', () => {
  const S = '绩效目标表';
  const marks: Plan = {
    edits: [
      { kind: 'fill', sheet: S, row: 9, col: 5, color: '#FFC7CE' },
      { kind: 'bold', sheet: S, row: 9, col: 5 },
      { kind: 'note', sheet: S, row: 9, col: 5, text: '待核实' },
    ],
  };

  test('rides along the next read: no sync of its own, the read sees the sheet without the marks', async () => {
    const xl = createExcelDouble(fromGrid(generateGrid(40)));
    const before = xl.sheetData(S);
    const { undo } = await xl.run(async (ctx) => applyPlan(ctx, marks, await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES })));
    expect(xl.fillAt('E9', S)).toBe('#FFC7CE');
    const mark = xl.syncLog.length;
    const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES, prelude: queuedRevert(ctx, undo)! }));
    expect(xl.syncLog.length - mark).toBe(snap.stats.syncs);
    expect(snap.sheets[0].notes?.size).toBe(0);
    expect(xl.sheetData(S)).toEqual(before);
  });

  test('too large for one request with the reads: null, the caller reverts on its own', async () => {
    const xl = createExcelDouble(fromGrid(generateGrid(40)));
    const { undo } = await xl.run(async (ctx) => applyPlan(ctx, marks, await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES })));
    await xl.run(async (ctx) => {
      expect(queuedRevert(ctx, undo, { maxBytes: 258_000 })).toBeNull();
      expect(queuedRevert(ctx, undo)).not.toBeNull();
    });
  });
});

describe('columnPieces', () => {
  test('joins short gaps with nulls, never across a blocked (merged) row; without a predicate, runs only', () => {
    const cells = new Map<number, string>([
      [2, 'a'],
      [3, 'b'],
      [10, 'c'],
      [30, 'd'],
    ]);
    const at = (blocked?: (r: number) => boolean) => columnPieces(cells, (v) => v.length + 2, 1e6, blocked).map((p) => [p.top, p.values.length]);
    expect(at(() => false)).toEqual([[2, 29]]);
    expect(at((r) => r === 20)).toEqual([
      [2, 9],
      [30, 1],
    ]);
    expect(at()).toEqual([
      [2, 2],
      [10, 1],
      [30, 1],
    ]);
    expect(
      columnPieces(
        cells,
        (v) => v.length + 2,
        1e6,
        () => false,
      )[0].values.slice(0, 4),
    ).toEqual([['a'], ['b'], [null], [null]]);
  });
});
