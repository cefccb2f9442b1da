/**
 * VAL-01 … VAL-12 through the real recogniser and scorer. Target tables: header row 4, rows from 5, 指标值 in D.
 * RuleTester cases (test/rules/val.test.ts runs them; docs/rules/ shows some as examples).
 */
import { VAL01, VAL02, VAL03, VAL04, VAL05, VAL06, VAL07, VAL08, VAL09, VAL10, VAL11, VAL12 } from '../../src/domain/rules/val';
import { table, targetTable } from '../helpers/table';
import { seedGrid } from './grids';
import type { RuleCases } from './rule-tester';

const seed2 = seedGrid([2]);
const seed56 = seedGrid([5, 6]);
const seed6 = seedGrid([6]);
const seed4 = seedGrid([4]);
/** The 指标值 cell (column E) of the k-th indicator row (0-based) of seed project n in a layout. */
const E = (l: ReturnType<typeof seedGrid>, n: number, k: number) => `E${l.rows[n].indicatorRows[k]}`;

const O = '产出指标';
const B = '效益指标';
const S = '满意度指标';

/** A small well-formed table around one row under test (placed first, at row 5). */
const around = (row: (string | number | null)[]) =>
  targetTable([row, [O, '数量指标', '培训班次', '≥3次'], [B, '社会效益指标', '受训教师能力达标率', '≥90%'], [S, '服务对象满意度指标', '学员满意度', '≥90%']]);
/** The same around one row of a 部门整体 table (its own 一级: 履职效能, 管理效率, 运行成本). */
const dept = (row: (string | number | null)[]) =>
  targetTable([
    row,
    ['履职效能', '部门履职目标', '年度重点工作任务完成率', '100%'],
    ['管理效率', '预算编制管理', '预算编制准确率', '≥95%'],
    ['运行成本', '经济成本指标', '公用经费', '≤300万元'],
  ]);

// Split form (Sichuan/Hunan): 指标性质 | 指标值 | 计量单位 columns. Header row 1.
const SPLIT = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '计量单位'];

const val01: RuleCases = {
  rule: VAL01,
  valid: [{ name: 'real values', grid: around([O, '数量指标', '购置设备数量', '≥10台']) }],
  invalid: [
    {
      name: 'stars',
      grid: around([O, '数量指标', '购置设备数量', '**']),
      errors: [{ messageId: 'placeholder', data: { name: '购置设备数量', raw: '**' }, cell: 'D5', message: '“购置设备数量”的指标值“**”是占位符' }],
    },
    { name: 'template ≥**人次', grid: around([O, '数量指标', '培训人次', '≥**人次']), errors: [{ messageId: 'placeholder', cell: 'D5' }] },
    { name: 'XX%', grid: around([O, '质量指标', '验收合格率', 'XX%']), errors: [{ messageId: 'placeholder', cell: 'D5', severity: 'error' }] },
  ],
};

const val02: RuleCases = {
  rule: VAL02,
  valid: [
    { name: 'operator with number', grid: around([O, '成本指标', '设备购置成本', '≤ 500 万元']) },
    { name: 'text without operator', grid: around([B, '社会效益指标', '服务水平', '达到预期']) },
  ],
  invalid: [
    {
      name: '≥ 万元',
      grid: around([O, '成本指标', '设备购置成本', '≥ 万元']),
      errors: [{ messageId: 'noNumber', data: { name: '设备购置成本', raw: '≥ 万元' }, cell: 'D5', message: '“设备购置成本”的指标值“≥ 万元”有比较符号却没有数值' }],
    },
    { name: '不低于上年', grid: around([B, '经济效益指标', '收入水平', '不低于上年']), errors: [{ messageId: 'noNumber', cell: 'D5' }] },
  ],
};

