/**
 * SE: the self-evaluation (绩效自评, domain.md §4 and “Scoring algorithm”). The rules compare what the
 * sheet holds (分值, 得分, the funds block, the total line) with what the scorer computed (ctx.score).
 */
import type { Bucket } from '../catalogue';
import { canonicalName } from '../text';
import { dec, min, round } from '../decimal';
import type { IndicatorRow, Project } from '../model';
import { effectiveOp, gradeOf, inBand, type RowScore } from '../scoring';
import { isReasonPlaceholder } from '../reason-placeholder';
import type { ParsedValue } from '../types';
import { address } from '../../sheet/grid';
import type { Rule, RuleContext } from './types';
import { cite } from './cite';
import { applicable, isSelfEval, nameOf, num, pct, rawOf } from './util';

const TENGO = '财预〔2020〕10号 [R]';
const EPS = 1e-9;

/** The scorer's result for a row. A large table is indexed once per score: a search per row would be quadratic. */
const scoreIndex = new WeakMap<RowScore[], Map<number, RowScore>>();

function rowScore(ctx: RuleContext, ind: IndicatorRow): RowScore | undefined {
  const rows = ctx.score.rows;
  if (rows.length <= 64) {
    for (const r of rows) if (r.row === ind.row) return r;
    return undefined;
  }
  let index = scoreIndex.get(rows);
  if (!index) {
    index = new Map();
    for (const r of rows) if (!index.has(r.row)) index.set(r.row, r); // the first, as a search would find
    scoreIndex.set(rows, index);
  }
  return index.get(ind.row);
}
const weightOf = (ctx: RuleContext, ind: IndicatorRow): number | null => ind.sheetWeight ?? rowScore(ctx, ind)?.weight ?? null;
const noReason = (text: string | undefined | null) => !text || !text.trim() || isReasonPlaceholder(text);

/** Cell of a role on an indicator row, falling back to the 指标值 cell. */
function cellOf(ctx: RuleContext, ind: IndicatorRow, role: 'actual' | 'weight' | 'score' | 'reason') {
  const c = ctx.project.columns[role];
  return c !== undefined ? { row: ind.row, col: c } : ctx.valueCell(ind);
}

// ---------------------------------------------------------------- SE-01

const BUCKETS: Bucket[] = ['产出', '效益', '满意度'];

