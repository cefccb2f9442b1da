/**
 * A unit written into a value column's header — “指标值（%）”, “年度指标值(万元)”, “指标值/单位：人” —
 * that the form means for every bare number under it, as a 计量单位 column would say it per row.
 * Only a known unit counts: “指标值（必填）”, “（定量/定性）” or an explanation in brackets is not one.
 */
import type { Columns } from '../domain/model';
import { normaliseText, toHalfWidth } from '../domain/text';
import { parseUnitText, unitClass } from '../domain/units';
import { cellText } from './grid';
import type { Reader } from './reader';

// The last bracket of the header, or what follows a slash or 单位：; “单位：” inside the bracket is dropped.
const BRACKET = /[([【]\s*(?:(?:计量|度量)?单位\s*[:：]?\s*)?([^()[\]【】]{1,6}?)\s*[)\]】]\s*$/;
const AFTER = /(?:[/／]\s*(?:(?:计量|度量)?单位\s*[:：]?)?|(?:计量|度量)?单位\s*[:：])\s*([^/／:：]{1,6})\s*$/;

/** The unit a header names for its column's numbers, canonical (“%”, “万元”, “人”), or null. */
export function headerUnit(header: string): string | null {
  const t = toHalfWidth(normaliseText(header)).replace(/（/g, '(').replace(/）/g, ')');
  const m = BRACKET.exec(t) ?? AFTER.exec(t);
  if (!m) return null;
  const u = parseUnitText(m[1]);
  if (!u || u.unit === null || u.postfix !== null) return null;
  const cls = unitClass(u.unit);
  return cls === null || cls === 'other' || cls === 'date' ? null : u.unit;
}

export interface HeaderUnits {
  target: string | null;
  actual: string | null;
  targetPeriod: string | null;
}

/** The units the header row names for the table's value columns. */
export function headerUnits(rd: Reader, headerRow: number, cols: Columns): HeaderUnits {
  const at = (c: number | undefined) => (c === undefined ? null : headerUnit(cellText(rd.g, headerRow, c)));
  return { target: at(cols.target), actual: at(cols.actual), targetPeriod: at(cols.targetPeriod) };
}
