/**
 * A 一级 written as a section line (“一、产出指标” across the grid, or alone in the 一级 column) over
 * rows that hold no 一级 of their own: a heading for the indicators under it, not an indicator without a
 * value nor the end of the table. The rows below take their 一级 from it.
 */
import type { Columns } from '../domain/model';
import { canonicalLevel1, canonicalLevel2 } from '../domain/catalogue';
import { level2Line, loneColumn } from './level2-line';
import { nonEmptyCount, type HeaderHit, type Reader } from './reader';
import { firstCol } from './first-col';

/** Outline numbering in front of the label: “一、”, “（一）”, “1.”. */
const OUTLINE = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+\s*[、.．)）])\s*/;
/** “（四）成本指标”: the document's second outline level — a 二级 line, though 成本指标 is also a 一级 (财预〔2021〕101号). */
const SECOND = /^\s*[(（][一二三四五六七八九十]+[)）]/;

/** The 一级 label of a one-cell line at the grid's left edge or in its 一级 column, or null. */
function level1Name(texts: string[], cols: Columns): string | null {
  const c = loneColumn(texts);
  if (!c || (c !== cols.level1 && c > firstCol(cols))) return null;
  const t = texts[c - 1].trim();
  const bare = t.replace(OUTLINE, '');
  if (SECOND.test(t) && canonicalLevel2(bare)) return null;
  return canonicalLevel1(bare) ? t : null;
}

/** Whether row r is a 一级 section line: an indicator row (or a 二级 section line) right below it, its 一级 cell empty. */
export function level1Line(rd: Reader, r: number, texts: string[], cols: Columns, h: HeaderHit): boolean {
  if (!level1Name(texts, cols)) return false;
  const next = rd.nextRow(r + 1);
  if (next > rd.g.rowCount || next > r + 2) return false;
  const below = rd.rowTexts(next, h.left, h.right);
  if (cols.level1 !== undefined && below[cols.level1 - 1]) return false;
  return nonEmptyCount(below) >= 2 || !!level2Line(below, cols);
}

/**
 * The 一级 section line between the previous indicator (row `after`) and row r, or null. Only lines with
 * at most one text are passed over: the header or an indicator row ends the search.
 */
export function level1Above(rd: Reader, r: number, cols: Columns, after: number): string | null {
  const roleCols = Object.values(cols) as number[];
  const left = Math.min(...roleCols);
  const right = Math.max(...roleCols);
  for (let k = r - 1; k > after && k >= r - 8; k--) {
    const texts = rd.rowTexts(k, Math.min(left, cols.level1 ?? left), right);
    const name = level1Name(texts, cols);
    if (name) return name;
    if (nonEmptyCount(texts) > 1) return null;
  }
  return null;
}
