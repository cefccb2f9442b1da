/**
 * A stray cell far from the table (a slip of the keyboard: a value at XFD1048576) makes the used
 * range the whole sheet. The read probes where the cells are and reads only those: syncs at most
 * one more than without the far cell, bytes as without it, the same grid cells and findings.
 */
import { createExcelDouble, fromGrid, type DoubleWorkbookData, type ExcelDouble } from '../../../src/double';
import { generateGrid } from '../../../bench/grid-gen';
import { ALL_CAPABILITIES, readSnapshot, type Snapshot } from '../../../src/gateways/office';
import { analyse } from '../../../src/engine/analyse';
import { fileReport } from '../../../src/engine/report';
import { demoWorkbook } from '../../../src/preview/demo';
import type { Grid } from '../../../src/sheet/grid';
import { Controller } from '../../../src/addin/controller';
import { readHistory } from '../../../src/addin/history';

/** Every cell the grid holds something for (value, formula, number format), by address. */
function cells(g: Grid): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const add = (rows: unknown[][] | undefined, kind: string) =>
    rows?.forEach((row, i) => row?.forEach((v, j) => v !== null && v !== undefined && out.set(`${kind}${i + 1},${j + 1}`, v instanceof Date ? v.toISOString() : v)));
  add(g.values, 'v');
  add(g.formulas, 'f');
  add(g.numFormats, 'n');
  return out;
}

function workbook(sheets = 1, rows = 100): DoubleWorkbookData {
  const all = Array.from({ length: sheets }, (_, i) => demoWorkbook({ rows, name: `表${i + 1}`, seed: 7 + i }).sheets[0]);
  return { sheets: all, activeSheet: all[0].name };
}

interface Read {
  snap: Snapshot;
  syncs: number;
  maxReq: number;
  maxResp: number;
  report: unknown;
}

async function read(xl: ExcelDouble, scope: 'sheet' | 'workbook' = 'sheet'): Promise<Read> {
  const from = xl.syncLog.length;
  const snap = await xl.run((ctx) => readSnapshot(ctx, { scope, capabilities: ALL_CAPABILITIES }));
  const log = xl.syncLog.slice(from);
  expect(log.every((s) => s.ok)).toBe(true);
  const { file: _, ...report } = fileReport('x', analyse(snap.grids));
  return { snap, syncs: log.length, maxReq: Math.max(...log.map((s) => s.requestBytes)), maxResp: Math.max(...log.map((s) => s.responseBytes)), report };
}

/**
 * The far read against the plain one: syncs ≤ +1, bytes within two probes' worth per sheet (where
 * the values are, ~18 KB of request, and where the formatted cells are, ~9 KB), same findings.
 */
function bounded(far: Read, plain: Read, sheets = 1): void {
  expect(far.syncs).toBeLessThanOrEqual(plain.syncs + 1);
  expect(far.maxReq).toBeLessThanOrEqual(plain.maxReq + 30_000 * sheets);
  expect(far.maxResp).toBeLessThanOrEqual(plain.maxResp + 20_000 * sheets);
}

