/**
 * A small table one or two blank rows under the indicator grid, in the same columns — a 资金来源 table, a
 * schedule, a cost breakdown, a list of roads, each with or without a title line — is not read into the project
 * above (it gave 1–5 false indicators, each with HIE-01/HIE-02 errors). Rows after a gap that still read as the
 * grid's indicators (known 一级/二级, levels written once, a placeholder, the sheet's 总分, a grid whose own labels
 * are not the catalogue's) stay in the table.
 */
import { analyse } from '../../src/engine/analyse';
import { fileReport } from '../../src/engine/report';
import { makeGrid, type CellValue } from '../../src/sheet/grid';

const H = ['一级指标', '二级指标', '三级指标', '指标值', '备注'];
const head: CellValue[][] = [['项目名称', '农村公路养护', null, null, null], ['项目总预算（万元）', 300, null, null, null], H];
const GRID: CellValue[][] = [
  ['产出指标', '数量指标', '养护里程', '≥120公里', null],
  ['产出指标', '质量指标', '优良路率', '≥80%', null],
  ['效益指标', '社会效益指标', '通行条件', '明显改善', null],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', null],
];
const gap = (n: number): CellValue[][] => Array.from({ length: n }, () => []);

const BLOCKS: Record<string, CellValue[][]> = {
  资金来源: [
    ['资金来源', '预算数', '执行数', '备注', null],
    ['财政拨款', 250, 240, null, null],
    ['其他资金', 50, 45, null, null],
    ['合计', 300, 285, null, null],
  ],
  资金构成带标题: [
    ['项目资金构成', null, null, null, null],
    ['资金来源', '金额（万元）', '占比', null, null],
    ['中央补助', 200, '66.7%', null, null],
    ['县级配套', 100, '33.3%', null, null],
  ],
  实施进度: [
    ['实施阶段', '起止时间', '主要内容', '责任单位', null],
    ['前期准备', '2024年1-3月', '摸底调查', '交通局', null],
    ['组织实施', '2024年4-10月', '日常养护', '养护站', null],
    ['验收', '2024年11-12月', '检查验收', '交通局', null],
  ],
  支出明细: [
    ['支出内容', '数量', '单价（元）', '金额（万元）', null],
    ['路面修补', '1200平方米', 150, 18, null],
    ['边沟清理', '80公里', 500, 4, null],
    ['桥涵维护', '12座', 10000, 12, null],
  ],
  路线清单: [
    ['序号', '路线名称', '里程（公里）', '养护等级', null],
    [1, '城关—东山', 32, '一级', null],
    [2, '东山—西岭', 41, '二级', null],
    [3, '西岭—南坪', 28, '二级', null],
  ],
};

const read = (rows: CellValue[][]) => {
  const r = fileReport('f', analyse([makeGrid('S', [...head, ...rows])]));
  return { p: r.projects, errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}@${d.cell}`) };
};

for (const [name, block] of Object.entries(BLOCKS))
  for (const n of [1, 2])
    test(`${name}, ${n} blank row(s) under the grid: not indicators, no errors`, () => {
      const { p, errors } = read([...GRID, ...gap(n), ...block]);
      expect([p.length, p[0].indicators.map((i) => i.row)]).toEqual([1, [4, 5, 6, 7]]);
      expect(errors).toEqual([]);
      expect(p[0].rows.every((x) => x.row <= 7)).toBe(true);
    });

test('after a blank row, indicators with known labels go on', () => {
  const { p } = read([...GRID.slice(0, 2), [], ...GRID.slice(2)]);
  expect(p[0].indicators.map((i) => i.row)).toEqual([4, 5, 7, 8]);
});

test('after a blank row, rows with the levels left empty (written once above) go on', () => {
  const { p } = read([...GRID, [], [null, null, '养护及时率', '≥95%', null], [null, null, '投诉办结率', '100%', null]]);
  expect(p[0].indicators.map((i) => i.row)).toEqual([4, 5, 6, 7, 9, 10]);
});

test('after a blank row, a placeholder row and the sheet’s 总分 stay the table’s', () => {
  const { p } = read([...GRID, [], ['……', '……', '……', null, null], ['总分', null, null, 100, null]]);
  expect(p[0].rows.filter((x) => x.row > 7).map((x) => `${x.row} ${x.role}`)).toEqual(['8 blank', '9 placeholder', '10 total']);
});

test('a grid whose own labels are not the catalogue’s goes on after a blank row', () => {
  const own: CellValue[][] = [
    ['项目产出', '工作量', '养护里程', '≥120公里', null],
    ['项目产出', '工作质量', '优良路率', '≥80%', null],
    [],
    ['项目效果', '社会影响', '通行条件', '明显改善', null],
  ];
  expect(read(own).p[0].indicators.map((i) => i.row)).toEqual([4, 5, 7]);
});

for (const [name, block] of Object.entries(BLOCKS))
  test(`${name} right under the grid, no blank row: not indicators`, () => {
    const { p, errors } = read([...GRID, ...block.filter((x) => x.filter((c) => c !== null).length > 1)]);
    expect([p.length, p[0].indicators.map((i) => i.row)]).toEqual([1, [4, 5, 6, 7]]);
    expect(errors).toEqual([]);
  });

test('right under the grid, one row of another kind alone (a stray line) is read as before', () => {
  const { p } = read([...GRID, ['社会效益', '群众出行', '出行时间', '缩短', null]]);
  expect(p[0].indicators.map((i) => i.row)).toEqual([4, 5, 6, 7, 8]);
});

test('a 资金来源 table between two stacked projects belongs to the one above: the one below keeps its own budget', () => {
  const second: CellValue[][] = [['项目名称', '农村饮水安全', null, null, null], ['项目总预算（万元）', 80, null, null, null], H, ...GRID];
  const r = fileReport('f', analyse([makeGrid('S', [...head, ...GRID, [], ...BLOCKS['资金来源'], [], ...second])]));
  expect(r.projects.map((p) => [p.name, p.budget.total, p.indicators.length])).toEqual([
    ['农村公路养护', 300, 4],
    ['农村饮水安全', 80, 4],
  ]);
  expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}@${d.cell}`)).toEqual([]);
});
