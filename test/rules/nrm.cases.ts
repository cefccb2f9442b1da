/**
 * NRM-01 … NRM-06: normalisation notices (info), several with safe fixes.
 * RuleTester cases (test/rules/nrm.test.ts runs them; docs/rules/ shows some as examples).
 */
import { NRM01, NRM02, NRM03, NRM04, NRM05, NRM06, NRM07 } from '../../src/domain/rules/nrm';
import { noResult, SELFEVAL_HEADER, table, targetTable } from '../helpers/table';
import { seedGrid } from './grids';
import type { RuleCases } from './rule-tester';

const O = '产出指标';
const B = '效益指标';
const S = '满意度指标';
const seed1 = seedGrid([1]);
const seed4 = seedGrid([4]);
const at = (l: ReturnType<typeof seedGrid>, n: number, k: number, col = 'E') => `${col}${l.rows[n].indicatorRows[k]}`;
const afterBreak = (l: ReturnType<typeof seedGrid>, n: number) => {
  const r = l.rows[n].indicatorRows;
  return r.find((x, i) => i > 0 && x - r[i - 1] > 1)!;
};

const clean = targetTable([
  [O, '数量指标', '购置设备数量', '≥10台'],
  [null, '质量指标', '验收合格率', '100%'],
  [B, '社会效益指标', '实训能力', '达到预期'],
  [S, '服务对象满意度指标', '学生满意度', '≥90%'],
]);

const nrm01: RuleCases = {
  rule: NRM01,
  valid: [
    { name: 'clean text', grid: clean },
    {
      // The sheet numbers its 三级 names in its own way: that numbering is not spacing to fix.
      name: 'numbered 三级 names keep their numbers (1. 1、 1） 指标1： 一、)',
      grid: targetTable([
        [O, '数量指标', '1.维修道路里程', '≥10公里'],
        [null, null, '2、新建桥梁数量', '≥2座'],
        [null, '质量指标', '1）工程验收合格率', '100%'],
        [null, null, '指标1：设备完好率', '≥95%'],
        [null, '时效指标', '一、完工及时率', '100%'],
        [B, '社会效益指标', '三级指标2：通行条件', '明显改善'],
      ]),
    },
    {
      // “培训人数≥100人” with the 指标值 empty is read as name and target: the cell keeps both.
      name: 'a target written into the name is not cut off',
      grid: targetTable([[O, '数量指标', '培训人数≥100人', null]]),
    },
  ],
  invalid: [
    {
      name: 'a numbered name with a break keeps its number',
      grid: targetTable([
        [O, '数量指标', '1.维修道路\n里程', '≥10公里'],
        [null, null, '指标2：新建 桥梁数量', '≥2座'],
      ]),
      errors: [
        { messageId: 'split', cell: 'C5', fix: '1.维修道路里程' },
        { messageId: 'split', cell: 'C6', fix: '指标2：新建桥梁数量' },
      ],
    },
    {
      name: 'a target in the name with a break: only the break goes',
      grid: targetTable([[O, '数量指标', '培训 人数≥100人', null]]),
      errors: [{ messageId: 'split', cell: 'C5', fix: '培训人数≥100人' }],
    },
    {
      name: 'Tianjin 2024: “社会效益指 标” and a wrapped 三级',
      grid: targetTable([[B, '社会效益指 标', '实践教学质 量和服务能 力', '全面提升']]),
      errors: [
        {
          messageId: 'split',
          data: { raw: '社会效益指 标', fixed: '社会效益指标' },
          cell: 'B5',
          severity: 'info',
          message: '“社会效益指 标”中有断行或空格，规范为“社会效益指标”',
          fix: '社会效益指标',
        },
        { messageId: 'split', cell: 'C5', fix: '实践教学质量和服务能力' },
      ],
    },
    {
      name: 'newline inside a name',
      grid: targetTable([[O, '数量指标', '建设大模型\n生产中心', '1个']]),
      errors: [{ messageId: 'split', cell: 'C5', message: '“建设大模型⏎生产中心”', fix: '建设大模型生产中心' }],
    },
  ],
};

const nrm02: RuleCases = {
  rule: NRM02,
  valid: [{ name: 'no page break', grid: clean }],
  invalid: [
    {
      name: 'Tianjin 2024 project 1: header repeated after the page break',
      grid: seed1.grid,
      errors: [{ messageId: 'repeated', data: { row: 17 }, cell: `A${afterBreak(seed1, 1) - 1}`, message: `第 ${afterBreak(seed1, 1) - 1} 行是分页后重复的表头` }],
    },
  ],
};

const nrm03: RuleCases = {
  rule: NRM03,
  valid: [{ name: 'ordinary fill-down inside a merge is not reported', grid: clean }],
  invalid: [
    {
      name: 'Tianjin 2024 project 1: blank 一级 after the page break',
      grid: seed1.grid,
      errors: [{ messageId: 'filledAfterBreak', data: { row: 18, value: '产出指标' }, cell: `A${afterBreak(seed1, 1)}`, message: '一级指标为空，沿用上方的“产出指标”' }],
    },
    {
      name: 'no 一级 at all on the first row: inferred from the 二级',
      grid: targetTable([
        [null, '数量指标', '购置设备数量', '≥10台'],
        [S, '服务对象满意度指标', '学生满意度', '≥90%'],
      ]),
      errors: [{ messageId: 'inferred', cell: 'A5', message: '按二级指标“数量指标”归入“产出指标”' }],
    },
  ],
};

