/**
 * 插入标准指标 then 撤销 (issue 8): the pane's line must count what happened. The standard row joins
 * 产出指标's merged 一级 cell (A6:A12 grows to A13); the merge's other cells were empty before and
 * after, so they are no change of ours — and never a change "left alone" (the line once said
 * 6 处…已被改动…保持原样 though the user changed nothing). Inside an Excel table or not.
 */
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';
import { addTable } from '../helpers/excel-tables';
import { HISTORY_KEY, readHistory } from '../../src/addin/history';
import { encodeUndo } from '../../src/gateways/office';

function host(xl: ExcelDouble) {
  const office = xl.office;
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}
const values = (xl: ExcelDouble) => JSON.stringify(xl.sheetData('绩效目标表').values);

describe.each([
  ['inside an Excel table', true],
  ['without a table', false],
])('插入标准指标 into a merged 一级 group, %s', (_name, withTable) => {
  async function inserted() {
    const xl = createExcelDouble(fromGrid(generateGrid(30)));
    if (withTable) await addTable(xl, 'B5:E19', '指标表');
    const before = values(xl);
    const h = host(xl);
    await h.insertRows(1, ['AID-07']);
    expect(
      xl
        .sheetData('绩效目标表')
        .values![12].slice(1, 5)
        .every((v) => v !== null),
    ).toBe(true); // the new row, 13
    return { xl, h, before };
  }

  test('then 撤销, nothing changed by the user: the row taken back, nothing reported as left alone', async () => {
    const { xl, h, before } = await inserted();
    const message = await h.undo();
    expect(message).toBe('已撤销插入的 1 行。');
    expect(values(xl)).toBe(before);
  });

  test('then the user edits the new row’s 指标值, then 撤销: the row is kept and said so', async () => {
    const { xl, h } = await inserted();
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('绩效目标表').getRange('E13').values = [['用户改的']];
      await ctx.sync();
    });
    const message = await h.undo().catch((e: Error) => e.message);
    // B13:D13 emptied again (3), E13 the user's (1): nothing else counted (A13 is the merge's, empty).
    expect(message).toBe('已撤销 3 处修改；1 处在上次操作之后已被改动、已由 Excel 撤销或所在行已删除，保持原样。1 行插入的行已不在或其中已有其他内容，未删除。');
    expect(xl.sheetData('绩效目标表').values![12][4]).toBe('用户改的');
  });

  test('a record saved before the fix (the merge’s empty cells A7:A12 in it): 撤销 says the same', async () => {
    const { xl, h, before } = await inserted();
    const settings = xl.office.context.document.settings;
    const entries = readHistory(settings);
    const u = entries[entries.length - 1].record.sheets[0];
    u.contents.push({ col: 1, top: 7, values: ['', '', '', '', '', ''] });
    u.written!.contents.push({ col: 1, top: 7, values: ['', '', '', '', '', ''] });
    settings.set(HISTORY_KEY, JSON.stringify(entries.map((e) => ({ k: e.kind, j: encodeUndo(e.record) }))));
    await new Promise((done) => settings.saveAsync(() => done(undefined)));
    expect(await h.undo()).toBe('已撤销插入的 1 行。');
    expect(values(xl)).toBe(before);
  });

  test('the user unmerges the grown 一级 cell and types in A8, then 撤销: A8 is kept, the row taken back', async () => {
    const { xl, h } = await inserted();
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('绩效目标表');
      ws.getRange('A6:A13').unmerge();
      ws.getRange('A8').values = [['用户']];
      await ctx.sync();
    });
    // A8 was never changed by the add-in (empty inside the merge before and after): kept, not counted;
    // the merge is not made again over it, and the line says so (unmerged-undo.test.ts).
    expect(await h.undo()).toMatch(/^已撤销插入的 1 行。工作表“绩效目标表”的 A6:A12 原是一个合并单元格/);
    const now = xl.sheetData('绩效目标表');
    expect(now.values!.slice(5, 13).map((r) => r[0])).toEqual(['产出指标', null, '用户', null, null, null, null, '效益指标']);
    expect(now.merges?.some((m) => m.left === 1 && m.top <= 8 && m.bottom >= 8)).toBe(false); // not merged over the user's text
  });
});
