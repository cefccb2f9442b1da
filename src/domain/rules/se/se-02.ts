/** SE-02 缺少实际完成值 — Missing 实际完成值. */
import type { IndicatorRow } from '../../model';
import type { ParsedValue } from '../../types';
import type { Rule } from '../types';
import { cite } from '../cite';
import { EVALUATION_MEASURES_2020 } from '../evidence';
import { nameOf, rawOf } from '../util';
import { cellOf } from './shared';

const hasValue = (v: ParsedValue | null) => !!v && (v.kind !== 'missing' || v.notApplicable);

export const SE02: Rule = {
  id: 'SE-02',
  meta: {
    title: '缺少实际完成值',
    titleEn: 'Missing 实际完成值',
    description:
      '自评表中每个要评分的指标都要填写实际完成值，否则无法计分。已填了分值或得分（由人填写，不是公式）的行缺少完成值是错误；整列为空时只报告一次。得分是公式或尚未评分的行（如“自评”刚加上的列）只是待填写提醒。',
    source: cite('SE-02'),
    evidence: `${EVALUATION_MEASURES_2020} 自评表`,
    severity: 'error',
    variants: { pending: 'info' },
    fixable: false,
    messages: {
      missing: '“{name}”没有实际完成值，无法计分',
      placeholder: '“{name}”的实际完成值“{raw}”是占位符',
      allEmpty: '实际完成值一列全部为空（{count} 项指标），无法计分',
      pending: '{count} 项指标的实际完成值待填写（从“{name}”起）',
    },
    messagesEn: {
      missing: '“{name}” has no actual value, so it cannot be scored',
      placeholder: 'The actual value of “{name}”, “{raw}”, is a placeholder',
      allEmpty: 'The 实际完成值 column is empty ({count} indicators); nothing can be scored',
      pending: '{count} indicator(s) still need their 实际完成值 (from “{name}”)',
    },
  },
  create(ctx) {
    const p = ctx.project;
    if (p.columns.actual === undefined) return;
    const scored = p.indicators.filter((x) => x.target.kind !== 'missing' && !x.target.notApplicable);
    // A formula saved without a result is unknown, not missing: NRM-07 says so once.
    const lacking = scored.filter((x) => (!hasValue(x.actual) || x.actual!.placeholder) && !x.noResult?.includes('actual'));
    if (!lacking.length) return;
    // A 分值 or 得分 a person typed (not a formula) means the row was scored: its actual is missing.
    // A formula 得分 (ours from 自评, or the sheet's own) or an unscored row is only waiting to be filled.
    const typed = (x: IndicatorRow) => !x.scoreIsFormula && (x.sheetScore !== null || x.sheetWeight !== null);
    const missing: IndicatorRow[] = [];
    const pending: IndicatorRow[] = [];
    for (let i = 0; i < lacking.length; i++) {
      const ind = lacking[i];
      const a = ind.actual;
      if (a?.placeholder) ctx.report({ messageId: 'placeholder', data: { name: nameOf(ind), raw: rawOf(a) }, ...cellOf(ctx, ind, 'actual') });
      else (typed(ind) ? missing : pending).push(ind);
    }
    if (missing.length === scored.length && scored.length > 1 && missing.every((x) => !x.actual)) {
      ctx.report({ messageId: 'allEmpty', data: { count: scored.length }, row: p.headerRow, col: p.columns.actual });
    } else {
      for (let i = 0; i < missing.length; i++) {
        const ind = missing[i];
        ctx.report({ messageId: 'missing', data: { name: nameOf(ind) }, ...cellOf(ctx, ind, 'actual') });
      }
    }
    if (pending.length) {
      ctx.report({ messageId: 'pending', variant: 'pending', data: { count: pending.length, name: nameOf(pending[0]) }, ...cellOf(ctx, pending[0], 'actual') });
    }
  },
};
