/**
 * Session 22: a 自评表 whose funds heads stand over two rows — 预算数 merged over 年初 | 全年 (the other heads merged down), or
 * a head of no role (资金情况) over 年初预算数 | 全年预算数 | 全年执行数. The budget was read from the 年初 column (the first
 * cell under 预算数): 300 for 320, an execution rate of 101.33 %, a false SE-06 error (得分 9.5 “should be” 10) and a false
 * SE-11 warning (执行数 over 预算数).
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { makeGrid, type CellValue, type Merge } from '../../src/sheet/grid';

const GRID: CellValue[][] = [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ['产出指标', '数量指标', '改造学校食堂数量', '≥6所', '6所', 20, 20, null],
  ['产出指标', '质量指标', '食品安全检查合格率', '100%', '100%', 15, 15, null],
  ['产出指标', '时效指标', '开学前完工率', '≥95%', '100%', 15, 15, null],
  ['效益指标', '社会效益指标', '受益学生人数', '≥4500人', '4620人', 30, 30, null],
  ['满意度指标', '服务对象满意度指标', '学生及家长满意度', '≥90%', '96%', 10, 10, null],
  ['总分', null, null, null, null, 100, 99.5, null],
];

/** Title, name, the two head rows and the amounts line (rows 3–5), then the grid from row 6. */
function sheet(heads: CellValue[][], amounts: CellValue[], merges: Merge[]) {
  const values = [['项目支出绩效自评表'], ['项目名称', '中小学食堂改造项目'], ...heads, amounts, ...GRID];
  return makeGrid('自评表', values, merges);
}
const down = (c: number): Merge => ({ top: 3, left: c, bottom: 4, right: c });
const across = (l: number, r: number): Merge => ({ top: 3, left: l, bottom: 3, right: r });

function read(g: ReturnType<typeof sheet>) {
  const p = analyse([g], DEFAULT_CONFIG).projects[0];
  return {
    budget: p.project.funds.total?.value ?? null,
    executed: p.project.funds.executed?.value ?? null,
    found: p.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.rule}@${d.cell}`),
    total: p.score.total,
  };
}

test('预算数 over 年初 | 全年, the other heads merged down: the budget is the 全年 column', () => {
  const g = sheet(
    [
      ['项目资金（万元）', '预算数', null, '全年执行数', '分值', '执行率', '得分'],
      [null, '年初', '全年'],
    ],
    ['年度资金总额', 300, 320, 304, 10, 0.95, 9.5],
    [down(1), across(2, 3), down(4), down(5), down(6), down(7)],
  );
  expect(read(g)).toEqual({ budget: 320, executed: 304, found: [], total: 99.5 });
});

test('a head of no role over 年初预算数 | 全年预算数 | 全年执行数, 分值 | 执行率 | 得分 merged down', () => {
  const g = sheet(
    [
      ['项目资金（万元）', '资金情况', null, null, '分值', '执行率', '得分'],
      [null, '年初预算数', '全年预算数', '全年执行数'],
    ],
    ['年度资金总额', 300, 320, 304, 10, 0.95, 9.5],
    [down(1), across(2, 4), down(5), down(6), down(7)],
  );
  expect(read(g)).toEqual({ budget: 320, executed: 304, found: [], total: 99.5 });
});

test('预算数 over 年初 | 调整后 and 执行情况 over 全年执行数 | 执行率: each sub-head names its column', () => {
  const g = sheet(
    [
      ['项目资金（万元）', '预算数', null, '执行情况', null, '分值', '得分'],
      [null, '年初', '调整后', '全年执行数', '执行率'],
    ],
    ['年度资金总额', 300, 320, 304, 0.95, 10, 9.5],
    [down(1), across(2, 3), across(4, 5), down(6), down(7)],
  );
  expect(read(g)).toEqual({ budget: 320, executed: 304, found: [], total: 99.5 });
});

test('a one-row funds header is read as before (年初 | 全年 | 执行数 | 分值 | 执行率 | 得分)', () => {
  const g = sheet([['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']], ['年度资金总额', 300, 320, 304, 10, 0.95, 9.5], []);
  expect(read(g)).toEqual({ budget: 320, executed: 304, found: [], total: 99.5 });
});

/**
 * A flat 自评 list: several projects' rows under one header, 项目名称 | 预算数 | 执行数 merged down each project. The 执行数
 * column had no role: every project was 自评得分不完整 (no execution score), and fill's 预算执行情况 lines under each
 * project left 全年执行数 empty though the list states it.
 */
describe('flat 自评 list with 预算数 | 执行数 columns', () => {
  const rows: [string, number, number][] = [
    ['农村饮水安全巩固提升项目', 260, 260],
    ['乡镇卫生院标准化建设项目', 180, 171],
  ];
  const IND: CellValue[][] = [
    ['产出指标', '数量指标', '数量', '≥3个', '3个', 50, 50],
    ['效益指标', '社会效益指标', '受益人口', '≥1万人', '1.2万人', 30, 30],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, 10],
  ];
  function flat(execHead: string) {
    const values: CellValue[][] = [
      ['2024年度项目支出绩效自评汇总表'],
      ['项目名称', '预算数（万元）', execHead, '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ];
    const merges: Merge[] = [];
    for (const [name, budget, spent] of rows) {
      const top = values.length + 1;
      IND.forEach((r, i) => values.push(i === 0 ? [name, budget, spent, ...r] : [null, null, null, ...r]));
      for (const c of [1, 2, 3]) merges.push({ top, left: c, bottom: top + IND.length - 1, right: c });
    }
    return makeGrid('自评汇总', values, merges);
  }
  test.each(['执行数（万元）', '全年执行数', '实际支出数（万元）'])('head %s: each project scores its own execution (100, 99.5)', (head) => {
    const ps = analyse([flat(head)], DEFAULT_CONFIG).projects;
    expect(ps.map((p) => [p.project.name, p.project.funds.total?.value, p.project.funds.executed?.value, p.score.total])).toEqual([
      ['农村饮水安全巩固提升项目', 260, 260, 100],
      ['乡镇卫生院标准化建设项目', 180, 171, 99.5],
    ]);
  });
});
