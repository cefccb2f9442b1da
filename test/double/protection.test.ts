/**
 * Sheet protection in the double (issue 8: a protected sheet must end in one clear line and write
 * nothing): reads pass, every change is refused with Excel's code, and the actions queued before
 * the refused one in the same sync stay applied, as in Excel.
 */
import { createExcelDouble } from '../../src/double';

const book = () =>
  createExcelDouble({
    sheets: [
      {
        name: 'S',
        values: [
          ['a', 1],
          ['b', 2],
        ],
      },
      { name: 'T', values: [['x']] },
    ],
  });

test('a protected sheet reads, and says it is protected (ExcelApi 1.2)', async () => {
  const xl = book();
  xl.userProtect(true, 'S');
  await xl.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem('S');
    const p = s.protection.load('protected');
    const t = ctx.workbook.worksheets.getItem('T').protection.load('protected');
    const r = s.getRange('A1:B2').load('formulas');
    await ctx.sync();
    expect(p.protected).toBe(true);
    expect(t.protected).toBe(false);
    expect(r.formulas).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});

test.each(['AccessDenied', 'InvalidOperation'] as const)('every change is refused with %s; what went before in the sync stays', async (code) => {
  const xl = createExcelDouble(
    {
      sheets: [
        { name: 'S', values: [['a', 1]] },
        { name: 'T', values: [['x']] },
      ],
    },
    { protectedSheetError: code },
  );
  xl.userProtect(true, 'S');
  const changes: ((ctx: any) => void)[] = [
    (ctx) => (ctx.workbook.worksheets.getItem('S').getRange('C1').formulas = [['=1+1']]),
    (ctx) => (ctx.workbook.worksheets.getItem('S').getRange('A1').format.fill.color = '#FFFF00'),
    (ctx) => (ctx.workbook.worksheets.getItem('S').getRange('A1').numberFormat = [['0.00']]),
    (ctx) => ctx.workbook.worksheets.getItem('S').getRange('2:3').insert('Down'),
    (ctx) => ctx.workbook.worksheets.getItem('S').getRange('A1:B1').merge(false),
    (ctx) => ctx.workbook.worksheets.getItem('S').notes.add('A1', '说明'),
  ];
  for (const change of changes) {
    await expect(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('T').getRange('B1').values = [['before']];
        change(ctx);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code });
  }
  expect(xl.data().sheets[0].values).toEqual([['a', 1]]);
  expect(xl.data().sheets[1].values).toEqual([['x', 'before']]);
  // Unprotected, the same change goes through.
  xl.userProtect(false, 'S');
  await xl.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('S').getRange('C1').values = [[3]];
    await ctx.sync();
  });
  expect(xl.data().sheets[0].values).toEqual([['a', 1, 3]]);
});
