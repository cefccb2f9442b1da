/**
 * SE-01 … SE-15. Self-evaluations from grids.ts: row 1 项目名称; row 2 funds header; row 3 年度资金总额
 * (B 年初, C 全年预算, D 全年执行, E 分值, F 执行率, G 得分[, H 原因]); 其中 rows; grid header (row 5 with
 * one 其中 row), indicators from row 6: D 年度指标值 | E 实际完成值 | F 分值 | G 得分 | H 偏差原因.
 * RuleTester cases (test/rules/se.test.ts runs them; docs/rules/ shows some as examples).
 */
import { SE01, SE02, SE03, SE04, SE05, SE06, SE07, SE08, SE09, SE10, SE11, SE12, SE13, SE14, SE15 } from '../../src/domain/rules/se';
import { makeGrid, type CellValue, type Grid } from '../../src/sheet/grid';
import { reasonPlaceholder } from '../../src/domain/reason-placeholder';
import { noResult, SELFEVAL_HEADER, table } from '../helpers/table';
import { selfEval } from './grids';
import type { RuleCases } from './rule-tester';

const O = '产出指标';
const B = '效益指标';
const S = '满意度指标';
type Row = CellValue[];

/** 产出 50 / 效益 30 / 满意度 10, all met. Rows 6, 7, 8. */
const q = (target: CellValue, actual: CellValue, weight: CellValue = 50, score: CellValue = 50, reason: CellValue = null): Row => [
  O,
  '数量指标',
  '补助村(社区)数量',
  target,
  actual,
  weight,
  score,
  reason,
];
export const good: Row[] = [
  q('=8个', 8),
  [B, '社会效益指标', '干部工作积极性', '效果明显', '达成预期指标', 30, 30, null],
  [S, '服务对象满意度指标', '公众满意度', '≥90%', 95, 10, 10, null],
];
const withFirst = (first: Row) => [first, ...good.slice(1)];

/** A grid whose G6 holds a formula (as a later run of ours writes it). */
function withFormula(g: Grid, row: number, col: number, f: string): Grid {
  g.formulas = g.values.map((r) => r.map(() => null));
  g.formulas[row - 1][col - 1] = f;
  return g;
}

