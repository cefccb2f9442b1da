/**
 * Session 22: money written as one sentence under 资金总额及构成 (township and county 项目绩效目标表: “项目资金总额 120 万元，
 * 其中财政拨款 100 万元，其他资金 20 万元” in one merged cell). The total was read from the sentence, but the money unit was
 * shown as 默认（按万元） though the sentence says it, a sentence in 元 was reported in 万元, and the parts were not read.
 * And a 自评表 funds block headed 资金总数 / 预算总数 (a hospital's 自评表) was not read as a funds block at all.
 */
import { analyse } from '../../src/engine/analyse';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { makeGrid, type CellValue } from '../../src/sheet/grid';

const IND: CellValue[][] = [
  ['产出指标', '数量指标', '新建村组道路里程', '≥12公里'],
  ['产出指标', '质量指标', '工程验收合格率', '100%'],
  ['效益指标', '社会效益指标', '受益群众人数', '≥3500人'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
];

function target(sentence: string, label = '资金总额及构成'): CellValue[][] {
  return [
    ['项目绩效目标表（2024年度）', null, null, null],
    ['项目名称', '村组道路硬化工程', '主管部门', '某镇人民政府'],
    [label, sentence, null, null],
    ['年度绩效目标', '完成村组道路硬化，改善群众出行条件', null, null],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ...IND,
  ];
}

const read = (rows: CellValue[][]) =>
  analyse([makeGrid('目标表', rows)], DEFAULT_CONFIG).projects.map(({ project: p }) => ({
    budget: p.funds.total?.value ?? null,
    fiscal: p.funds.fiscal?.value ?? null,
    other: p.funds.other?.value ?? null,
    unit: p.money.unit,
    unitFrom: p.money.code,
    indicators: p.rows.filter((r) => r.role === 'indicator').length,
  }));

test.each([
  ['项目资金总额 120 万元，其中财政拨款 100 万元，其他资金 20 万元', 120, 100, 20, '万元'],
  ['项目资金总额1,200,000元，其中：财政拨款1,000,000元，单位自筹200,000元', 1200000, 1000000, 200000, '元'],
  ['资金总额120万元。其中：中央补助资金80万元，县级财政资金30万元，群众自筹10万元', 120, 110, 10, '万元'],
  ['总额286万元  财政拨款：185.9万元（其中：上级财政资金：185.9万元；本级财政：0万元）  自有资金：0万元  其他：100.1万元', 286, 185.9, 100.1, '万元'],
  ['财政拨款80万元，自筹资金20万元', 100, 80, 20, '万元'],
  ['财政资金 856000 元，其他资金 144000 元', 1000000, 856000, 144000, '元'],
  ['总额10606.75万元 一、财政拨款：6923.36万元（其中：上级财政资金：6923.36万元；本级财政：0万元）二、自有资金：0万元 三、其他：3683.39万元', 10606.75, 6923.36, 3683.39, '万元'],
] as [string, number, number, number, string][])('one sentence %j: total %j, fiscal %j, other %j in %s, the unit as the sentence says it', (s, budget, fiscal, other, unit) => {
  expect(read(target(s))).toEqual([{ budget, fiscal, other, unit, unitFrom: 'moneyStated', indicators: 4 }]);
});

test('a sentence with only the total keeps its parts unknown, the unit from the sentence', () => {
  expect(read(target('项目总预算500000元，用于村组道路硬化'))).toEqual([{ budget: 500000, fiscal: null, other: null, unit: '元', unitFrom: 'moneyStated', indicators: 4 }]);
});

test('a sentence that splits the money by use, not by source, leaves the parts unknown', () => {
  expect(read(target('项目资金总额100万元，其中道路硬化80万元，桥梁维修20万元'))).toEqual([
    { budget: 100, fiscal: null, other: null, unit: '万元', unitFrom: 'moneyStated', indicators: 4 },
  ]);
});

test('“单位：万元” stated on the sheet still wins over a sentence', () => {
  const rows = target('项目资金总额 120 万元，其中财政拨款 100 万元，其他资金 20 万元');
  rows.splice(1, 0, ['单位：万元', null, null, null]);
  expect(read(rows)).toEqual([{ budget: 120, fiscal: 100, other: 20, unit: '万元', unitFrom: 'moneyStated', indicators: 4 }]);
});

/* ---------- 自评表: 资金总数 / 预算总数 as the funds header's total ---------- */

function selfEval(total: string, initial: string | null): CellValue[][] {
  const heads = [initial, total, '全年执行数', '分值', '执行率', '得分'];
  return [
    ['项目支出绩效自评表（2024年度）', null, null, null, null, null, null, null],
    ['项目名称', '医疗设备购置', null, null, null, null, null, null],
    ['项目资金（万元）', ...heads, null],
    ['年度资金总额', initial ? 500 : null, 520, 494, 10, '95%', 9.5, null],
    ['其中：财政拨款', initial ? 480 : null, 480, 470, null, null, null, null],
    ['其他资金', initial ? 20 : null, 40, 24, null, null, null, null],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '购置设备台数', '2台', '2台', 45, 45, null],
    ['效益指标', '社会效益指标', '年检查人次', '≥6000人次', '6500人次', 30, 30, null],
    ['满意度指标', '服务对象满意度指标', '患者满意度', '≥90%', '95%', 15, 15, null],
  ];
}

