/**
 * The 项目支出绩效评价指标体系 (《项目支出绩效评价管理办法》（财预〔2020〕10号）附件1 框架): 一级 决策 / 过程 /
 * 产出 / 效益, 二级 项目立项 / 绩效目标 / 资金投入 / 资金管理 / 组织实施 / 产出数量 … / 项目效益 (and the older
 * 项目决策 / 项目管理 / 项目绩效 of 财预〔2011〕285号). An evaluation's scoring sheet (and a 自评表 some provinces lay
 * on it) is weighted and named by that framework, not by the project catalogue: its 决策 / 过程 rows are judged
 * against their 评价标准, never against a 指标值. Known by a 决策 / 过程 一级 over one of the framework's own 二级:
 * a project table that writes “过程指标” over 数量指标 is still checked against the catalogue.
 */
import type { IndicatorRow } from './model';

const EVALUATION_ONLY = new Set(['决策', '过程', '项目决策', '项目管理', '项目过程']);
const EVALUATION_LEVEL2 = new Set(['项目立项', '绩效目标', '资金投入', '资金管理', '组织实施', '项目目标', '决策过程', '资金分配', '资金到位', '业务管理', '财务管理']);

const core = (text: string): string =>
  text
    .replace(/[（(][^（）()]*[)）]/g, '')
    .replace(/\s+/g, '')
    .replace(/指标$/, '');

/** “决策（20分）”, “过程指标” → 决策 / 过程; anything else → ''. */
export function evaluationLevel1(text: string): string {
  const c = core(text);
  return EVALUATION_ONLY.has(c) ? c : '';
}

// Asked by a dozen rules of every project: worked out once per indicator list (and again if it grows).
const known = new WeakMap<object, { n: number; yes: boolean }>();

/** Does this table follow the evaluation framework (a 决策 / 过程 一级 over one of its 二级)? */
export function isEvaluationFramework(indicators: readonly Pick<IndicatorRow, 'level1Text' | 'level2Text'>[]): boolean {
  const k = known.get(indicators);
  if (k && k.n === indicators.length) return k.yes;
  let yes = false;
  let last = '';
  let under = false;
  for (let i = 0; i < indicators.length && !yes; i++) {
    const x = indicators[i];
    // A merged 一级 is filled down: the same label on many rows is asked once.
    if (x.level1Text !== last) {
      last = x.level1Text;
      under = !!evaluationLevel1(last);
    }
    if (under && EVALUATION_LEVEL2.has(core(x.level2Text))) yes = true;
  }
  known.set(indicators, { n: indicators.length, yes });
  return yes;
}
