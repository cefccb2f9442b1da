/**
 * A 二级 written as a section line in the 三级 column (“产出指标 | | 数量指标 | |”, the 二级 column left
 * empty or absent): a heading for the indicators under it, not an indicator without a value. The rows
 * below take their 二级 (and 一级, when theirs is empty) from it.
 */
import type { Columns } from '../domain/model';
import { canonicalLevel1, canonicalLevel2 } from '../domain/catalogue';
import type { Reader } from './reader';
import { firstCol } from './first-col';

/** The 二级 name a section line gives (its 一级 too, when written beside it), or null. */
export function level2Line(texts: string[], cols: Columns): { level1: string; level2: string } | null {
  const name = cols.level3 === undefined || (cols.level2 !== undefined && texts[cols.level2 - 1]) ? '' : texts[cols.level3 - 1];
  // “三、满意度指标” is numbered as a 一级 (满意度指标 names both levels): level1-line.ts reads it.
  if (!name || FIRST.test(name) || !canonicalLevel2(name)) {
    const across = level2Across(texts, cols);
    return across ? { level1: '', level2: across } : null;
  }
  const level1 = cols.level1 !== undefined ? (texts[cols.level1 - 1] ?? '') : '';
  if (level1 && !canonicalLevel1(level1)) return null;
  // Nothing else on the line: no value, no note.
  for (let c = 0; c < texts.length; c++) if (texts[c] && c + 1 !== cols.level1 && c + 1 !== cols.level3) return null;
  return { level1, level2: name };
}

/** “（一）数量指标”: the document's second outline level; “一、” is its first (a 一级 line: level1-line.ts). */
const SECOND = /^\s*[(（][一二三四五六七八九十]+[)）]\s*/;
const FIRST = /^\s*[一二三四五六七八九十]+\s*[、.．]/;

/**
 * A 二级 line across the grid (“（一）数量指标” merged over the row, or alone at its left edge): numbered as a
 * second outline level, or standing outside the 二级 column. Not “成本指标” alone: that names a 一级 too.
 */
export function level2Across(texts: string[], cols: Columns): string | null {
  const c = loneColumn(texts);
  if (!c || c > firstCol(cols)) return null;
  const t = texts[c - 1].trim();
  if (FIRST.test(t)) return null;
  const numbered = SECOND.test(t);
  if (!numbered && (c === cols.level2 || c === cols.level3)) return null;
  const bare = t.replace(SECOND, '');
  return canonicalLevel2(bare) && (numbered || !canonicalLevel1(bare)) ? t : null;
}

/** The 1-based column of a row's only text, or 0: asked of every grid row, so it stops at a second text. */
export function loneColumn(texts: string[]): number {
  let at = 0;
  for (let i = 0; i < texts.length; i++)
    if (texts[i]) {
      if (at) return 0;
      at = i + 1;
    }
  return at;
}

/** The section line between the previous indicator (row `after`) and row r, nearest first; at most eight rows up. */
export function level2Above(rd: Reader, r: number, cols: Columns, after: number): { level1: string; level2: string } | null {
  // Asked of every row whose 二级 is merged down from above: usually the row right under the previous indicator, nothing between.
  if (r - 1 <= after) return null;
  const roleCols = Object.values(cols) as number[];
  const left = Math.min(...roleCols);
  const right = Math.max(...roleCols);
  for (let k = r - 1; k > after && k >= r - 8; k--) {
    const line = level2Line(rd.rowTexts(k, left, right), cols);
    if (line) return line;
  }
  return null;
}