const readSelf = (rows: CellValue[][]) =>
  analyse([makeGrid('自评表', rows)], DEFAULT_CONFIG).projects.map(({ project: p }) => ({
    layout: p.layout,
    total: p.funds.total?.value ?? null,
    executed: p.funds.executed?.value ?? null,
    fiscal: p.funds.fiscal?.value ?? null,
    weight: p.funds.weight?.value ?? null,
    score: p.funds.score?.value ?? null,
  }));

test.each([
  ['资金总数', '年初预算数'],
  ['预算总数', '年初预算数'],
  ['资金总数', null],
  ['预算总数（万元）', null],
] as [string, string | null][])('自评表 funds header %j (年初 %j): the block is read, 520 budgeted, 494 spent', (total, initial) => {
  expect(readSelf(selfEval(total, initial))).toEqual([{ layout: 'selfeval', total: 520, executed: 494, fiscal: 480, weight: 10, score: 9.5 }]);
});

/* ---------- a money table by year: 上年度预算安排 | 上年度实际执行 | 本年度申请金额 ---------- */

function byYear(heads: [string, string, string], lines: [string, CellValue, CellValue, CellValue][], labelCol = true): CellValue[][] {
  const lead = (v: CellValue): CellValue[] => (labelCol ? [v] : []);
  return [
    ['部门预算项目支出绩效目标申报表（2024年度）', null, null, null, null],
    ['项目名称', '县级储备粮轮换', '项目负责人', '张三', null],
    [...lead('项目资金情况'), '资金来源（万元）', ...heads],
    ...lines.map(([label, a, b, c]): CellValue[] => [...lead(null), label, a, b, c]),
    ['一级指标', '二级指标', '三级指标', '指标值', null],
    ...IND,
  ];
}

const LINES: [string, CellValue, CellValue, CellValue][] = [
  ['合计', 300, 290, 350],
  ['财政拨款', 300, 290, 330],
  ['政府性基金拨款', null, null, null],
  ['其他资金', null, null, 20],
  ['上年结转', null, null, null],
];

test.each([
  [['上年度预算安排', '上年度实际执行', '本年度申请金额'], true],
  [['上年预算数', '上年执行数', '本年预算数'], true],
  [['2023年预算', '2023年执行', '2024年申请'], true],
  [['上年度预算安排', '上年度实际执行', '本年度申请金额'], false],
] as [[string, string, string], boolean][])(
  'by-year money table %j (label column %j): the budget is this year’s 合计 350 (330 fiscal + 20 other), not last year’s 300 + 20',
  (heads, labelCol) => {
    expect(read(byYear(heads, LINES, labelCol))).toEqual([{ budget: 350, fiscal: 330, other: 20, unit: '万元', unitFrom: 'moneyHeader', indicators: 4 }]);
  },
);

test('a blank 合计 in this year’s column: the lines add up to the budget', () => {
  const lines = LINES.map(([l, a, b, c]): [string, CellValue, CellValue, CellValue] => (l === '合计' ? [l, 300, 290, null] : [l, a, b, c]));
  expect(read(byYear(['上年度预算安排', '上年度实际执行', '本年度申请金额'], lines))).toEqual([
    { budget: 350, fiscal: 330, other: 20, unit: '万元', unitFrom: 'moneyHeader', indicators: 4 },
  ]);
});

/* ---------- the grid beside last year's: 上年度实际水平 | 本年度计划水平, 2023年实际值 | 2024年目标值 ---------- */