const se01: RuleCases = {
  rule: SE01,
  valid: [
    { name: '50/30/10 + 执行率 10', grid: selfEval(good) },
    { name: 'no 分值 in the sheet: the scheme assigns them', grid: selfEval(good.map((r) => [...r.slice(0, 5), null, null, null])) },
    {
      name: 'Sichuan scheme: 90 free over the indicators',
      grid: selfEval([q('=8个', 8, 60, 60), ...good.slice(1, 2).map((r) => [...r.slice(0, 5), 20, 20, null]), [S, '服务对象满意度指标', '公众满意度', '≥90%', 95, 10, 10, null]]),
      config: { scheme: { id: 'sichuan', name: '四川', execution: 10, buckets: null, indicators: 90 } },
    },
    {
      name: 'target table whose 分值 cover 100 (no execution item)',
      grid: table(
        [
          [O, '数量指标', '出差人数', '正向', '=', 8, '人', 50],
          [B, '社会效益指标', '资源回收率', '正向', '≥', 90, '%', 30],
          [S, '服务对象满意度指标', '群众满意度', '正向', '≥', 90, '%', 20],
        ],
        { header: ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '目标值', '计量单位', '分值'] },
      ),
      config: { scheme: { id: 'x', name: 'x', execution: 0, buckets: { 产出: 50, 效益: 30, 满意度: 20 }, indicators: 100 } },
    },
    {
      name: '部门整体 framework (履职效能 60 / 管理效率 20 / 运行成本 10): not the project scheme’s 产出/效益/满意度 split',
      grid: selfEval([
        ['履职效能', '部门履职目标', '重点工作任务完成率', '100%', '100%', 60, 60, null],
        ['管理效率', '预算执行管理', '预算编制准确率', '≥95%', '96%', 20, 20, null],
        ['运行成本', '经济成本指标', '公用经费控制率', '≤100%', '97%', 10, 10, null],
      ]),
    },
    {
      name: '部门整体 framework without 分值: no part of the project scheme is missing',
      grid: selfEval([
        ['履职效能', '部门履职目标', '重点工作任务完成率', '100%', '100%', null, null, null],
        ['管理效率', '预算执行管理', '预算编制准确率', '≥95%', '96%', null, null, null],
      ]),
    },
  ],
  invalid: [
    {
      name: '部门整体 framework whose 分值 add up to 95',
      grid: selfEval([
        ['履职效能', '部门履职目标', '重点工作任务完成率', '100%', '100%', 55, 55, null],
        ['管理效率', '预算执行管理', '预算编制准确率', '≥95%', '96%', 20, 20, null],
        ['运行成本', '经济成本指标', '公用经费控制率', '≤100%', '97%', 10, 10, null],
      ]),
      errors: [{ messageId: 'total' }],
    },
    {
      name: 'total 95',
      grid: selfEval(good.map((r, i) => (i === 2 ? [...r.slice(0, 5), 5, 5, null] : r))),
      errors: [
        {
          messageId: 'total',
          data: { total: '95', indicators: '85', execution: '10' },
          cell: 'F5',
          severity: 'error',
          message: '分值合计 95（指标 85 + 预算执行率 10），应为 100',
        },
      ],
    },
    {
      name: 'total reported on the total line',
      grid: selfEval(
        good.map((r, i) => (i === 2 ? [...r.slice(0, 5), 5, 5, null] : r)),
        { total: ['总分', null, null, null, null, 95, 95] },
      ),
      errors: [{ messageId: 'total', cell: 'F9' }],
    },
    {
      name: '江西: 执行率 分值 100',
      grid: selfEval(good, { funds: { weight: 100, rate: '100%', score: 10 } }),
      errors: [{ messageId: 'total', cell: 'F5', message: '预算执行率 100' }],
    },
    {
      name: 'split 60/20/10 (特殊情况: warning)',
      grid: selfEval([q('=8个', 8, 60, 60), [B, '社会效益指标', '干部工作积极性', '效果明显', '达成预期指标', 20, 20, null], good[2]]),
      errors: [
        { messageId: 'bucket', cell: 'F6', severity: 'warning', message: '产出指标分值合计 60，方案为 50' },
        { messageId: 'bucket', cell: 'F7', message: '效益指标分值合计 20，方案为 30' },
      ],
    },
    {
      name: 'execution 20 (Hubei) under the national scheme',
      grid: selfEval([q('=8个', 8, 40, 40), good[1], good[2]], { funds: { weight: 20, score: 20 } }),
      errors: [
        { messageId: 'execution', cell: 'E3', message: '预算执行率分值为 20，方案为 10' },
        { messageId: 'bucket', cell: 'F6', message: '产出指标分值合计 40' },
      ],
    },
    {
      name: '“产出指标(50分)” over rows worth 40',
      grid: selfEval([
        ['产出指标(50分)', '数量指标', '补助村数量', '=8个', 8, 40, 40, null],
        ['效益指标(30分)', '社会效益指标', '干部工作积极性', '效果明显', '达成预期指标', 40, 40, null],
        good[2],
      ]),
      errors: [
        { messageId: 'label', cell: 'A6', message: '“产出指标(50分)”标明 50 分，其下各行分值合计 40' },
        { messageId: 'label', cell: 'A7', message: '“效益指标(30分)”标明 30 分' },
      ],
    },
    {
      name: 'no 满意度 rows, its 10 points given to 产出 (Sichuan practice)',
      grid: selfEval([q('=8个', 8, 60, 60), good[1]]),
      errors: [
        { messageId: 'bucket', cell: 'F6', message: '产出指标分值合计 60' },
        { messageId: 'bucketMoved', cell: 'F5', message: '没有满意度指标，方案中的 10 分已分给其他指标' },
      ],
    },
    {
      name: 'no 满意度 rows: 10 points unassigned',
      grid: selfEval(good.slice(0, 2).map((r) => [...r.slice(0, 5), null, null, null])),
      errors: [{ messageId: 'bucketEmpty', cell: 'A5', message: '没有满意度指标，该部分的 10 分无处分配' }],
    },
    {
      name: 'Inner Mongolia target table with 分值',
      grid: table(
        [
          [O, '数量指标', '出差人数', '正向', '=', 8, '人', 40],
          [B, '社会效益指标', '资源回收率', '正向', '≥', 90, '%', 30],
          [S, '服务对象满意度指标', '群众满意度', '正向', '≥', 90, '%', 10],
        ],
        { header: ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '目标值', '计量单位', '分值'] },
      ),
      errors: [{ messageId: 'total', cell: 'H1', message: '分值合计 90（指标 80 + 预算执行率 10）' }],
    },
  ],
};

