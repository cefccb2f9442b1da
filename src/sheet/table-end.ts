/**
 * Where an indicator table ends below: a name line followed shortly by a grid header (the next stacked project),
 * and a small table of another kind below it in the same columns — a 资金来源 table, an implementation
 * schedule, a cost breakdown, a list of roads, with or without a title line — which is not the project's indicators.
 */
import { normaliseText } from '../domain/text';
import type { Columns, Project } from '../domain/model';
import { level1Of, level2Of } from './indicator';
import { nonEmptyCount, type HeaderHit, type Reader } from './reader';

/** A name line followed shortly by a grid header starts the next stacked project: this table ends. */
export function headerSoonAfter(r: number, h: HeaderHit, headers: Map<number, HeaderHit[]>): boolean {
  for (let k = r + 1; k <= r + 10; k++) if (headers.get(k)?.some((x) => x.left <= h.right && x.right >= h.left)) return true;
  return false;
}

/** Text a person wrote as a label or a serial number: a Han character or a digit (not “/”, “……”). */
const WORDED = /[\u4e00-\u9fff\d]/;

/** Own text in column c of row r that names no 一级 or 二级 (a merge from above is no text of its own). */
function other(rd: Reader, r: number, c: number | undefined): boolean {
  const t = normaliseText(rd.own(r, c));
  // Read as the reader reads a label (Traditional characters, outline numbers, annotations).
  // A label naming a level of indicators (影响力指标, 过程指标, 履职指标) is the grid's own, if not one the catalogue knows: HIE-01 says so.
  return !!t && WORDED.test(t) && !level1Of(t) && !level2Of(t) && !LEVEL_WORD.test(t);
}

/** “…指标” with no sentence before it: the name of a level of indicators. */
const LEVEL_WORD = /^[\u4e00-\u9fff]{1,8}指标$/;

/** Row r's 一级 and 二级 cells both hold words that are neither. */
const otherKind = (rd: Reader, r: number, cols: Columns) => other(rd, r, cols.level1) && other(rd, r, cols.level2);

/** Row r starts such a table: its 一级 cell names no 一级, and its 二级 cell no 二级 — or the row under it is one (a head 支出内容 | 数量 | …). */
const starts = (rd: Reader, r: number, cols: Columns) => other(rd, r, cols.level1) && (other(rd, r, cols.level2) || otherKind(rd, rd.nextRow(r + 1), cols));

/**
 * Row r, below the grid of p, starts a small table of another kind: its 一级 and 二级 cells hold words that are neither
 * (资金来源 | 预算数, 实施阶段 | 起止时间, 1 | 城关—东山), or it is a one-cell title line over such a row. Right under blank
 * rows one such row is enough; right under an indicator the row below must be one too (a stray line alone is read as
 * before). Only under a grid whose last indicator named a known 一级 (a grid with labels of its own goes on).
 */
export function blockBelow(rd: Reader, r: number, cols: Columns, p: Project, h: HeaderHit, gap: boolean): boolean {
  if (cols.level1 === undefined || cols.level2 === undefined || cols.projectName !== undefined) return false;
  const last = p.indicators[p.indicators.length - 1];
  if (!last?.level1) return false;
  if (!gap) return starts(rd, r, cols) && otherKind(rd, rd.nextRow(r + 1), cols);
  if (starts(rd, r, cols)) return true;
  return nonEmptyCount(rd.rowTexts(r, h.left, h.right)) === 1 && starts(rd, rd.nextRow(r + 1), cols);
}

/**
 * Where a stacked project's own funds lines may start: past the last blank row above its 项目名称 line when a table
 * stands above in these columns — the rows before that blank (a 资金来源 table under the table above) are that
 * table's, not this project's budget. Without a table above, or a blank row there, its whole context.
 */
export function fundsFrom(rd: Reader, ctxFrom: number, p: Project, h: { left: number; right: number }): number {
  const n = p.nameCell?.row;
  if (ctxFrom <= 1 || n === undefined || n <= ctxFrom) return ctxFrom;
  for (let r = n - 1; r >= ctxFrom; r--) if (nonEmptyCount(rd.rowTexts(r, h.left, h.right)) === 0) return r + 1;
  return ctxFrom;
}
