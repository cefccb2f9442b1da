/**
 * Session 24: what session 23's reader left. A money sentence of parts only with one amount it cannot place
 * (“财政拨款80万元，道路配套20万元”) took its first amount as the budget, with a doubt — a guess the accountant would
 * meet as a wrong 预算; now the budget is left unread and the reader says so. And the name labels of 区域（转移支付）
 * and 专项 forms (政策名称, 转移支付（政策）名称, 专项资金（政策）名称 …) were not taken as the name label: the
 * project was called by the title.
 */
import { analyse } from '../../src/engine/analyse';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { target } from './sentence-table';

const read = (rows: CellValue[][]) =>
  analyse([makeGrid('目标表', rows)], DEFAULT_CONFIG).projects.map(({ project: p, diagnostics }) => ({
    name: p.name,
    budget: p.funds.total?.value ?? null,
    fiscal: p.funds.fiscal?.value ?? null,
    other: p.funds.other?.value ?? null,
    doubts: (p.doubtCodes ?? []).map((d) => d.code),
    cst01: diagnostics.filter((d) => d.rule === 'CST-01').map((d) => d.cell),
  }));

test.each([
  ['财政拨款80万元，道路配套20万元', 80, null],
  ['财政拨款80万元，自筹资金20万元，道路配套20万元', 80, 20],
  ['中央补助资金80万元，以工代赈20万元', 80, null],
  ['道路配套30万元，自筹资金20万元', null, 20],
  ['道路硬化80万元，桥梁维修20万元', null, null],
] as [string, number | null, number | null][])(
  'parts only, one of them unplaced (%j): no budget guessed, the named parts read (fiscal %j, other %j), the doubt says the total is unknown',
  (s, fiscal, other) => {
    expect(read(target(s))).toEqual([{ name: '村组道路硬化工程', budget: null, fiscal, other, doubts: ['sentenceNoTotal'], cst01: [] }]);
  },
);

test('the doubt quotes the amount and says the budget was not read', () => {
  const [r] = analyse([makeGrid('目标表', target('财政拨款80万元，道路配套20万元'))], DEFAULT_CONFIG).projects;
  expect(r.project.doubts).toEqual(['资金构成中“道路配套20万元”未能判断是财政拨款还是其他资金，资金总额无法确定，未读取（不按各项相加推算）；请核对资金来源或填写资金总额']);
});

test.each([
  ['财政拨款80万元，自筹资金20万元', 100, 80, 20, []],
  ['项目资金总额120万元，其中财政拨款100万元，道路配套20万元', 120, 100, null, ['sentenceUnread']],
  ['项目经费120万元，道路硬化100万元，桥梁维修20万元', 120, null, null, ['sentenceUnread']],
] as [string, number, number, number | null, string[]][])('still read as before: %j', (s, budget, fiscal, other, doubts) => {
  expect(read(target(s))).toEqual([{ name: '村组道路硬化工程', budget, fiscal, other, doubts, cst01: [] }]);
});

function regional(label: string): CellValue[][] {
  return [
    ['区域（转移支付）绩效目标表', null, null, null],
    ['（2024年度）', null, null, null],
    [label, '农村公路养护补助资金', null, null],
    ['中央主管部门', '交通运输部', '地方主管部门', '某省交通运输厅'],
    ['资金情况（万元）', '年度资金总额：', 1200, null],
    [null, '其中：中央补助', 1000, null],
    [null, '地方资金', 200, null],
    ['年度总体目标', '完成农村公路养护任务', null, null],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '养护里程', '≥1200公里'],
    ['产出指标', '质量指标', '优良路率', '≥80%'],
    ['效益指标', '社会效益指标', '群众出行时间缩短', '≥10分钟'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ];
}

test.each(['政策名称', '转移支付（政策）名称', '政策（项目）名称', '专项资金（政策）名称', '政策(资金)名称', '转移支付资金名称', '补助资金名称', '资金名称', '专项资金名称'])(
  'a 区域（转移支付） table whose name label is %j: called by the name beside it, not the title',
  (label) => {
    expect(read(regional(label)).map((p) => [p.name, p.budget, p.fiscal, p.other])).toEqual([['农村公路养护补助资金', 1200, 1000, 200]]);
  },
);

test.each(['政策名称：农村公路养护补助资金', '转移支付（政策）名称：农村公路养护补助资金'])('the label and the name in one cell (%j)', (cell) => {
  const rows = regional('x');
  rows[2] = [cell, null, null, null];
  expect(read(rows).map((p) => p.name)).toEqual(['农村公路养护补助资金']);
});

