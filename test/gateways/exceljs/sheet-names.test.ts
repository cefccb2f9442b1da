/** Sheet names the ExcelJS path refuses, said as what they are (the file is not damaged: check reads it). */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { book } from '../../../scripts/hostile/xlsx';
import { openForWrite } from '../../../src/gateways/exceljs/read';
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

describe('the ExcelJS path takes the names a file holds (session 13)', () => {
  test('loading: only "History" and names differing by case are still refused', () => {
    expect(sheetNameProblem(['2024/2025 绩效目标', "'表'", '附:表[1]', '二〇二五年度市级教师能力提升培训项目支出绩效目标申报表（附件一）'], true)).toBeNull();
    expect(sheetNameProblem(['History'], true)).toMatch(/保留的名字/);
    expect(sheetNameProblem(['表', '表'], true)).toMatch(/有两个工作表都叫“表”/);
  });

  test('a workbook with / [ ] : and a 34-character name loads with its names whole; ExcelJS’s own setter is back afterwards', async () => {
    const names = ['2024/2025 绩效目标', '附:表[1]', "绩效目标'", '二〇二五年度市级教师能力提升培训项目支出绩效目标申报表（附件一之二）'];
    const buf = await book({ sheets: names.map((name) => ({ name, rows: [['一级指标', '二级指标']] })) });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-names-'));
    const file = path.join(dir, 'in.xlsx');
    fs.writeFileSync(file, buf);
    const { workbook } = await openForWrite(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(names);
    expect(() => new ExcelJS.Workbook().addWorksheet('a/b')).toThrow();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