const se02: RuleCases = {
  rule: SE02,
  valid: [
    { name: 'every row has an actual', grid: selfEval(good) },
    { name: 'a target table has no 实际完成值 column', grid: table([[O, '数量指标', '购置设备数量', '=10台']]) },
    // Unknown, not missing (NRM-07), even on a row whose 分值 a person typed.
    {
      name: 'an actual formula never calculated',
      grid: noResult(selfEval([good[0], [B, '社会效益指标', '干部工作积极性', '效果明显', null, 30, null, null], good[2]]), { E7: '数据!B3' }),
    },
  ],
  invalid: [
    {
      name: 'one row without',
      grid: selfEval([good[0], [B, '社会效益指标', '干部工作积极性', '效果明显', null, 30, null, null], good[2]]),
      errors: [{ messageId: 'missing', data: { name: '干部工作积极性' }, cell: 'E7', severity: 'error', message: '“干部工作积极性”没有实际完成值' }],
    },
    {
      name: 'whole column empty: once',
      grid: selfEval(good.map((r) => [...r.slice(0, 4), null, r[5], null, null])),
      errors: [{ messageId: 'allEmpty', cell: 'E5', message: '实际完成值一列全部为空（3 项指标）' }],
    },
    { name: 'placeholder', grid: selfEval(withFirst(q('=8个', '**'))), errors: [{ messageId: 'placeholder', cell: 'E6', message: '“**”是占位符' }] },
    {
      name: 'a typed 得分 without a 分值 is a scored row',
      grid: selfEval([good[0], [B, '社会效益指标', '干部工作积极性', '效果明显', null, null, 30, null], good[2]]),
      errors: [{ messageId: 'missing', cell: 'E7', severity: 'error' }],
    },
    {
      name: 'unscored rows (no 分值, no 得分) with empty actuals: one info reminder',
      grid: selfEval([good[0], [B, '社会效益指标', '干部工作积极性', '效果明显', null, null, null, null], [S, '服务对象满意度指标', '公众满意度', '≥90%', null, null, null, null]]),
      errors: [{ messageId: 'pending', cell: 'E7', severity: 'info', message: '2 项指标的实际完成值待填写（从“干部工作积极性”起）' }],
    },
  ],
};