function lastAndThis(last: string, here: string, after: string | null): CellValue[][] {
  return [
    ['部门预算项目支出绩效目标申报表', null, null, null, null, null],
    ['项目名称', '县级储备粮轮换', '项目负责人', '张三', null, null],
    ['一级指标', '二级指标', '三级指标', last, here, after],
    ['产出指标', '数量指标', '储备粮规模', '4800吨', '≥5000吨', '实际储备量'],
    ['产出指标', '质量指标', '库存数量真实率', '98%', '100%', '真实库存/账面库存'],
    ['效益指标', '社会效益指标', '粮食安全事件发生数', '0起', '0起', null],
    ['满意度指标', '服务对象满意度指标', '市民满意度', '88%', '≥90%', '问卷调查'],
  ];
}

const readGrid = (rows: CellValue[][]) => {
  const r = analyse([makeGrid('目标表', rows)], DEFAULT_CONFIG);
  return r.projects.map(({ project: p }) => ({
    layout: p.layout,
    target: p.columns.target,
    actual: p.columns.actual ?? null,
    errors: r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule),
  }));
};

test.each([
  ['上年度实际水平', '本年度计划水平', '指标内容/计算公式'],
  ['上年实际水平', '计划水平', null],
  ['上年度实际值', '年度目标水平', '备注'],
  ['2023年实际值', '2024年目标值', '备注'],
  ['2023年度实际完成值', '2024年度指标值', null],
] as [string, string, string | null][])('%j | %j: a 目标表 whose target is the year’s column E; last year’s figure is no actual, no finding', (last, here, after) => {
  expect(readGrid(lastAndThis(last, here, after))).toEqual([{ layout: 'target', target: 5, actual: null, errors: [] }]);
});

test('2024年目标值 | 2024年实际值 of one year still make a 自评表', () => {
  const rows = lastAndThis('2024年目标值', '2024年实际值', '分值');
  expect(readGrid(rows).map((x) => [x.layout, x.target, x.actual])).toEqual([['selfeval', 4, 5]]);
});

/* ---------- 长期 | 年度 halves of one grid (武汉-style 2020 form), money in 资金总额 | 当年资金总额 columns ---------- */

function halves(labels: [string, string, string], longFilled: boolean): CellValue[][] {
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '新建校舍面积', '≥30000平方米', '数量指标', '重点建设工程安排数量', '2个'],
    ['产出指标', '质量指标', '工程验收合格率', '100%', '质量指标', '重点建设工程验收合格率', '100%'],
    ['效益指标', '社会效益指标', '办学条件改善', '≥20所', '社会效益指标', '改善办学条件学校数', '≥8所'],
    ['满意度指标', '服务对象满意度指标', '社会满意度', '≥90%', '服务对象满意度指标', '学生家长满意度', '≥90%'],
  ];
  return [
    ['项目支出绩效目标表', null, null, null, null, null, null],
    ['项目名称', '教育系统基础设施建设和设备购置', null, null, null, null, null],
    ['项目资金', '资金总额', '30000万元', null, labels[0], '10000万元', null],
    [null, '其中：财政拨款', '28000万元', null, labels[1], '9000万元', null],
    [null, '其他资金', '2000万元', null, labels[2], '1000万元', null],
    ['一级指标', '二级指标(长期)', '三级指标(长期)', '指标值(长期)', '二级指标(年度)', '三级指标(年度)', '指标值(年度)'],
    ...rows.map((r) => (longFilled ? r : [r[0], r[1], null, null, r[4], r[5], r[6]])),
  ];
}

const readHalves = (rows: CellValue[][]) => {
  const r = analyse([makeGrid('目标表', rows)], DEFAULT_CONFIG);
  return {
    projects: r.projects.map(({ project: p }) => [
      p.funds.total?.value ?? null,
      p.funds.fiscal?.value ?? null,
      p.funds.other?.value ?? null,
      p.indicators.length,
      p.partOf ?? null,
    ]),
    warnings: r.diagnostics.filter((d) => d.severity !== 'info' && d.rule.startsWith('HIE')).map((d) => `${d.rule}@${d.row}`),
  };
};

test.each([
  [['当年资金总额：', '其中：当年财政拨款', '当年其他资金'], true],
  [['本年资金总额', '其中：本年财政拨款', '本年其他资金'], true],
  [['当年资金总额：', '其中：当年财政拨款', '当年其他资金'], false],
] as [[string, string, string], boolean][])('%j (长期 filled %j): the year’s half has 10 000 万元 (9 000 + 1 000), the 长期 half 30 000; no HIE finding', (labels, filled) => {
  expect(readHalves(halves(labels, filled))).toEqual({
    projects: [
      [30000, 28000, 2000, filled ? 4 : 0, 2],
      [10000, 9000, 1000, 4, null],
    ],
    warnings: [],
  });
});
