/**
 * A 三级 cell merged down over two (or more) rows. Either one indicator written in two rows — the second
 * line holds only the value's detail (“（按验收资料统计）”) or a remark, and is joined to the indicator — or
 * one name over several targets (县道 ≥120公里 / 乡村道 ≥166公里), each row an indicator of that name.
 */
import type { Columns, IndicatorRow } from '../domain/model';
import { parseValue } from '../domain/value';
import { cellText, cellValue } from './grid';
import type { Reader } from './reader';
import { reason, type Reason } from './reasons';

// A note in brackets, or a line that qualifies the one above (“其中…”, “含…”, “注：…”).
const DETAIL = /^(?:[(（［【].*[)）］】]|(?:其中|含|注)[:：]?.*)$/s;

/** True if row r only continues the indicator above: its 三级 cell is covered by that indicator's merge. */
export function mergedTail(rd: Reader, r: number, cols: Columns, last: IndicatorRow): boolean {
  const m = cols.level3 === undefined ? undefined : rd.covering(r, cols.level3);
  if (!m || m.top >= r || (m.top !== last.row && !last.fragmentRows?.includes(m.top))) return false;
  // A figure of its own (actual, weight, score, or a target that reads as one) makes it a second indicator.
  if (rd.text(r, cols.actual) || rd.text(r, cols.weight) || rd.text(r, cols.score)) return false;
  const t = rd.text(r, cols.target);
  if (!t) return true;
  return DETAIL.test(t) && parseValue(cellValue(rd.g, r, cols.target!)).kind !== 'quantitative';
}

/**
 * The 三级 name merged down into row r from a row above ('' when the cell is not covered so). Only a merge
 * that starts in the 三级 column: a 二级 label merged across 三级 is not a name.
 */
export function nameAbove(rd: Reader, r: number, c: number | undefined): string {
  const m = c === undefined ? undefined : rd.covering(r, c);
  return m && m.top < r && m.left === c ? cellText(rd.g, m.top, m.left) : '';
}

/** Why a row was joined to the indicator above: a merged 三级 cell, or a page break's tail of words. */
export function joinedTailReason(rd: Reader, r: number, cols: Columns): Reason {
  const name = nameAbove(rd, r, cols.level3).trim();
  return name ? reason('mergedTail', { name }) : reason('fragment');
}
