/**
 * Session 18: the 自评表 shapes session 17 left (variants v386, v387, v389, v392, v358, v362). The sheet's own 总分 under a
 * 项目资金 block that fills the rows below the grid; a one-line funds line whose 得分 has no label (“… | 分值 | 10 | 10”);
 * 全年执行数 in the funds lines beside the grid; 年度预算数 | amount | 全年执行数 | amount above the grid. Each is read, the
 * execution scored, and fill adds no second funds block or 总分 line.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { makeGrid, type CellValue, type Grid, type Merge } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';

const pad = (rows: CellValue[][], w = Math.max(...rows.map((r) => r.length))) => rows.map((r) => [...r, ...Array<CellValue>(w - r.length).fill(null)]);
const HEAD = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
const GRID: CellValue[][] = [
  ['产出指标', '数量指标', '培训人数', '≥500人', '520人', 30, 30],
  ['产出指标', '质量指标', '培训合格率', '≥95%', '97%', 30, 30],
  ['效益指标', '社会效益指标', '就业率', '≥80%', '85%', 20, 20],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '93%', 10, 10],
];
const NAME: CellValue[] = ['项目名称', '职业技能培训'];

const plan = (g: Grid) => {
  const a = analyse([g], DEFAULT_CONFIG);
  return { a, edits: planAll([g], a, DEFAULT_CONFIG, { fix: false, highlight: false, fill: true }).edits };
};
const inserts = (g: Grid) => plan(g).edits.filter((e) => e.kind === 'insertRows');

describe('a 项目资金 block below the grid, then the sheet’s own 总分 (v386)', () => {
  const block = (parts: CellValue[][], gap = 0, total: CellValue[] = ['总分', null, null, null, null, 100, 100, '优']): CellValue[][] => [
    NAME,
    HEAD,
    ...GRID,
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 138, 138, 138, 10, 1, 10],
    ...parts,
    ...Array.from({ length: gap }, () => []),
    total,
  ];
  const PARTS: CellValue[][] = [
    [null, '其中：当年财政拨款', 120, 120, 120, '—', null, '—'],
    [null, '上年结转资金', null, null, null, '—', null, '—'],
    [null, '其他资金', 18, 18, 18, '—', null, '—'],
  ];

  test.each([
    ['three 其中 lines', PARTS, 0],
    ['three 其中 lines and a blank row', PARTS, 1],
    [
      'four 其中 lines',
      [
        [null, '其中：中央财政', 60, 60, 60],
        [null, '省级财政', 40, 40, 40],
        [null, '县级财政', 20, 20, 20],
        [null, '其他资金', 18, 18, 18],
      ],
      0,
    ],
    [
      'five 其中 lines',
      [
        [null, '其中：中央财政', 50, 50, 50],
        [null, '省级财政', 30, 30, 30],
        [null, '市级财政', 20, 20, 20],
        [null, '县级财政', 20, 20, 20],
        [null, '其他资金', 18, 18, 18],
      ],
      0,
    ],
  ])('%s: the 总分 line is the sheet’s, and fill adds none', (_, parts, gap) => {
    const rows = block(parts as CellValue[][], gap);
    const g = makeGrid('自评表', pad(rows));
    const p = recogniseSheet(g).projects[0];
    expect(p.total?.row).toBe(rows.length);
    expect(p.total?.score).toBe(100);
    expect(p.rows[p.rows.length - 1]).toMatchObject({ row: rows.length, role: 'total' });
    expect(inserts(g)).toEqual([]);
  });

  test('a note after the block is no total: fill still adds its 总分 line', () => {
    const g = makeGrid('自评表', pad(block(PARTS, 0, ['注：金额单位为万元。'])));
    expect(recogniseSheet(g).projects[0].total).toBeNull();
    expect(inserts(g)).toHaveLength(1);
  });

  test('a 总分 line three blank rows further down is not the block’s', () => {
    const g = makeGrid('自评表', pad(block(PARTS, 3)));
    expect(recogniseSheet(g).projects[0].total).toBeNull();
  });
});

describe('a one-line funds line whose 得分 has no label: “… | 分值 | 10 | 10” (v392, v358, v362)', () => {
  const line = (tail: CellValue[]): CellValue[] => ['全年预算数（万元）', 420, '全年执行数（万元）', 410, '执行率', 0.9762, ...tail];
  const sheet = (funds: CellValue[], merges: Merge[] = []) =>
    makeGrid('自评表', pad([['项目支出绩效自评表'], NAME, funds, HEAD, ...GRID, ['总分', null, null, null, null, 100, 99.76]]), merges);

  test.each([
    ['分值 | 10 | 9.76', line(['分值', 10, 9.76]), 9.76],
    ['分值 | 10 | 10', line(['分值', 10, 10]), 10],
    ['权重 | 10 | 0', line(['权重', 10, 0]), 0],
  ])('%s: the amount after the 分值 is its 得分, and fill adds no funds block', (_, funds, score) => {
    const g = sheet(funds);
    const p = recogniseSheet(g).projects[0];
    expect([p.funds.weight?.value, p.funds.score?.value, p.funds.score?.col]).toEqual([10, score, 9]);
    expect(inserts(g)).toEqual([]);
  });

  test('a 分值 merged over two columns: the 得分 stands after the merge', () => {
    const g = sheet(line(['分值', 10, null, 9.5]), [{ top: 3, bottom: 3, left: 8, right: 9 }]);
    expect(recogniseSheet(g).projects[0].funds.score).toMatchObject({ value: 9.5, col: 10 });
  });

  test('a number above the 分值 is not its 得分', () => {
    const p = recogniseSheet(sheet(line(['分值', 10, 12]))).projects[0];
    expect([p.funds.weight?.value, p.funds.score]).toEqual([10, null]);
  });

  test('a labelled 得分 wins', () => {
    const p = recogniseSheet(sheet(line(['分值', 10, '得分', 9.7]))).projects[0];
    expect(p.funds.score).toMatchObject({ value: 9.7, col: 10 });
  });
});

describe('全年执行数 in the funds lines beside the grid (v387)', () => {
  const beside = (side: CellValue[][]) =>
    makeGrid('自评表', pad([NAME, [...HEAD, null, '预算执行情况', null], ...GRID.map((r, i) => [...pad([r], 8)[0], null, ...(side[i] ?? [])])]));

  test.each([
    ['全年执行数（万元）', 277.42],
    ['执行数', 277.42],
    ['全年执行数', '277.42'],
  ])('%s | amount: the execution is read and scored', (label, amount) => {
    const g = beside([
      ['全年预算数（万元）', 286],
      [label, amount],
      ['执行率', 0.97],
    ]);
    const { a } = plan(g);
    const p = a.projects[0];
    expect([p.project.funds.total?.value, p.project.funds.executed?.value]).toEqual([286, 277.42]);
    expect([p.score.execution.rate, p.score.execution.score]).toEqual([0.97, 9.7]);
  });

  test('no 执行数 line: the budget alone, as before', () => {
    const p = recogniseSheet(beside([['全年预算数（万元）', 286]])).projects[0];
    expect([p.funds.total?.value, p.funds.executed]).toEqual([286, null]);
  });
});

describe('年度预算数 | amount | 全年执行数 | amount above the grid (v389, v358, v113, v307)', () => {
  const sheet = (funds: CellValue[], head: CellValue[][] = [HEAD]) => makeGrid('自评表', pad([['项目支出绩效自评表'], NAME, funds, ...head, ...GRID]));

  test.each([
    ['年度预算数（万元）', '全年执行数（万元）'],
    ['年度预算数', '执行数'],
    ['年度预算数(万元)', '预算执行数(万元)'],
  ])('%s | 48 | %s | 47.28: budget and execution', (budget, executed) => {
    const p = recogniseSheet(sheet([budget, 48, executed, 47.28])).projects[0];
    expect([p.funds.total?.value, p.funds.executed?.value]).toEqual([48, 47.28]);
  });

  test('beside a 全年预算数 on the same line, 全年预算数 is the budget', () => {
    const p = recogniseSheet(sheet(['年度预算数', 50, '全年预算数', 48, '全年执行数', 47.28])).projects[0];
    expect([p.funds.total?.value, p.funds.executed?.value]).toEqual([48, 47.28]);
  });

  test('a two-row grid header with a year over 年度指标值 under the line (v312): still a line', () => {
    const head: CellValue[][] = [
      ['一级指标', '二级指标', '三级指标', 2024, null, '分值', '得分', '偏差原因分析'],
      [null, null, null, '年度指标值', '实际完成值'],
    ];
    const p = recogniseSheet(sheet(['年度预算数（万元）', 420, '执行数（万元）', 420, '执行率', 1, '分值', 10], head)).projects[0];
    expect([p.funds.total?.value, p.funds.executed?.value, p.funds.weight?.value]).toEqual([420, 420, 10]);
  });

  test('with the 预算执行率 line inside the grid, the execution scores 9.85 as the sheet says', () => {
    const g = makeGrid('自评表', pad([NAME, ['年度预算数（万元）', 48, '全年执行数（万元）', 47.28], HEAD, ['预算执行率', null, null, '100%', 0.985, 10, 9.85], ...GRID]));
    const { a, edits } = plan(g);
    expect(a.projects[0].score.execution.score).toBe(9.85);
    expect(edits.filter((e) => e.kind === 'insertRows')).toHaveLength(1); // the 总分 line only
  });
});
