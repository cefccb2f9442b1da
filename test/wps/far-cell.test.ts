/**
 * A stray value far from the table (XFD1048576) makes ET's used range the whole sheet. The WPS
 * version bounds the cells of each probed band with four Range.Find calls instead of reading the
 * band (half a billion cells): 校验 finds what it finds without the far cell, in a bounded number
 * of calls.
 */
import { connectToWps } from '../../src/wps/connect';
import { createEtFake } from '../../src/wps-fake';
import { XL_BY_COLUMNS, XL_BY_ROWS, XL_FORMULAS, XL_NEXT, XL_PART, XL_PREVIOUS } from '../../src/wps-api/et';
import { generateGrid } from '../../bench/grid-gen';

test('Find("*") wraps around the range as in Excel: backwards from the first cell is the last one, by rows or by columns', () => {
  const fake = createEtFake(generateGrid(3));
  const s = fake.book.sheets[0];
  for (const [row, col] of [
    [40, 2],
    [27, 30],
    [90, 1],
  ])
    s.put(row, col, { v: 'x' });
  const ws = fake.app.ActiveSheet!;
  const box = ws.Range('A20:AD100');
  const at = (r: ReturnType<typeof box.Find>) => r && [r.Row, r.Column];
  expect(at(box.Find('*', ws.Range('A20'), XL_FORMULAS, XL_PART, XL_BY_ROWS, XL_PREVIOUS))).toEqual([90, 1]);
  expect(at(box.Find('*', ws.Range('AD100'), XL_FORMULAS, XL_PART, XL_BY_ROWS, XL_NEXT))).toEqual([27, 30]);
  expect(at(box.Find('*', ws.Range('A20'), XL_FORMULAS, XL_PART, XL_BY_COLUMNS, XL_PREVIOUS))).toEqual([27, 30]);
  expect(at(box.Find('*', ws.Range('AD100'), XL_FORMULAS, XL_PART, XL_BY_COLUMNS, XL_NEXT))?.[1]).toBe(1);
  expect(ws.Range('C200:D300').Find('*', undefined, XL_FORMULAS, XL_PART, XL_BY_ROWS, XL_NEXT)).toBeNull();
});

test('校验 beside a far cell: the same findings as without it, the bands bounded by Find, not read', async () => {
  const plainFake = createEtFake(generateGrid(100));
  const plain = await connectToWps(plainFake.app).validate();
  const fake = createEtFake(generateGrid(100));
  fake.book.sheets[0].put(1_048_576, 16_384, { v: 1 });
  const far = await connectToWps(fake.app).validate();
  expect(far.findings.map((f) => [f.rule, f.cell])).toEqual(plain.findings.map((f) => [f.rule, f.cell]));
  expect(fake.counter.byMember.get('Find')).toBeGreaterThan(0);
  expect(fake.calls).toBeLessThan(plainFake.calls * 2 + 5000);
}, 120_000);
