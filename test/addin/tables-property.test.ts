/**
 * 自评 and 插入标准指标 on a sheet with an Excel table anywhere (issue 8, Office's real limits): a
 * random table (place, size, totals row) over the generated sheet. Either the command refuses with
 * one Chinese line and nothing is written, or it writes exactly what it writes on the same sheet
 * without the table — no score formula rewritten into a calculated column, no table grown over
 * what it wrote — and 撤销 then puts back every cell and the table. The double's table rules:
 * src/double/table-behaviours.ts. Runs on the fixed seed (test/setup/fast-check.ts).
 */
import fc from 'fast-check';
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';
import { colLetters } from '../../src/sheet/a1';
import { tableAddress } from '../helpers/excel-tables';

function host(xl: ExcelDouble) {
  const office = xl.office;
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}
const cells = (xl: ExcelDouble) => JSON.stringify(xl.data().sheets.map((s) => ({ ...s, merges: s.merges?.map((m) => [m.top, m.left, m.bottom, m.right]) })));
const GRID = generateGrid(30);

/** The command's outcome: the error's message, or the sheet after it. */
async function run(xl: ExcelDouble, command: 'fill' | 'insert'): Promise<{ error: string } | { cells: string }> {
  const h = host(xl);
  try {
    if (command === 'fill') await h.fillSelfEvaluation();
    else await h.insertRows(1, ['AID-07']);
  } catch (e) {
    return { error: (e as Error).message };
  }
  return { cells: cells(xl) };
}

test('a table anywhere: refused in one Chinese line with nothing written, or the same writes as without it and 撤销 restores all', async () => {
  let refused = 0;
  let done = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.record({
        top: fc.integer({ min: 1, max: 30 }),
        height: fc.integer({ min: 1, max: 16 }),
        left: fc.integer({ min: 2, max: 11 }), // column A holds merged cells, which a table cannot
        width: fc.integer({ min: 1, max: 4 }),
        totals: fc.boolean(),
        command: fc.constantFrom<'fill' | 'insert'>('fill', 'insert'),
      }),
      async ({ top, height, left, width, totals, command }) => {
        const xl = createExcelDouble(fromGrid(GRID));
        const address = `${colLetters(left)}${top}:${colLetters(left + width - 1)}${top + height}`;
        let made = true;
        await xl
          .run(async (ctx) => {
            const t = ctx.workbook.worksheets.getActiveWorksheet().tables.add(address, true);
            t.name = '表1';
            await ctx.sync();
            if (totals) t.showTotals = true;
            await ctx.sync();
          })
          .catch(() => (made = false));
        if (!made) return; // over merged cells, or a totals row over content: Excel refuses, nothing to test
        const tableBefore = await tableAddress(xl, '表1');
        const before = cells(xl);
        // The same sheet (with what the table wrote, e.g. its totals row) without the table.
        const plain = createExcelDouble(xl.data());
        const expected = await run(plain, command);
        const got = await run(xl, command);
        if ('error' in got) {
          expect(got.error).toMatch(/^未写入：.*表格“表1”/);
          expect(got.error.replace(/Excel/g, '')).not.toMatch(/[a-z]{3}/); // no English (cell addresses only)
          expect(cells(xl)).toBe(before);
          expect(await tableAddress(xl, '表1')).toBe(tableBefore);
          refused++;
          return;
        }
        expect(got).toEqual(expected);
        await expect(host(xl).undo()).resolves.toMatch(/^已撤销/);
        expect(cells(xl)).toBe(before);
        expect(await tableAddress(xl, '表1')).toBe(tableBefore);
        done++;
      },
    ),
    { numRuns: 25 },
  );
  // Both outcomes were met (the property is not vacuous).
  expect(refused).toBeGreaterThan(0);
  expect(done).toBeGreaterThan(0);
});
