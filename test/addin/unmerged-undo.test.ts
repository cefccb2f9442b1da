/**
 * 插入标准指标 grows the 一级 merged cell over its new row (A6:A12 → A6:A13); 撤销 deletes the row and
 * the merge shrinks back. When the user has unmerged it in between, 撤销 cannot merge again without
 * risking what they typed in the other cells (a merge keeps only the top-left one): it must say so,
 * in one line naming the cells and what to do — not report the table as it was.
 */
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid, type DoubleContext, type ExcelDouble } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';

function host(xl: ExcelDouble) {
  const office = xl.office;
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}
const SHEET = '绩效目标表';
const mergesInA = (xl: ExcelDouble) =>
  (xl.sheetData(SHEET).merges ?? [])
    .filter((m) => m.left === 1)
    .map((m) => `A${m.top}:A${m.bottom}`)
    .sort();
type Sheet = ReturnType<DoubleContext['workbook']['worksheets']['getItem']>;
const user = (xl: ExcelDouble, f: (ws: Sheet) => void) =>
  xl.run(async (ctx) => {
    f(ctx.workbook.worksheets.getItem(SHEET));
    await ctx.sync();
  });

async function inserted(above = 0) {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  const h = host(xl);
  await h.insertRows(1, ['AID-07']);
  expect(mergesInA(xl)).toContain('A6:A13');
  if (above) await user(xl, (ws) => ws.getRange(`1:${above}`).insert('Down'));
  return { xl, h };
}

const LINE = (addr: string, first: string) =>
  `工作表“绩效目标表”的 ${addr} 原是一个合并单元格，“插入标准指标”时扩展到了插入的行；此后该合并已被取消，撤销未重新合并（合并只保留左上角单元格的内容，会清除其他单元格中您可能填写的内容）。如需恢复，请确认 ${addr} 中除 ${first} 外没有要保留的内容，再选中 ${addr}，点击“开始 › 合并后居中”。`;

test('unmerged by the user, then 撤销: the row goes, and one line says A6:A12 is no longer merged, why, and what to do', async () => {
  const { xl, h } = await inserted();
  await user(xl, (ws) => ws.getRange('A6:A13').unmerge());
  const message = String(await h.undo());
  expect(message.endsWith(LINE('A6:A12', 'A6'))).toBe(true);
  expect(mergesInA(xl)).not.toContain('A6:A12');
});

test('unmerged and typed in, with 2 rows inserted above the table since: the line names the area where it is now (A8:A14)', async () => {
  const { xl, h } = await inserted(2);
  await user(xl, (ws) => {
    ws.getRange('A8:A15').unmerge();
    ws.getRange('A10').values = [['用户']];
  });
  const message = String(await h.undo());
  expect(message.endsWith(LINE('A8:A14', 'A8'))).toBe(true);
  expect(xl.sheetData(SHEET).values![9][0]).toBe('用户');
});

test.each([
  ['nothing changed', async () => undefined],
  ['the user unmerged and merged it again', async (xl: ExcelDouble) => user(xl, (ws) => (ws.getRange('A6:A13').unmerge(), ws.getRange('A6:A13').merge()))],
  ['the user inserted a row inside the merged group', async (xl: ExcelDouble) => user(xl, (ws) => ws.getRange('8:8').insert('Down'))],
])('%s, then 撤销: the merge is there, no such line', async (_name, act) => {
  const { xl, h } = await inserted();
  await act(xl);
  const message = String(await h.undo());
  expect(message).not.toMatch(/合并单元格/);
  expect(mergesInA(xl).some((a) => a.startsWith('A6:'))).toBe(true);
});