export const SE01: Rule = {
  id: 'SE-01',
  meta: {
    title: '分值结构', titleEn: 'Weight structure',
    description: '自评分值合计应为 100：原则上预算执行率 10 分，产出 50、效益 30、服务对象满意度 10（成本指标计入产出）；“如有特殊情况，一级指标权重可做适当调整”，所以结构不同只是警告，合计不是 100 才是错误。也适用于带“分值”列的目标表（内蒙古样式）。某一部分没有指标时，其分值无处分配。',
    source: cite('SE-01'), evidence: `${TENGO}；S13 [V]；池州 2022 [P]`, severity: 'warning', variants: { total: 'error' }, fixable: false,
  },
  messages: {
    total: '分值合计 {total}（指标 {indicators} + 预算执行率 {execution}），应为 100',
    execution: '预算执行率分值为 {execution}，方案为 {expected}（特殊情况可调整，请确认）',
    bucket: '{bucket}指标分值合计 {sum}，方案为 {expected}（特殊情况可调整，请确认）',
    label: '“{label}”标明 {declared} 分，其下各行分值合计 {sum}',
    indicators: '指标分值合计 {sum}，方案为 {expected}（特殊情况可调整，请确认）',
    bucketEmpty: '没有{bucket}指标，该部分的 {points} 分无处分配（可按比例分给其他指标）',
    bucketMoved: '没有{bucket}指标，方案中的 {expected} 分已分给其他指标（特殊情况可调整，请确认）',
  },
  messagesEn: {
    total: 'Weights add up to {total} (indicators {indicators} + execution {execution}); they must add up to 100',
    execution: 'The budget-execution item is worth {execution}; the scheme says {expected} (allowed in special cases — please confirm)',
    bucket: '{bucket} indicators are worth {sum} in total; the scheme says {expected} (allowed in special cases — please confirm)',
    label: '“{label}” declares {declared} points, but its rows add up to {sum}',
    indicators: 'Indicators are worth {sum} in total; the scheme says {expected} (allowed in special cases — please confirm)',
    bucketEmpty: 'There is no {bucket} indicator; its {points} points are not assigned (redistribute them proportionally?)',
    bucketMoved: 'There is no {bucket} indicator; the scheme’s {expected} points went to other indicators (allowed in special cases — please confirm)',
  },
  check(ctx) {
    const p = ctx.project;
    const cfg = ctx.config;
    const self = isSelfEval(p);
    if (!self && p.columns.weight === undefined) return;
    const f = p.funds;
    const weighted = p.indicators.filter((x) => x.sheetWeight !== null);
    const headerAt = { row: p.headerRow, col: p.columns.weight ?? ctx.col('level1') };
    if (!weighted.length) {
      if (!self || !cfg.scheme.buckets || !p.indicators.length) return;
      const present = new Set(p.indicators.filter(applicable).map((x) => x.bucket));
      for (const b of BUCKETS) {
        const pts = cfg.scheme.buckets[b];
        if (pts && !present.has(b)) ctx.report({ messageId: 'bucketEmpty', data: { bucket: b, points: pts }, row: p.headerRow, col: ctx.col('level1') });
      }
      return;
    }
    const indicators = weighted.reduce((acc, x) => acc.plus(x.sheetWeight!), dec(0));
    // A target table has no execution item of its own: its 分值 may cover 100, or 100 less the reserved 执行率 points.
    const reserved = self || f.weight || p.labelWeights.execution !== undefined || indicators.minus(100).abs().gt(0.01);
    const execution = reserved ? f.weight?.value ?? p.labelWeights.execution ?? cfg.scheme.execution : 0;
    const total = indicators.plus(execution);
    if (total.minus(100).abs().gt(0.01)) {
      const at = p.total?.weightCol ? { row: p.total.row, col: p.total.weightCol } : headerAt;
      ctx.report({ messageId: 'total', variant: 'total', data: { total: num(round(total, 4)), indicators: num(round(indicators, 4)), execution: num(execution) }, ...at });
      return;
    }
    if (reserved && execution !== cfg.scheme.execution)
      ctx.report({ messageId: 'execution', data: { execution: num(execution), expected: cfg.scheme.execution },
        ...(f.weight ? { row: f.weight.row, col: f.weight.col } : headerAt) });
    const plan = cfg.scheme.buckets;
    for (const b of BUCKETS) {
      const rows = weighted.filter((x) => x.bucket === b);
      const sum = rows.reduce((acc, x) => acc.plus(x.sheetWeight!), dec(0));
      const first = rows[0] ?? p.indicators.find((x) => x.bucket === b);
      const declared = p.labelWeights.bucket?.[b];
      if (first && declared !== undefined && sum.minus(declared).abs().gt(0.01)) {
        const labelRow = p.indicators.find((x) => x.bucket === b && x.level1From === 'cell') ?? first;
        ctx.report({ messageId: 'label', data: { label: labelRow.level1Text, declared, sum: num(round(sum, 4)) }, row: labelRow.row, col: ctx.col('level1') });
        continue;
      }
      if (!plan) continue;
      const expected = plan[b] ?? 0;
      if (!rows.length && !first && expected > 0)
        ctx.report({ messageId: 'bucketMoved', data: { bucket: b, expected }, ...headerAt });
      else if (sum.minus(expected).abs().gt(0.01))
        ctx.report({ messageId: 'bucket', data: { bucket: b, sum: num(round(sum, 4)), expected },
          ...(first ? cellOf(ctx, first, 'weight') : headerAt) });
    }
    if (!plan && indicators.minus(cfg.scheme.indicators).abs().gt(0.01))
      ctx.report({ messageId: 'indicators', data: { sum: num(round(indicators, 4)), expected: cfg.scheme.indicators }, ...headerAt });
  },
};

// ---------------------------------------------------------------- SE-02 … SE-05

const hasValue = (v: ParsedValue | null) => !!v && (v.kind !== 'missing' || v.notApplicable);