const se03: RuleCases = {
  rule: SE03,
  valid: [
    { name: 'same unit', grid: selfEval(withFirst(q('=8个', '8个'))) },
    { name: 'no unit on the actual', grid: selfEval(withFirst(q('≥90%', 95))) },
    { name: '百分比 = %', grid: selfEval(withFirst(q('≥100百分比', '100%'))) },
    // 1.2 under ≥100%: Excel keeps 120 % as 1.2 — read so, nothing to say (rate-over-one.ts).
    { name: 'a rate over 100 % typed as 1.2', grid: selfEval(withFirst(q('≥100%', 1.2))) },
    // 1.2 under ≤5%: a low figure is the natural one under an upper bound, read as typed.
    { name: '1.2 under an upper bound', grid: selfEval(withFirst(q('≤5%', 1.2))) },
  ],
  invalid: [
    {
      name: '1.2 under ≥5%: 1.2 % or 120 %?',
      grid: selfEval(withFirst(q('≥5%', 1.2))),
      errors: [
        {
          messageId: 'overOne',
          severity: 'info',
          data: { name: '补助村(社区)数量', actual: '1.2', percent: '120' },
          cell: 'E6',
          message: '“补助村(社区)数量”的实际完成值 1.2 是常规格式的数，已按 1.2% 计分；如指 120%（Excel 以 1.2 保存 120%），请写作“120%”',
        },
      ],
    },
    {
      name: '% vs 个',
      grid: selfEval(withFirst(q('≥90%', '9个'))),
      errors: [
        { messageId: 'unit', data: { name: '补助村(社区)数量', actual: '个', target: '%' }, cell: 'E6', message: '“补助村(社区)数量”的实际完成值单位“个”与指标值单位“%”不同' },
      ],
    },
  ],
};

const se04: RuleCases = {
  rule: SE04,
  valid: [
    {
      name: 'the grade phrases and short forms',
      grid: selfEval([
        q('=8个', 8),
        [B, '社会效益指标', '干部工作积极性', '效果明显', '部分达成年度指标并具有一定效果', 15, 10, '原因'],
        [B, '社会效益指标', '群众获得感', '明显增强', '达成', 15, 15, null],
        good[2],
      ]),
    },
    // Published 自评表 repeat the qualitative target as the actual: the target was met, as written.
    { name: 'the actual repeats the target', grid: selfEval([good[0], [B, '社会效益指标', '服务水平', '显著提升', '显著提升', 30, 30, null], good[2]]) },
    { name: 'the actual repeats the target, spaced', grid: selfEval([good[0], [B, '社会效益指标', '服务水平', '达到预期', ' 达到 预期 ', 30, 30, null], good[2]]) },
    // A target naming a direction on last year, an actual saying which way it went: graded by it (value-direction.ts).
    { name: 'a direction on last year, answered by a change', grid: selfEval([good[0], [B, '社会效益指标', '群众参与人次', '较上年有所提高', '增长3%', 30, 30, null], good[2]]) },
    // A target asking for none, an actual saying none happened: met (value-none.ts).
    { name: 'none asked, none happened', grid: selfEval([good[0], [B, '社会效益指标', '项目实施情况', '无安全事故', '未发生安全事故', 30, 30, null], good[2]]) },
  ],
  invalid: [
    {
      name: 'other words than the target',
      grid: selfEval([good[0], [B, '社会效益指标', '服务水平', '显著提升', '有所提升', 30, 30, null], good[2]]),
      errors: [{ messageId: 'grade', cell: 'E7' }],
    },
    {
      name: 'free text on a qualitative row',
      grid: selfEval([good[0], [B, '社会效益指标', '干部工作积极性', '效果明显', '积极性明显提高', 30, 30, null], good[2]]),
      errors: [
        {
          messageId: 'grade',
          data: { name: '干部工作积极性', raw: '积极性明显提高', target: '效果明显' },
          cell: 'E7',
          message: '定性指标“干部工作积极性”的实际完成值“积极性明显提高”不是',
        },
      ],
    },
    {
      name: 'a direction on last year answered by a level alone: no direction to grade',
      grid: selfEval([good[0], [B, '社会效益指标', '群众参与人次', '较上年有所提高', '3200人次', 30, 30, null], good[2]]),
      errors: [{ messageId: 'grade', cell: 'E7' }],
    },
    {
      name: 'words on a quantitative row',
      grid: selfEval(withFirst(q('=8个', '基本完成'))),
      errors: [{ messageId: 'notNumber', cell: 'E6', message: '定量指标“补助村(社区)数量”（指标值“=8个”）的实际完成值“基本完成”不是数值' }],
    },
  ],
};

