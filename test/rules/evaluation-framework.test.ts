/**
 * The 项目支出绩效评价指标体系 (财预〔2020〕10号 附件1: 决策 / 过程 / 产出 / 效益, src/domain/framework.ts): a sheet on it
 * is read by its own framework — no catalogue errors on its 一级 / 二级, no 指标值 asked of rows judged by 评价标准,
 * no points reserved for 预算执行率 beside its own row. A project table keeps every check. Variants v261, v262.
 */
import { evaluationLevel1, isEvaluationFramework } from '../../src/domain/framework';
import { analyse } from '../../src/engine/analyse';
import type { CellValue } from '../../src/sheet/grid';
import { table } from '../helpers/table';

const SCORING = ['一级指标', '二级指标', '三级指标', '评价标准', '分值', '得分'];
const SELF = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'];

const scoring: CellValue[][] = [
  ['决策（15分）', '项目立项', '立项依据充分性', '依据充分得5分', 5, 5],
  ['决策（15分）', '绩效目标', '绩效目标合理性', '合理得10分', 10, 8],
  ['过程（25分）', '资金管理', '预算执行率', '执行率×分值', 15, 14],
  ['过程（25分）', '组织实施', '制度执行有效性', '有效得10分', 10, 10],
  ['产出（40分）', '产出数量', '实际完成率', '完成率×分值', 40, 40],
  ['效益（20分）', '项目效益', '服务对象满意度', '≥90%得满分', 20, 19],
];

const run = (rows: CellValue[][], header: string[]) => analyse([table(rows, { header })]);
// The framework's checks: hierarchy (HIE-*) and the points' total (SE-01); value and reason findings are the rows' own.
const rules = (a: ReturnType<typeof analyse>) => a.diagnostics.filter((d) => d.severity !== 'info' && /^(HIE-|SE-01)/.test(d.rule)).map((d) => `${d.rule}@${d.cell}`);

test('a 决策 / 过程 一级 over one of the framework’s 二级 names it; 产出 / 效益 alone, or “过程指标” over 数量指标, do not', () => {
  expect(['决策（20分）', '过程指标', ' 决 策 ', '产出', '效益指标', '履职效能', '决策咨询'].map(evaluationLevel1)).toEqual(['决策', '过程', '决策', '', '', '', '']);
  const on = (...rows: [string, string][]) => isEvaluationFramework(rows.map(([level1Text, level2Text]) => ({ level1Text, level2Text })));
  expect(on(['产出指标', '数量指标'], ['过程（25分）', '资金管理'])).toBe(true);
  expect(on(['产出', '产出数量'], ['效益', '项目效益'], ['满意度', '满意度'])).toBe(false);
  // A project table that writes 过程指标 over catalogue 二级 keeps HIE-01's unknown 一级.
  expect(on(['过程指标', '数量指标'], ['过程指标', '质量指标'])).toBe(false);
});

test('a scoring sheet on the framework: no catalogue errors, no 指标值 asked, no doubt about a 指标值 column', () => {
  const a = run(scoring, SCORING);
  expect(rules(a)).toEqual([]);
  expect(a.projects[0].project.doubtCodes ?? []).toEqual([]);
  expect(a.diagnostics.filter((d) => d.rule === 'NRM-05' || d.rule === 'VAL-12')).toEqual([]);
});

test('a 自评表 on it: 决策 / 过程 rows need no 指标值, an 产出 row still does', () => {
  const rows: CellValue[][] = scoring.map(([l1, l2, l3, , w, s]) => (/^(决策|过程)/.test(String(l1)) ? [l1, l2, l3, null, '符合', w, s] : [l1, l2, l3, '100%', '100%', w, w]));
  expect(rules(run(rows, SELF))).toEqual([]);
  rows[4] = ['产出（40分）', '产出数量', '实际完成率', null, '100%', 40, 40];
  expect(rules(run(rows, SELF))).toContain('HIE-05@D6');
});

test('a project table whose 一级 are the catalogue’s keeps its checks: HIE-05 on an empty 指标值, HIE-01 on an unknown 一级', () => {
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '培训人次', null, null, 50, null],
    ['效益', '社会效益指标', '就业率', '≥90%', null, 30, null],
    ['管理', '管理指标', '制度健全性', '健全', null, 20, null],
  ];
  const got = rules(run(rows, SELF));
  expect(got).toContain('HIE-05@D2');
  expect(got).toContain('HIE-01@A4');
});