export const SE02: Rule = {
  id: 'SE-02',
  meta: {
    title: '缺少实际完成值', titleEn: 'Missing 实际完成值',
    description: '自评表中每个要评分的指标都要填写实际完成值，否则无法计分。已填了分值或得分（由人填写，不是公式）的行缺少完成值是错误；整列为空时只报告一次。得分是公式或尚未评分的行（如“自评”刚加上的列）只是待填写提醒。',
    source: cite('SE-02'), evidence: `${TENGO} 自评表`, severity: 'error', variants: { pending: 'info' }, fixable: false,
  },
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
  check(ctx) {
    const p = ctx.project;
    if (p.columns.actual === undefined) return;
    const scored = p.indicators.filter((x) => x.target.kind !== 'missing' && !x.target.notApplicable);
    const lacking = scored.filter((x) => !hasValue(x.actual) || x.actual!.placeholder);
    if (!lacking.length) return;
    // A 分值 or 得分 a person typed (not a formula) means the row was scored: its actual is missing.
    // A formula 得分 (ours from 自评, or the sheet's own) or an unscored row is only waiting to be filled.
    const typed = (x: IndicatorRow) => !x.scoreIsFormula && (x.sheetScore !== null || x.sheetWeight !== null);
    const missing: IndicatorRow[] = [];
    const pending: IndicatorRow[] = [];
    for (const ind of lacking) {
      const a = ind.actual;
      if (a?.placeholder) ctx.report({ messageId: 'placeholder', data: { name: nameOf(ind), raw: rawOf(a) }, ...cellOf(ctx, ind, 'actual') });
      else (typed(ind) ? missing : pending).push(ind);
    }
    if (missing.length === scored.length && scored.length > 1 && missing.every((x) => !x.actual)) {
      ctx.report({ messageId: 'allEmpty', data: { count: scored.length }, row: p.headerRow, col: p.columns.actual });
    } else {
      for (const ind of missing) ctx.report({ messageId: 'missing', data: { name: nameOf(ind) }, ...cellOf(ctx, ind, 'actual') });
    }
    if (pending.length) {
      ctx.report({ messageId: 'pending', variant: 'pending', data: { count: pending.length, name: nameOf(pending[0]) }, ...cellOf(ctx, pending[0], 'actual') });
    }
  },
};

const unitName = (u: string) => (u === 'date' ? '日期' : u);

export const SE03: Rule = {
  id: 'SE-03',
  meta: {
    title: '完成值单位与指标值不同', titleEn: 'Actual value in another unit',
    description: '实际完成值的单位（规范化后）应与年度指标值相同，否则无法比较，也无法计分。完成值不写单位时按指标值的单位理解。',
    source: cite('SE-03'), evidence: '[I]', severity: 'error', fixable: false,
  },
  messages: { unit: '“{name}”的实际完成值单位“{actual}”与指标值单位“{target}”不同，无法计分' },
  messagesEn: { unit: 'The actual value of “{name}” is in “{actual}”, the target in “{target}”; it cannot be scored' },
  check(ctx) {
    for (const ind of ctx.project.indicators) {
      const t = ind.target;
      const a = ind.actual;
      if (!a || t.kind !== 'quantitative' || a.kind !== 'quantitative' || !t.unit || !a.unit || a.unit === t.unit) continue;
      ctx.report({ messageId: 'unit', data: { name: nameOf(ind), actual: unitName(a.rawUnit || a.unit), target: unitName(t.rawUnit || t.unit) }, ...cellOf(ctx, ind, 'actual') });
    }
  },
};

export const SE04: Rule = {
  id: 'SE-04',
  meta: {
    title: '定性完成值不是三档之一', titleEn: 'Qualitative actual is not one of the three grades',
    description: '定性指标的实际完成值应为三档之一：达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差（“预期指标”写法及“达成/部分达成/未达成”简写均可）。定量指标的完成值则应是数值。',
    source: cite('SE-04'), evidence: `${TENGO}；pmkpi 枚举 [P]`, severity: 'error', fixable: false,
  },
  messages: {
    grade: '定性指标“{name}”的实际完成值“{raw}”不是“达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差”之一',
    notNumber: '定量指标“{name}”（指标值“{target}”）的实际完成值“{raw}”不是数值',
  },
  messagesEn: {
    grade: 'The actual value of qualitative “{name}”, “{raw}”, is not one of the three grades (达成 / 部分达成 / 未达成)',
    notNumber: 'The actual value of quantitative “{name}” (target “{target}”), “{raw}”, is not a number',
  },
  check(ctx) {
    for (const ind of ctx.project.indicators) {
      const a = ind.actual;
      const t = ind.target;
      if (!a || a.kind === 'missing' || a.notApplicable || t.notApplicable || a.placeholder) continue;
      const data = { name: nameOf(ind), raw: rawOf(a), target: rawOf(t) };
      if (t.kind === 'qualitative' && !a.grade) ctx.report({ messageId: 'grade', data, ...cellOf(ctx, ind, 'actual') });
      else if (t.kind === 'quantitative' && t.number !== null && a.kind !== 'quantitative')
        ctx.report({ messageId: 'notNumber', data, ...cellOf(ctx, ind, 'actual') });
    }
  },
};

