/** SE-15 年度指标值与批复不一致 — Target differs from the approved one. */
import { canonicalName } from '../../text';
import { dec } from '../../decimal';
import type { IndicatorRow, Project } from '../../model';
import { effectiveOp } from '../../scoring';
import type { Rule } from '../types';
import { cite } from '../cite';
import { EVALUATION_MEASURES_2020 } from '../evidence';
import { isSelfEval, nameOf, rawOf } from '../util';

/** Same value, as the scorer reads it: operator (written or implied), number, unit, date; text by its canonical spelling. */
function sameTarget(a: IndicatorRow, b: IndicatorRow): boolean {
  const x = a.target;
  const y = b.target;
  if (x.kind !== y.kind) return false;
  if (x.kind === 'qualitative') return canonicalName(x.raw) === canonicalName(y.raw);
  if (x.kind !== 'quantitative') return true;
  if (effectiveOp(a) !== effectiveOp(b) || x.unit !== y.unit || x.date !== y.date) return false;
  if (x.number === null || y.number === null) return x.number === y.number;
  return dec(x.number).eq(y.number);
}

/** The approved 目标表 of this project among the related ones: same (canonical) project name. */
function approvedOf(p: Project, related: Project[]): Project | null {
  const name = canonicalName(p.name);
  if (!name) return null;
  return related.find((r) => r !== p && r.layout === 'target' && r.indicators.length && canonicalName(r.name) === name) ?? null;
}

export const SE15: Rule = {
  id: 'SE-15',
  meta: {
    title: '年度指标值与批复不一致',
    titleEn: 'Target differs from the approved one',
    description:
      '单位自评指标是预算批复时确定的绩效指标：自评表的年度指标值应与批复的绩效目标表一致，不得悄悄改动，批复的指标也不应缺失。需要同一文件中有同名项目的目标表（引擎通过 related 传入）；没有时本规则不检查。',
    source: cite('SE-15'),
    evidence: `${EVALUATION_MEASURES_2020}“单位自评指标是指预算批复时确定的绩效指标”`,
    severity: 'warning',
    fixable: false,
    messages: {
      changed: '“{name}”的年度指标值“{value}”与批复的目标表（{where}）中的“{approved}”不一致',
      dropped: '批复的目标表（{where}）中的指标“{name}”在自评表中没有',
    },
    messagesEn: {
      changed: 'The target of “{name}”, “{value}”, differs from “{approved}” in the approved target table ({where})',
      dropped: 'Indicator “{name}” of the approved target table ({where}) is missing from the self-evaluation',
    },
  },
  create(ctx) {
    const p = ctx.project;
    if (!isSelfEval(p) || !ctx.related?.length) return;
    const approved = approvedOf(p, ctx.related);
    if (!approved) return;
    const byName = new Map<string, IndicatorRow>();
    for (let i = 0, list = approved.indicators; i < list.length; i++) {
      const ind = list[i];
      if (ind.level3 && !byName.has(canonicalName(ind.level3))) byName.set(canonicalName(ind.level3), ind);
    }
    const seen = new Set<string>();
    const tcol = approved.columns.target ?? approved.columns.level3 ?? 1;
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      const key = canonicalName(ind.level3);
      const ap = key ? byName.get(key) : undefined;
      if (!ap) continue;
      seen.add(key);
      if (ind.target.kind === 'missing' || ap.target.kind === 'missing' || sameTarget(ind, ap)) continue;
      ctx.report({
        messageId: 'changed',
        data: {
          name: nameOf(ind),
          value: rawOf(ind.target),
          approved: rawOf(ap.target),
          where: `${approved.sheet}!${ctx.cellName(ap.row, tcol)}`,
        },
        ...ctx.valueCell(ind),
      });
    }
    for (const [key, ap] of byName) {
      if (seen.has(key)) continue;
      ctx.report({
        messageId: 'dropped',
        data: { name: nameOf(ap), where: `${approved.sheet}!${ctx.cellName(ap.row, approved.columns.level3 ?? tcol)}` },
        row: p.headerRow,
        col: ctx.col('level3'),
      });
    }
  },
};
