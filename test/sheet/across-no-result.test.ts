/**
 * Formulas saved without a result in a table laid across (indicators in columns): as in an upright table, the
 * 指标值 / 实际完成值 / 分值 they hold are unknown, not empty — one NRM-07 warning per project at the sheet's own cell,
 * no false “no 指标值” (HIE-05) or “no 实际完成值” (SE-02). Three shapes: a 目标表, a 自评表, and the second of two
 * tables stacked on one sheet; and the recipients' table with no label column (level-rows).
 */
import { analyse } from '../../src/engine/analyse';
import type { CellValue, Grid } from '../../src/sheet/grid';
import { makeGrid } from '../../src/sheet/grid';

/** A grid whose cells written "=F" are formulas with no saved result (their value null). */
function sheet(rows: CellValue[][]): Grid {
  const values = rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('=') ? null : v)));
  const g = makeGrid('横排', values);
  g.formulas = rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('=') ? v.slice(1) : null)));
  g.noResult = rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('=') ? true : null)));
  return g;
}

const head = (name: string, budget: number): CellValue[][] => [
  ['项目名称', name],
  ['项目总预算（万元）', budget],
];
const labels: CellValue[][] = [
  ['一级指标', '产出指标', '产出指标', '满意度指标'],
  ['二级指标', '数量指标', '质量指标', '服务对象满意度指标'],
  ['三级指标', '培训人数', '合格率', '学员满意度'],
];

const of = (g: Grid) => {
  const a = analyse([g]);
  return a.diagnostics.filter((d) => ['NRM-07', 'HIE-05', 'SE-02'].includes(d.rule)).map((d) => `${d.rule}@${d.cell} ${d.message.split('，')[0]}`);
};

test('a 目标表 laid across: 指标值 formulas with no result are one NRM-07, not three HIE-05', () => {
  const g = sheet([...head('职业技能培训', 120), ...labels, ['指标值', '=数据!B2', '=数据!B3', '≥90%']]);
  expect(of(g)).toEqual(['NRM-07@B6 2 个单元格是未计算的公式（从“培训人数”起）']);
});

test('a 自评表 laid across: 实际完成值 and 分值 formulas with no result are counted, never asked for as missing', () => {
  const g = sheet([
    ...head('职业技能培训', 120),
    ...labels,
    ['指标值', '≥100人', '100%', '≥90%'],
    ['实际完成值', '=数据!C2', '100%', '=数据!C4'],
    ['分值', 30, '=30', 30],
    ['得分', '=B8', 30, 30],
  ]);
  expect(of(g)).toEqual(['NRM-07@B7 3 个单元格是未计算的公式（从“培训人数”起）']);
});

test('the second of two tables laid across, stacked: its formulas are marked at its own cells', () => {
  const g = sheet([...head('甲项目', 120), ...labels, ['指标值', '≥100人', '100%', '≥90%'], [], ...head('乙项目', 80), ...labels, ['指标值', '≥50人', '=数据!B9', '≥90%']]);
  expect(of(g)).toEqual(['NRM-07@C13 1 个单元格是未计算的公式（从“合格率”起）']);
});

test('a recipients’ table with no label column (一级/二级/三级 rows over each town’s targets): formulas marked too', () => {
  const g = sheet([
    ['项目名称', '农村饮水安全巩固提升'],
    ['项目单位', '产出指标', '产出指标', '满意度指标'],
    [null, '数量指标', '质量指标', '服务对象满意度指标'],
    [null, '改造管网长度', '水质达标率', '群众满意度'],
    ['县水利局', '=数据!B2', '≥95%', '≥90%'],
    ['龙门镇', '12公里', '≥95%', '≥90%'],
  ]);
  g.merges = [{ top: 2, left: 1, bottom: 4, right: 1 }];
  expect(of(g)).toEqual(['NRM-07@B5 1 个单元格是未计算的公式（从“改造管网长度”起）']);
});

test('read from the file: a table laid across saved by a program (<f> and no <v>) gives NRM-07 at the sheet’s cell', async () => {
  const { readGrids } = await import('../../src/gateways/xlsx/read');
  const { rawXlsx } = await import('../helpers/raw-xlsx');
  const fs = await import('fs');
  const os = await import('os');
  const path = await import('path');
  const s = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const line = (r: number, cells: string[]) => `<row r="${r}">${cells.join('')}</row>`;
  const data = [
    line(1, [s('A1', '项目名称'), s('B1', '职业技能培训')]),
    line(2, [s('A2', '项目总预算（万元）'), '<c r="B2"><v>120</v></c>']),
    ...labels.map((l, i) =>
      line(
        3 + i,
        l.map((v, k) => s(`${'ABCD'[k]}${3 + i}`, String(v))),
      ),
    ),
    line(6, [s('A6', '指标值'), '<c r="B6"><f>数据!B2</f></c>', s('C6', '100%'), '<c r="D6"><f>数据!B4</f></c>']),
  ].join('');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-across-')), 'a.xlsx');
  fs.writeFileSync(file, await rawXlsx({ sheets: [{ name: '横排', data }] }));
  expect(of((await readGrids(file))[0])).toEqual(['NRM-07@B6 2 个单元格是未计算的公式（从“培训人数”起）']);
});