const val03: RuleCases = {
  rule: VAL03,
  valid: [
    { name: 'units present', grid: around([O, '数量指标', '购置设备数量', '≥10台']) },
    { name: 'unit from the unit column', grid: table([[O, '质量指标', '验收合格率', '=', 100, '%']], { header: SPLIT }) },
  ],
  invalid: [
    {
      name: 'count without unit',
      grid: around([O, '数量指标', '购置设备数量', '≥10']),
      errors: [{ messageId: 'noUnit', data: { name: '购置设备数量', raw: '≥10' }, cell: 'D5', severity: 'warning', message: '“购置设备数量”的指标值“≥10”没有计量单位' }],
    },
    {
      name: 'rate without % → error with fix',
      grid: around([O, '质量指标', '验收合格率', '≥95']),
      errors: [{ messageId: 'noPercent', cell: 'D5', severity: 'error', message: '“验收合格率”是比率类指标，指标值“≥95”缺少“%”', fix: '≥95%' }],
    },
    { name: 'rate as a fraction: error, no fix', grid: around([O, '质量指标', '验收合格率', 0.95]), errors: [{ messageId: 'noPercent', cell: 'D5', severity: 'error' }] },
    {
      name: 'split form: fix goes to the unit column',
      grid: table([[O, '质量指标', '验收合格率', '=', 100, null]], { header: SPLIT }),
      errors: [{ messageId: 'noPercent', cell: 'E2', fix: '%' }],
    },
  ],
};

const val04: RuleCases = {
  rule: VAL04,
  valid: [
    { name: 'rate with a number', grid: around([O, '数量指标', '项目覆盖率', '100%']) },
    { name: 'quality with text', grid: around([O, '质量指标', '合规性', '达到国家标准']) },
    { name: '池州: a degree that mentions 成本 is not an amount', grid: around([B, '生态效益指标', '对控制基建项目成本影响程度', '达到预期']) },
    // 质量 ends in 量 but is a quality, not an amount (教育教学质量, 工程质量, 服务质量).
    { name: 'department: 教育教学质量 稳步提升', grid: dept(['履职效能', '部门履职效果', '教育教学质量', '稳步提升']) },
    { name: 'project: 工程质量 优良', grid: around([O, '质量指标', '工程质量', '优良']) },
    { name: 'project: 服务质量 明显提高', grid: around([B, '社会效益指标', '公共服务质量', '明显提高']) },
  ],
  invalid: [
    {
      name: 'Tianjin 2024: 覆盖度高',
      grid: around([O, '数量指标', '项目覆盖率', '覆盖度高']),
      errors: [
        {
          messageId: 'qualitative',
          data: { name: '项目覆盖率', raw: '覆盖度高', label: '比率类', labelEn: 'a rate' },
          cell: 'D5',
          message: '“项目覆盖率”是比率类指标，指标值“覆盖度高”不是数值',
        },
      ],
    },
    { name: 'Tianjin 2024: 及时率 符合规定', grid: around([O, '时效指标', '工作任务完成及时率', '符合规定']), errors: [{ messageId: 'qualitative', cell: 'D5' }] },
    { name: 'head-count as text', grid: around([O, '数量指标', '受益人数', '大幅增加']), errors: [{ messageId: 'qualitative', message: '人数类指标' }] },
    {
      name: 'declared 定量 (Hunan)',
      grid: table([[O, '时效指标', '资金拨付', '定量', '按月安排', null]], { header: ['一级指标', '二级指标', '三级指标', '指标值类型', '指标值', '计量单位'] }),
      errors: [{ messageId: 'declared', cell: 'E2', message: '指标值类型为“定量”' }],
    },
    {
      name: 'Tianjin 2024 project 2',
      grid: seed2.grid,
      errors: [
        { messageId: 'qualitative', cell: E(seed2, 2, 1), message: '“装备配备覆盖率”是比率类指标，指标值“覆盖度高”' },
        { messageId: 'qualitative', cell: E(seed2, 2, 2), message: '“项目覆盖率”' },
        { messageId: 'qualitative', cell: E(seed2, 2, 5), message: '“工作任务完成及时率”是比率类指标，指标值“符合规定”' },
        { messageId: 'qualitative', cell: E(seed2, 2, 6), message: '“成本控制”是金额（成本）类指标' },
      ],
    },
  ],
};

