/**
 * Configuration: scoring schemes, grade bands, thresholds and rule severities. Everything the
 * domain calls a design choice ([I] in docs/domain.md) lives here, so a deployment can change it.
 */
import type { Bucket } from './catalogue';
import type { Severity } from './severity';

export interface Scheme {
  id: string;
  /** Chinese name for reports. */
  name: string;
  /** Points of the 预算执行率 item. */
  execution: number;
  /** Points per bucket, or null to split `indicators` evenly over all rows (Hubei, Sichuan). */
  buckets: Partial<Record<Bucket, number>> | null;
  /** Points over all indicator rows (= sum of buckets when buckets are given). */
  indicators: number;
}

export const SCHEMES: Record<string, Scheme> = {
  national: { id: 'national', name: '全国通用（产出50/效益30/满意度10/执行率10）', execution: 10, buckets: { 产出: 50, 效益: 30, 满意度: 10 }, indicators: 90 },
  hubei: { id: 'hubei', name: '湖北（执行率20，指标80）', execution: 20, buckets: null, indicators: 80 },
  sichuan: { id: 'sichuan', name: '四川（执行率10，指标90）', execution: 10, buckets: null, indicators: 90 },
};

export interface Config {
  scheme: Scheme;
  /** Grade lower bounds: total ≥ 优 → 优, ≥ 良 → 良, ≥ 中 → 中, else 差 (10号: 90/80/60). */
  grades: { 优: number; 良: number; 中: number };
  /** Reverse (≤) scoring: MoF table note A/B, or pmkpi's linear-to-2A. */
  reverseMethod: 'ratio' | 'linear';
  /** Decimal places of every score; rounding is half-up. */
  places: number;
  /** SE-09: B ≥ ratio·A needs an explanation; when A = 0, B ≥ zeroAbsolute. */
  overAchievement: { ratio: number; zeroAbsolute: number };
  /** SE-10: 执行率 below this (fraction) needs a reason. */
  executionReasonBelow: number;
  /** Default point inside each qualitative band, as a fraction of the row's 分值. */
  qualitative: { 达成: number; 部分达成: number; 未达成: number };
  /** SE-06 tolerance for a score the user typed (a formula we wrote must match to 0.01). */
  tolerance: { computed: number; typed: number };
  /** Severity per rule id, or per "id:variant"; 'off' disables the rule. */
  severity: Record<string, Severity | 'off'>;
}

export const DEFAULT_CONFIG: Config = {
  scheme: SCHEMES.national,
  grades: { 优: 90, 良: 80, 中: 60 },
  reverseMethod: 'ratio',
  places: 2,
  overAchievement: { ratio: 1.3, zeroAbsolute: 30 },
  executionReasonBelow: 0.9,
  qualitative: { 达成: 1, 部分达成: 0.7, 未达成: 0.3 },
  tolerance: { computed: 0.01, typed: 0.1 },
  severity: {},
};

/** A scheme from a JSON object (`--scheme file.json`): same shape as SCHEMES entries. Throws a Chinese message. */
export function schemeFromJson(obj: unknown, where: string): Scheme {
  const o = obj as Partial<Scheme> | null;
  const bad = (why: string) => new Error(`评分方案 ${where} 无效：${why}`);
  if (!o || typeof o !== 'object') throw bad('不是 JSON 对象');
  if (typeof o.execution !== 'number' || o.execution < 0 || o.execution > 100) throw bad('execution（执行率分值）应为 0–100 的数字');
  let buckets: Scheme['buckets'] = null;
  if (o.buckets !== undefined && o.buckets !== null) {
    buckets = {};
    for (const [k, v] of Object.entries(o.buckets)) {
      if (!['产出', '效益', '满意度'].includes(k)) throw bad(`buckets 只能包含 产出/效益/满意度，发现“${k}”`);
      if (typeof v !== 'number' || v < 0) throw bad(`buckets.${k} 应为非负数字`);
      buckets[k as Bucket] = v;
    }
  }
  const sum = buckets ? Object.values(buckets).reduce((a, b) => a + (b ?? 0), 0) : undefined;
  const indicators = typeof o.indicators === 'number' ? o.indicators : sum;
  if (typeof indicators !== 'number') throw bad('缺少 indicators（指标总分值）或 buckets');
  if (Math.abs(indicators + o.execution - 100) > 1e-9) throw bad(`执行率分值与指标分值之和应为 100，现为 ${indicators + o.execution}`);
  return { id: o.id ?? 'custom', name: o.name ?? `自定义（${where}）`, execution: o.execution, buckets, indicators };
}