const qual = (actual: string, score: CellValue, reason: CellValue = null): Row => [B, '社会效益指标', '干部工作积极性', '效果明显', actual, 30, score, reason];

const se05: RuleCases = {
  rule: SE05,
  valid: [
    { name: '达成 30/30', grid: selfEval(good) },
    { name: '达成 24 (band floor)', grid: selfEval([good[0], qual('达成预期指标', 24, '说明'), good[2]]) },
    { name: '部分达成 20', grid: selfEval([good[0], qual('部分达成预期指标并具有一定效果', 20, '说明'), good[2]]) },
  ],
  invalid: [
    {
      name: '达成 with 20',
      grid: selfEval([good[0], qual('达成年度指标', 20, '说明'), good[2]]),
      errors: [
        {
          messageId: 'band',
          data: { name: '干部工作积极性', grade: '达成', score: '20', close: ']', lo: '24', hi: '30' },
          cell: 'G7',
          severity: 'error',
          message: '“干部工作积极性”实际完成值为“达成”，得分应在 [24, 30] 内，表中为 20',
        },
      ],
    },
    {
      name: '未达成 with 18 (0.6w is 部分达成)',
      grid: selfEval([good[0], qual('未达成年度指标且效果较差', 18, '说明'), good[2]]),
      errors: [{ messageId: 'band', message: '得分应在 [0, 18) 内' }],
    },
  ],
};

const se06: RuleCases = {
  rule: SE06,
  valid: [
    { name: 'B/A × w', grid: selfEval(withFirst(q('≥10个', 8, 50, 40, '原因'))) },
    { name: 'typed score within 0.1', grid: selfEval(withFirst(q('≥3个', 2, 50, 33.4, '原因'))) },
    { name: 'manual deduction for over-achievement is allowed', grid: selfEval(withFirst(q('≥10个', 20, 50, 45, '指标值设定偏低，酌情扣分'))) },
    { name: 'a score above its weight is SE-07’s', grid: selfEval(withFirst(q('=8个', 8, 50, 55))) },
    { name: 'reverse: A/B × w', grid: selfEval(withFirst([O, '成本指标', '项目总成本', '≤90万元', 100, 50, 45, '超支'])) },
  ],
  invalid: [
    {
      name: 'typed score off',
      grid: selfEval(withFirst(q('≥10个', 8, 50, 45, '原因'))),
      errors: [
        {
          messageId: 'row',
          data: { name: '补助村(社区)数量', expected: '40', score: '45', weight: '50', completion: '80%' },
          cell: 'G6',
          severity: 'error',
          message: '“补助村(社区)数量”得分应为 40（完成 80%，分值 50），表中为 45',
        },
      ],
    },
    {
      name: 'our formula must match to 0.01',
      grid: withFormula(selfEval(withFirst(q('≥3个', 2, 50, 33.4, '原因'))), 6, 7, 'E6/3*F6'),
      errors: [{ messageId: 'row', cell: 'G6', message: '得分应为 33.33' }],
    },
    {
      name: '池州: total row 0 while 其中 shows 100 %',
      grid: selfEval(good, {
        funds: { initial: 0, total: 0, executed: 0, weight: 10, rate: 0, score: 0 },
        parts: [['其中:本年财政拨款', 89.974, 89.974]],
      }),
      errors: [{ messageId: 'execution', cell: 'G3', message: '预算执行得分应为 10（执行率 100%，按“其中”各行计算，分值 10），表中为 0' }],
    },
    {
      name: '江西: 分值 100 | 100% | 得分 10',
      grid: selfEval(good, { funds: { initial: '620.82万元', total: '620.82万元', executed: '620.82万元', weight: 100, rate: '100%', score: 10 } }),
      errors: [{ messageId: 'executionOwn', cell: 'G3', message: '预算执行得分 10 ≠ 执行率 100% × 分值 100 = 100' }],
    },
    {
      name: 'execution score vs rate',
      grid: selfEval(good, { funds: { total: 100, executed: 86, rate: '86%', score: 10 } }),
      errors: [{ messageId: 'execution', cell: 'G3', message: '预算执行得分应为 8.6' }],
    },
  ],
};

