/** HIE: the indicator hierarchy (domain.md §3). */
import { LEVEL1, parentStatus } from '../catalogue';
import type { Rule } from './types';
import { cite } from './cite';

export const HIE01: Rule = {
  id: 'HIE-01',
  meta: {
    title: '一级指标不在目录中', titleEn: 'Unknown 一级 indicator',
    description: '一级指标只能是 产出指标、效益指标、满意度指标，或（财预〔2021〕101号起）成本指标。',
    source: cite('HIE-01'), evidence: '财预〔2015〕88号 / 财预〔2021〕101号 [R]；domain.md §3 [V secondary]', severity: 'error', fixable: false,
    messages: {
      unknown: '一级指标“{value}”不是 {allowed} 之一',
      missing: '第 {row} 行没有一级指标',
      noColumn: '表中没有“一级指标”列，无法核对指标层级',
    },
    messagesEn: {
      unknown: '一级 “{value}” is not one of {allowed}',
      missing: 'Row {row} has no 一级 indicator',
      noColumn: 'The table has no 一级指标 column; the hierarchy cannot be checked',
    },
  },
  create(ctx) {
    const p = ctx.project;
    if (p.columns.level1 === undefined) {
      if (p.indicators.length) ctx.report({ messageId: 'noColumn', row: p.headerRow, col: ctx.col('level3') });
      return;
    }
    const seen = new Set<string>();
    for (const ind of p.indicators) {
      if (ind.level1) continue;
      if (!ind.level1Text) {
        if (ind.level2 || ind.level3) ctx.report({ messageId: 'missing', data: { row: ind.row }, row: ind.row, col: ctx.col('level1') });
        continue;
      }
      // A merged label filled down is reported once, at the cell that holds it.
      if (ind.level1From === 'filled' && seen.has(ind.level1Text)) continue;
      seen.add(ind.level1Text);
      ctx.report({ messageId: 'unknown', data: { value: ind.level1Text, allowed: LEVEL1.join('、') }, row: ind.row, col: ctx.col('level1') });
    }
  },
};

export const HIE02: Rule = {
  id: 'HIE-02',
  meta: {
    title: '二级指标不在其一级之下', titleEn: '二级 not allowed under its 一级',
    description: '二级指标须属于其一级：数量/质量/时效 属产出；成本指标 属产出（第一代）；经济/社会/生态环境成本 属成本（第二代，置于产出下为混合写法，警告）；经济/社会/生态效益、可持续影响 属效益；服务对象满意度 属满意度。',
    source: cite('HIE-02'), evidence: 'domain.md §3.4 [I]，依据 §3.1–3.3 [R]/[V]', severity: 'error', variants: { hybrid: 'warning' }, fixable: false,
    messages: {
      unknown: '二级指标“{value}”不在指标目录中',
      wrongParent: '二级指标“{level2}”不应放在一级“{level1}”之下',
      hybrid: '“{level2}”是第二代（101号）成本二级指标，却放在“产出指标”之下（混合写法）',
      missing: '第 {row} 行没有二级指标',
    },
    messagesEn: {
      unknown: '二级 “{value}” is not in the catalogue',
      wrongParent: '二级 “{level2}” does not belong under 一级 “{level1}”',
      hybrid: '“{level2}” is a generation-B cost 二级 placed under 产出指标 (hybrid)',
      missing: 'Row {row} has no 二级 indicator',
    },
  },
  create(ctx) {
    const p = ctx.project;
    if (p.columns.level2 === undefined) return;
    for (const ind of p.indicators) {
      const col = ctx.col('level2');
      if (ind.level2From === 'filled') continue;
      if (!ind.level2Text) {
        if (ind.level3 || ind.target.kind !== 'missing') ctx.report({ messageId: 'missing', data: { row: ind.row }, row: ind.row, col });
        continue;
      }
      if (!ind.level2) { ctx.report({ messageId: 'unknown', data: { value: ind.level2Text }, row: ind.row, col }); continue; }
      if (!ind.level1) continue;
      const st = parentStatus(ind.level1, ind.level2);
      if (st === 'wrong') ctx.report({ messageId: 'wrongParent', data: { level1: ind.level1, level2: ind.level2 }, row: ind.row, col });
      if (st === 'hybrid') ctx.report({ messageId: 'hybrid', variant: 'hybrid', data: { level2: ind.level2 }, row: ind.row, col });
    }
  },
};

