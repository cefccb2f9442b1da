/** SE-04 定性完成值不是三档之一 — Qualitative actual is not one of the three grades. */
import { approxActual } from '../../value-approx';
import type { Rule } from '../types';
import { cite } from '../cite';
import { EVALUATION_MEASURES_2020 } from '../evidence';
import { nameOf, rawOf } from '../util';
import { cellOf, rowScore } from './shared';
import { actualGrade, noneActual, wordsOf, yesNoGrade } from '../../scoring';
import { directionGrade } from '../../value-direction';
import { noneGrade } from '../../value-none';
import { formulaUnread } from '../../value-read';

export const SE04: Rule = {
  id: 'SE-04',
  meta: {
    title: '定性完成值不是三档之一',
    titleEn: 'Qualitative actual is not one of the three grades',
    description:
      '定性指标的实际完成值应为三档之一：达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差（“预期指标”写法及“达成/部分达成/未达成”简写均可；原样照抄定性指标值，如指标值“显著提升”、完成值“显著提升”，视为达成；指标值只写与上年比的方向，如“较上年有所提高”，完成值写明方向，如“增长3%”“与上年持平”，按方向评定）。定量指标的完成值则应是数值（越低越好的计数，如安全事故“≤0起”，完成值写“无”“未发生”按 0 计）。完成值写作约数（约40套、近40套、40余套、40多套、40套左右）时，与指标值相差多少无从知道，不按公式计分，提示自评得分需人工判断（填写确数，或手填得分）；完成值只写界限且与指标值方向相反时（指标值“≤40套”、完成值“超过40套”，指标值“≥95%”、完成值“低于95%”）同样处理。',
    source: cite('SE-04'),
    evidence: `${EVALUATION_MEASURES_2020}；pmkpi 枚举 [P]`,
    severity: 'error',
    variants: { approx: 'warning' },
    fixable: false,
    messages: {
      grade: '定性指标“{name}”的实际完成值“{raw}”不是“达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差”之一',
      notNumber: '定量指标“{name}”（指标值“{target}”）的实际完成值“{raw}”不是数值',
      approx: '“{name}”的实际完成值“{raw}”是约数，无法按公式计分：自评得分需人工判断（请填写确数，或在得分栏手填）',
      bound: '“{name}”的实际完成值“{raw}”只写了界限、没有确数，与指标值“{target}”相比达成与否无从知道：自评得分需人工判断（请填写确数，或在得分栏手填）',
    },
    messagesEn: {
      grade: 'The actual value of qualitative “{name}”, “{raw}”, is not one of the three grades (达成 / 部分达成 / 未达成)',
      notNumber: 'The actual value of quantitative “{name}” (target “{target}”), “{raw}”, is not a number',
      approx:
        'The actual value of “{name}”, “{raw}”, is an approximate figure and cannot be scored by the formula: the score needs a person’s judgement (type an exact figure, or the score itself)',
      bound:
        'The actual value of “{name}”, “{raw}”, is a bound with no exact figure, so whether it meets the target “{target}” is unknown: the score needs a person’s judgement (type an exact figure, or the score itself)',
    },
  },
  create(ctx) {
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      const a = ind.actual;
      const t = ind.target;
      if (!a || a.kind === 'missing' || a.notApplicable || t.notApplicable || a.placeholder) continue;
      const data = { name: nameOf(ind), raw: rawOf(a), target: rawOf(t) };
      // A 是/否 target answered 是 or 否 is graded by the answer; a repeated target is met (scoring.ts).
      // A direction on last year (“较上年有所提高”) is graded by the direction the actual says (“增长3%”, value-direction.ts).
      // “未发生安全事故” under “无安全事故” is met (value-none.ts).
      if (t.kind === 'qualitative' && !actualGrade(ind) && !yesNoGrade(t.raw, a.raw) && !directionGrade(String(t.raw), wordsOf(a.raw)) && !noneGrade(String(t.raw), wordsOf(a.raw)))
        ctx.report({ messageId: 'grade', data, ...cellOf(ctx, ind, 'actual') });
      // “无” / “未发生” for a ≤ count (安全事故 ≤0起) is 0 (scoring.ts noneActual).
      // “≥=95%”: read, but not by the score formula in Excel (value-read.ts formulaUnread).
      else if (t.kind === 'quantitative' && t.number !== null && (a.kind !== 'quantitative' || formulaUnread(a)) && !noneActual(ind))
        ctx.report({ messageId: 'notNumber', data, ...cellOf(ctx, ind, 'actual') });
      // “约40套”, “近40套”, “超过40套” under ≤40套: read, not scored (value-approx.ts, value-bound.ts).
      else if (t.kind === 'quantitative' && rowScore(ctx, ind)?.blocked === 'approx')
        ctx.report({ messageId: approxActual(a) ? 'approx' : 'bound', variant: 'approx', data, ...cellOf(ctx, ind, 'actual') });
    }
  },
};
