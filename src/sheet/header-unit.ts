/**
 * A unit written into a value column's header — “指标值（%）”, “年度指标值(万元)”, “指标值/单位：人” —
 * that the form means for every bare number under it, as a 计量单位 column would say it per row.
 * Only a known unit counts: “指标值（必填）”, “（定量/定性）” or an explanation in brackets is not one.
 * The unit may stand in the header's second row: “%” under a 指标值 merged down or across, or a line
 * of its own under the header (a PDF's conversion drops the merges: 计量单位 | | | （%） | （%）).
 */
import type { Columns, Role, RowInfo } from '../domain/model';
import { reason } from './reasons';
import { normaliseText, toHalfWidth } from '../domain/text';
import { parseUnitText, unitClass } from '../domain/units';
import { memoise } from '../domain/memo';
import { cellText } from './grid';
import type { Reader } from './reader';

// The last bracket of the header, or what follows a slash or 单位：; “单位：” inside the bracket is dropped.
const BRACKET = /[([【]\s*(?:(?:计量|度量)?单位\s*[:：]?\s*)?([^()[\]【】]{1,6}?)\s*[)\]】]\s*$/;
const AFTER = /(?:[/／]\s*(?:(?:计量|度量)?单位\s*[:：]?)?|(?:计量|度量)?单位\s*[:：])\s*([^/／:：]{1,6})\s*$/;

/** The unit a header names for its column's numbers, canonical (“%”, “万元”, “人”), or null (once per text: stacked tables repeat their headers). */
export const headerUnit = memoise((header: string): string | null => {
  const t = toHalfWidth(normaliseText(header)).replace(/（/g, '(').replace(/）/g, ')');
  const m = BRACKET.exec(t) ?? AFTER.exec(t);
  if (!m) return null;
  const u = parseUnitText(m[1]);
  if (!u || u.unit === null || u.postfix !== null) return null;
  const cls = unitClass(u.unit);
  return cls === null || cls === 'other' || cls === 'date' ? null : u.unit;
});

export interface HeaderUnits {
  target: string | null;
  actual: string | null;
  targetPeriod: string | null;
}

/** A cell that is a unit and nothing else: “%”, “万元”, “（%）”, “单位：人”. */
export const bareUnit = memoise((text: string): string | null => {
  const t = toHalfWidth(normaliseText(text))
    .replace(/^[([（【]\s*(.*?)\s*[)\]）】]$/, '$1')
    .replace(/^(?:(?:计量|度量)?单位\s*[:：]?)\s*/, '');
  if (!t || t.length > 6) return null;
  const u = parseUnitText(t);
  if (!u || u.unit === null || u.postfix !== null) return null;
  const cls = unitClass(u.unit);
  return cls === null || cls === 'other' || cls === 'date' ? null : u.unit;
});

const VALUE_ROLES: readonly Role[] = ['target', 'actual', 'targetPeriod'];
// The label a unit line may carry at its left (“单位”, “计量单位：”).
const UNIT_LABEL = /^(?:计量|度量)?单位\s*[:：]?$/;

/** The line right under the header that only names the value columns' units, or 0. */
function unitLine(rd: Reader, headerRow: number, cols: Columns, left: number, right: number): number {
  const r = headerRow + 1;
  if (rd.nextRow(r) !== r) return 0;
  const valueCols = new Set(VALUE_ROLES.map((k) => cols[k]));
  let units = 0;
  for (let c = left; c <= right; c++) {
    if (rd.covering(r, c)) continue;
    const t = rd.text(r, c);
    if (!t) continue;
    if (valueCols.has(c) && bareUnit(t)) units++;
    else if (valueCols.has(c) || !UNIT_LABEL.test(t)) return 0;
  }
  return units ? r : 0;
}

export interface TableUnits extends HeaderUnits {
  /** The unit line under the header (not an indicator), or 0, and its cells' text. */
  line: number;
  lineText: string;
}

/** The unit line's entry among the table's rows (none when there is no such line). */
export function unitLineRows(u: TableUnits): RowInfo[] {
  return u.line ? [{ row: u.line, role: 'header', ...reason('headerUnitLine', { text: u.lineText }) }] : [];
}

/** The units the header names for the table's value columns: in its own row, or in a unit line right under it. */
export function headerUnits(rd: Reader, headerRow: number, cols: Columns, left = 1, right = rd.g.colCount): TableUnits {
  const line = unitLine(rd, headerRow, cols, left, right);
  const at = (c: number | undefined) => {
    if (c === undefined) return null;
    const t = cellText(rd.g, headerRow, c);
    return headerUnit(t) ?? bareUnit(t) ?? (line ? bareUnit(cellText(rd.g, line, c)) : null);
  };
  const lineText = line
    ? rd
        .rowTexts(line, left, right)
        .filter((t) => t)
        .join(' ')
    : '';
  return { target: at(cols.target), actual: at(cols.actual), targetPeriod: at(cols.targetPeriod), line, lineText };
}
