/** VAL-10 时效指标不是百分比、日期或时长 — Timeliness value is not a %, a date or a duration. */
import { unitClass } from '../../units';
import type { Rule } from '../types';
import { cite } from '../cite';
import { nameOf, nameRaw, rawOf } from '../util';
import { val04Applies } from './shared';

export const VAL10: Rule = {
  id: 'VAL-10',
  meta: {
    title: '时效指标不是百分比、日期或时长',
    titleEn: 'Timeliness value is not a %, a date or a duration',
    description:
      '时效指标反映“及时程度和效率”，典型写法是及时率/按期完成率（%）、完成日期（“2024年12月底前”“1-3月”“全年”）、时长（“≤30天”“当天办结”）或每期的截止时间（“次月10日前”）。其他写法（“及时”“符合规定”“≥2500 人次”）无法考核。',
    source: cite('VAL-10'),
    evidence: 'docs/domain.md §5.4 [P]',
    severity: 'warning',
    fixable: false,
    messages: {
      text: '时效指标“{name}”的指标值“{raw}”不是百分比、日期或时长',
      unit: '时效指标“{name}”的指标值单位是“{unit}”，应为百分比、日期或时长',
    },
    messagesEn: {
      text: 'The timeliness target of “{name}”, “{raw}”, is not a %, a date or a duration',
      unit: 'The timeliness target of “{name}” is in “{unit}”; use a %, a date or a duration',
    },
  },
  create(ctx) {
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      if (ind.level2 !== '时效指标') continue;
      const t = ind.target;
      if (t.notApplicable || t.placeholder || t.kind === 'missing') continue;
      if (t.kind === 'qualitative') {
        // “次月10日前”, “每月10日前”: a recurring deadline is a time, though no single date (value-time.ts).
        if (t.changes.includes('time-words')) continue;
        if (!val04Applies(ind)) ctx.report({ messageId: 'text', data: nameRaw(ind), ...ctx.valueCell(ind) });
        continue;
      }
      if (t.unit === null) continue; // VAL-03
      const uc = unitClass(t.unit);
      if (uc !== 'percent' && uc !== 'time' && uc !== 'date')
        ctx.report({ messageId: 'unit', data: { name: nameOf(ind), raw: rawOf(t), unit: t.rawUnit || t.unit }, ...ctx.valueCell(ind) });
    }
  },
};
