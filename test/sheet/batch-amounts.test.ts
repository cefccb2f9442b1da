/**
 * A 资金 block that gives the year's total with the amounts sent now and before (本次下达 / 已下达, 福建
 * county forms): the budget is the total — the batch is not a second budget, wherever it stands.
 */
import { analyse } from '../../src/engine/analyse';
import { makeGrid, type CellValue } from '../../src/sheet/grid';

const GRID: CellValue[][] = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '整治山塘数量', '≥5座'],
  ['产出指标', '成本指标', '整治总成本', '≤500万元'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
];

function read(above: CellValue[][]) {
  const a = analyse([makeGrid('S', [['项目名称', '山塘整治'], ...above, ...GRID], [])]);
  const f = a.projects[0].project.funds;
  return { total: f.total?.value ?? null, fiscal: f.fiscal?.value ?? null, cst: a.diagnostics.filter((d) => d.rule.startsWith('CST')).map((d) => d.rule) };
}

describe('本次下达 / 已下达 beside the year’s total', () => {
  test.each<[string, CellValue[][]]>([
    [
      'columns 本次下达 | 已下达 | 合计',
      [
        [null, '本次下达', '已下达', '合计'],
        ['年度资金总额', 200, 300, 500],
        ['其中：财政拨款', 200, 300, 500],
      ],
    ],
    [
      'columns 已下达 | 本次下达 | 资金总额',
      [
        [null, '已下达', '本次下达', '资金总额'],
        ['年度资金总额', 300, 200, 500],
        ['其中：财政拨款', 300, 200, 500],
      ],
    ],
    [
      'label pairs, the batch first',
      [
        ['本次下达资金', 200, '年度资金总额', 500],
        ['财政拨款', 500, null, null],
      ],
    ],
    [
      'label pairs, the total first',
      [
        ['年度资金总额', 500, '其中：本次下达', 200],
        ['财政拨款', 500, null, null],
      ],
    ],
  ])('%s: the budget is 500', (_, above) => expect(read(above)).toEqual({ total: 500, fiscal: 500, cst: [] }));

  test('“年度资金总额：500万元，其中本次下达200万元” in one cell', () => {
    expect(read([['资金情况', '年度资金总额：500万元，其中本次下达200万元']])).toMatchObject({ total: 500, cst: [] });
  });

  test('label pairs without a batch are read as before', () => {
    expect(read([['项目总预算', 500, '财政拨款', 450, '其他资金', 50]])).toMatchObject({ total: 500, fiscal: 450 });
  });
});

describe('batches and no total (v128): the year’s money is the batches’ sum', () => {
  test('columns 本次下达 | 已下达 and no 合计', () => {
    const got = read([
      [null, '本次下达', '已下达'],
      ['年度资金总额', 200, 300],
      ['其中：财政拨款', 200, 250],
      ['其他资金', null, 50],
    ]);
    expect(got).toEqual({ total: 500, fiscal: 450, cst: [] });
  });

  test('label pairs 本次下达资金 | 已下达资金 and no total line', () => {
    expect(read([['本次下达资金', 200, '已下达资金', 300]])).toMatchObject({ total: 500, cst: [] });
  });

  test('one batch alone is not the year’s money: no budget is guessed', () => {
    expect(read([['本次下达资金', 200]]).total).toBeNull();
    expect(
      read([
        [null, '本次下达'],
        ['年度资金总额', 200],
      ]).total,
    ).toBeNull();
  });
});
