/** SE-01 分值结构 — Weight structure. */
import type { Bucket } from '../../catalogue';
import type { IndicatorRow } from '../../model';
import { dec, round } from '../../decimal';
import type { Rule, RuleContext } from '../types';
import { cite } from '../cite';
import { EVALUATION_MEASURES_2020 } from '../evidence';
import { applicable, isSelfEval, num } from '../util';
import { cellOf } from './shared';
import { isDepartmentWide } from '../hie/department';
import { isEvaluationFramework } from '../../framework';

const BUCKETS: Bucket[] = ['产出', '效益', '满意度'];

/** The cell that holds a row's 分值: a 一级 / 二级 row's or a merged cell's when the row shares it (weightFrom), else its own. */
const weightCell = (ctx: RuleContext, ind: IndicatorRow) => (ind.weightFrom ? { row: ind.weightFrom.row, col: ind.weightFrom.col } : cellOf(ctx, ind, 'weight'));

export const SE01: Rule = {
  id: 'SE-01',
  meta: {
    title: '分值结构',
    titleEn: 'Weight structure',
    description:
      '自评分值合计应为 100：原则上预算执行率 10 分，产出 50、效益 30、服务对象满意度 10（成本指标计入产出）；“如有特殊情况，一级指标权重可做适当调整”，所以结构不同只是警告，合计不是 100 才是错误。也适用于带“分值”列的目标表（内蒙古样式）；目标表的分值合计已是 100、未留预算执行率分值时，不按自评表的产出 50、效益 30、满意度 10 比较（该比例与执行率 10 分一同规定，目标表没有执行率一项）。某一部分没有指标时，其分值无处分配。',
    source: cite('SE-01'),
    evidence: `${EVALUATION_MEASURES_2020}；S13 [V]；池州 2022 [P]`,
    severity: 'warning',
    variants: { total: 'error' },
    fixable: false,
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
  },
  create(ctx) {
    const p = ctx.project;
    const cfg = ctx.config;
    const self = isSelfEval(p);
    if (!self && p.columns.weight === undefined) return;
    const f = p.funds;
    const weighted = p.indicators.filter((x) => x.sheetWeight !== null);
    const headerAt = { row: p.headerRow, col: p.columns.weight ?? ctx.col('level1') };
    if (!weighted.length) {
      if (!self || !cfg.scheme.buckets || !p.indicators.length || isDepartmentWide(p)) return;
      const present = new Set(p.indicators.filter(applicable).map((x) => x.bucket));
      for (let i = 0; i < BUCKETS.length; i++) {
        const b = BUCKETS[i];
        const pts = cfg.scheme.buckets[b];
        if (pts && !present.has(b)) ctx.report({ messageId: 'bucketEmpty', data: { bucket: b, points: pts }, row: p.headerRow, col: ctx.col('level1') });
      }
      return;
    }
    const indicators = weighted.reduce((acc, x) => acc.plus(x.sheetWeight!), dec(0));
    // A target table has no execution item of its own: its 分值 may cover 100, or 100 less the reserved 执行率 points.
    const reserved = self || f.weight || p.labelWeights.execution !== undefined || indicators.minus(100).abs().gt(0.01);
    // The evaluation framework scores 预算执行率 among its own 过程 rows: no points are reserved beside them.
    const framework = isEvaluationFramework(p.indicators);
    const execution = reserved ? (f.weight?.value ?? p.labelWeights.execution ?? (framework ? 0 : cfg.scheme.execution)) : 0;
    const total = indicators.plus(execution);
    if (total.minus(100).abs().gt(0.01)) {
      const at = p.total?.weightCol ? { row: p.total.row, col: p.total.weightCol } : headerAt;
      ctx.report({ messageId: 'total', variant: 'total', data: { total: num(round(total, 4)), indicators: num(round(indicators, 4)), execution: num(execution) }, ...at });
      return;
    }
    if (reserved && execution !== cfg.scheme.execution && !framework)
      ctx.report({
        messageId: 'execution',
        data: { execution: num(execution), expected: cfg.scheme.execution },
        ...(f.weight ? { row: f.weight.row, col: f.weight.col } : headerAt),
      });
    // A 部门整体 table (履职效能 / 管理效率 / 运行成本 …) is weighted by its department framework, not the project scheme's buckets.
    if (isDepartmentWide(p)) return;
    const plan = cfg.scheme.buckets;
    for (let i = 0; i < BUCKETS.length; i++) {
      const b = BUCKETS[i];
      const rows = weighted.filter((x) => x.bucket === b);
      const sum = rows.reduce((acc, x) => acc.plus(x.sheetWeight!), dec(0));
      const first = rows[0] ?? p.indicators.find((x) => x.bucket === b);
      const declared = p.labelWeights.bucket?.[b];
      if (first && declared !== undefined && sum.minus(declared).abs().gt(0.01)) {
        const labelRow = p.indicators.find((x) => x.bucket === b && x.level1From === 'cell') ?? first;
        ctx.report({ messageId: 'label', data: { label: labelRow.level1Text, declared, sum: num(round(sum, 4)) }, row: labelRow.row, col: ctx.col('level1') });
        continue;
      }
      // A 目标表 whose 分值 cover all 100 points has no execution item: 10号's 50/30/10 split stands beside 执行率 10 in
      // the 自评表 and does not apply to it (v428: 60/30/10 is no departure from any published split).
      if (!plan || (!self && !reserved)) continue;
      const expected = plan[b] ?? 0;
      if (!rows.length && !first && expected > 0) ctx.report({ messageId: 'bucketMoved', data: { bucket: b, expected }, ...headerAt });
      else if (sum.minus(expected).abs().gt(0.01))
        ctx.report({ messageId: 'bucket', data: { bucket: b, sum: num(round(sum, 4)), expected }, ...(first ? weightCell(ctx, first) : headerAt) });
    }
    if (!plan && indicators.minus(cfg.scheme.indicators).abs().gt(0.01))
      ctx.report({ messageId: 'indicators', data: { sum: num(round(indicators, 4)), expected: cfg.scheme.indicators }, ...headerAt });
  },
};
