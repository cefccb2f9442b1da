/** VAL-08 单位与指标名称不符 — Unit does not fit the indicator name. */
import { compatible, nameClass, unitClass } from '../../units';
import type { IndicatorRow } from '../../model';
import type { Rule } from '../types';
import { cite } from '../cite';
import { CLASS_LABEL, CLASS_LABEL_EN, nameOf, rawOf } from '../util';

/** The text after `prefix` in the first change note that starts with it (“unit-conflict:%” → “%”), or null. */
function changeNote(v: IndicatorRow['target'], prefix: string): string | null {
  for (let i = 0, list = v.changes; i < list.length; i++) {
    const c = list[i];
    if (c.startsWith(prefix)) return c.slice(prefix.length);
  }
  return null;
}

export const VAL08: Rule = {
  id: 'VAL-08',
  meta: {
    title: '单位与指标名称不符',
    titleEn: 'Unit does not fit the indicator name',
    description:
      '指标值的单位类别与名称所示的类别不一致：时间类指标用“人次”，比率类指标用“人”“个”，等等。也报告指标值自带的单位与“计量单位”列不一致（“28.8万元”而计量单位为“%”），以及定性指标值却填了计量单位。',
    source: cite('VAL-08'),
    evidence: 'docs/domain.md §8.1 [I]；seed [V]；岳阳楼 2023 [P]',
    severity: 'warning',
    fixable: false,
    messages: {
      mismatch: '“{name}”是{label}指标，指标值单位却是“{unit}”',
      conflict: '“{name}”的指标值“{raw}”带单位“{unit}”，与计量单位列的“{column}”不一致',
      unitOnText: '“{name}”的指标值“{raw}”是文字，计量单位列却填了“{column}”',
    },
    messagesEn: {
      mismatch: '“{name}” is {labelEn} indicator, but the unit of its target is “{unit}”',
      conflict: 'The target of “{name}”, “{raw}”, carries the unit “{unit}”, which differs from “{column}” in the unit column',
      unitOnText: 'The target of “{name}”, “{raw}”, is text, yet the unit column says “{column}”',
    },
  },
  create(ctx) {
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      const t = ind.target;
      if (t.placeholder || t.notApplicable) continue;
      const conflict = changeNote(t, 'unit-conflict:');
      if (conflict !== null) {
        ctx.report({ messageId: 'conflict', data: { name: nameOf(ind), raw: rawOf(t), unit: t.unit ?? '', column: conflict }, ...ctx.valueCell(ind) });
        continue;
      }
      const onText = changeNote(t, 'unit-on-qualitative:');
      if (onText !== null && t.kind === 'qualitative') {
        ctx.report({ messageId: 'unitOnText', data: { name: nameOf(ind), raw: rawOf(t), column: onText }, ...ctx.valueCell(ind) });
        continue;
      }
      if (t.kind !== 'quantitative' || t.unit === null) continue;
      const cls = nameClass(ind.level3);
      const uc = unitClass(t.unit);
      // “较上年增长5%” on 门诊人次: the % is the change on last year, not the quantity the name counts.
      if (uc === 'percent' && t.changes.includes('relative')) continue;
      // 人数 counted in 人次 is a loose spelling the library (docs/domain.md §7.2) itself shows (seed “补助人数 ≥3000 人次”).
      const loose = cls === 'persons' && uc === 'personTimes';
      if (cls && !loose && !compatible(cls, uc))
        ctx.report({
          messageId: 'mismatch',
          data: { name: nameOf(ind), raw: rawOf(t), label: CLASS_LABEL[cls], labelEn: CLASS_LABEL_EN[cls], unit: t.unit === 'date' ? '日期' : t.rawUnit || t.unit },
          ...ctx.valueCell(ind),
        });
    }
  },
};
