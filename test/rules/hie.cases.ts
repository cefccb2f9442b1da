/**
 * HIE-01 … HIE-06: the indicator hierarchy.
 * RuleTester cases (test/rules/hie.test.ts runs them; docs/rules/ shows some as examples).
 */
import { HIE01, HIE02, HIE03, HIE04, HIE05, HIE06 } from '../../src/domain/rules/hie';
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

export const HIE_CASES: RuleCases[] = [hie01, hie02, hie03, hie04, hie05, hie06];