const val05: RuleCases = {
  rule: VAL05,
  valid: [
    { name: 'graded wording', grid: around([B, '社会效益指标', '服务能力', '达到预期（好/较好/一般/差）']) },
    { name: 'a measure', grid: around([B, '社会效益指标', '服务能力', '达到国家二级标准']) },
    { name: 'rate names are VAL-04’s', grid: around([O, '数量指标', '项目覆盖率', '覆盖度高']) },
  ],
  invalid: [
    {
      name: 'Tianjin 2024: 全面提升',
      grid: around([B, '社会效益指标', '实践教学质量和服务能力', '全面提升']),
      errors: [{ messageId: 'bare', data: { name: '实践教学质量和服务能力', raw: '全面提升' }, cell: 'D5', message: '“实践教学质量和服务能力”的指标值“全面提升”只是趋势或程度词' }],
    },
    { name: '符合规定 on a quality row', grid: around([O, '质量指标', '资金管理', '符合规定']), errors: [{ messageId: 'bare', cell: 'D5' }] },
    { name: '池州: 效果明显', grid: around([B, '社会效益指标', '对维护基建市场公平的影响程度', '效果明显']), errors: [{ messageId: 'bare' }] },
    {
      name: 'Tianjin 2024 project 4: the row split by a page break is reported at its 指标值 row',
      grid: seed4.grid,
      errors: [
        { messageId: 'bare', cell: E(seed4, 4, 5), message: '“技术技能创新服务社会能力”的指标值“显著提升”' },
        { messageId: 'bare', cell: E(seed4, 4, 6), message: '“促进学生职业素养和职业能力提升情况”' },
        { messageId: 'bare', cell: E(seed4, 4, 9), message: '“社会服务能力”' },
        // 三级 “可持续影响” + fragment “力” two rows below, after the repeated header.
        { messageId: 'bare', cell: E(seed4, 4, 10), message: '“可持续影响力”的指标值“持续提升”' },
      ],
    },
  ],
};

const val06: RuleCases = {
  rule: VAL06,
  valid: [
    { name: '100 % is fine', grid: around([O, '质量指标', '验收合格率', '≥100%']) },
    { name: 'growth may exceed 100', grid: around([B, '经济效益指标', '产值增长率', '≥120%']) },
  ],
  invalid: [
    {
      name: 'rate above 100',
      grid: around([O, '质量指标', '验收合格率', '≥120%']),
      errors: [
        {
          messageId: 'range',
          data: { name: '验收合格率', raw: '≥120%', label: '比率类', labelEn: 'a rate' },
          cell: 'D5',
          severity: 'error',
          message: '“验收合格率”是比率类指标，指标值“≥120%”超出 0%–100%',
        },
      ],
    },
    { name: 'negative satisfaction', grid: around([S, '服务对象满意度指标', '群众满意度', '-5%']), errors: [{ messageId: 'range', message: '满意度类指标' }] },
  ],
};

const val07: RuleCases = {
  rule: VAL07,
  valid: [
    { name: '≥90%', grid: around([S, '服务对象满意度指标', '受训学员满意度', '≥90%']) },
    { name: '95%以上', grid: around([S, '服务对象满意度指标', '资助对象满意度', '95%以上']) },
    { name: 'Tianjin 2024: ≥98 百分号', grid: around([S, '服务对象满意度指标', '服务对象满意率', '≥98 百分号']) },
  ],
  invalid: [
    {
      name: 'no operator',
      grid: around([S, '服务对象满意度指标', '师生满意度', '90%']),
      errors: [{ messageId: 'notGe', data: { name: '师生满意度', raw: '90%' }, cell: 'D5', message: '满意度指标“师生满意度”应写作“≥N%”，现为“90%”' }],
    },
    { name: '≤', grid: around([S, '服务对象满意度指标', '师生满意度', '≤90%']), errors: [{ messageId: 'notGe', cell: 'D5' }] },
    { name: 'text under 满意度', grid: around([S, '服务对象满意度指标', '服务对象评价', '满意']), errors: [{ messageId: 'qualitative', message: '现为文字“满意”' }] },
  ],
};

