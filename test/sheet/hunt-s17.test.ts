/**
 * Session 17's reader families: a grid headed 指标内容 | 预期目标 (no 三级 column), a one-cell 注：… line between indicator
 * rows, a 部门整体 目标表 whose only money is its 年度主要任务 list's 合计 line, and the name --explain shows for a column
 * whose header cell is merged down from the row above.
 */
import { makeGrid, type CellValue, type Merge } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';

const pad = (rows: CellValue[][]) => {
  const w = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<CellValue>(w - r.length).fill(null)]);
};
const NAME: CellValue[] = ['项目名称', '社区养老服务', null, null];
const OUT: CellValue[] = ['产出指标', '数量指标', '服务老人人数', '≥500人'];
const OUT2: CellValue[] = ['产出指标', '质量指标', '服务达标率', '≥95%'];
const SAT: CellValue[] = ['满意度指标', '服务对象满意度指标', '老人满意度', '≥90%'];

describe('一级指标 | 二级指标 | 指标内容 | 预期目标: 指标内容 names the indicators', () => {
  test.each([
    ['指标内容', '预期目标'],
    ['指标内容', '年度预期目标'],
    ['指标内容', '预期目标值'],
    ['指标内容（具体指标）', '指标值'],
  ])('%s | %s', (content, target) => {
    const g = makeGrid('S', pad([NAME, ['一级指标', '二级指标', content, target], OUT, SAT]));
    const p = recogniseSheet(g).projects[0];
    expect([p.columns.level3, p.columns.target, p.columns.description]).toEqual([3, 4, undefined]);
    expect(p.indicators.map((x) => [x.level3, x.target?.raw])).toEqual([
      ['服务老人人数', '≥500人'],
      ['老人满意度', '≥90%'],
    ]);
  });

  test('beside a 三级指标 column, 指标内容 stays an explanation', () => {
    const g = makeGrid(
      'S',
      pad([NAME, ['一级指标', '二级指标', '三级指标', '指标内容', '指标值'], [...OUT.slice(0, 3), '服务的老人', '≥500人'], [...SAT.slice(0, 3), '问卷', '≥90%']]),
    );
    const p = recogniseSheet(g).projects[0];
    expect([p.columns.level3, p.columns.description, p.columns.target]).toEqual([3, 4, 5]);
  });

  test('a 指标说明 beside no 三级 column is not taken for the names', () => {
    const g = makeGrid('S', pad([NAME, ['一级指标', '二级指标', '指标说明', '指标值'], OUT, SAT]));
    expect(recogniseSheet(g).projects[0].columns.level3).toBeUndefined();
  });
});

describe('a one-cell 注：… line between indicator rows', () => {
  test.each(['注：数量指标按季度分解', '注:以验收报告为准', '说明：质量指标以抽检结果为准'])('%s, then indicators: the table goes on', (note) => {
    const g = makeGrid('S', pad([NAME, ['一级指标', '二级指标', '三级指标', '指标值'], OUT, [note], OUT2, SAT]));
    const p = recogniseSheet(g).projects[0];
    expect(p.indicators.map((x) => x.row)).toEqual([3, 5, 6]);
    expect(p.rows.find((x) => x.row === 4)?.role).toBe('note');
  });

  test('with nothing of the grid below it, the note ends the table', () => {
    const g = makeGrid('S', pad([NAME, ['一级指标', '二级指标', '三级指标', '指标值'], OUT, SAT, ['注：本表由项目单位填报'], ['填报人', '张三', null, null]]));
    expect(recogniseSheet(g).projects[0].indicators.map((x) => x.row)).toEqual([3, 4]);
  });

  test('a note with a further text beside it is not a one-cell note: the table ends as before', () => {
    const g = makeGrid('S', pad([NAME, ['一级指标', '二级指标', '三级指标', '指标值'], OUT, ['注：分季度', null, '见附件', null], OUT2, SAT]));
    expect(recogniseSheet(g).projects[0].indicators.map((x) => x.row)).toEqual([3]);
  });
});

