/** Sheet names the ExcelJS path refuses, said as what they are (the file is not damaged: check reads it). */
import { sheetNameProblem } from '../../../src/gateways/exceljs/sheet-names';

describe('sheetNameProblem', () => {
  test.each([
    [['2024/2025 绩效目标'], /“2024\/2025 绩效目标”含有 Excel 不允许的字符 \//],
    [['表', '附:表?*'], /“附:表\?\*”含有 Excel 不允许的字符 : \? \*/],
    [['a\\b[1]'], /不允许的字符 \\ \[ \]/],
    [["'表"], /以单引号开头或结尾/],
    [['History'], /Excel 保留的名字/],
    [['Sheet1', 'SHEET1'], /有两个工作表都叫“SHEET1”/],
  ])('%j', (names, want) => {
    const line = sheetNameProblem(names)!;
    expect(line).toMatch(want);
    expect(line).toMatch(/改名后再试/);
  });

  test('names Excel allows, long ones and an apostrophe inside among them, are no problem', () => {
    expect(sheetNameProblem(['绩效 表', "O'Brien", '二〇二五年度教师能力提升培训项目支出绩效目标申报表（附件一）', 'Historical'])).toBeNull();
  });
});