const val08: RuleCases = {
  rule: VAL08,
  valid: [
    { name: 'rate in %', grid: around([O, '质量指标', '验收合格率', '100%']) },
    { name: '人数 in 人次 (loose, as the library shows)', grid: around([O, '数量指标', '补助人数', '≥3000 人次']) },
    { name: 'time name with a duration', grid: around([B, '可持续影响指标', '资助政策发挥作用时间', '≥1年']) },
    // ‰ is a rate unit as much as %: 森林火灾受害率, 婴儿死亡率 are published in ‰.
    { name: 'rate in ‰', grid: around([O, '质量指标', '森林火灾受害率', '≤0.8‰']) },
    { name: 'rate in 千分之', grid: around([O, '质量指标', '森林火灾受害率', '≤千分之0.8']) },
    { name: 'rate in ‰ with a unit column', grid: table([[O, '质量指标', '婴儿死亡率', '≤', 5, '‰']], { header: SPLIT }) },
  ],
  invalid: [
    {
      name: 'Tianjin 2024: 时间 in 人次',
      grid: around([B, '可持续影响指标', '资助政策发挥作用时间', '≥2500 人次']),
      errors: [
        {
          messageId: 'mismatch',
          data: { name: '资助政策发挥作用时间', raw: '≥2500 人次', label: '时间类', labelEn: 'a time', unit: '人次' },
          cell: 'D5',
          message: '“资助政策发挥作用时间”是时间类指标，指标值单位却是“人次”',
        },
      ],
    },
    { name: 'rate in 个', grid: around([O, '质量指标', '验收合格率', '10个']), errors: [{ messageId: 'mismatch', message: '“验收合格率”是比率类指标，指标值单位却是“个”' }] },
    { name: 'cost in %', grid: around([O, '成本指标', '设备购置成本', '≤100%']), errors: [{ messageId: 'mismatch', message: '金额（成本）类指标' }] },
    {
      name: '岳阳楼: 28.8万元 with unit column %',
      grid: table([[O, '成本指标', '办公经费', '≤', '28.8万元', '%']], { header: SPLIT }),
      errors: [{ messageId: 'conflict', cell: 'E2', message: '“办公经费”的指标值“28.8万元”带单位“万元”，与计量单位列的“%”不一致' }],
    },
    {
      name: '岳阳楼: 定性 with unit %',
      grid: table([[B, '社会效益指标', '困难群众保障', '定性', '应保尽保', '%']], { header: SPLIT }),
      errors: [{ messageId: 'unitOnText', cell: 'E2', message: '“应保尽保”是文字，计量单位列却填了“%”' }],
    },
    {
      name: 'Tianjin 2024 projects 5 and 6',
      grid: seed56.grid,
      errors: [
        { messageId: 'mismatch', cell: E(seed56, 5, 5), message: '“资助政策发挥作用时间”是时间类指标，指标值单位却是“人次”' },
        { messageId: 'mismatch', cell: E(seed56, 6, 5), message: '“资助政策发挥作用时间”' },
      ],
    },
  ],
};

