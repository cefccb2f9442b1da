/**
 * The funds as a small table beside the grid (src/sheet/funds-beside.ts, variant v266): read when nothing above
 * gave the money, under a funds heading only, never from a neighbouring indicator table.
 */
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';

const H = ['一级指标', '二级指标', '三级指标', '指标值'];
const rows = (n: number): CellValue[][] => Array.from({ length: n }, (_, i) => ['产出指标', '数量指标', `指标${'甲乙丙丁'[i]}`, `≥${10 + i}个`]);
const beside = (side: CellValue[][], above: CellValue[][] = [['项目名称', '便民服务']]) => {
  const grid = [H, ...rows(4)].map((r, i) => [...r, null, ...(side[i] ?? [null, null])]);
  return recogniseSheet(makeGrid('s', [...above.map((r) => [...r, null, null, null, null, null]), ...grid])).projects;
};
const SIDE: CellValue[][] = [
  ['资金来源', '金额（万元）'],
  ['财政资金', 380],
  ['其他资金', 40],
  ['合计', 420],
];

test('资金来源 | 金额 beside the grid: the budget, its parts', () => {
  const p = beside(SIDE);
  expect(p).toHaveLength(1);
  expect([p[0].funds.total?.value, p[0].funds.fiscal?.value, p[0].funds.other?.value]).toEqual([420, 380, 40]);
  expect(p[0].indicators).toHaveLength(4);
});

test('funds lines above the grid win: the side table is not read', () => {
  const p = beside(SIDE, [
    ['项目名称', '便民服务'],
    ['项目资金总额', 500],
  ]);
  expect(p[0].funds.total?.value).toBe(500);
});

test('no funds heading: amounts in a side column are not the budget', () => {
  expect(beside(SIDE.slice(1)).map((x) => x.funds.total)).toEqual([null]);
});

test('a neighbouring indicator table’s cells are never read as this table’s funds', () => {
  // The right table's header stands on the same row; a 资金来源 block below it belongs to that table.
  const side: CellValue[][] = [
    ['三级指标', '指标值'],
    ['资金来源', '金额'],
    ['财政资金', 90],
    ['合计', 90],
  ];
  const p = beside(side);
  expect(p[0].funds.total).toBeNull();
});

test('a 自评表’s 预算执行情况 beside the grid: 全年预算数 | amount is the budget (variant v387)', () => {
  const side: CellValue[][] = [
    ['预算执行情况', null],
    ['全年预算数（万元）', 286],
    ['全年执行数（万元）', 277.42],
    ['执行率', 0.97],
  ];
  expect(beside(side)[0].funds.total?.value).toBe(286);
});