const se07: RuleCases = {
  rule: SE07,
  valid: [{ name: 'within 0 … w', grid: selfEval(good) }],
  invalid: [
    {
      name: 'row above its weight',
      grid: selfEval(withFirst(q('=8个', 8, 50, 55))),
      errors: [{ messageId: 'row', data: { name: '补助村(社区)数量', score: '55', weight: '50' }, cell: 'G6', message: '“补助村(社区)数量”得分 55 超出 0–50' }],
    },
    { name: 'negative score', grid: selfEval(withFirst(q('=8个', 8, 50, -1))), errors: [{ messageId: 'row', cell: 'G6' }] },
    {
      name: 'execution above 10',
      grid: selfEval(good, { funds: { total: 100, executed: 120, rate: '120%', score: 12 } }),
      errors: [{ messageId: 'execution', cell: 'G3', message: '预算执行得分 12 超出 0–10' }],
    },
  ],
};

const se08: RuleCases = {
  rule: SE08,
  valid: [
    { name: 'full marks need nothing', grid: selfEval(good) },
    { name: 'reason given', grid: selfEval(withFirst(q('≥10个', 8, 50, 40, '受疫情影响，2个村未纳入；下年度提前摸底。'))) },
    { name: 'target table: not a self-evaluation', grid: table([[O, '数量指标', '购置设备数量', '=10台']]) },
  ],
  invalid: [
    {
      name: 'typed score below weight',
      grid: selfEval(withFirst(q('≥10个', 8, 50, 40))),
      errors: [
        {
          messageId: 'missing',
          data: { name: '补助村(社区)数量', score: '40', weight: '50' },
          cell: 'H6',
          severity: 'error',
          message: '“补助村(社区)数量”得分 40 低于分值 50，须填写偏差原因分析及改进措施',
        },
      ],
    },
    {
      name: 'computed score below weight (得分 empty)',
      grid: selfEval(withFirst(q('≥10个', 8, 50, null))),
      errors: [{ messageId: 'missing', cell: 'H6', message: '得分 40 低于分值 50' }],
    },
    {
      name: 'our placeholder is not a reason',
      grid: selfEval(withFirst(q('≥10个', 8, 50, 40, reasonPlaceholder('完成 8 个，指标值 10 个，完成 80%')))),
      errors: [{ messageId: 'missing', cell: 'H6' }],
    },
  ],
};

const se09: RuleCases = {
  rule: SE09,
  valid: [
    { name: 'within 130 %', grid: selfEval(withFirst(q('≥10个', 12))) },
    { name: 'explained', grid: selfEval(withFirst(q('≥10个', 15, 50, 50, '实际完成情况超计划较大：年中追加任务'))) },
    { name: 'threshold raised to 200 %', grid: selfEval(withFirst(q('≥10个', 15))), config: { overAchievement: { ratio: 2, zeroAbsolute: 30 } } },
    { name: 'reverse rows are not over-achievement', grid: selfEval(withFirst([O, '成本指标', '项目总成本', '≤90万元', 50, 50, 50, null])) },
  ],
  invalid: [
    {
      name: '150 %',
      grid: selfEval(withFirst(q('≥10个', 15))),
      errors: [
        {
          messageId: 'over',
          data: { name: '补助村(社区)数量', actual: '15', target: '10', ratio: '150%' },
          cell: 'H6',
          severity: 'warning',
          message: '“补助村(社区)数量”实际完成值 15 达到指标值 10 的 150%',
        },
      ],
    },
    { name: 'A = 0, B ≥ 30', grid: selfEval(withFirst(q('≥0个', 30))), errors: [{ messageId: 'over', cell: 'H6' }] },
  ],
};