const val09: RuleCases = {
  rule: VAL09,
  valid: [
    { name: 'cost ≤', grid: around([O, '成本指标', '补助金额', '≤665.3万元']) },
    { name: 'saving rate ≥ on a cost row', grid: around([O, '成本指标', '政府采购节支率', '≥5%']) },
    { name: 'overspend rate ≤', grid: around([O, '成本指标', '项目成本超支率', '≤0%']) },
    { name: 'complaint handling rate ≥', grid: around([O, '质量指标', '投诉处理率', '≥95%']) },
    // Rates of a harm (受害率, 发生率, 发案率, 伤亡率 …) are lower-is-better, in % or ‰.
    { name: 'forest fire damage rate ≤ ‰', grid: around([O, '质量指标', '森林火灾受害率', '≤0.8‰']) },
    { name: 'harm rates ≤', grid: around([O, '质量指标', '林业有害生物成灾率', '≤3‰']) },
    { name: 'incidence rate ≤', grid: around([B, '社会效益指标', '火灾发生率', '≤1%']) },
    { name: 'crime rate ≤', grid: around([B, '社会效益指标', '刑事案件发案率', '≤2%']) },
    { name: 'relief for a harm is good: 受灾群众救助率 ≥', grid: around([B, '社会效益指标', '受灾群众救助率', '≥95%']) },
    { name: 'a harmed population is not a harm rate: 受灾群众补助发放率 ≥', grid: around([B, '社会效益指标', '受灾群众补助发放率', '≥95%']) },
    { name: 'fire-fighting success rate ≥', grid: around([B, '社会效益指标', '森林火灾扑救成功率', '≥95%']) },
    // A 控制率 / 变动率 of spending is a cap (实际支出 ÷ 预算 ≤ 100%), not a rate to raise.
    { name: 'department: “三公”经费控制率 ≤100%', grid: dept(['管理效率', '预算执行管理', '“三公”经费控制率', '≤100%']) },
    { name: 'department: 公用经费控制率 ≤100%', grid: dept(['运行成本', '经济成本指标', '公用经费控制率', '≤100%']) },
    { name: 'department: 预算控制率 ≤100%', grid: dept(['管理效率', '预算执行管理', '预算控制率', '≤100%']) },
    { name: 'department: 经费控制率 <100%', grid: dept(['管理效率', '预算执行管理', '会议经费控制率', '<100%']) },
    { name: 'department: 支出控制率 ≤100%', grid: dept(['运行成本', '经济成本指标', '行政运行支出控制率', '≤100%']) },
    { name: 'department: “三公”经费变动率 ≤0', grid: dept(['管理效率', '预算执行管理', '“三公”经费变动率', '≤0%']) },
    { name: 'project: 运行成本控制率 ≤100% on a 效益 row', grid: around([B, '经济效益指标', '运行成本控制率', '≤100%']) },
    // On a department table 人均 / 生均公用经费 is a guaranteed level (不低于标准), not a cost to cap.
    { name: 'department: 在校生人均公用经费 ≥', grid: dept(['运行成本', '经济成本指标', '在校生人均公用经费', '≥720元/人·年']) },
    { name: 'department: 生均公用经费 ≥', grid: dept(['履职效能', '部门履职目标', '生均公用经费', '≥650元']) },
    // A 压减率 / 压缩率 is a cut to reach: “≥” is its natural operator.
    { name: 'project: 一般性支出压减率 ≥5%', grid: around([O, '成本指标', '一般性支出压减率', '≥5%']) },
    { name: 'department: “三公”经费压缩比例 ≥10%', grid: dept(['管理效率', '预算执行管理', '“三公”经费压缩比例', '≥10%']) },
    { name: 'a 控制率 that is not spending: 高血压患者血压控制率 ≥60%', grid: around([B, '社会效益指标', '高血压患者血压控制率', '≥60%']) },
  ],
  invalid: [
    {
      name: 'Tianjin 2024 project 6: ≥100 万元',
      grid: around([O, '成本指标', '补助金额', '≥100 万元']),
      errors: [{ messageId: 'cost', data: { name: '补助金额', op: '≥' }, cell: 'D5', message: '“补助金额”是成本指标，应为“≤”（控制上限），却写成“≥”' }],
    },
    { name: 'complaint rate ≥', grid: around([O, '质量指标', '投诉率', '≥1%']), errors: [{ messageId: 'negative', message: '“投诉率”越低越好' }] },
    { name: 'damage rate ≥', grid: around([O, '质量指标', '森林火灾受害率', '≥0.8‰']), errors: [{ messageId: 'negative', message: '“森林火灾受害率”越低越好' }] },
    { name: 'pass rate ≤', grid: around([O, '质量指标', '验收合格率', '≤95%']), errors: [{ messageId: 'positive', message: '“验收合格率”是正向比率指标' }] },
    { name: 'department: a positive rate ≤ still', grid: dept(['履职效能', '部门履职目标', '义务教育巩固率', '≤98%']), errors: [{ messageId: 'positive' }] },
    { name: 'department: a total 公用经费 ≥ is still a cost', grid: dept(['运行成本', '经济成本指标', '日常公用经费', '≥300万元']), errors: [{ messageId: 'cost' }] },
    {
      name: 'project: “三公”经费控制率 ≥100%',
      grid: around([O, '成本指标', '“三公”经费控制率', '≥100%']),
      errors: [{ messageId: 'spendingCap', message: '“三公”经费控制率”是支出控制率（实际支出不超过预算或上年），应为“≤”（上限），却写成“≥”' }],
    },
    { name: 'department: 预算控制率（%） >100', grid: dept(['管理效率', '预算执行管理', '预算控制率（%）', '>95']), errors: [{ messageId: 'spendingCap' }] },
    { name: 'department: 公用经费变动率 ≥0%', grid: dept(['运行成本', '经济成本指标', '公用经费变动率', '≥0%']), errors: [{ messageId: 'spendingCap' }] },
    { name: 'project: a per-head cost ≥ is still a cost', grid: around([O, '成本指标', '人均培训经费', '≥500元/人']), errors: [{ messageId: 'cost' }] },
    {
      name: '反向 nature with ≥ (Inner Mongolia)',
      grid: table([[O, '数量指标', '出差人数', '反向', '≥', 8, '人']], { header: ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '目标值', '计量单位'] }),
      errors: [{ messageId: 'nature', cell: 'F2', message: '指标性质为“反向”' }],
    },
    { name: 'Tianjin 2024 project 6', grid: seed6.grid, errors: [{ messageId: 'cost', cell: E(seed6, 6, 3), message: '“补助金额”' }] },
  ],
};