const BAND: Record<string, [number, number, string]> = {
  达成: [0.8, 1, ']'],
  部分达成: [0.6, 0.8, ')'],
  未达成: [0, 0.6, ')'],
};

export const SE05: Rule = {
  id: 'SE-05',
  meta: {
    title: '定性得分不在档次区间', titleEn: 'Qualitative score outside its band',
    description: '定性指标按三档计分：达成 [80%, 100%] 分值；部分达成 [60%, 80%)；未达成 [0, 60%)。填写的得分须落在完成值所属档次内。',
    source: cite('SE-05'), evidence: `${TENGO}；pmkpi selfqualscorecheck [P]`, severity: 'error', fixable: false,
  },
  messages: { band: '“{name}”实际完成值为“{grade}”，得分应在 [{lo}, {hi}{close} 内，表中为 {score}' },
  messagesEn: { band: '“{name}” is graded “{grade}”; its score must be in [{lo}, {hi}{close}, but the sheet has {score}' },
  check(ctx) {
    for (const ind of ctx.project.indicators) {
      const a = ind.actual;
      if (ind.target.kind !== 'qualitative' || !a?.grade || ind.sheetScore === null || !applicable(ind)) continue;
      const w = weightOf(ctx, ind);
      if (w === null || inBand(a.grade, ind.sheetScore, w)) continue;
      const [lo, hi, close] = BAND[a.grade];
      ctx.report({ messageId: 'band', data: {
        name: nameOf(ind), grade: a.grade, score: num(ind.sheetScore), close,
        lo: num(round(dec(w).times(lo), 2)), hi: num(round(dec(w).times(hi), 2)),
      }, ...cellOf(ctx, ind, 'score') });
    }
  },
};

// ---------------------------------------------------------------- SE-06, SE-07

const QUANT_METHODS = new Set(['positive', 'equal', 'reverse', 'date']);

export const SE06: Rule = {
  id: 'SE-06',
  meta: {
    title: '定量得分与公式不符', titleEn: 'Quantitative score does not match the formula',
    description: '定量指标得分：完成指标值记满分，未完成按完成值/指标值（反向指标按指标值/完成值）比例记分；预算执行得分 = min(执行率, 100%) × 分值。我们写入的公式须相差不超过 0.01，手填的不超过 0.1。超额完成后按偏离度调减的手工扣分不在此列（见 SE-09）。',
    source: cite('SE-06'), evidence: `${TENGO}；自评表注释 [V copy]；pmkpi [P]；indicator_audit 容差 0.1 [P]`, severity: 'error', fixable: false,
  },
  messages: {
    row: '“{name}”得分应为 {expected}（完成 {completion}，分值 {weight}），表中为 {score}',
    execution: '预算执行得分应为 {expected}（执行率 {rate}{note}，分值 {weight}），表中为 {score}',
    executionOwn: '预算执行得分 {score} ≠ 执行率 {rate} × 分值 {weight} = {expected}',
  },
  messagesEn: {
    row: 'The score of “{name}” should be {expected} (completion {completion}, weight {weight}); the sheet has {score}',
    execution: 'The budget-execution score should be {expected} (execution rate {rate}{note}, weight {weight}); the sheet has {score}',
    executionOwn: 'The budget-execution score {score} ≠ rate {rate} × weight {weight} = {expected}',
  },
  check(ctx) {
    const p = ctx.project;
    const tol = ctx.config.tolerance;
    for (const ind of p.indicators) {
      if (ind.sheetScore === null) continue;
      const rs = rowScore(ctx, ind);
      if (!rs || rs.score === null || !rs.method || !QUANT_METHODS.has(rs.method) || rs.excluded) continue;
      if (ind.sheetScore < -EPS || (rs.weight !== null && ind.sheetScore > rs.weight + EPS)) continue; // SE-07
      const diff = ind.sheetScore - rs.score;
      // 10号 allows a manual deduction for a target set too low (over-achievement): not a formula error.
      if (rs.reasonNeeded === 'over' && diff < 0 && ind.sheetScore >= 0) continue;
      if (Math.abs(diff) <= (ind.scoreIsFormula ? tol.computed : tol.typed) + EPS) continue;
      ctx.report({ messageId: 'row', data: {
        name: nameOf(ind), expected: num(rs.score), score: num(ind.sheetScore), weight: num(rs.weight),
        completion: rs.completion === null ? '—' : pct(rs.completion),
      }, ...cellOf(ctx, ind, 'score') });
    }
    const f = p.funds;
    const ex = ctx.score.execution;
    if (f.headerRow === null || !f.score || f.score.value === null) return;
    const at = { row: f.score.row, col: f.score.col };
    const sheetScore = f.score.value;
    if (sheetScore < -EPS || sheetScore > ex.weight + EPS) return; // SE-07
    if (ex.score !== null && Math.abs(sheetScore - ex.score) > tol.typed + EPS) {
      ctx.report({ messageId: 'execution', data: {
        expected: num(ex.score), rate: pct(ex.rate), weight: num(ex.weight), score: num(sheetScore),
        note: ex.fromParts ? '，按“其中”各行计算' : '',
      }, ...at });
      return;
    }
    // The row against itself: 得分 = min(执行率, 1) × 分值 as printed (江西 “分值 100 | 100% | 得分 10”).
    const rate = f.rateValue ?? ex.rate;
    const w = f.weight?.value ?? null;
    if (rate === null || w === null) return;
    const own = round(min(dec(rate), dec(1)).times(w), ctx.config.places);
    if (Math.abs(sheetScore - own) > tol.typed + EPS)
      ctx.report({ messageId: 'executionOwn', data: { score: num(sheetScore), rate: pct(rate), weight: num(w), expected: num(own) }, ...at });
  },
};

