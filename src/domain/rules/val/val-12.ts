/** VAL-12 指标放在不合适的二级下 — Indicator under an implausible 二级. */
import { isEvaluationFramework } from '../../framework';
import { canonicalName } from '../../text';
import { nameClass } from '../../units';
import type { IndicatorRow } from '../../model';
import type { Rule } from '../types';
import { cite } from '../cite';
import { TIANJIN_2024_SEED } from '../evidence';
import { nameOf } from '../util';

const COVERAGE = /覆盖率$/;

const COMPLIANCE = /(专款专用|合规|违规|违纪|规范使用|专账核算|财务制度|财经纪律)/;

function placement(ind: IndicatorRow): 'compliance' | 'ratio' | 'headcount' | null {
  const name = ind.level3;
  if (ind.level1 === '效益指标' && (COMPLIANCE.test(name) || COMPLIANCE.test(ind.description))) return 'compliance';
  const cls = nameClass(name);
  // The library (docs/domain.md §7.7) itself lists 覆盖率 beside 覆盖单位数 under 数量, so it is not flagged.
  if (ind.level2 === '数量指标' && cls === 'percent' && !COVERAGE.test(canonicalName(name))) return 'ratio';
  if (ind.level2 === '社会效益指标' && (cls === 'persons' || cls === 'personTimes')) return 'headcount';
  return null;
}

export const VAL12: Rule = {
  id: 'VAL-12',
  meta: {
    title: '指标放在不合适的二级下',
    titleEn: 'Indicator under an implausible 二级',
    description: '合规类事项（专款专用、资金使用合规）属于产出的质量指标，不是效益；比率（…占比、…率）不是数量；受益人数、人次是产出数量，不是社会效益。',
    source: cite('VAL-12'),
    evidence: `${TIANJIN_2024_SEED}；[I]`,
    severity: 'info',
    fixable: false,
    messages: {
      compliance: '“{name}”是合规类事项，宜放在产出指标的质量指标下，而不是“{level2}”',
      ratio: '“{name}”是比率，宜放在质量指标下，而不是数量指标',
      headcount: '“{name}”是人数/人次，宜放在产出指标的数量指标下，而不是社会效益指标',
    },
    messagesEn: {
      compliance: '“{name}” is a compliance item; it belongs under 产出/质量指标, not “{level2}”',
      ratio: '“{name}” is a ratio; it belongs under 质量指标, not 数量指标',
      headcount: '“{name}” is a head-count; it belongs under 产出/数量指标, not 社会效益指标',
    },
  },
  create(ctx) {
    // The evaluation framework places its rows itself (实际完成率 under 产出数量): framework.ts.
    if (isEvaluationFramework(ctx.project.indicators)) return;
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      const kind = placement(ind);
      if (!kind) continue;
      const name = ind.description && COMPLIANCE.test(ind.description) && !COMPLIANCE.test(ind.level3) ? `${nameOf(ind)}（${ind.description}）` : nameOf(ind);
      ctx.report({ messageId: kind, data: { name, level2: ind.level2 ?? ind.level2Text }, row: ind.row, col: ctx.col('level3') });
    }
  },
};