const val10: RuleCases = {
  rule: VAL10,
  valid: [
    { name: '及时率 in %', grid: around([O, '时效指标', '资金发放及时率', '100%']) },
    { name: 'a date', grid: around([O, '时效指标', '验收入库时间', '2024年12月底前']) },
    { name: 'a duration', grid: around([O, '时效指标', '响应时间', '≤2小时']) },
  ],
  invalid: [
    {
      name: '池州: 及时',
      grid: around([O, '时效指标', '补助经费到位及时性', '及时']),
      errors: [{ messageId: 'text', data: { name: '补助经费到位及时性', raw: '及时' }, cell: 'D5', message: '时效指标“补助经费到位及时性”的指标值“及时”不是百分比、日期或时长' }],
    },
    { name: 'head-count on a 时效 row', grid: around([O, '时效指标', '培训完成情况', '≥2500人次']), errors: [{ messageId: 'unit', message: '单位是“人次”' }] },
  ],
};

const val11: RuleCases = {
  rule: VAL11,
  valid: [
    { name: 'all operators written', grid: around([O, '数量指标', '购置设备数量', '=10台']) },
    { name: 'operator column filled', grid: table([[O, '质量指标', '验收合格率', '=', 100, '%']], { header: SPLIT }) },
    {
      name: '指标性质 column with a value',
      grid: table([[O, '数量指标', '出差人数', '正向', 8, '人']], { header: ['一级指标', '二级指标', '三级指标', '指标性质', '目标值', '计量单位'] }),
    },
  ],
  invalid: [
    {
      name: 'once per table',
      grid: targetTable([
        [O, '数量指标', '建设大模型生产中心', '1个'],
        [O, '时效指标', '任务按期完成率', '100%'],
        [O, '成本指标', '设备购置成本', '500 万元'],
        [S, '服务对象满意度指标', '学生满意度', '≥95%'],
      ]),
      errors: [
        {
          messageId: 'implicit',
          data: { count: 3, name: '建设大模型生产中心', raw: '1个' },
          cell: 'D5',
          severity: 'info',
          message: '3 项指标值没有比较符号（如“建设大模型生产中心”的“1个”）',
        },
      ],
    },
  ],
};

const val12: RuleCases = {
  rule: VAL12,
  valid: [
    { name: 'compliance under 质量', grid: around([O, '质量指标', '专款专用率', '100%']) },
    { name: 'coverage rate under 数量 (library)', grid: around([O, '数量指标', '项目覆盖率', '100%']) },
  ],
  invalid: [
    {
      name: 'Tianjin 2024 project 3: 专款专用 under 社会效益',
      grid: table([[B, '社会效益指标', '确保项目资金顺利使用', '专款专用', '100 百分比']], { header: ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'] }),
      errors: [
        {
          messageId: 'compliance',
          data: { name: '确保项目资金顺利使用（专款专用）', level2: '社会效益指标' },
          cell: 'C2',
          message: '“确保项目资金顺利使用（专款专用）”是合规类事项',
        },
      ],
    },
    {
      name: 'Tianjin 2024 project 1: 占比 under 数量',
      grid: around([O, '数量指标', '实践中心“双师”素质教师占比', '100%']),
      errors: [{ messageId: 'ratio', cell: 'C5', message: '是比率，宜放在质量指标下' }],
    },
    {
      name: 'Tianjin 2024 project 7: 人次 under 社会效益',
      grid: around([B, '社会效益指标', '接受宣传教育师生人次', '≥200 人次']),
      errors: [{ messageId: 'headcount', cell: 'C5', severity: 'info' }],
    },
  ],
};

export const VAL_CASES: RuleCases[] = [val01, val02, val03, val04, val05, val06, val07, val08, val09, val10, val11, val12];