export const SE07: Rule = {
  id: 'SE-07',
  meta: {
    title: '得分超出 0–分值', titleEn: 'Score outside 0 … weight',
    description: '每项得分应在 0 与该项分值之间；预算执行得分不超过其分值（执行率超过 100% 时也封顶）。',
    source: cite('SE-07'), evidence: 'pmkpi 封顶 [P]', severity: 'error', fixable: false,
  },
  messages: {
    row: '“{name}”得分 {score} 超出 0–{weight}',
    execution: '预算执行得分 {score} 超出 0–{weight}',
  },
  messagesEn: {
    row: 'The score of “{name}”, {score}, is outside 0–{weight}',
    execution: 'The budget-execution score {score} is outside 0–{weight}',
  },
  check(ctx) {
    const p = ctx.project;
    for (const ind of p.indicators) {
      const s = ind.sheetScore;
      if (s === null) continue;
      const w = weightOf(ctx, ind);
      if (w === null) continue;
      if (s < -EPS || s > w + EPS) ctx.report({ messageId: 'row', data: { name: nameOf(ind), score: num(s), weight: num(w) }, ...cellOf(ctx, ind, 'score') });
    }
    const f = p.funds;
    if (f.headerRow === null || !f.score || f.score.value === null) return;
    const cap = ctx.score.execution.weight;
    if (f.score.value < -EPS || f.score.value > cap + EPS)
      ctx.report({ messageId: 'execution', data: { score: num(f.score.value), weight: num(cap) }, row: f.score.row, col: f.score.col });
  },
};

// ---------------------------------------------------------------- SE-08 … SE-12

export const SE08: Rule = {
  id: 'SE-08',
  meta: {
    title: '失分未说明原因', titleEn: 'Lost points without a reason',
    description: '得分低于分值（未完成）的指标，须在“偏差原因分析及改进措施”中说明原因并提出改进措施。得分以表中填写的为准，未填写时用计算值。本工具预填的“（请填写）”草稿视为未填写。',
    source: cite('SE-08'), evidence: `${TENGO}“分析并说明原因，研究提出改进措施”；巴彦淖尔 2023 [V]；indicator_audit [P]`, severity: 'error', fixable: false,
  },
  messages: { missing: '“{name}”得分 {score} 低于分值 {weight}，须填写偏差原因分析及改进措施' },
  messagesEn: { missing: '“{name}” scores {score} of {weight}; the deviation reason and improvement measures must be filled in' },
  check(ctx) {
    const p = ctx.project;
    if (!isSelfEval(p)) return;
    for (const ind of p.indicators) {
      if (!applicable(ind)) continue;
      const rs = rowScore(ctx, ind);
      const s = ind.sheetScore ?? rs?.score ?? null;
      const w = weightOf(ctx, ind);
      if (s === null || w === null || s >= w - EPS || !noReason(ind.reason)) continue;
      ctx.report({ messageId: 'missing', data: { name: nameOf(ind), score: num(s), weight: num(w) }, ...cellOf(ctx, ind, 'reason') });
    }
  },
};

