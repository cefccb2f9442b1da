/**
 * CST-01 … CST-04. Target tables: 预算数 in B2/D2 above a header at row 4; self-evaluations from grids.ts.
 * RuleTester cases (test/rules/cst.test.ts runs them; docs/rules/ shows some as examples).
 */
import { CST01, CST02, CST03, CST04 } from '../../src/domain/rules/cst';
import { targetTable } from '../helpers/table';
import { seedGrid, selfEval } from './grids';
import type { RuleCases } from './rule-tester';

const O = '产出指标';
const B = '效益指标';
const S = '满意度指标';

const TAIL = [
  [O, '数量指标', '购置设备数量', '=10台'],
  [B, '社会效益指标', '实训能力达标率', '≥90%'],
  [S, '服务对象满意度指标', '学生满意度', '≥90%'],
];

/** A target table with its own 预算数 / 财政资金 / 其他资金 (row 2: B2 预算数, D2 财政资金; row 3: B3 其他资金). */
const budgeted = (total: number, fiscal: number | null, other: number | null, rows = TAIL) =>
  targetTable(rows, total, {
    above: [
      ['项目名称', '测试项目'],
      ['预算数', total, '其中：财政资金', fiscal],
      ['其他资金', other],
    ],
  });

const selfRows = [
  [O, '数量指标', '补助村(社区)数量', '=8个', 8, 50, 50, null],
  [B, '社会效益指标', '干部工作积极性', '效果明显', '达成预期指标', 30, 30, null],
  [S, '满意度指标', '公众满意度', '≥90%', 95, 10, 10, null],
];