describe('a far cell costs what exists', () => {
  let plain: Read;
  beforeAll(async () => {
    plain = await read(createExcelDouble(workbook()));
  });

  test.each(['XFD1048576', 'A1048576', 'XFD1', 'AB70000'])('a value at %s: one more cell, the same merges and findings', async (address) => {
    const xl = createExcelDouble(workbook());
    xl.userType(address, 1);
    const far = await read(xl);
    bounded(far, plain);
    // Under the table in its first column the value reads as a row of the table: other findings.
    if (address !== 'A1048576') expect(far.report).toEqual(plain.report);
    const [g] = far.snap.grids;
    expect(g.rowCount).toBe(Math.max(Number(/\d+/.exec(address)![0]), plain.snap.grids[0].rowCount));
    const got = cells(g);
    const extra = [...got.keys()].filter((k) => !cells(plain.snap.grids[0]).has(k));
    expect(extra).toHaveLength(1);
    got.delete(extra[0]);
    expect(got).toEqual(cells(plain.snap.grids[0]));
    expect(g.merges).toEqual(plain.snap.grids[0].merges);
  });

  test('a formatted-only far cell: the grid as without it, no merged-area windows over the whole sheet', async () => {
    const xl = createExcelDouble(workbook());
    xl.userFill('XFD1048576', '#FFFF00');
    const far = await read(xl);
    bounded(far, plain);
    expect(far.report).toEqual(plain.report);
    expect(far.syncs).toBe(plain.syncs);
    expect(far.snap.grids[0]).toEqual(plain.snap.grids[0]);
    expect(far.snap.sheets[0].formatted).toEqual({ top: 1, left: 1, bottom: 1048576, right: 16384 });
  });

  test('far cells on several sheets of a workbook read', async () => {
    const base = await read(createExcelDouble(workbook(3)), 'workbook');
    const xl = createExcelDouble(workbook(3));
    xl.userType('XFD1048576', 1, '表1');
    xl.userType('A1048576', '远', '表2');
    xl.userFill('XFD1048576', '#FFFF00', '表3');
    const far = await read(xl, 'workbook');
    bounded(far, base, 3);
    expect(far.snap.grids.map((g) => [g.rowCount, g.colCount])).toEqual([
      [1048576, 16384],
      [1048576, 8],
      [base.snap.grids[2].rowCount, 8],
    ]);
    expect(far.snap.grids[1].values[1048575][0]).toBe('远');
    expect(far.snap.grids[2]).toEqual(base.snap.grids[2]);
  });

  test('a far merge with a value: read with its value, nothing else changes', async () => {
    const data = workbook();
    const merge = { top: 1048570, left: 16380, bottom: 1048576, right: 16384 };
    data.sheets[0].merges = [...(data.sheets[0].merges ?? []), merge];
    const xl = createExcelDouble(data);
    xl.userType('XEZ1048570', '远处');
    const far = await read(xl);
    bounded(far, plain);
    expect(far.report).toEqual(plain.report);
    const [g] = far.snap.grids;
    expect(g.merges).toEqual([...plain.snap.grids[0].merges, merge]);
    expect(g.values[1048569][16379]).toBe('远处');
  });

  test('cells scattered over a large range are probed again, the read still bounded', async () => {
    const xl = createExcelDouble(workbook());
    // Two cells in one row band and one column band of the first probe: their box is still huge.
    for (const a of ['SR30000', 'A30000', 'SR3', 'XFD1048576', 'ZZ500000']) xl.userType(a, 2);
    const far = await read(xl);
    expect(far.syncs).toBeLessThanOrEqual(plain.syncs + 3);
    expect(far.maxResp).toBeLessThanOrEqual(plain.maxResp + 20_000);
    expect(cells(far.snap.grids[0]).size).toBe(cells(plain.snap.grids[0]).size + 5);
  });
});