describe('部门整体 目标表: the 年度主要任务 list’s 合计 line is the budget when no 年度资金总额 line is given', () => {
  const GRID: CellValue[][] = [
    ['一级指标', '二级指标', '三级指标', '指标值', null],
    [...OUT, null],
    [...SAT, null],
  ];
  const tasks = (total: string | null): CellValue[][] => [
    ['部门（单位）名称', '县文化馆', null, null, null],
    ['年度主要任务', '任务名称', '主要内容', '预算数（万元）', '备注'],
    [null, '送戏下乡', '演出120场', 76, null],
    [null, '场馆开放', '免费开放8个场馆', 41.4, null],
    ...(total === null ? [] : [[null, total, null, 117.4, null]]),
  ];
  const M: Merge[] = [{ top: 2, left: 1, bottom: 5, right: 1 }];

  test.each(['合计', '合    计', '金额合计', '总计'])('%s', (total) => {
    const p = recogniseSheet(makeGrid('S', pad([...tasks(total), ...GRID]), M)).projects[0];
    expect([p.funds.total?.value, p.funds.total?.row, p.funds.total?.col]).toEqual([117.4, 5, 4]);
  });

  test('no 合计 line: no budget (a task’s money is not the department’s)', () => {
    const p = recogniseSheet(makeGrid('S', pad([...tasks(null), ...GRID]))).projects[0];
    expect(p.funds.total).toBeNull();
  });

  test('a 年度资金总额 line wins over the list’s 合计', () => {
    const p = recogniseSheet(makeGrid('S', pad([...tasks('合计'), ['年度资金总额', 120, null, null, null], ...GRID]), M)).projects[0];
    expect(p.funds.total?.value).toBe(120);
  });

  test('预算金额 over 总额 | 财政拨款 | 其他资金: the 合计 line gives the total and its parts', () => {
    const rows: CellValue[][] = [
      ['部门（单位）名称', '县数据局', null, null, null],
      ['年度主要任务', '任务名称', '预算金额（元）', null, null],
      [null, null, '总额', '财政拨款', '其他资金'],
      [null, '系统运维', 300000, 270000, 30000],
      [null, '数据治理', 180000, 162000, 18000],
      ['合计', null, 480000, 432000, 48000],
      ...GRID,
    ];
    const merges: Merge[] = [
      { top: 2, left: 1, bottom: 5, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 5 },
    ];
    const p = recogniseSheet(makeGrid('S', pad(rows), merges)).projects[0];
    expect([p.funds.total?.value, p.funds.fiscal?.value, p.funds.other?.value]).toEqual([480000, 432000, 48000]);
  });
});

describe('a header cell merged down from the row above keeps its name for --explain', () => {
  test('一级指标 | 二级指标 | 三级指标 merged over two header rows, 指标值 over 东县 | 西县', () => {
    const rows: CellValue[][] = [
      ['项目名称', '农田建设', null, null, null],
      ['一级指标', '二级指标', '三级指标', '指标值', null],
      [null, null, null, '东县', '西县'],
      ['产出指标', '数量指标', '新建面积', '≥12万亩', '≥10万亩'],
    ];
    const merges: Merge[] = [
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 2, left: 3, bottom: 3, right: 3 },
      { top: 2, left: 4, bottom: 2, right: 5 },
    ];
    const p = recogniseSheet(makeGrid('S', pad(rows), merges)).projects[0];
    expect(p.headerRow).toBe(3);
    expect([p.headerText[p.columns.level1!], p.headerText[p.columns.level2!], p.headerText[p.columns.level3!]]).toEqual(['一级指标', '二级指标', '三级指标']);
  });
});

describe('资金总额及构成 with the other money in several parts (自有资金 | 其他)', () => {
  const form = (own: string, rest: string): CellValue[][] => [
    ['项目名称', '镇域基础设施', null, null, null],
    ['资金总额及构成', '总额4800万元', '财政拨款：4500万元（其中：上级财政资金：4500万元）', own, rest],
    ['一级指标', '二级指标', '三级指标', '指标值', null],
    [...OUT, null],
  ];
  test.each([
    ['自有资金：0万元', '其他：300万元'],
    ['二、自有资金：0万元', '三、其他：300万元'],
    ['自有资金：120万元', '其他资金：180万元'],
  ])('%s | %s: the parts together are the other money', (own, rest) => {
    const f = recogniseSheet(makeGrid('S', pad(form(own, rest)))).projects[0].funds;
    expect([f.total?.value, f.fiscal?.value, f.other?.value]).toEqual([4800, 4500, 300]);
  });

  test('parts that do not close the total are left as read (CST-01 says so)', () => {
    const f = recogniseSheet(makeGrid('S', pad(form('自有资金：0万元', '其他：200万元')))).projects[0].funds;
    expect(f.other?.value).toBe(0);
  });
});

describe('项目总投资 beside 其中：本年度安排: the year’s money is the budget', () => {
  const form = (invest: string, year: string): CellValue[][] => [
    ['项目名称', '高标准农田', null, null, null],
    ['项目资金（万元）', invest, 14400, year, 4800],
    ['一级指标', '二级指标', '三级指标', '指标值', null],
    [...OUT, null],
  ];
  test.each([
    ['项目总投资', '其中：本年度安排'],
    ['总投资', '本年安排资金'],
    ['项目总投资（万元）', '当年预算'],
  ])('%s | %s', (invest, year) => {
    expect(recogniseSheet(makeGrid('S', pad(form(invest, year)))).projects[0].funds.total?.value).toBe(4800);
  });
  test('the investment alone stays the budget', () => {
    const g = makeGrid('S', pad([['项目名称', '高标准农田', null, null, null], ['项目资金（万元）', '项目总投资', 14400, null, null], ...form('', '').slice(2)]));
    expect(recogniseSheet(g).projects[0].funds.total?.value).toBe(14400);
  });
});
