/**
 * One-cell lines inside a grid that are not its end. A section title across the grid (专项债券 tables:
 * “建设期绩效指标” / “运营期绩效指标”; “（一）成本指标部分”) with indicator rows right below it splits the
 * grid into parts of one project. A printed export's page line (“第 2 页 共 5 页”, “- 3 -”) sits between
 * the rows of one table when its title and header repeat on the next page. A printed form's column-number
 * row under the header (栏次 | 甲 | 乙 | 丙 | 1 | 2 …) numbers the columns, it is no indicator.
 */
import type { Columns, RowRole } from '../domain/model';
import { canonicalLevel1, canonicalLevel2 } from '../domain/catalogue';
import { memoise } from '../domain/memo';
import { foldHeader } from './headers';
import { nonEmptyCount, type HeaderHit, type Reader } from './reader';
import { reason, type Reason } from './reasons';
import { firstText, gridFundsLine, noteInside } from './grid-lines';
import { level2Across, level2Line } from './level2-line';
import { level1Line } from './level1-line';
import { firstCol } from './first-col';

const NUMBERING = /^([一二三四五六七八九十]+|\d+)[、.．]|^[(（][一二三四五六七八九十\d]+[)）]/;
/** Short, no value in it: a name for a part of the grid, not a sentence or an indicator written across. */
const SECTION = /^[^\d%％≥≤<>＜＞=＝，,。；;]{2,16}[:：]?$/;

/** A line inside the grid that the table goes on after: added with its role and reason (true), or not (false). */
export function innerLine(rd: Reader, r: number, texts: string[], cols: Columns, h: HeaderHit, add: (row: number, role: RowRole, why: Reason) => void): boolean {
  // Asked of every grid row. Page, section, 一级 / 二级 across and 说明 lines hold one text: an indicator row (three
  // texts or more) is asked only what a full row can be (subtotal, column numbers, 二级 in the 三级 column, funds).
  const lone = nonEmptyCount(texts) === 1;
  const text = firstText(texts);
  if (lone && pageLine(texts)) add(r, 'note', reason('pageLine', { text }));
  else if (levelSubtotal(texts, cols)) add(r, 'subtotal', reason('subtotal', { text: `${text} ${SUB}`.trim() }));
  else if (columnNumbers(texts)) add(r, 'header', reason('columnNumbers', { text: texts.filter((x) => x).join(' ') }));
  // A 注：/说明： line before a section title: “注：按季度分解” is short enough to pass for one.
  else if (lone && noteInside(rd, r, h, texts)) add(r, 'note', reason('noteInside', { text }));
  else if (lone && sectionLine(rd, r, texts, cols, h)) add(r, 'header', reason('sectionLine', { text }));
  else if (lone && level2Across(texts, cols)) add(r, 'header', reason('level2Across', { text }));
  else if (level2Line(texts, cols)) add(r, 'header', reason('level2Line', { text: texts[cols.level3! - 1] }));
  else if (lone && level1Line(rd, r, texts, cols, h)) add(r, 'header', reason('level1Line', { text }));
  else if (gridFundsLine(rd, r, texts, cols)) add(r, 'funds', reason('gridFunds', { text }));
  else return false;
  return true;
}

/** Whether row r is a section title with indicator rows of the same grid under it. */
export function sectionLine(rd: Reader, r: number, texts: string[], cols: Columns, h: HeaderHit): boolean {
  if (nonEmptyCount(texts) !== 1) return false;
  // At the grid's left edge: a wrapped name's tail sits in its own column (the 三级), not there.
  const c = texts.findIndex((x) => x) + 1;
  if (c > firstCol(cols)) return false;
  const t = foldHeader(texts[c - 1]).replace(NUMBERING, '');
  if (!SECTION.test(t) || canonicalLevel1(t) || canonicalLevel2(t)) return false;
  const next = rd.nextRow(r + 1);
  if (next > rd.g.rowCount || next > r + 2) return false;
  const below = rd.rowTexts(next, h.left, h.right);
  if (nonEmptyCount(below) < 3) return false;
  const l1 = cols.level1 !== undefined ? below[cols.level1 - 1] : '';
  const l2 = cols.level2 !== undefined ? below[cols.level2 - 1] : '';
  return !!(canonicalLevel1(l1) || canonicalLevel2(l2));
}

const PAGE = /^(第\d+页(,?共\d+页)?|共\d+页,?第\d+页|[-—－]\d+[-—－]|\d+\/\d+|page\d+(of\d+)?)$/i;

/** A printed page's number line: one short cell. */
export function pageLine(texts: string[]): boolean {
  if (nonEmptyCount(texts) !== 1) return false;
  for (let i = 0; i < texts.length; i++) if (texts[i]) return pageText(texts[i]);
  return pageText('');
}

// Asked of every one-cell line inside a grid (a replace with a callback, then the pattern): once per distinct text.
const pageText = memoise((t) => PAGE.test(t.replace(/[\s，、]/g, (c) => (c.trim() ? ',' : ''))));

const MARK = /^(栏次|栏目|[甲乙丙丁戊己庚辛壬癸]|\d{1,2}|[A-Za-z]|[①-⑳]|[(（]\d{1,2}[)）])$/;

/** Every cell a column mark, at least three of them, not all the same. */
export function columnNumbers(texts: string[]): boolean {
  // Asked of every row: an indicator row fails at its first long cell, before any list or set is made.
  for (let i = 0; i < texts.length; i++) {
    const x = texts[i];
    if (x.length > 4) return false;
  }
  const marks = texts.filter((x) => x);
  return marks.length >= 3 && new Set(marks).size === marks.length && marks.every((x) => MARK.test(x));
}

const SUB = '小计';
const SUBTOTAL_CELL = /^(小计|合计)[:：]?$/;

/** A cell as levelSubtotal reads it, once per distinct text (asked of two cells of every grid row): EMPTY when it folds to nothing. */
const EMPTY = 0;
const SUBTOTAL = 1;
const subtotalCell = memoise((t) => {
  const f = foldHeader(t);
  return !f ? EMPTY : SUBTOTAL_CELL.test(f) ? SUBTOTAL : 2;
});

/** “产出指标 | 小计 | | 50 | 48”: a 一级's subtotal written in its 二级 or 三级 cell, no indicator named. */
function levelSubtotal(texts: string[], cols: Columns): boolean {
  // No closure per call: asked of every grid row (100 000 rows: ~13 MB of them).
  const l2 = cols.level2 !== undefined ? subtotalCell(texts[cols.level2 - 1] ?? '') : EMPTY;
  const l3 = cols.level3 !== undefined ? subtotalCell(texts[cols.level3 - 1] ?? '') : EMPTY;
  return (l2 === SUBTOTAL && (l3 === EMPTY || l3 === SUBTOTAL)) || (l3 === SUBTOTAL && l2 === EMPTY);
}
