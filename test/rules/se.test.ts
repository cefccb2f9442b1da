/**
 * SE-01 … SE-15. Self-evaluations from grids.ts: row 1 项目名称; row 2 funds header; row 3 年度资金总额
 * (B 年初, C 全年预算, D 全年执行, E 分值, F 执行率, G 得分[, H 原因]); 其中 rows; grid header (row 5 with
 * one 其中 row), indicators from row 6: D 年度指标值 | E 实际完成值 | F 分值 | G 得分 | H 偏差原因.
 */
import { SE02 } from '../../src/domain/rules/se';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { address } from '../../src/sheet/a1';
import { selfEval } from './grids';
import { recogniseSheet } from '../../src/sheet/recognise';
import { runRules } from '../../src/domain/rules';
import { scoreProject } from '../../src/domain/scoring';
import { SE_CASES, good } from './se.cases';
import { ruleTester } from './rule-tester';

for (const c of SE_CASES) ruleTester(c.rule, c);

test('SE-02: the columns 自评 adds stay reminders when read back (formula 得分 on every row)', () => {
  const g = selfEval(good.map((r) => [...r.slice(0, 4), null, r[5], null, null]));
  g.formulas = g.values.map((r) => r.map(() => null));
  for (const row of [6, 7, 8]) g.formulas[row - 1][6] = `IF(E${row}="","",F${row})`;
  const { projects } = recogniseSheet(g);
  const ds = runRules(projects[0], scoreProject(projects[0], DEFAULT_CONFIG), DEFAULT_CONFIG, address, [SE02]);
  expect(ds.map((d) => [d.cell, d.severity, d.message])).toEqual([['E6', 'info', '3 项指标的实际完成值待填写（从“补助村(社区)数量”起）']]);
});

test('default config is what the SE cases assume', () => {
  expect(DEFAULT_CONFIG.tolerance).toEqual({ computed: 0.01, typed: 0.1 });
  expect(DEFAULT_CONFIG.overAchievement.ratio).toBe(1.3);
  expect(DEFAULT_CONFIG.executionReasonBelow).toBe(0.9);
});