const nrm04: RuleCases = {
  rule: NRM04,
  valid: [{ name: 'no fragments', grid: seed1.grid }],
  invalid: [
    {
      name: 'Tianjin 2024 project 4: “指标” / “力” after the break',
      grid: seed4.grid,
      errors: [
        {
          messageId: 'joined',
          data: { frag: 21, row: 19, level2: '可持续影响指标', level3: '可持续影响力' },
          cell: `B${afterBreak(seed4, 4) - 1}`,
          message: `第 ${afterBreak(seed4, 4) - 1} 行是第 ${at(seed4, 4, 10).slice(1)} 行跨页的后半截，已接回：二级“可持续影响指标”，三级“可持续影响力”`,
        },
      ],
    },
  ],
};

const nrm05: RuleCases = {
  rule: NRM05,
  valid: [
    { name: 'canonical names', grid: clean },
    { name: 'a weight label is not an alias', grid: targetTable([['产出指标(50分)', '数量指标', '购置设备数量', '≥10台']]) },
  ],
  invalid: [
    {
      name: '可持续影响 / 环境效益指标 / 服务对象满意度',
      grid: targetTable([
        [B, '可持续影响', '设备使用年限', '≥5年'],
        [null, '环境效益指标', '节能率', '≥5%'],
        [S, '服务对象满意度', '学生满意度', '≥90%'],
      ]),
      errors: [
        { messageId: 'alias', data: { raw: '可持续影响', canonical: '可持续影响指标' }, cell: 'B5', message: '“可持续影响”规范名称为“可持续影响指标”', fix: '可持续影响指标' },
        { messageId: 'alias', cell: 'B6', fix: '生态效益指标' },
        { messageId: 'alias', cell: 'B7', fix: '服务对象满意度指标' },
      ],
    },
    {
      name: '一级 效果指标',
      grid: targetTable([['效果指标', '社会效益指标', '实训能力', '达到预期']]),
      errors: [{ messageId: 'alias', cell: 'A5', message: '“效果指标”规范名称为“效益指标”', fix: '效益指标' }],
    },
  ],
};

const nrm06: RuleCases = {
  rule: NRM06,
  valid: [
    { name: 'already canonical', grid: clean },
    {
      name: 'split form keeps the number alone',
      grid: table([[O, '质量指标', '验收合格率', '=', '100', '百分比']], { header: ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '计量单位'] }),
    },
  ],
  invalid: [
    {
      name: 'Tianjin 2024 spellings',
      grid: targetTable([
        [O, '数量指标', '数据上报量', '≥10000 条数据'],
        [null, '质量指标', '服务对象满意率', '≥98 百分号'],
        [null, '质量指标', '验收合格率', '１００％'],
        [null, '数量指标', '培训人数', '50人以上'],
      ]),
      errors: [
        { messageId: 'canonical', data: { raw: '≥10000 条数据', fixed: '≥10000条' }, cell: 'D5', message: '指标值“≥10000 条数据”规范写法为“≥10000条”', fix: '≥10000条' },
        { messageId: 'canonical', cell: 'D6', fix: '≥98%' },
        { messageId: 'canonical', cell: 'D7', fix: '100%' },
        { messageId: 'canonical', cell: 'D8', fix: '≥50人' },
      ],
    },
  ],
};

const self = (rows: (string | number | null)[][]) =>
  targetTable(rows, 100, {
    header: SELFEVAL_HEADER,
    above: [
      ['项目名称', '测试项目'],
      ['预算数', 100, '执行数', 100],
      ['其他资金', null],
    ],
  });

const nrm07: RuleCases = {
  rule: NRM07,
  valid: [
    { name: 'no formulas', grid: clean },
    {
      name: 'a formula saved with its result (Excel always saves one), even an empty text',
      grid: noResult(targetTable([[O, '数量指标', '购置设备数量', '']]), {}, { D5: 'IF(A1="","",A1)' }),
    },
  ],
  invalid: [
    {
      name: 'a 目标表 written by a program: 指标值 formulas never calculated',
      grid: noResult(
        targetTable([
          [O, '数量指标', '购置设备数量', '≥10台'],
          [null, '质量指标', '验收合格率', 'x'],
          [S, '服务对象满意度指标', '学生满意度', 'x'],
        ]),
        { D6: 'Sheet2!B2', D7: 'Sheet2!B3' },
      ),
      errors: [
        {
          messageId: 'noResult',
          data: { count: 2, name: '验收合格率' },
          cell: 'D6',
          severity: 'warning',
          message: '2 个单元格是未计算的公式（从“验收合格率”起），文件中没有保存计算结果',
        },
      ],
    },
    {
      name: 'a 自评表 whose 实际完成值 and 得分 are formulas never calculated: one line for the 实际完成值',
      grid: noResult(
        self([
          [O, '数量指标', '购置设备数量', '≥10台', 'x', 50, 'x', null],
          [S, '服务对象满意度指标', '学生满意度', '≥90%', 'x', 50, 'x', null],
        ]),
        { E5: '数据!B2', G5: 'F5', E6: '数据!B3', G6: 'F6' },
      ),
      errors: [{ messageId: 'noResult', data: { count: 2, name: '购置设备数量' }, cell: 'E5' }], // not the 得分 formulas: the engine scores every row itself
    },
  ],
};

export const NRM_CASES: RuleCases[] = [nrm01, nrm02, nrm03, nrm04, nrm05, nrm06, nrm07];
