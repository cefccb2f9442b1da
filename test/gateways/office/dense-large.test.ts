/**
 * A dense sheet of more than ~100 000 rows makes a used range as large as a far cell's: the read
 * tells them apart by how many cells hold something (special cells' counts in the first sync),
 * so a filled table is read in blocks at once, without the probe's sync, and a far cell is still
 * probed.
 */
import { createExcelDouble, type DoubleWorkbookData, type ExcelDouble } from '../../../src/double';
import { ALL_CAPABILITIES, readSnapshot, type Snapshot } from '../../../src/gateways/office';
import { DEFAULT_MAX_BYTES, jsonBytes } from '../../../src/gateways/pipeline/batching';
import { DRange } from '../../../src/double/proxy/range';

const ROWS = 120_000;

function sheet(rows: number, merge = true): DoubleWorkbookData {
  // ~150 bytes a row (an indicator row's text), as the far-cell estimate counts them.
  const values = Array.from({ length: rows }, (_, i) => [
    `第${i + 1}行`,
    `产出指标 数量指标 ${i % 97}`,
    i * 3,
    `≥${i % 50}%（按年度计划）`,
    i % 7 ? '已完成' : '',
    `备注：第${i}项 说明文字`,
  ]);
  return { sheets: [{ name: '表1', values, merges: merge ? [{ top: 90_001, left: 5, bottom: 90_002, right: 6 }] : [] }] };
}

async function read(xl: ExcelDouble, allOk = true): Promise<{ snap: Snapshot; syncs: number }> {
  const from = xl.syncLog.length;
  const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }));
  const log = xl.syncLog.slice(from);
  expect(log.every((s) => (s.ok || !allOk) && s.responseBytes <= 5 * 1024 * 1024)).toBe(true);
  return { snap, syncs: log.length };
}

describe('a dense sheet beyond 100 000 rows', () => {
  test('is read without the probe: syncs as its bytes need, every cell and the merge', async () => {
    const data = sheet(ROWS);
    const bytes = jsonBytes(data.sheets[0].values);
    const { snap, syncs } = await read(createExcelDouble(data));
    // Sync 1 (a window), then the rest filled to the budget: no sync spent on finding where cells are.
    expect(syncs).toBe(1 + Math.ceil(bytes / DEFAULT_MAX_BYTES));
    const g = snap.grids[0];
    expect(g.rowCount).toBe(ROWS);
    expect(g.values[ROWS - 1][0]).toBe(`第${ROWS}行`);
    expect(g.values[99_999][2]).toBe(99_999 * 3);
    expect(g.merges).toEqual([{ top: 90_001, left: 5, bottom: 90_002, right: 6 }]);
  });

  test('with a far cell beside it the read still probes, and stays bounded', async () => {
    const xl = createExcelDouble(sheet(ROWS, false));
    xl.userType('XFD1048576', 1);
    const { snap, syncs } = await read(xl);
    const g = snap.grids[0];
    expect(g.rowCount).toBe(1_048_576);
    expect(g.values[ROWS - 1][0]).toBe(`第${ROWS}行`);
    expect(g.values[1_048_575][16_383]).toBe(1);
    // The probe's sync and one more probe of the table's box (too large to read in one budget).
    expect(syncs).toBeLessThanOrEqual(1 + Math.ceil(jsonBytes(sheet(ROWS).sheets[0].values) / DEFAULT_MAX_BYTES) + 2);
  });
});

describe('a host that refuses the count', () => {
  afterEach(() => jest.restoreAllMocks());

  test('sync 1 is sent again without it (nothing else of it ran) and the read is the same', async () => {
    const plain = await read(createExcelDouble(sheet(100)));
    const special = DRange.prototype.getSpecialCellsOrNullObject;
    // A type the double does not model fails at sync with getSpecialCells as its location.
    jest.spyOn(DRange.prototype, 'getSpecialCellsOrNullObject').mockImplementation(function (this: DRange) {
      return special.call(this, 'Blanks');
    });
    const xl = createExcelDouble(sheet(100));
    const refused = await read(xl, false);
    expect(refused.syncs).toBe(plain.syncs + 1);
    expect(refused.snap.stats.resent).toBe(1);
    expect(refused.snap.grids).toEqual(plain.snap.grids);
  });
});
