/**
 * 撤销 on a very large sheet: the reads it plans for ~200 000 cells or merged areas must not pass them to
 * Math.max as arguments (about 120 000 overflow V8's stack: “Maximum call stack size exceeded”, and the
 * revert would fail before reading anything). Planning only: nothing is sent.
 */
import { readByColumn, type ReadOp } from '../../../src/gateways/office/safe-revert-reads';
import { stageMergeStrip } from '../../../src/gateways/office/safe-revert-merges';
import { hiddenJobs } from '../../../src/gateways/office/snapshot-hidden';
import { WrittenRanges } from '../../../src/gateways/office/recalc';
import type { XlWorksheet } from '../../../src/gateways/office/api';

const N = 200_000;
const ws = {} as XlWorksheet;

test('a riding read of 200 000 cells in one column is planned', () => {
  const cells = Array.from({ length: N }, (_, i) => ({ row: 2 * i + 1, col: 3 }));
  const ops: ReadOp[] = [];
  readByColumn(
    ws,
    cells,
    (row) => (row % 7 === 0 ? 40 : 8),
    () => () => [],
    ops,
    true,
  );
  expect(ops.length).toBeGreaterThan(0);
  expect(ops.reduce((s, o) => s + o.resp, 0)).toBeGreaterThanOrEqual(N * 8);
});

test('merge windows over 200 000 merged areas are planned', () => {
  const rects = Array.from({ length: N }, (_, i) => ({ top: 5 * i + 1, bottom: 5 * i + 3, left: 1, right: 2 }));
  const reads: ReadOp[] = [];
  stageMergeStrip(ws, rects, reads);
  expect(reads.length).toBeGreaterThan(0);
});

test('a used range of 200 000 hidden rows is read as hidden rows', () => {
  const out = { rows: [] as number[], cols: [] as number[] };
  const usedR = { rowHidden: true, columnHidden: false } as never;
  hiddenJobs(ws, { top: 1, bottom: N, left: 1, right: 8 }, usedR, out as never);
  expect(out.rows.length).toBe(N);
  expect(out.rows[N - 1]).toBe(N);
});

test('formulas written on 200 000 scattered cells are recalculated by one bounding range', () => {
  const w = new WrittenRanges();
  // 20 columns × 10 000 rows, 100 apart: each cell a range of its own before they are bounded.
  for (let c = 0; c < 20; c++)
    for (let i = 0; i < 10_000; i++) w.add({ kind: 'setFormulas', sheet: 'S', address: `${String.fromCharCode(67 + c)}${i * 100 + 1}`, values: [['=1']] } as never);
  expect(w.ranges()).toEqual([{ sheet: 'S', address: 'C1:V999901' }]);
});
