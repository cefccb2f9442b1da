/**
 * 目标值(标准) | 采集数据项 | 指标值: a 专项经费 evaluation form names, for each indicator, the data collected for it and then
 * the value measured, under the head 指标值. Where the target column stands before and a 采集 head stands between, that
 * later 指标值 is the measured value (实际完成值), not a second target; a sheet with its own 实际完成值 column keeps it.
 */
import type { Columns, Role } from '../domain/model';

/** Heads that name the data collected for an indicator: 采集数据项, 数据采集项, 采集数据, 采集项, 采集指标. */
const COLLECTED = /^(采集数据|数据采集|采集项|采集指标|采集内容)/;

export function collectedValue(folded: string[], cols: Columns, roleOf: (text: string) => Role | null): void {
  const t = cols.target;
  if (cols.actual !== undefined || t === undefined) return;
  // folded is 0-based: column c is folded[c - 1]. The first 采集 head right of the target, then the next 指标值-like head.
  const from = folded.findIndex((x, i) => i + 1 > t && COLLECTED.test(x));
  if (from < 0) return;
  const v = folded.findIndex((x, i) => i > from && roleOf(x) === 'target');
  if (v >= 0 && v - from <= 2) cols.actual = v + 1;
}