const cst01: RuleCases = {
  rule: CST01,
  valid: [
    { name: 'budget = fiscal', grid: budgeted(500, 500, null) },
    { name: 'budget = fiscal + other', grid: budgeted(120, 100, 20) },
    { name: 'Tianjin 2024: 665.3 / 665.30', grid: seedGrid([5]).grid },
    {
      name: 'self-evaluation: total = its 其中 rows',
      grid: selfEval(selfRows, {
        funds: { total: 89.974, executed: 89.974 },
        parts: [
          ['其中:本年财政拨款', 89.974, 89.974],
          ['上年结转资金', null, null],
        ],
      }),
    },
    {
      // “其中” lists a part of the money: with no 其他资金 line the rest may come from sources the form does not list.
      name: 'no 其他资金 line: budget above the fiscal money is not an error',
      grid: targetTable(TAIL, 120, {
        above: [
          ['项目名称', '测试项目'],
          ['预算数', 120, '其中：财政资金', 100],
        ],
      }),
    },
    {
      name: 'self-evaluation: no 其他资金 line, its 其中 lines below the total',
      grid: selfEval(selfRows, {
        funds: { total: 100, executed: 100 },
        parts: [
          ['其中:本年财政拨款', 80, 80],
          ['上年结转资金', 10, 10],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'budget ≠ fiscal + other',
      grid: budgeted(120, 100, 10),
      errors: [
        {
          messageId: 'sources',
          data: { total: '120', fiscal: '100', other: '10', diff: '10' },
          cell: 'B2',
          severity: 'error',
          message: '预算数 120 万元 ≠ 财政资金 100 + 其他资金 10（差 10）',
        },
      ],
    },
    {
      name: '池州: total row all zero',
      grid: selfEval(selfRows, {
        funds: { initial: 0, total: 0, executed: 0, weight: 10, rate: 0, score: 0 },
        parts: [
          ['其中:本年财政拨款', 89.974, 89.974],
          ['上年结转资金', null, null],
          ['其他资金', null, null],
        ],
      }),
      errors: [{ messageId: 'zeroTotal', cell: 'C3', message: '年度资金总额为 0，其中各项却合计全年预算数 89.97 万元、全年执行数 89.97 万元' }],
    },
    {
      name: 'total ≠ 其中 rows',
      grid: selfEval(selfRows, {
        funds: { total: 100, executed: 100 },
        parts: [
          ['其中:本年财政拨款', 80, 80],
          ['上年结转资金', 10, 10],
          ['其他资金', null, null],
        ],
      }),
      errors: [{ messageId: 'parts', cell: 'C3', message: '年度资金总额 100 万元 ≠ 其中各项合计 90 万元' }],
    },
    {
      name: 'no 其他资金 line, yet its 其中 lines add up to more than the total',
      grid: selfEval(selfRows, {
        funds: { total: 100, executed: 100 },
        parts: [
          ['其中:本年财政拨款', 90, 90],
          ['上年结转资金', 20, 10],
        ],
      }),
      errors: [{ messageId: 'parts', cell: 'C3', message: '年度资金总额 100 万元 ≠ 其中各项合计 110 万元' }],
    },
    {
      // The 其他资金 line is there and left empty: the sheet says there is none, so the budget must be the fiscal money.
      name: 'an empty 其他资金 line is none',
      grid: budgeted(120, 100, null),
      errors: [{ messageId: 'sources', data: { total: '120', fiscal: '100', other: '0', diff: '20' }, cell: 'B2' }],
    },
    {
      name: 'no 其他资金 line: the fiscal part alone above the budget',
      grid: targetTable(TAIL, 120, {
        above: [
          ['项目名称', '测试项目'],
          ['预算数', 120, '其中：财政资金', 130],
        ],
      }),
      errors: [{ messageId: 'fiscalOver', data: { total: '120', fiscal: '130', diff: '10' }, cell: 'B2', message: '财政资金 130 万元超过预算数 120 万元（差 10）' }],
    },
  ],
};

const cst02: RuleCases = {
  rule: CST02,
  valid: [
    { name: 'cost = budget', grid: budgeted(500, 500, null, [[O, '成本指标', '设备购置成本', '500 万元'], ...TAIL]) },
    { name: 'a ≥ floor is not a cap (VAL-09’s)', grid: budgeted(50, 50, null, [[O, '成本指标', '补助金额', '≥100 万元'], ...TAIL]) },
    {
      name: '乌海: a total row beside its breakdown is not counted twice',
      grid: budgeted(3, 3, 0, [
        [O, '成本指标', '出差总成本', '=1万元'],
        [O, '成本指标', '劳务人员总成本', '=2万元'],
        [O, '成本指标', '办公费总成本', '=0万元'],
        [O, '成本指标', '年度预算总成本', '=3万元'],
        ...TAIL,
      ]),
    },
    {
      name: '池州 B: all-zero total row gives no basis (CST-01 reports it)',
      grid: selfEval([[O, '成本指标', '项目总成本', '≤202.6万元', 132.9, 50, 50, null], ...selfRows.slice(1)], {
        funds: { initial: 0, total: 0, executed: 0, rate: 0, score: 0 },
        parts: [['其中:本年财政拨款', 132.912, 132.912]],
      }),
    },
    { name: 'per-unit cost not summed', grid: budgeted(50, 50, null, [[O, '成本指标', '生均资助标准', '=3300元/人'], [O, '成本指标', '单位购置成本', '≤60万元'], ...TAIL]) },
    {
      name: '部门整体 运行成本 lines nest (基本支出 ⊃ 人员经费): not summed',
      grid: budgeted(2460, 2460, null, [
        ['履职效能', '部门履职目标', '重点工作任务完成率', '100%'],
        ['运行成本', '经济成本指标', '基本支出', '≤1650万元'],
        ['运行成本', '经济成本指标', '其中：人员经费', '≤1200万元'],
        ['运行成本', '经济成本指标', '项目支出', '≤810万元'],
      ]),
    },
  ],
  invalid: [
    {
      name: '部门整体: one 运行成本 line alone above the budget',
      grid: budgeted(2460, 2460, null, [
        ['履职效能', '部门履职目标', '重点工作任务完成率', '100%'],
        ['运行成本', '经济成本指标', '基本支出', '≤2600万元'],
        ['运行成本', '经济成本指标', '其中：人员经费', '≤1200万元'],
      ]),
      errors: [{ messageId: 'over', data: { sum: '2600', budget: '2460', label: '预算数', names: '基本支出' } }],
    },
    {
      name: 'two cost rows above the budget',
      grid: budgeted(500, 500, null, [[O, '成本指标', '设备购置成本', '≤400万元'], [O, '成本指标', '安装调试费用', '≤150万元'], ...TAIL]),
      errors: [
        {
          messageId: 'over',
          data: { sum: '550', budget: '500', label: '预算数', names: '设备购置成本、安装调试费用' },
          cell: 'D5',
          severity: 'warning',
          message: '成本指标合计 550 万元（设备购置成本、安装调试费用）超过预算数 500 万元',
        },
      ],
    },
    {
      name: 'cost rows in 亿元 and 千元 restated in 万元 before they are summed',
      grid: budgeted(1850, 1850, null, [[O, '成本指标', '工程建设成本', '≤0.16亿元'], [O, '成本指标', '勘察设计及监理费', '≤3000千元'], ...TAIL]),
      errors: [{ messageId: 'over', data: { sum: '1900', budget: '1850', label: '预算数', names: '工程建设成本、勘察设计及监理费' }, cell: 'D5' }],
    },
    {
      name: 'Gen-B 经济成本指标 too',
      grid: budgeted(30, 30, null, [['成本指标', '经济成本指标', '成本控制数', '≤35万元'], ...TAIL]),
      errors: [{ messageId: 'over', cell: 'D5', message: '超过预算数 30 万元' }],
    },
  ],
};

const cst03: RuleCases = {
  rule: CST03,
  valid: [
    { name: 'cost = budget (Tianjin 2024 pattern)', grid: seedGrid([1]).grid },
    { name: 'cost above budget is CST-02’s', grid: budgeted(500, 500, null, [[O, '成本指标', '设备购置成本', '≤600万元'], ...TAIL]) },
    { name: 'cost in 元 = budget in 万元', grid: budgeted(500, 500, null, [[O, '成本指标', '设备购置成本', '≤3,000,000元'], [O, '成本指标', '安装费用', '≤0.02亿元'], ...TAIL]) },
  ],
  invalid: [
    {
      name: 'cost below budget',
      grid: budgeted(500, 500, null, [[O, '成本指标', '设备购置成本', '≤450万元'], ...TAIL]),
      errors: [
        {
          messageId: 'under',
          data: { sum: '450', budget: '500', label: '预算数', names: '设备购置成本' },
          cell: 'D5',
          severity: 'info',
          message: '成本指标合计 450 万元（设备购置成本）与预算数 500 万元不一致',
        },
      ],
    },
    {
      name: 'self-evaluation compares with 年初预算数',
      grid: selfEval([[O, '成本指标', '项目总成本', '≤202.6万元', 132.9, 50, 50, null], ...selfRows.slice(1)], {
        funds: { initial: 202.64, total: 132.912, executed: 132.912, rate: '100%' },
        parts: [['其中:本年财政拨款', 132.912, 132.912]],
      }),
      errors: [{ messageId: 'under', cell: 'D6', message: '与年初预算数 202.64 万元不一致' }],
    },
  ],
};

const cst04: RuleCases = {
  rule: CST04,
  valid: [
    { name: 'cost in 万元', grid: budgeted(500, 500, null, [[O, '成本指标', '设备购置成本', '≤500万元'], ...TAIL]) },
    { name: 'per-unit cost in 元', grid: budgeted(500, 500, null, [[O, '成本指标', '生均资助标准', '=3300元'], ...TAIL]) },
  ],
  invalid: [
    {
      name: 'cost in 元 ≈ budget × 10000 → fix to 万元',
      grid: budgeted(500, 500, null, [[O, '成本指标', '设备购置成本', '≤5000000元'], ...TAIL]),
      errors: [
        {
          messageId: 'yuan',
          data: { name: '设备购置成本', raw: '≤5000000元', budget: '500', fixed: '≤500万元' },
          cell: 'D5',
          severity: 'warning',
          message: '“设备购置成本”的指标值“≤5000000元”以元计，约等于预算数 500 万元，宜写作“≤500万元”',
          fix: '≤500万元',
        },
      ],
    },
    {
      name: 'exact conversion keeps decimals',
      grid: budgeted(2395.81, 2395.81, null, [[O, '成本指标', '项目成本', '23958100 元'], ...TAIL]),
      errors: [{ messageId: 'yuan', fix: '2395.81万元' }],
    },
    {
      name: '万元 ≈ budget / 10000 (budget typed in 元?)',
      grid: budgeted(5000000, 5000000, null, [[O, '成本指标', '设备购置成本', '≤500万元'], ...TAIL]),
      errors: [{ messageId: 'wan', cell: 'D5', message: '约等于预算数 5000000 的万分之一' }],
    },
  ],
};

export const CST_CASES: RuleCases[] = [cst01, cst02, cst03, cst04];
