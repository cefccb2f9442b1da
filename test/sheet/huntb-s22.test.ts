/**
 * Session 22 (wave 2): a 市县 项目支出绩效目标表 whose 指标值 head spans two sub-columns over two header rows — last year's
 * level and this year's target (指标值 over 上年度实际水平 | 本年度目标值, then 指标值说明 | 目标完成程度). The sub-column of
 * last year's figures took its parent's name (指标值) and, being first, became the target: every indicator was read with
 * last year's level, and the reader said it was unsure between D and E.
 */
import { analyse } from '../../src/engine/analyse';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { FLAT, type FlatProject } from '../../scripts/fixtures/variant-hunt2-s22';

function twoRowHead(parent: string, last: string, here: string, underOne: boolean): CellValue[][] {
  const top: CellValue[] = underOne
    ? ['绩效指标', null, null, parent, null, '指标值说明', '目标完成程度']
    : ['一级指标', '二级指标', '指标名称', parent, null, '指标值说明', '目标完成程度'];
  const sub: CellValue[] = underOne ? ['一级指标', '二级指标', '指标名称', last, here, null, null] : [null, null, null, last, here, null, null];
  return [
    ['项目支出绩效目标表（2025年度）', null, null, null, null, null, null],
    ['项目名称', '县级储备粮轮换', null, null, '主管部门', '县粮食和物资储备局', null],
    ['年度绩效目标', '完成储备粮轮换5000吨，保障粮食安全', null, null, null, null, null],
    top,
    sub,
    ['产出指标', '数量指标', '储备粮规模', '4800吨', '≥5000吨', '实际储备量', '100%'],
    ['产出指标', '质量指标', '库存数量真实率', '98%', '100%', '真实库存/账面库存', '100%'],
    ['效益指标', '社会效益指标', '粮食安全事件发生数', '0起', '0起', null, '100%'],
    ['满意度指标', '服务对象满意度指标', '市民满意度', '88%', '≥90%', '问卷调查', '100%'],
  ];
}

function grid(rows: CellValue[][], underOne: boolean) {
  const merges = underOne ? ['A4:C4', 'D4:E4', 'F4:F5', 'G4:G5'] : ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:F5', 'G4:G5'];
  const at = (a: string) => ({ col: a.charCodeAt(0) - 64, row: Number(a.slice(1)) });
  return makeGrid(
    '目标表',
    rows,
    merges.map((m) => {
      const [a, b] = m.split(':').map(at);
      return { top: a.row, left: a.col, bottom: b.row, right: b.col };
    }),
  );
}

const readGrid = (rows: CellValue[][], underOne: boolean) => {
  const r = analyse([grid(rows, underOne)], DEFAULT_CONFIG);
  return r.projects.map(({ project: p }) => ({
    layout: p.layout,
    target: p.columns.target,
    actual: p.columns.actual ?? null,
    targets: p.indicators.map((i) => i.target.raw),
    doubts: p.doubts?.length ?? 0,
    errors: r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule),
  }));
};

test.each([
  ['指标值', '上年度实际水平', '本年度目标值', false],
  ['指标值', '上年度实际水平', '本年度目标值', true],
  ['年度指标值', '上年实际完成', '本年目标', false],
  ['绩效指标值', '上一年度完成值', '本年度指标值', true],
] as [string, string, string, boolean][])('%j over %j | %j (levels under one head: %j): the target is this year’s column E', (parent, last, here, underOne) => {
  expect(readGrid(twoRowHead(parent, last, here, underOne), underOne)).toEqual([
    { layout: 'target', target: 5, actual: null, targets: ['≥5000吨', '100%', '0起', '≥90%'], doubts: 0, errors: [] },
  ]);
});

/* ---------- a flat 自评 list after fill: a 预算执行情况 block and a 总分 line under each project ---------- */

type P = FlatProject;

/** v545's two projects (scripts/fixtures/variant-hunt2-s22.ts) and a third. */
const PROJECTS: P[] = [
  ...FLAT,
  {
    name: '乡村公路养护项目',
    budget: 120,
    executed: 108,
    rows: [
      ['产出指标', '数量指标', '养护里程', '≥80公里', '82公里', 40],
      ['效益指标', '社会效益指标', '公路优良率', '≥85%', '88%', 30],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '92%', 20],
    ],
  },
];

/**
 * The list as fill leaves it (values as Excel caches them): each project's rows, then its block and 总分 line. `exec: false`: a list
 * with no 执行数 column (v561), whose execution the user typed in each block fill added (one column to the left).
 */
