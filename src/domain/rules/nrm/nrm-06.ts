/** NRM-06 指标值的规范写法 — Canonical spelling of a value. */
import { formatValue } from '../../value';
import type { Rule } from '../types';
import { cite } from '../cite';
import { TIANJIN_2024_SEED } from '../evidence';
import { fixAt } from '../util';
import { NEWLINES } from './shared';

export const NRM06: Rule = {
  id: 'NRM-06',
  meta: {
    fix: 'safe',
    title: '指标值的规范写法',
    titleEn: 'Canonical spelling of a value',
    description: '指标值拆为“符号 + 数值 + 单位”：百分比/百分号/％ 统一为 %，全角数字与符号转半角，“以上/以下”转为 ≥/≤，去掉千位分隔符与多余空格。',
    source: cite('NRM-06'),
    evidence: `${TIANJIN_2024_SEED}；pmkpi 合并显示 [P]；《民法典》第一千二百五十九条 [R]`,
    severity: 'info',
    fixable: true,
    messages: { canonical: '指标值“{raw}”规范写法为“{fixed}”' },
    messagesEn: { canonical: 'Value “{raw}” is canonically “{fixed}”' },
  },
  create(ctx) {
    const p = ctx.project;
    if (p.columns.target === undefined) return;
    // Split forms (指标性质/度量单位 columns) keep the number alone in its cell: rewriting it would duplicate the unit.
    const split = p.columns.unit !== undefined || p.columns.op !== undefined;
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      const t = ind.target;
      if (split || t.kind !== 'quantitative' || t.number === null || t.range || t.placeholder) continue;
      // Only text cells are rewritten: a number shown as % or a date serial, or with its words in the format, is already right in Excel.
      if (!t.changes.length || t.changes.some((c) => c === 'percent-format' || c === 'serial-date' || c === 'date-cell' || c === 'number-format')) continue;
      // “较上年增长5%”, “年底前”, “约120人”, “420万元（全年）”, “当天办结”: the words carry meaning the canonical “≥5%”, “≤12月底”, “120人” would drop.
      if (t.changes.some((c) => c === 'relative' || c === 'deadline-words' || c === 'approx' || c === 'unit-note' || c === 'time-words' || c === 'words-number')) continue;
      // A unit the column's header names (“指标值（%）”) stays there, not repeated in each cell.
      const fixed = formatValue(t.changes.includes('unit-from-header') ? { ...t, unit: null } : t);
      if (fixed === t.raw.trim()) continue;
      const at = ctx.valueCell(ind);
      ctx.report({ messageId: 'canonical', data: { raw: t.raw.replace(NEWLINES, ' '), fixed }, row: at.row, col: at.col, fix: fixAt(at, fixed) });
    }
  },
};