const se10: RuleCases = {
  rule: SE10,
  valid: [
    { name: '100 %', grid: selfEval(good) },
    { name: '80 % with a reason', grid: selfEval(good, { funds: { executed: 80, rate: '80%', score: 8 }, reason: '部分设备延期到货，尾款次年支付' }) },
    { name: 'threshold 70 %', grid: selfEval(good, { funds: { executed: 80, rate: '80%', score: 8 }, reason: null }), config: { executionReasonBelow: 0.7 } },
  ],
  invalid: [
    {
      name: '80 % and an empty 原因 cell',
      grid: selfEval(good, { funds: { executed: 80, rate: '80%', score: 8 }, reason: null }),
      errors: [{ messageId: 'missing', data: { rate: '80%', threshold: '90%' }, cell: 'H3', severity: 'warning', message: '预算执行率 80% 低于 90%，须说明原因' }],
    },
    {
      name: '86 % and no 原因 cell (national form)',
      grid: selfEval(good, { funds: { executed: 86, rate: '86%', score: 8.6 } }),
      errors: [{ messageId: 'noPlace', cell: 'F3', message: '资金栏没有原因栏' }],
    },
  ],
};

const se11: RuleCases = {
  rule: SE11,
  valid: [{ name: 'executed = budget', grid: selfEval(good) }],
  invalid: [
    {
      name: 'executed above budget',
      grid: selfEval(good, { funds: { total: 100, executed: 110, rate: '110%', score: 10 } }),
      errors: [
        {
          messageId: 'over',
          data: { executed: '110', budget: '100', rate: '110%', weight: '10' },
          cell: 'D3',
          severity: 'warning',
          message: '全年执行数 110 万元超过全年预算数 100 万元（执行率 110%），执行得分按分值 10 封顶',
        },
      ],
    },
  ],
};

const se12: RuleCases = {
  rule: SE12,
  valid: [
    { name: 'budget present', grid: selfEval(good) },
    {
      name: '池州: zero total recovered from the 其中 rows (CST-01 reports it)',
      grid: selfEval(good, {
        funds: { initial: 0, total: 0, executed: 0, rate: 0, score: 0 },
        parts: [['其中:本年财政拨款', 89.974, 89.974]],
      }),
    },
  ],
  invalid: [
    {
      name: 'budget 0 with an executed amount',
      grid: selfEval(good, { funds: { initial: 0, total: 0, executed: 50, rate: null, score: null }, parts: [['其中:本年财政拨款', 0, 50]] }),
      errors: [{ messageId: 'zero', data: { executed: '50' }, cell: 'C3', severity: 'error', message: '全年预算数为 0，无法计算执行率（全年执行数 50）' }],
    },
    {
      name: 'budget empty',
      grid: selfEval(good, { funds: { initial: null, total: null, executed: 50, rate: null, score: null }, parts: [['其中:本年财政拨款', null, 50]] }),
      errors: [{ messageId: 'missing', message: '全年预算数为空' }],
    },
  ],
};

const TOTAL = (total: CellValue, grade?: string): Row => ['总分', null, null, null, null, 100, total, ...(grade ? ['等级', grade] : [])];

const se13: RuleCases = {
  rule: SE13,
  valid: [
    { name: 'total and grade right', grid: selfEval(good, { total: TOTAL(100, '优') }) },
    { name: '良好 spelled out', grid: selfEval(withFirst(q('≥10个', 8, 50, 40, '原因')), { total: TOTAL(90, '优秀') }) },
    { name: 'no total line', grid: selfEval(good) },
  ],
  invalid: [
    {
      name: 'sum differs',
      grid: selfEval(good, { total: TOTAL(95) }),
      errors: [{ messageId: 'sum', data: { total: '95', expected: '100' }, cell: 'G9', severity: 'error', message: '总分 95 ≠ 各项得分合计 100' }],
    },
    {
      name: 'grade differs',
      grid: selfEval(withFirst(q('≥10个', 8, 50, 30, '原因')), { total: TOTAL(80, '优') }),
      errors: [{ messageId: 'grade', cell: 'I9', message: '总分 80 对应等级“良”，表中为“优”' }],
    },
    {
      name: 'custom bands (80/70/60)',
      grid: selfEval(withFirst(q('≥10个', 8, 50, 30, '原因')), { total: TOTAL(80, '良') }),
      config: { grades: { 优: 80, 良: 70, 中: 60 } },
      errors: [{ messageId: 'grade', message: '对应等级“优”' }],
    },
  ],
};