describe('the pane on a sheet with a far cell', () => {
  function pane(xl: ExcelDouble): Controller {
    const o = xl.office;
    return new Controller({ excel: xl, isSetSupported: (n, v) => o.context.requirements.isSetSupported(n, v), settings: o.context.document.settings, lang: 'zh' });
  }
  async function syncsOf(xl: ExcelDouble, run: () => Promise<unknown>): Promise<number> {
    const from = xl.syncLog.length;
    await run();
    return xl.syncLog.length - from;
  }
  /** The table's rows as the double holds them (the far row is not compared: never written). */
  const table = (xl: ExcelDouble): string[] => {
    const out: string[] = [];
    xl.state.sheets[0].rows.slice(0, 120).forEach((row, i) =>
      row?.forEach((c, j) => {
        if (c && (c.v !== '' || c.f || c.nf || c.fill || c.bold)) out.push(`${i + 1},${j + 1}:${JSON.stringify([c.v, c.f, c.nf, c.fill?.color, c.bold])}`);
      }),
    );
    return out;
  };
  const diff = (a: string[], b: string[]) => [...a.filter((x) => !b.includes(x)), ...b.filter((x) => !a.includes(x))].slice(0, 10);

  test('校验 twice: the same findings, one sync more than without the far cell; 自评 and 撤销 work', async () => {
    const plainXl = createExcelDouble(workbook());
    const plainPane = pane(plainXl);
    const want = await plainPane.validate();
    const plainSyncs = [await syncsOf(plainXl, () => plainPane.validate()), await syncsOf(plainXl, () => plainPane.fillSelfEvaluation())];

    const xl = createExcelDouble(workbook());
    xl.userType('XFD1', 1);
    const h = pane(xl);
    const got = await h.validate();
    expect(got.findings).toEqual(want.findings);
    expect(await syncsOf(xl, () => h.validate())).toBeLessThanOrEqual(plainSyncs[0] + 1);
    const before = table(xl);
    expect(await syncsOf(xl, () => h.fillSelfEvaluation())).toBeLessThanOrEqual(plainSyncs[1] + 1);
    expect(diff(table(xl), before).length).toBeGreaterThan(0);
    await h.undo();
    expect(diff(table(xl), before)).toEqual([]);
  });

  test('a far cell on the last row: 校验 works; 自评, which inserts rows, is refused in one line before any write', async () => {
    const xl = createExcelDouble(workbook());
    xl.userType('XFD1048576', 1);
    const h = pane(xl);
    await h.validate();
    await h.validate();
    const before = table(xl);
    await expect(h.fillSelfEvaluation()).rejects.toThrow(/第 1048576 行有内容或格式.*Ctrl\+End/);
    expect(diff(table(xl), before)).toEqual([]);
  });
  // An empty merged area far from every value is not read beside a far cell (merged areas are read
  // over the boxes that hold values). It does not matter to a plan: the plan writes only in the
  // table's rows and the columns beside it, and inserts whole rows, which Excel shifts (or
  // stretches) every merge across by itself; 撤销 deletes those rows and Excel shifts them back.
  test('an empty far merge (one below the table, one across its rows far right): the same writes, Excel moves it, 撤销 puts it back', async () => {
    const merges = [
      { top: 5000, left: 26, bottom: 5001, right: 27 },
      { top: 20, left: 200, bottom: 4000, right: 201 },
    ];
    const make = (far: boolean) => {
      const data = workbook();
      data.sheets[0].merges = [...(data.sheets[0].merges ?? []), ...merges];
      const xl = createExcelDouble(data);
      if (far) xl.userType('XFD1', 1);
      return xl;
    };
    const mergesOf = (xl: ExcelDouble) => xl.state.sheets[0].merges.filter((m) => m.left >= 26).map((m) => ({ ...m }));
    const plainXl = make(false);
    const plainPane = pane(plainXl);
    await plainPane.validate();
    await plainPane.fillSelfEvaluation();
    const xl = make(true);
    const h = pane(xl);
    await h.validate();
    const before = table(xl);
    await h.fillSelfEvaluation();
    expect(diff(table(xl), table(plainXl))).toEqual(['1,16384:[1,null,null,null,null]']);
    // Rows were inserted above both: Excel moved the one below and stretched the one across.
    const moved = mergesOf(xl);
    expect(moved).toEqual(mergesOf(plainXl));
    expect(moved[0].top).toBeGreaterThan(5000);
    expect(moved[1].bottom).toBeGreaterThan(4000);
    await h.undo();
    expect(diff(table(xl), before)).toEqual([]);
    expect(mergesOf(xl)).toEqual(merges);
  });
  // Before, the formatted area was one box up to the far column: every new cell counted as
  // formatted, so the new columns took no look of their own and the marked cells' looks were read
  // one by one (10 000 rows + XFD1: largest request 1.03 → 1.56 MB).
  test('自评 beside a far cell writes what it writes without it: the new columns take the table’s look', async () => {
    const plainXl = createExcelDouble(fromGrid(generateGrid(300)));
    const plainPane = pane(plainXl);
    await plainPane.validate();
    const mark = plainXl.syncLog.length;
    await plainPane.fillSelfEvaluation();
    const plainReq = Math.max(...plainXl.syncLog.slice(mark).map((x) => x.requestBytes));

    const xl = createExcelDouble(fromGrid(generateGrid(300)));
    xl.userType('XFD1', 1);
    const h = pane(xl);
    await h.validate();
    const from = xl.syncLog.length;
    await h.fillSelfEvaluation();
    expect(Math.max(...xl.syncLog.slice(from).map((x) => x.requestBytes))).toBeLessThanOrEqual(plainReq + 30_000);
    expect(diff(table(xl), table(plainXl))).toEqual(['1,16384:[1,null,null,null,null]']);
    // The formats copied into the new columns, as without the far cell (undo clears them again).
    const copied = (d: ExcelDouble) => readHistory(d.office.context.document.settings).pop()!.record.sheets[0].formatsCopied;
    expect(copied(plainXl)?.length).toBeGreaterThan(0);
    expect(copied(xl)).toEqual(copied(plainXl));
  });
});
