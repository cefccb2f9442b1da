/** VAL-03 定量指标值缺少计量单位 — Quantitative value without a unit. */
import { isRateName, nameClass } from '../../units';
import { formatValue } from '../../value';
import type { Rule } from '../types';
import { cite } from '../cite';
import { CLASS_LABEL, CLASS_LABEL_EN, fixAt, nameOf, nameRaw, rawOf } from '../util';

export const VAL03: Rule = {
  id: 'VAL-03',
  meta: {
    fix: 'suggest',
    title: '定量指标值缺少计量单位',
    titleEn: 'Quantitative value without a unit',
    description: '定量指标值只有数字没有计量单位（“≥95”）。比率、满意度类指标缺少“%”时为错误，数值为 1–100 时建议补上“%”（由用户确认后手工修改，不自动写入）。',
    source: cite('VAL-03'),
    evidence: 'pmkpi “计量单位为必录项” [P]',
    severity: 'warning',
    variants: { percent: 'error' },
    fixable: true,
    messages: {
      noUnit: '“{name}”的指标值“{raw}”没有计量单位',
      noPercent: '“{name}”是{label}指标，指标值“{raw}”缺少“%”',
    },
    messagesEn: {
      noUnit: 'The target of “{name}”, “{raw}”, has no unit',
      noPercent: '“{name}” is {labelEn} indicator; its target “{raw}” lacks “%”',
    },
  },
  create(ctx) {
    const p = ctx.project;
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      const t = ind.target;
      // “零事故” on a 事故次数 row (value-measure.ts) is a count of none: no unit was written to be missing.
      if (t.kind !== 'quantitative' || t.number === null || t.unit !== null || t.placeholder || t.changes.includes('words-number')) continue;
      const cls = nameClass(ind.level3);
      if (cls && isRateName(ind.level3)) {
        const n = t.value ?? NaN;
        // 95 on a rate can only mean 95 %; 0.95 or 1 might be a fraction, so no fix there.
        const safe = n > 1 && n <= 100 && !t.range;
        const fix = !safe
          ? undefined
          : p.columns.unit !== undefined
            ? { row: ind.row, col: p.columns.unit, value: '%' }
            : fixAt(ctx.valueCell(ind), formatValue({ ...t, unit: '%' }));
        ctx.report({
          messageId: 'noPercent',
          variant: 'percent',
          data: { name: nameOf(ind), raw: rawOf(t), label: CLASS_LABEL[cls], labelEn: CLASS_LABEL_EN[cls] },
          ...ctx.valueCell(ind),
          fix,
        });
      } else {
        ctx.report({ messageId: 'noUnit', data: nameRaw(ind), ...ctx.valueCell(ind) });
      }
    }
  },
};