export const SE09: Rule = {
  id: 'SE-09',
  meta: {
    title: '超额完成未说明', titleEn: 'Over-achievement without an explanation',
    description: '实际完成值达到指标值的 130% 及以上（指标值为 0 时完成值 ≥ 30），须说明“实际完成情况超计划较大”的原因，并核实年初指标值是否设定偏低（10号：按偏离度适度调减分值，但没有公式，本工具不自动扣分）。阈值可配置。',
    source: cite('SE-09'), evidence: `${TENGO} 超额条款；广西 pmkpi 规则 [P]`, severity: 'warning', fixable: false,
  },
  messages: { over: '“{name}”实际完成值 {actual} 达到指标值 {target} 的 {ratio}，须说明“实际完成情况超计划较大”的原因，并核实指标值是否设定偏低' },
  messagesEn: { over: 'The actual value of “{name}”, {actual}, is {ratio} of the target {target}: explain the over-achievement and check whether the target was set too low' },
  check(ctx) {
    for (const ind of ctx.project.indicators) {
      const rs = rowScore(ctx, ind);
      if (rs?.reasonNeeded !== 'over' || !noReason(ind.reason)) continue;
      const a = ind.actual?.value ?? null;
      const t = ind.target.value;
      ctx.report({ messageId: 'over', data: {
        name: nameOf(ind), actual: num(a), target: num(t), ratio: t ? pct((a ?? 0) / t) : '—',
      }, ...cellOf(ctx, ind, 'reason') });
    }
  },
};

export const SE10: Rule = {
  id: 'SE-10',
  meta: {
    title: '执行率偏低未说明原因', titleEn: 'Low execution rate without a reason',
    description: '预算执行率低于 90%（可配置）时须说明原因。资金块有“原因”栏时检查该栏；没有时提示在偏差原因中说明。',
    source: cite('SE-10'), evidence: '四川 2023 自评表注 [P]', severity: 'warning', fixable: false,
  },
  messages: {
    missing: '预算执行率 {rate} 低于 {threshold}，须说明原因',
    noPlace: '预算执行率 {rate} 低于 {threshold}，须说明原因（资金栏没有原因栏，请在偏差原因中说明）',
  },
  messagesEn: {
    missing: 'The execution rate {rate} is below {threshold}; a reason is required',
    noPlace: 'The execution rate {rate} is below {threshold}; a reason is required (the funds block has no reason cell — explain it in the deviation column)',
  },
  check(ctx) {
    const f = ctx.project.funds;
    if (f.headerRow === null || f.row === null) return;
    const rate = ctx.score.execution.rate ?? f.rateValue;
    const threshold = ctx.config.executionReasonBelow;
    if (rate === null || rate >= threshold - EPS) return;
    const data = { rate: pct(rate), threshold: pct(threshold) };
    if (f.reasonCol !== null) {
      if (noReason(f.reason)) ctx.report({ messageId: 'missing', data, row: f.row, col: f.reasonCol });
      return;
    }
    const at = f.rate ?? f.executed ?? f.total;
    ctx.report({ messageId: 'noPlace', data, row: at?.row ?? f.row, col: at?.col ?? 2 });
  },
};

export const SE11: Rule = {
  id: 'SE-11',
  meta: {
    title: '执行数超过预算数', titleEn: 'Executed more than the budget',
    description: '全年执行数超过全年预算数，需要说明；执行得分按分值封顶（执行率按 100% 计）。',
    source: cite('SE-11'), evidence: 'pmkpi 封顶 [P]', severity: 'warning', fixable: false,
  },
  messages: { over: '全年执行数 {executed} 万元超过全年预算数 {budget} 万元（执行率 {rate}），执行得分按分值 {weight} 封顶' },
  messagesEn: { over: 'Executed {executed} exceeds the budget {budget} (rate {rate}); the execution score is capped at {weight}' },
  check(ctx) {
    const f = ctx.project.funds;
    const ex = ctx.score.execution;
    if (f.headerRow === null || ex.budget === null || ex.executed === null || ex.budget <= 0) return;
    if (dec(ex.executed).lte(ex.budget)) return;
    const at = ex.fromParts ? f.parts.find((x) => x.executed && x.executed.value)?.executed ?? f.executed : f.executed;
    ctx.report({ messageId: 'over', data: { executed: num(ex.executed), budget: num(ex.budget), rate: pct(ex.rate), weight: num(ex.weight) },
      row: at?.row ?? f.row ?? ctx.project.headerRow, col: at?.col ?? 2 });
  },
};