function filledList(ps: P[], blankAfter: boolean, scale = 1, exec = true): { rows: CellValue[][]; merges: { top: number; left: number; bottom: number; right: number }[] } {
  const rows: CellValue[][] = [
    ['2024年度项目支出绩效自评汇总表', null, null, null, null, null, null, null, null, null, null],
    ['填报单位：县财政局（汇总）', null, null, null, null, null, null, scale === 1 ? '单位：万元' : '单位：元', null, null, null],
    ['项目名称', '预算数', '执行数', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ];
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const p of ps) {
    const top = rows.length + 1;
    p.rows.forEach((x, i) => rows.push([i ? null : p.name, i ? null : p.budget * scale, i ? null : p.executed * scale, ...x.slice(0, 5), x[5], x[5], null]));
    for (const c of [1, 2, 3]) merges.push({ top, left: c, bottom: top + p.rows.length - 1, right: c });
    const rate = p.executed / p.budget;
    const sum = p.rows.reduce((a, x) => a + x[5], 0) + Math.round(Math.min(rate, 1) * 1000) / 100;
    rows.push(['预算执行情况', null, null, null, '原因', null, '全年预算数', '全年执行数', '执行率', '分值', '得分']);
    rows.push(['年度资金总额', null, null, null, null, '全年预算数', p.budget * scale, p.executed * scale, rate, 10, Math.round(Math.min(rate, 1) * 1000) / 100]);
    rows.push([null, null, null, null, null, null, null, '总分', sum, '等级', '优']);
    if (blankAfter) rows.push(Array(11).fill(null));
  }
  if (exec) return { rows, merges };
  // Column C (执行数) taken out: the blocks' C is empty, so every later cell moves one to the left, as fill lays them out.
  return { rows: rows.map((r) => r.filter((_, i) => i !== 2)), merges: merges.filter((m) => m.left !== 3) };
}

const readList = (ps: P[], blankAfter: boolean, scale = 1, exec = true) => {
  const { rows, merges } = filledList(ps, blankAfter, scale, exec);
  return analyse([makeGrid('自评汇总', rows, merges)], DEFAULT_CONFIG).projects.map(({ project: p, score }) => ({
    name: p.name,
    indicators: p.indicators.length,
    budget: p.funds.total?.value ?? null,
    executed: p.funds.executed?.value ?? null,
    total: p.total?.score ?? null,
    score: score?.total ?? null,
  }));
};

test.each([
  ['two projects', PROJECTS.slice(0, 2), false, 1, true],
  ['three projects, a blank row after each block', PROJECTS, true, 1, true],
  ['three projects in 元', PROJECTS, false, 10000, true],
  ['two projects, no 执行数 column: the execution typed in the blocks', PROJECTS.slice(0, 2), false, 1, false],
  ['three projects in 元, no 执行数 column, a blank row after each block', PROJECTS, true, 10000, false],
] as [string, P[], boolean, number, boolean][])('a flat list after fill (%s): every project read back with its own block, budget and score', (_, ps, blankAfter, scale, exec) => {
  const got = readList(ps, blankAfter, scale, exec);
  expect(got.map((x) => [x.name, x.indicators, x.budget, x.executed])).toEqual(ps.map((p) => [p.name, p.rows.length, p.budget * scale, p.executed * scale]));
  for (const x of got) expect(x.score).toBe(x.total);
});

/* ---------- 资金总额及构成 | 120 | 其中财政拨款100万元，其他资金20万元: the total in its own cell, the parts as a sentence beside ---------- */

const ROAD: CellValue[][] = [
  ['产出指标', '数量指标', '新建村组道路里程', '≥12公里'],
  ['产出指标', '质量指标', '工程验收合格率', '100%'],
  ['效益指标', '社会效益指标', '受益群众人数', '≥3500人'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
];

const readMoney = (total: CellValue, sentence: string) => {
  const rows: CellValue[][] = [
    ['项目绩效目标表（2024年度）', null, null, null],
    ['项目名称', '村组道路硬化工程', '主管部门', '某镇人民政府'],
    ['资金总额及构成', total, sentence, null],
    ['年度绩效目标', '完成村组道路硬化，改善群众出行条件', null, null],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ...ROAD,
  ];
  const r = analyse([makeGrid('目标表', rows)], DEFAULT_CONFIG);
  return r.projects.map(({ project: p }) => ({
    budget: p.funds.total?.value ?? null,
    fiscal: p.funds.fiscal?.value ?? null,
    other: p.funds.other?.value ?? null,
    unit: p.money.unit,
    cst: r.diagnostics.some((d) => d.rule === 'CST-01'),
  }));
};

test.each([
  [120, '其中财政拨款100万元，其他资金20万元', 120, 100, 20, '万元', false],
  ['120万元', '其中：财政拨款100万元，自筹资金20万元', 120, 100, 20, '万元', false],
  [1200000, '其中财政拨款1,000,000元，其他资金200,000元', 1200000, 1000000, 200000, '元', false],
  [120, '其中财政拨款90万元，其他资金20万元', 120, 90, 20, '万元', true],
] as [CellValue, string, number, number, number, string, boolean][])(
  '资金总额及构成 | %j | %j: the parts and the unit from the sentence beside the total',
  (total, sentence, budget, fiscal, other, unit, cst) => {
    expect(readMoney(total, sentence)).toEqual([{ budget, fiscal, other, unit, cst }]);
  },
);
