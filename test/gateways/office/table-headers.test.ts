/**
 * A plan writing into an Excel table's header row (issue 8, Office's real limits). Excel keeps a
 * table's header cells non-empty and different from each other (src/double/table-headers.ts): a
 * header written empty comes back as Column1, a repeated name as 名称2 — not what the plan wrote,
 * so the journal would no longer match and 撤销 would leave the cell. The write path refuses such a
 * plan before anything is written, in one Chinese line; a header name Excel keeps as written goes
 * through (the table keeps it as the column's name). Two names swapped in one plan are refused too:
 * the plan's writes may reach Excel in more than one Range write, and the first would repeat a name.
 */
import { createExcelDouble, type ExcelDouble } from '../../../src/double';
import { ALL_CAPABILITIES, applyPlan, readSnapshot } from '../../../src/gateways/office';
import type { Plan } from '../../../src/sheet/plan';
import { addTable } from '../../helpers/excel-tables';

// B3:D6: a table named 表1, header 名称 | 数量 | Note, three body rows.
async function book(): Promise<ExcelDouble> {
  const values: unknown[][] = [[], [], [null, '名称', '数量', 'Note']];
  for (let r = 4; r <= 6; r++) values.push([null, `x${r}`, r, null]);
  const xl = createExcelDouble({ sheets: [{ name: 'S', values: values as never }] });
  await addTable(xl, 'B3:D6', '表1', 'S');
  return xl;
}
const write = (cells: [number, number, string][]): Plan => ({ edits: cells.map(([row, col, value]) => ({ kind: 'value' as const, sheet: 'S', row, col, value })) });
const values = (xl: ExcelDouble) => JSON.stringify(xl.sheetData('S').values);

async function apply(xl: ExcelDouble, plan: Plan) {
  return xl.run(async (ctx) => {
    const snap = await readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES });
    return applyPlan(ctx, plan, snap, { capabilities: ALL_CAPABILITIES });
  });
}

test('a header cell written empty: refused in one Chinese line naming the cell and the table, nothing written', async () => {
  const xl = await book();
  const before = values(xl);
  await expect(apply(xl, write([[3, 4, '']]))).rejects.toThrow(/^未写入：工作表“S”的 D3 是 Excel 表格的标题：Excel 不允许标题为空.*（表格“表1”，B3:D6）/);
  expect(values(xl)).toBe(before);
});

test('a header name another column of the table has (any case): refused, nothing written', async () => {
  const xl = await book();
  const before = values(xl);
  await expect(apply(xl, write([[3, 4, '名称']]))).rejects.toThrow(/^未写入：工作表“S”的 D3 是 Excel 表格的标题：.*同名.*（表格“表1”，B3:D6）/);
  await expect(apply(xl, write([[3, 2, 'NOTE']]))).rejects.toThrow(/^未写入：工作表“S”的 B3 是 Excel 表格的标题：表格中已有同名的列“NOTE”/);
  await expect(
    apply(
      xl,
      write([
        [4, 2, 'y'],
        [3, 3, '新'],
        [3, 4, '新'],
      ]),
    ),
  ).rejects.toThrow(/的 C3 是 Excel 表格的标题/);
  expect(values(xl)).toBe(before);
});

test('header names Excel keeps (new ones, or a column’s own name again) and empty body cells: written as planned', async () => {
  const xl = await book();
  await apply(
    xl,
    write([
      [3, 4, '说明'],
      [3, 2, '名目'],
      [3, 3, '数量'],
      [5, 2, ''],
    ]),
  );
  expect(xl.sheetData('S').values?.slice(2, 5)).toEqual([
    [null, '名目', '数量', '说明'],
    [null, 'x4', 4, null],
    [null, null, 5, null],
  ]);
});