export const SE12: Rule = {
  id: 'SE-12',
  meta: {
    title: '全年预算数为 0 或空', titleEn: 'Budget zero or missing',
    description: '全年预算数为 0 或空（且“其中”各行也没有数）时无法计算执行率和执行得分。',
    source: cite('SE-12'), evidence: 'indicator_audit [P]', severity: 'error', fixable: false,
  },
  messages: {
    zero: '全年预算数为 0，无法计算执行率（全年执行数 {executed}）',
    missing: '全年预算数为空，无法计算执行率',
  },
  messagesEn: {
    zero: 'The budget is 0, so the execution rate cannot be computed (executed {executed})',
    missing: 'The budget is empty, so the execution rate cannot be computed',
  },
  check(ctx) {
    const f = ctx.project.funds;
    const ex = ctx.score.execution;
    if (f.headerRow === null || f.row === null || ex.fromParts) return;
    if (ex.budget !== null && ex.budget > 0) return;
    const at = f.total ?? f.initial;
    const where = { row: at?.row ?? f.row, col: at?.col ?? 2 };
    if (ex.budget === null) ctx.report({ messageId: 'missing', ...where });
    else ctx.report({ messageId: 'zero', data: { executed: num(ex.executed) }, ...where });
  },
};

// ---------------------------------------------------------------- SE-13 … SE-15

/** “优秀” → 优, “良好” → 良, “中等”/“合格” → 中, “较差”/“差” → 差. */
function gradeText(s: string): '优' | '良' | '中' | '差' | null {
  const t = canonicalName(s);
  if (/^优/.test(t)) return '优';
  if (/^良/.test(t)) return '良';
  if (/^(中|合格|一般)/.test(t)) return '中';
  if (/差|不合格/.test(t)) return '差';
  return null;
}

/** Σ of the sheet's own scores (rescaled for 不适用 rows), or null when a score is missing. */
function sheetTotal(ctx: RuleContext): number | null {
  const p = ctx.project;
  const rows = p.indicators.filter((x) => applicable(x) && weightOf(ctx, x) !== null);
  if (!rows.length || rows.some((x) => x.sheetScore === null)) return null;
  const exec = p.funds.score?.value ?? null;
  if (exec === null) return null;
  const S = rows.reduce((acc, x) => acc.plus(x.sheetScore!), dec(0)).plus(exec);
  if (!p.indicators.some((x) => !applicable(x))) return round(S, ctx.config.places);
  const W = rows.reduce((acc, x) => acc.plus(weightOf(ctx, x)!), dec(0)).plus(p.funds.weight?.value ?? ctx.score.execution.weight);
  return W.gt(0) ? round(S.div(W).times(100), ctx.config.places) : null;
}

export const SE13: Rule = {
  id: 'SE-13',
  meta: {
    title: '总分或等级不符', titleEn: 'Total or grade does not match',
    description: '总分应等于各项得分与预算执行得分之和（±0.01；有不适用指标时按百分制折算）；等级应与总分所在档次一致（默认 优 ≥90、良 ≥80、中 ≥60、差 <60，可配置）。',
    source: cite('SE-13'), evidence: `${TENGO}；S12 [V]`, severity: 'error', fixable: false,
  },
  messages: {
    sum: '总分 {total} ≠ 各项得分合计 {expected}',
    grade: '总分 {total} 对应等级“{expected}”，表中为“{grade}”',
  },
  messagesEn: {
    sum: 'The total {total} ≠ the sum of the scores, {expected}',
    grade: 'A total of {total} is graded “{expected}”; the sheet says “{grade}”',
  },
  check(ctx) {
    const t = ctx.project.total;
    if (!t) return;
    const expected = sheetTotal(ctx) ?? ctx.score.total;
    if (t.score !== null && t.scoreCol !== null && expected !== null && Math.abs(t.score - expected) > 0.01 + EPS)
      ctx.report({ messageId: 'sum', data: { total: num(t.score), expected: num(expected) }, row: t.row, col: t.scoreCol });
    const basis = t.score ?? expected;
    if (t.grade && t.gradeCol !== null && basis !== null) {
      const want = gradeOf(basis, ctx.config);
      if (gradeText(t.grade) !== want)
        ctx.report({ messageId: 'grade', data: { total: num(basis), expected: want, grade: t.grade }, row: t.row, col: t.gradeCol });
    }
  },
};

