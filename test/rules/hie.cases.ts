/**
 * HIE-01 … HIE-06: the indicator hierarchy.
 * RuleTester cases (test/rules/hie.test.ts runs them; docs/rules/ shows some as examples).
 */
import { HIE01, HIE02, HIE03, HIE04, HIE05, HIE06, HIE07 } from '../../src/domain/rules/hie';
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { noResult, table, targetTable } from '../helpers/table';
import { seedGrid } from './grids';
import type { RuleCases } from './rule-tester';

const O = '产出指标';
const B = '效益指标';
const S = '满意度指标';
const C = '成本指标';

const SAT = [S, '服务对象满意度指标', '学生满意度', '≥90%'];
const BEN = [B, '社会效益指标', '实训能力', '达到预期'];

/** A 部门整体支出 table: the department-wide 一级 (履职效能 / 管理效率 / 运行成本 …) and the provinces' own 二级. */
const DEPT = targetTable([
  ['履职效能', '部门履职目标', '重点工作任务完成率', '≥95%'],
  ['履职效能', '部门履职目标', '年度培训场次', '≥10场'],
  ['管理效率（20分）', '预算执行', '预算执行率', '≥90%'],
  ['管理效率（20分）', '资产管理', '固定资产利用率', '≥95%'],
  ['运行成本指标', '经济成本指标', '“三公”经费控制率', '≤100%'],
  ['运行成本指标', '公用经费', '公用经费控制率', '≤100%'],
  ['社会效应', '社会效益', '群众获得感', '显著提升'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
]);
/** The same with only the department-wide 一级 (no 效益, no 满意度). */
const DEPT_ONLY = targetTable([
  ['履职效能', '部门履职目标', '重点工作任务完成率', '≥95%'],
  ['管理效率', '预算执行', '预算执行率', '≥90%'],
  ['运行成本', '公用经费', '公用经费控制率', '≤100%'],
]);
const DEPT_CASES = [
  { name: '部门整体支出: 履职效能 / 管理效率 / 运行成本 / 社会效应', grid: DEPT },
  { name: '部门整体支出: the department-wide 一级 alone', grid: DEPT_ONLY },
];

const hie01: RuleCases = {
  rule: HIE01,
  valid: [
    { name: 'the Tianjin 2024 table (generation A)', grid: seedGrid([1, 2]).grid },
    { name: 'generation B 成本指标 as 一级', grid: targetTable([[C, '经济成本指标', '成本控制数', '≤30万元'], [O, '数量指标', '培训人数', '≥50人'], BEN, SAT]) },
    ...DEPT_CASES,
  ],
  invalid: [
    {
      name: 'unknown 一级, reported once for its merge',
      grid: targetTable([['过程指标', '数量指标', '评审程序', '公正'], [null, '质量指标', '评审质量', '合格'], BEN, SAT]),
      errors: [
        {
          messageId: 'unknown',
          data: { value: '过程指标', allowed: '产出指标、效益指标、满意度指标、成本指标' },
          cell: 'A5',
          severity: 'error',
          message: '一级指标“过程指标”不是 产出指标、效益指标、满意度指标、成本指标 之一',
        },
      ],
    },
    {
      name: '部门整体支出: a 一级 no framework has',
      grid: targetTable([
        ['履职效能', '部门履职目标', '重点工作任务完成率', '≥95%'],
        ['其他事项', '工作任务', '文件办理数', '≥100件'],
      ]),
      errors: [{ messageId: 'unknown', cell: 'A6', message: '一级指标“其他事项”不是' }],
    },
    {
      name: 'no 一级 and an unknown 二级',
      grid: targetTable([[null, '过程管理', '评审程序', '公正'], BEN, SAT]),
      errors: [{ messageId: 'missing', cell: 'A5', message: '第 5 行没有一级指标' }],
    },
    {
      name: 'no 一级 column (Guangdong form)',
      grid: table(
        [
          ['新建高校(校区)', '7个'],
          ['毕业生就业率', '≥95%'],
        ],
        { header: ['三级指标', '指标值'] },
      ),
      errors: [{ messageId: 'noColumn', cell: 'A1', message: '表中没有“一级指标”列' }],
    },
  ],
};

const hie02: RuleCases = {
  rule: HIE02,
  valid: [
    { name: 'the Tianjin 2024 table', grid: seedGrid([3]).grid },
    { name: '可持续影响指标 under 效益', grid: targetTable([[B, '可持续影响指标', '设备使用年限', '≥5年'], SAT]) },
    ...DEPT_CASES,
  ],
  invalid: [
    {
      name: '数量指标 under 效益',
      grid: targetTable([[B, '数量指标', '培训人数', '≥50人'], SAT]),
      errors: [
        { messageId: 'wrongParent', data: { level1: '效益指标', level2: '数量指标' }, cell: 'B5', severity: 'error', message: '二级指标“数量指标”不应放在一级“效益指标”之下' },
      ],
    },
    {
      name: 'Sichuan hybrid: 经济成本指标 under 产出 (warning)',
      grid: targetTable([[O, '经济成本指标', '成本控制数', '≤30万元'], BEN, SAT]),
      errors: [{ messageId: 'hybrid', cell: 'B5', severity: 'warning' }],
    },
    {
      name: 'unknown 二级',
      grid: targetTable([[O, '过程指标', '评审程序', '公正'], BEN, SAT]),
      errors: [{ messageId: 'unknown', cell: 'B5', message: '二级指标“过程指标”不在指标目录中' }],
    },
    { name: 'missing 二级', grid: targetTable([[O, null, '评审程序', '公正'], BEN, SAT]), errors: [{ messageId: 'missing', cell: 'B5', message: '第 5 行没有二级指标' }] },
  ],
};

const hie03: RuleCases = {
  rule: HIE03,
  valid: [{ name: 'generation A says nothing', grid: seedGrid([5]).grid }, ...DEPT_CASES],
  invalid: [
    {
      name: 'generation B',
      grid: targetTable([[C, '经济成本指标', '成本控制数', '≤30万元'], [O, '数量指标', '培训人数', '≥50人'], BEN, SAT]),
      errors: [{ messageId: 'generation', data: { label: '第二代（财预〔2021〕101号，成本为一级指标）' }, cell: 'A4', severity: 'info', message: '第二代' }],
    },
    { name: 'hybrid', grid: targetTable([[O, '经济成本指标', '成本控制数', '≤30万元'], BEN, SAT]), errors: [{ messageId: 'generation', message: '混合' }] },
    {
      name: 'A and B mixed',
      grid: targetTable([[O, '成本指标', '设备购置成本', '≤500万元'], [C, '经济成本指标', '成本控制数', '≤30万元'], BEN, SAT]),
      errors: [{ messageId: 'mixed', cell: 'A4', severity: 'warning' }],
    },
  ],
};

const hie04: RuleCases = {
  rule: HIE04,
  valid: [{ name: 'all three buckets', grid: targetTable([[O, '数量指标', '培训人数', '≥50人'], BEN, SAT]) }, ...DEPT_CASES],
  invalid: [
    {
      name: 'no 满意度',
      grid: targetTable([[O, '数量指标', '培训人数', '≥50人'], BEN]),
      errors: [{ messageId: 'missing', data: { what: '满意度' }, cell: 'A4', severity: 'warning', message: '表中没有满意度指标' }],
    },
    {
      name: 'only 产出',
      grid: targetTable([[O, '数量指标', '培训人数', '≥50人']]),
      errors: [
        { messageId: 'missing', message: '效益' },
        { messageId: 'missing', message: '满意度' },
      ],
    },
  ],
};

const hie05: RuleCases = {
  rule: HIE05,
  valid: [
    { name: 'names and values', grid: targetTable([[O, '数量指标', '培训人数', '≥50人'], BEN, SAT]) },
    // A formula saved without a result is unknown, not missing: NRM-07 says so once for the project.
    { name: 'a 指标值 formula never calculated', grid: noResult(targetTable([[O, '数量指标', '培训人数', null], BEN, SAT]), { D5: '数据!B2' }) },
    ...DEPT_CASES,
  ],
  invalid: [
    {
      name: 'no value',
      grid: targetTable([[O, '数量指标', '培训人数', null], BEN, SAT]),
      errors: [{ messageId: 'noValue', data: { name: '培训人数' }, cell: 'D5', severity: 'error', message: '“培训人数”没有指标值' }],
    },
    { name: 'no name', grid: targetTable([[O, '数量指标', null, '≥50人'], BEN, SAT]), errors: [{ messageId: 'noName', cell: 'C5', message: '第 5 行没有三级指标名称' }] },
    { name: 'over 100 characters', grid: targetTable([[O, '数量指标', '培'.repeat(101), '≥50人'], BEN, SAT]), errors: [{ messageId: 'tooLong', cell: 'C5', message: '101 个字' }] },
  ],
};

const hie06: RuleCases = {
  rule: HIE06,
  valid: [{ name: 'distinct names', grid: seedGrid([1]).grid }, ...DEPT_CASES],
  invalid: [
    {
      name: 'same 三级 twice',
      grid: targetTable([[O, '数量指标', '培训人数', '≥50人'], [null, '质量指标', '培训人数', '≥40人'], BEN, SAT]),
      errors: [{ messageId: 'duplicate', data: { name: '培训人数', first: 5 }, cell: 'C6', severity: 'warning', message: '“培训人数”与第 5 行重复' }],
    },
  ],
};

/**
 * A 区域绩效目标表: 指标值 over 全省 (or another total) | one column per county, the rows' cells after the labels.
 * Rows start at row 5 (two title lines, the two-row header on rows 3–4).
 */
function area(heads: string[], rows: CellValue[][]) {
  const width = 3 + heads.length;
  const pad = (cells: CellValue[]) => [...cells, ...Array<CellValue>(Math.max(0, width - cells.length)).fill(null)];
  return makeGrid(
    '区域绩效目标表',
    [
      pad(['转移支付（项目）名称', null, '农田建设补助']),
      pad(['资金情况（万元）', null, '年度金额', 3000]),
      pad(['一级指标', '二级指标', '三级指标', '指标值']),
      pad([null, null, null, ...heads]),
      ...rows.map(pad),
    ],
    [
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 2, bottom: 4, right: 2 },
      { top: 3, left: 3, bottom: 4, right: 3 },
      { top: 3, left: 4, bottom: 3, right: 3 + heads.length },
    ],
  );
}
const Q = (l3: string, ...v: CellValue[]): CellValue[] => [O, '数量指标', l3, ...v];
const RATE = [O, '质量指标', '验收合格率', '≥95%', '≥95%', '≥95%', '≥95%'];
const SAT3 = [S, '服务对象满意度指标', '受益群众满意度', '≥90%', '≥90%', '≥90%', '≥90%'];