const se14: RuleCases = {
  rule: SE14,
  valid: [{ name: 'all applicable', grid: selfEval(good) }],
  invalid: [
    {
      name: '不适用 actual',
      grid: selfEval([good[0], [B, '生态效益指标', '对生态环境的影响', '无', '不适用', 30, null, null], good[2]]),
      errors: [{ messageId: 'na', data: { name: '对生态环境的影响' }, cell: 'E7', severity: 'info', message: '“对生态环境的影响”不适用，不参与评分' }],
    },
    {
      name: '不适用 target',
      grid: selfEval([good[0], [B, '生态效益指标', '对生态环境的影响', '本指标不适用此项目', null, 30, null, null], good[2]]),
      errors: [{ messageId: 'na', cell: 'D7' }],
    },
  ],
};

/** A 目标表 (rows 3–6) and a 自评表 of the same project below it (header row 12, rows 13–15). */
function approvedAndSelf(
  self: Row[],
  selfName = '学生资助',
  approved: Row[] = [
    [O, '数量指标', '资助人数', '≥100人'],
    [B, '社会效益指标', '应助尽助率', '100%'],
    [S, '服务对象满意度指标', '学生满意度', '≥90%'],
  ],
): Grid {
  return makeGrid('Sheet1', [
    ['项目名称', '学生资助'],
    ['预算数', 100, '其中：财政资金', 100],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ...approved,
    [],
    ['项目名称', selfName],
    ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额:', 100, 100, 100, 10, '100%', 10],
    ['其中:本年财政拨款', null, 100, 100],
    SELFEVAL_HEADER,
    ...self,
  ]);
}
const selfOk: Row[] = [
  [O, '数量指标', '资助人数', '≥100 人', 120, 50, 50, null],
  [B, '社会效益指标', '应助尽助率', '100%', '100%', 30, 30, null],
  [S, '服务对象满意度指标', '学生满意度', '≥90%', 95, 10, 10, null],
];

const se15: RuleCases = {
  rule: SE15,
  valid: [
    { name: 'same targets (spelling may differ)', grid: approvedAndSelf(selfOk) },
    {
      name: 'no approved table for this project: no-op',
      grid: approvedAndSelf(
        selfOk.map((r, i) => (i === 0 ? [...r.slice(0, 3), '≥80人', ...r.slice(4)] : r)),
        '另一个项目',
      ),
    },
    { name: 'a self-evaluation alone: no-op', grid: selfEval(good) },
  ],
  invalid: [
    {
      name: 'target lowered silently',
      grid: approvedAndSelf(selfOk.map((r, i) => (i === 0 ? [...r.slice(0, 3), '≥80人', ...r.slice(4)] : r))),
      errors: [
        {
          messageId: 'changed',
          data: { name: '资助人数', value: '≥80人', approved: '≥100人', where: 'Sheet1!D4' },
          cell: 'D13',
          severity: 'warning',
          message: '“资助人数”的年度指标值“≥80人”与批复的目标表（Sheet1!D4）中的“≥100人”不一致',
        },
      ],
    },
    {
      name: 'approved indicator dropped',
      grid: approvedAndSelf(selfOk.slice(0, 2)),
      errors: [{ messageId: 'dropped', cell: 'C12', message: '批复的目标表（Sheet1!C6）中的指标“学生满意度”在自评表中没有' }],
    },
  ],
};

export const SE_CASES: RuleCases[] = [se01, se02, se03, se04, se05, se06, se07, se08, se09, se10, se11, se12, se13, se14, se15];
