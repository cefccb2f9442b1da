/**
 * Where a sync's answer goes (ExcelDoubleOptions.answerBreakdown): 撤销 at 50 000 rows answers
 * ~15 MB over five syncs, and the sync table says only how much. With the option, each sync record
 * lists its answered actions grouped by what they read (the range's columns, the properties loaded),
 * largest first — bench/undo-answers.ts prints it. Off by default: nothing is kept.
 */
import { createExcelDouble } from '../../src/double';

async function read(answerBreakdown?: boolean) {
  const xl = createExcelDouble(
    {
      sheets: [
        {
          name: 'S',
          values: [
            ['绩效目标表', 'abc', 1],
            ['x', 'y', 2],
            ['p', 'q', 3],
          ],
        },
      ],
    },
    { answerBreakdown },
  );
  await xl.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('S');
    ws.getRange('A1:B3').load('formulas');
    ws.getRange('A5:B9').load('formulas');
    ws.getRange('C2').load('values,numberFormat');
    ws.getRange('C1:C3').getUsedRangeOrNullObject(true).load('rowIndex');
    await ctx.sync();
  });
  return xl.syncLog[xl.syncLog.length - 1];
}

test('each answered read is counted under its columns and properties, largest first; the parts stay within the answer', async () => {
  const s = await read(true);
  const parts = s.answers!;
  expect(parts.map((p) => [p.what, p.count])).toEqual([
    ['getRange(A:B).load(formulas)', 2],
    ['getRange(C).load(values,numberFormat)', 1],
    ['getRange(C:C).getUsedRangeOrNullObject.load(rowIndex)', 1],
  ]);
  // Each load answers {"formulas":[…]}: UTF-8, 3 bytes a Chinese character.
  const json = (formulas: unknown) => Buffer.byteLength(JSON.stringify({ formulas }));
  expect(parts[0].bytes).toBe(
    json([
      ['绩效目标表', 'abc'],
      ['x', 'y'],
      ['p', 'q'],
    ]) + json(Array(5).fill(['', ''])),
  );
  expect(parts.reduce((n, p) => n + p.bytes, 0)).toBeLessThan(s.responseBytes);
  expect(parts.every((p, i) => i === 0 || parts[i - 1].bytes >= p.bytes)).toBe(true);
});

test('off by default: no breakdown kept', async () => {
  expect((await read()).answers).toBeUndefined();
});