const hie07: RuleCases = {
  rule: HIE07,
  valid: [
    { name: 'counties add up to the province', grid: area(['全省', '甲县', '乙县', '丙县'], [Q('新建高标准农田面积', '≥30万亩', '≥12万亩', '≥10万亩', '≥8万亩'), RATE, SAT3]) },
    {
      name: 'rounding: three thirds of 10 written to two decimals',
      grid: area(['全省', '甲县', '乙县', '丙县'], [Q('培训农民人数', '=10万人', '3.33万人', '3.33万人', '3.33万人'), RATE, SAT3]),
    },
    { name: 'counties promise more than a ≥ total', grid: area(['全省', '甲县', '乙县', '丙县'], [Q('新建机耕路', '≥100公里', '≥40公里', '≥40公里', '≥40公里'), RATE, SAT3]) },
    {
      name: 'counties in 元 against a total in 万元',
      grid: area(['全省', '甲县', '乙县', '丙县'], [Q('撬动社会资本', '≥500万元', '≥2000000元', '≥2000000元', '≥1000000元'), RATE, SAT3]),
    },
    {
      name: 'rates, per-head amounts, caps, durations and text are not added up',
      grid: area(
        ['全省', '甲县', '乙县', '丙县'],
        [
          RATE,
          Q('亩均补助标准', '=1500元', '=1500元', '=1500元', '=1500元'),
          [C, '经济成本指标', '项目管理费', '≤90万元', '≤10万元', '≤10万元', '≤10万元'],
          [O, '时效指标', '项目建设周期', '≥2年', '≥2年', '≥2年', '≥2年'],
          [B, '社会效益指标', '农业综合生产能力', '明显提升', '明显提升', '明显提升', '明显提升'],
          SAT3,
        ],
      ),
    },
    {
      name: 'a 合计 column among the counties is not a county',
      grid: area(['全省', '甲县', '乙县', '合计'], [Q('新建高标准农田面积', '30万亩', '18万亩', '12万亩', '30万亩'), RATE, SAT3]),
    },
    // A county's own table written for its towns: the first town's column is the table's 指标值, not a total.
    {
      name: 'no total column: the first column is a town',
      grid: makeGrid('专项资金绩效目标表', [
        ['项目名称', '乡村道路'],
        ['一级指标', '二级指标', '三级指标', '东岭镇', '南湖乡', '北山乡'],
        [O, '数量指标', '硬化道路长度', '≥20公里', '≥8公里', '≥6公里'],
        [O, '质量指标', '验收合格率', '≥95%', '≥95%', '≥95%'],
        [S, '服务对象满意度指标', '群众满意度', '≥90%', '≥90%', '≥90%'],
      ]),
    },
  ],
  invalid: [
    {
      name: 'counties fall short of a ≥ total',
      grid: area(['全省', '甲县', '乙县', '丙县'], [Q('新建高标准农田面积', '≥30万亩', '≥12万亩', '≥10万亩', '≥6万亩'), RATE, SAT3]),
      errors: [
        {
          messageId: 'short',
          data: { name: '新建高标准农田面积', head: '全省', total: '30万亩', sum: '28万亩', n: 3 },
          cell: 'D5',
          severity: 'warning',
          message: '“新建高标准农田面积”3 个地区的目标合计 28万亩，少于“全省”的 30万亩',
        },
      ],
    },
    {
      name: 'an = total the counties do not add up to',
      grid: area(['全市', '甲县', '乙县'], [Q('改造农村公路', '120公里', '50公里', '80公里'), RATE.slice(0, 6), SAT3.slice(0, 6)]),
      errors: [{ messageId: 'unequal', data: { name: '改造农村公路', head: '全市', total: '120公里', sum: '130公里', n: 2 }, cell: 'D5', severity: 'warning' }],
    },
    {
      name: 'a county left blank: the shortfall names it',
      grid: area(['全省', '甲县', '乙县', '丙县'], [Q('新建高标准农田面积', '≥30万亩', '≥12万亩', null, '≥8万亩'), RATE, SAT3]),
      errors: [
        {
          messageId: 'shortBlank',
          data: { name: '新建高标准农田面积', head: '全省', total: '30万亩', sum: '20万亩', n: 2, blank: '乙县' },
          cell: 'D5',
          message: '“新建高标准农田面积”2 个地区的目标合计 20万亩，少于“全省”的 30万亩（乙县未填）',
        },
      ],
    },
    {
      name: 'counties in 元, the total in 万元, short',
      grid: area(['全省', '甲县', '乙县', '丙县'], [Q('撬动社会资本', '≥500万元', '≥2000000元', '≥1000000元', '≥1000000元'), RATE, SAT3]),
      errors: [{ messageId: 'short', data: { name: '撬动社会资本', head: '全省', total: '500万元', sum: '400万元', n: 3 }, cell: 'D5' }],
    },
  ],
};

export const HIE_CASES: RuleCases[] = [hie01, hie02, hie03, hie04, hie05, hie06, hie07];