export const HIE03: Rule = {
  id: 'HIE-03',
  meta: {
    title: '指标体系代际', titleEn: 'Indicator generation',
    description: '识别第一代（成本为产出下的二级）、第二代（成本为一级，含经济/社会/生态环境成本）或混合写法；同一表中混用两代给出警告。',
    source: cite('HIE-03'), evidence: 'domain.md §3 [P]', severity: 'info', variants: { mixed: 'warning' }, fixable: false,
    messages: {
      generation: '指标体系：{label}',
      mixed: '同一张表混用了第一代（产出下的成本指标）和第二代（成本一级指标）写法',
    },
    messagesEn: {
      generation: 'Indicator generation: {label}',
      mixed: 'The table mixes generation A (成本 under 产出) and generation B (成本 as 一级)',
    },
  },
  create(ctx) {
    const p = ctx.project;
    const g = p.generation;
    if (!g || !p.indicators.length || g === 'A') return;
    const at = { row: p.headerRow, col: ctx.col('level1') };
    if (g === 'mixed') ctx.report({ messageId: 'mixed', variant: 'mixed', ...at });
    else ctx.report({ messageId: 'generation', data: { label: g === 'B' ? '第二代（财预〔2021〕101号，成本为一级指标）' : '混合（第二代成本二级置于产出下）' }, ...at });
  },
};

export const HIE04: Rule = {
  id: 'HIE-04',
  meta: {
    title: '缺少产出、效益或满意度指标', titleEn: 'Missing 产出, 效益 or 满意度 rows',
    description: '绩效指标应包括产出、效益和服务对象满意度；自评时满意度指标承担 10 分。',
    source: cite('HIE-04'), evidence: '中发〔2018〕34号 [V]；财预〔2020〕10号 权重 [R]', severity: 'warning', fixable: false,
    messages: { missing: '表中没有{what}指标' },
    messagesEn: { missing: 'The table has no {what} indicator' },
  },
  create(ctx) {
    const p = ctx.project;
    const has = new Set(p.indicators.map((x) => x.bucket));
    for (const what of ['产出', '效益', '满意度'] as const)
      if (!has.has(what)) ctx.report({ messageId: 'missing', data: { what }, row: p.headerRow, col: ctx.col('level1') });
  },
};

export const HIE05: Rule = {
  id: 'HIE-05',
  meta: {
    title: '三级指标名称或指标值缺失', titleEn: 'Missing 三级 name or value',
    description: '每个三级指标都必须有名称（不超过 100 字）和指标值。',
    source: cite('HIE-05'), evidence: 'pmkpi “必录项”“不能大于100个字” [P]', severity: 'error', fixable: false,
    messages: {
      noName: '第 {row} 行没有三级指标名称',
      noValue: '“{name}”没有指标值',
      tooLong: '三级指标名称有 {n} 个字，超过 100 字',
    },
    messagesEn: {
      noName: 'Row {row} has no 三级 indicator name',
      noValue: '“{name}” has no target value',
      tooLong: 'The 三级 name has {n} characters (over 100)',
    },
  },
  create(ctx) {
    const p = ctx.project;
    for (const ind of p.indicators) {
      if (p.columns.level3 !== undefined && !ind.level3)
        ctx.report({ messageId: 'noName', data: { row: ind.row }, row: ind.row, col: ctx.col('level3') });
      if (ind.level3.length > 100)
        ctx.report({ messageId: 'tooLong', data: { n: ind.level3.length }, row: ind.row, col: ctx.col('level3') });
      if (ind.target.kind === 'missing' && !ind.target.placeholder)
        ctx.report({ messageId: 'noValue', data: { name: ind.level3 || ind.level2Text || `第${ind.row}行` }, ...ctx.valueCell(ind) });
    }
  },
};

export const HIE06: Rule = {
  id: 'HIE-06',
  meta: {
    title: '三级指标重复', titleEn: 'Duplicate 三级 indicator',
    description: '同一项目内三级指标名称重复，自评时无法区分。',
    source: cite('HIE-06'), evidence: '[I]', severity: 'warning', fixable: false,
    messages: { duplicate: '“{name}”与第 {first} 行重复' },
    messagesEn: { duplicate: '“{name}” duplicates row {first}' },
  },
  create(ctx) {
    const seen = new Map<string, number>();
    for (const ind of ctx.project.indicators) {
      if (!ind.level3) continue;
      const first = seen.get(ind.level3);
      if (first !== undefined) ctx.report({ messageId: 'duplicate', data: { name: ind.level3, first }, row: ind.row, col: ctx.col('level3') });
      else seen.set(ind.level3, ind.row);
    }
  },
};

export const hieRules: Rule[] = [HIE01, HIE02, HIE03, HIE04, HIE05, HIE06];