test.each(['政策名称', '转移支付（政策）名称'])('a flat list headed %j: one project per name', (head) => {
  const rows: CellValue[][] = [
    [head, '一级指标', '二级指标', '三级指标', '指标值'],
    ['农村公路养护补助', '产出指标', '数量指标', '养护里程', '≥120公里'],
    [null, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ['农村危房改造补助', '产出指标', '数量指标', '改造户数', '≥300户'],
    [null, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ];
  const g = makeGrid('目标表', rows, [
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 4, left: 1, bottom: 5, right: 1 },
  ]);
  expect(analyse([g], DEFAULT_CONFIG).projects.map((r) => r.project.name)).toEqual(['农村公路养护补助', '农村危房改造补助']);
});

/**
 * A 2022 city form: 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值, the 一级 column holding 数量指标 / 质量指标 … and the 二级
 * column the indicators' names. The start build found no table at all (当年预期实现值 was no target head); with a known
 * head, every row had a 二级 name “not in the catalogue” and a 一级 that is no 一级.
 */
function cityForm(targetHead: string, level1s: string[] = ['数量指标', '数量指标', '质量指标', '成本指标', '社会效益指标', '服务对象满意度指标']): CellValue[][] {
  const names = ['日常维修维护次数', '安保巡查次数', '维修维护验收合格率', '成本控制率', '办公环境改善情况', '服务对象满意度'];
  const targets = ['≥260次', '≥360次', '≥95%', '≤100%', '明显改善', '≥90%'];
  return [
    ['2025年市直部门预算项目支出绩效目标表', null, null, null, null, null],
    ['项目名称', '机关办公楼物业运行保障', '项目类别', '本级支出项目', '项目性质', '持续性项目'],
    ['绩效目标', '保障办公楼安全、整洁、正常运转，服务对象满意', null, null, null, null],
    ['绩效指标', '一级指标', '二级指标', '绩效标准', targetHead, '保障绩效目标实现措施'],
    ...names.map((n, i): CellValue[] => [null, level1s[i], n, `反映${n}`, targets[i], null]),
  ];
}

const shape = (rows: CellValue[][]) =>
  analyse([makeGrid('目标表', rows)], DEFAULT_CONFIG).projects.map(({ project: p, diagnostics }) => ({
    name: p.name,
    levels: p.indicators.map((x) => [x.level1, x.level2, x.level3]),
    targets: p.indicators.map((x) => x.target.raw),
    doubts: (p.doubtCodes ?? []).map((d) => d.code),
    hie: diagnostics.filter((d) => /^HIE-0[12]$/.test(d.rule) && d.severity !== 'info').length,
  }));

test.each(['当年预期实现值', '预期实现值', '年度预期值', '当年目标值'])('the target head %j: the table is found, the 一级 column read as the 二级', (head) => {
  const [p] = shape(cityForm(head));
  expect(p.name).toBe('机关办公楼物业运行保障');
  expect(p.targets).toEqual(['≥260次', '≥360次', '≥95%', '≤100%', '明显改善', '≥90%']);
  expect(p.levels.map(([, l2, l3]) => [l2, l3])).toEqual([
    ['数量指标', '日常维修维护次数'],
    ['数量指标', '安保巡查次数'],
    ['质量指标', '维修维护验收合格率'],
    ['成本指标', '成本控制率'],
    ['社会效益指标', '办公环境改善情况'],
    ['服务对象满意度指标', '服务对象满意度'],
  ]);
  expect(p.doubts).toEqual(['levelsShifted']);
  expect(p.hie).toBe(0);
});

test('the heads right (产出指标 in 一级, names in 二级, no 三级 head): not shifted', () => {
  const [p] = shape(cityForm('指标值', ['产出指标', '产出指标', '产出指标', '产出指标', '效益指标', '满意度指标']));
  expect(p.levels[0][0]).toBe('产出指标');
  expect(p.doubts).toEqual([]);
});

test('the heads right (二级 words in the 二级 column): not shifted', () => {
  const rows = cityForm('指标值', ['产出指标', '产出指标', '产出指标', '产出指标', '效益指标', '满意度指标']);
  rows.slice(4).forEach((r, i) => (r[2] = ['数量指标', '数量指标', '质量指标', '成本指标', '社会效益指标', '服务对象满意度指标'][i]));
  expect(shape(rows)[0].doubts).toEqual([]);
});

test.each([
  ['说明', '无'],
  ['说明', '本项目无其他需要说明的事项'],
])('a closing “%s | %s” line under a county 自评表 ends the grid as a note, not a placeholder', (label, text) => {
  const rows: CellValue[][] = [
    ['项目名称', '县级储备粮利息费用补贴', null, null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值'],
    [null, '产出指标', '数量指标', '储备粮规模到位率', '100%', '100%'],
    [null, '效益指标', '社会效益指标', '粮食安全事件发生数', '0起', '0起'],
    [null, '满意度指标', '服务对象满意度指标', '市民满意度', '≥90%', '92%'],
    [label, text, null, null, null, null],
  ];
  const [r] = analyse([makeGrid('自评表', rows)], DEFAULT_CONFIG).projects;
  expect(r.project.indicators).toHaveLength(3);
  expect(r.project.rows.find((x) => x.row === 6)).toMatchObject({ role: 'note' });
});
