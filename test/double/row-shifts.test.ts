/**
 * Composed row shifts (row-shifts.ts) equal the shifts applied one by one (formula.ts), for
 * random runs of inserts and of deletes, on single cells, ranges, whole rows and other sheets.
 */
import { rewriteRefs, shiftRows } from '../../src/double/formula';
import { RowShiftRun } from '../../src/double/row-shifts';
import { createExcelDouble } from '../../src/double';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

const FORMULAS = (r: () => number): string[] => {
  const n = () => 1 + Math.floor(r() * 60);
  return [`=A${n()}+B${n()}`, `=SUM(C${n()}:C${n()})`, `=COUNTBLANK(H${n()}:H${n()})+$D$${n()}`, `=SUM(${n()}:${n()})`, `=Other!A${n()}+A${n()}`, `=SUM(A:A)+"A${n()}"`];
};

describe('RowShiftRun', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('random runs equal sequential shifts (seed %i)', (seed) => {
    const r = rng(seed);
    for (const inserting of [true, false]) {
      const shifts: [number, number][] = [];
      for (let i = 0; i < 12; i++) {
        const at = 1 + Math.floor(r() * 50);
        const count = 1 + Math.floor(r() * 4);
        shifts.push([at, inserting ? count : -count]);
      }
      const run = new RowShiftRun('Sheet1', inserting);
      for (const [at, count] of shifts) run.push(at, count);
      for (let k = 0; k < 40; k++) {
        for (const f of FORMULAS(r)) {
          let seq = f;
          for (const [at, count] of shifts) seq = shiftRows(seq, 'Sheet1', 'Sheet1', at, count);
          const composed = rewriteRefs(f, 'Sheet1', 'Sheet1', (ref) => run.move(ref));
          expect([f, shifts, composed]).toEqual([f, shifts, seq]);
        }
      }
    }
  });

  test('a batch of inserts then deletes in the double rewrites formulas as Excel does', async () => {
    const xl = createExcelDouble({
      sheets: [{ name: 'S', values: [[1], [2], [3], [4], [5], [null]], formulas: [[null], [null], [null], [null], [null], ['=SUM(A1:A5)+A3']] }],
    });
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('2:3').insert('Down');
      ws.getRange('7:7').insert('Down');
      ws.getRange('A1').format.fill.color = '#FFFF00';
      ws.getRange('1:1').insert('Down');
      await ctx.sync();
    });
    expect(xl.sheetData('S').formulas?.[9]?.[0]).toBe('=SUM(A2:A9)+A6');
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('6:6').delete('Up');
      ws.getRange('3:4').delete('Up');
      await ctx.sync();
    });
    expect(xl.sheetData('S').formulas?.[6]?.[0]).toBe('=SUM(A2:A6)+#REF!');
  });
});
