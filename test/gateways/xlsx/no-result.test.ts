/**
 * A formula saved without a result (<f> and no <v>: a workbook written by a program, never opened in Excel)
 * is unknown, not empty: both readers mark it, check says so once per project (NRM-07) instead of a false
 * “no 指标值” (HIE-05) or “no 实际完成值” (SE-02). <v></v> is a result (empty text) and reads as empty, as before.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';
import { readWorkbook } from '../../../src/gateways/exceljs/read';
import { readGrids } from '../../../src/gateways/xlsx/read';
import type { Grid } from '../../../src/sheet/grid';
import { rawXlsx } from '../../helpers/raw-xlsx';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-noresult-'));
const s = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${t}</t></is></c>`;
const n = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;
const HEAD = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];

let made = 0;
/** A 自评表 (files numbered, not random, so a run repeats): rows 5–6's 实际完成值 and 得分 are formulas, and `target5` is row 5's 指标值; `actual5` says how row 5's 实际完成值 was saved. */
async function book(actual5: string, target5 = '<c r="D5"><f>数据!B2</f></c>'): Promise<string> {
  const row = (r: number, cells: string[]) => `<row r="${r}">${cells.join('')}</row>`;
  const data = [
    row(1, [s('A1', '项目名称'), s('B1', '职业技能培训')]),
    row(2, [s('A2', '预算数'), n('B2', 100), s('C2', '执行数'), n('D2', 100)]),
    row(
      4,
      HEAD.map((h, i) => s(`${'ABCDEFG'[i]}4`, h)),
    ),
    row(5, [s('A5', '产出指标'), s('B5', '数量指标'), s('C5', '培训人次'), target5, actual5, n('F5', 50), '<c r="G5"><f>F5</f></c>']),
    row(6, [s('A6', '满意度指标'), s('B6', '服务对象满意度指标'), s('C6', '学员满意度'), s('D6', '≥90%'), '<c r="E6"><f>数据!B3</f></c>', n('F6', 40), '<c r="G6"><f>F6</f></c>']),
  ].join('');
  const file = path.join(tmp, `book-${++made}.xlsx`);
  fs.writeFileSync(file, await rawXlsx({ sheets: [{ name: '自评表', data }] }));
  return file;
}

const marked = (g: Grid) => (g.noResult ?? []).flatMap((row, r) => (row ?? []).flatMap((x, c) => (x ? [`${String.fromCharCode(65 + c)}${r + 1}`] : []))).sort();

async function run(...argv: string[]) {
  const out: string[] = [];
  const code = await main(argv, { log: (x) => out.push(x), err: (x) => out.push(x) });
  return { code, out: out.join('\n') };
}

test('both readers mark formulas with no <v>, and only those (ExcelJS drops an empty text result: it cannot tell <v></v>)', async () => {
  const file = await book('<c r="E5" t="str"><f>IF(1,"","")</f><v></v></c>');
  const sparse = (await readGrids(file))[0];
  expect(marked(sparse)).toEqual(['D5', 'E6', 'G5', 'G6']);
  expect(sparse.values[4][3] ?? null).toBeNull();
  const none = await book('<c r="E5"><f>数据!B4</f></c>');
  expect(marked((await readWorkbook(none)).grids[0])).toEqual(marked((await readGrids(none))[0]));
  expect(marked((await readGrids(none))[0])).toEqual(['D5', 'E5', 'E6', 'G5', 'G6']);
});

test('check: one information line for the project, no false “no 指标值” or “no 实际完成值”', async () => {
  const file = await book('<c r="E5"><f>数据!B4</f></c>');
  const r = await run('check', file);
  expect(r.out).toContain('NRM-07');
  expect(r.out).toContain('3 个单元格是未计算的公式（从“培训人次”起）'); // D5, E5, E6: not the 得分 formulas
  expect(r.out).not.toContain('HIE-05');
  expect(r.out).not.toContain('SE-02');
  expect(r.code).toBe(0);
});

test('a formula whose saved result is empty text is empty: its 实际完成值 is still asked for', async () => {
  const r = await run('check', await book('<c r="E5" t="str"><f>IF(1,"","")</f><v></v></c>', s('D5', '≥100人次')), '--verbose');
  expect(r.out).toContain('1 个单元格是未计算的公式（从“学员满意度”起）'); // E6
  expect(r.out).toMatch(/SE-02 +1 项指标的实际完成值待填写（从“培训人次”起）/);
});