export const SE14: Rule = {
  id: 'SE-14',
  meta: {
    title: '不适用的指标', titleEn: '不适用 (not applicable) rows',
    description: '标为“不适用”的指标不考核；用适用指标的得分汇总后按百分制折算总分。',
    source: cite('SE-14'), evidence: '自评表注“对于不适用部分评价对象的评价指标，不考核该指标” [V copy]；pmkpi 不适用 枚举 [P]', severity: 'info', fixable: false,
  },
  messages: { na: '“{name}”不适用，不参与评分；总分按其余指标折算为百分制' },
  messagesEn: { na: '“{name}” is not applicable: it is not scored, and the total is rescaled to 100 over the remaining items' },
  check(ctx) {
    for (const ind of ctx.project.indicators) {
      if (ind.actual?.notApplicable) ctx.report({ messageId: 'na', data: { name: nameOf(ind) }, ...cellOf(ctx, ind, 'actual') });
      else if (ind.target.notApplicable) ctx.report({ messageId: 'na', data: { name: nameOf(ind) }, ...ctx.valueCell(ind) });
    }
  },
};

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
    title: '年度指标值与批复不一致', titleEn: 'Target differs from the approved one',
    description: '单位自评指标是预算批复时确定的绩效指标：自评表的年度指标值应与批复的绩效目标表一致，不得悄悄改动，批复的指标也不应缺失。需要同一文件中有同名项目的目标表（引擎通过 related 传入）；没有时本规则不检查。',
    source: cite('SE-15'), evidence: `${TENGO}“单位自评指标是指预算批复时确定的绩效指标”`, severity: 'warning', fixable: false,
  },
  messages: {
    changed: '“{name}”的年度指标值“{value}”与批复的目标表（{where}）中的“{approved}”不一致',
    dropped: '批复的目标表（{where}）中的指标“{name}”在自评表中没有',
  },
  messagesEn: {
    changed: 'The target of “{name}”, “{value}”, differs from “{approved}” in the approved target table ({where})',
    dropped: 'Indicator “{name}” of the approved target table ({where}) is missing from the self-evaluation',
  },
  check(ctx) {
    const p = ctx.project;
    if (!isSelfEval(p) || !ctx.related?.length) return;
    const approved = approvedOf(p, ctx.related);
    if (!approved) return;
    const byName = new Map<string, IndicatorRow>();
    for (const ind of approved.indicators) if (ind.level3 && !byName.has(canonicalName(ind.level3))) byName.set(canonicalName(ind.level3), ind);
    const seen = new Set<string>();
    const tcol = approved.columns.target ?? approved.columns.level3 ?? 1;
    for (const ind of p.indicators) {
      const key = canonicalName(ind.level3);
      const ap = key ? byName.get(key) : undefined;
      if (!ap) continue;
      seen.add(key);
      if (ind.target.kind === 'missing' || ap.target.kind === 'missing' || sameTarget(ind, ap)) continue;
      ctx.report({ messageId: 'changed', data: {
        name: nameOf(ind), value: rawOf(ind.target), approved: rawOf(ap.target), where: `${approved.sheet}!${address(ap.row, tcol)}`,
      }, ...ctx.valueCell(ind) });
    }
    for (const [key, ap] of byName) {
      if (seen.has(key)) continue;
      ctx.report({ messageId: 'dropped', data: { name: nameOf(ap), where: `${approved.sheet}!${address(ap.row, approved.columns.level3 ?? tcol)}` },
        row: p.headerRow, col: ctx.col('level3') });
    }
  },
};

export const seRules: Rule[] = [SE01, SE02, SE03, SE04, SE05, SE06, SE07, SE08, SE09, SE10, SE11, SE12, SE13, SE14, SE15];
