/**
 * What Excel tables (ListObjects) do to the cells around and inside them, beyond moving whole
 * (tables.ts): calculated columns, AutoExpansion, totals rows, merges. Each rule says what it
 * rests on; docs/real-excel-checklist.md item 19c asks a person with Excel to confirm the guesses.
 *
 * - Calculated columns. Documented (support.microsoft.com, "Use calculated columns in an Excel
 *   table"): a formula entered in a table column fills the column, and rows added to the table
 *   take the column's formula. Seen in the wild through Office.js (office-js issues #2093 "by
 *   design", #1916, #5909, #6745): the AutoCorrect option "Fill formulas in tables to create
 *   calculated columns" (on by default) applies to API writes too — different formulas written
 *   into a table column came back as one formula in every cell (#5909). The double's rule (a
 *   guess at Excel's heuristics): after Range.values/formulas, a table column that got a formula
 *   in a body cell while every body cell the write did not touch is empty becomes calculated —
 *   every body cell takes the first (top) written formula, moved as a copy would. Whole sheet rows
 *   inserted inside a table take each calculated column's formula; the double knows a column as
 *   calculated when every other body cell holds the same formula (R1C1-equal).
 * - AutoExpansion. Documented for typing (support: "Resize a table by adding or removing rows and
 *   columns": type in the row just below or the column just right of a table and it grows); seen
 *   for Office.js writes below a table (office-js #3191, #3013). The double's guess: a write that
 *   puts content into the row just below a table (within its columns; not when a totals row shows)
 *   or the column just right of it (within its rows) grows the table by that row / column, again
 *   while the next one got content; a new column's empty header cell is named `Column1`, … (the
 *   English build's name; others translate it).
 * - Totals row (Table.showTotals, ExcelApi 1.1): documented as the row below the data. The
 *   double's guesses: turning it on takes the empty row below the table (refused as NotImplemented
 *   when that row holds content), writes `Total` in the first column and `=SUBTOTAL(109,…)` of the
 *   last column's body (Excel writes a structured reference, [column], that grows with the body;
 *   the double's address does not); whole sheet rows inserted at it go above it; deleting its
 *   sheet row turns it off.
 * - Merges. Documented: Excel tables cannot hold merged cells (Merge & Center is unavailable in
 *   one). The double's guess at Office.js's answer: Range.merge meeting a table, and tables.add over
 *   merged cells, fail with InvalidOperation.
 * - Header names (empty → Column1 …, repeated → 名称2): table-headers.ts.
 */
import { colLetters, intersects, type Rect } from '../sheet/a1';
import { relativeKey, translateFormula } from '../sheet/relative';
import { DoubleError } from './errors';
import { writeInput, type SheetState } from './state';
import type { TableState } from './tables';
import { nameHeadersIn } from './table-headers';

const hasContent = (s: SheetState, r: number, c: number): boolean => {
  const x = s.get(r, c);
  return !!x && (x.v !== '' || x.f !== undefined);
};

/** The rows of a table's body (between its header and its totals row). */
export function bodyRows(t: TableState): { top: number; bottom: number } {
  return { top: t.rect.top + (t.headers ? 1 : 0), bottom: t.rect.bottom - (t.totals ? 1 : 0) };
}

function setFormula(s: SheetState, r: number, c: number, formula: string): void {
  s.set(r, c, writeInput(s.get(r, c), '=' + formula));
  s.wb.dirty = true;
}

/** Whole rows at..at+count-1 were just inserted: tables' calculated columns fill them. */
export function fillInsertedTableRows(s: SheetState, at: number, count: number): void {
  const end = at + count - 1;
  for (const t of s.tables) {
    const body = bodyRows(t);
    if (at < body.top || end > body.bottom) continue;
    s.wb.flushShifts(); // formulas below the new rows are moved lazily (state.ts)
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      let key: string | null = null;
      let from: { row: number; f: string } | null = null;
      let calculated = true;
      for (let r = body.top; r <= body.bottom && calculated; r++) {
        if (r >= at && r <= end) continue;
        const f = s.get(r, c)?.f;
        const k = f === undefined ? null : relativeKey(f.slice(1), r, c);
        if (k === null || (key !== null && k !== key)) calculated = false;
        else if (key === null) [key, from] = [k, { row: r, f: f!.slice(1) }];
      }
      if (!calculated || !from) continue;
      for (let r = at; r <= end; r++) setFormula(s, r, c, translateFormula(from.f, r - from.row, 0));
    }
  }
}

/** After Range.values / formulas wrote `rect`: AutoExpansion, then calculated columns. */
export function tablesAfterWrite(s: SheetState, rect: Rect): void {
  if (!s.tables.length) return;
  s.wb.flushShifts();
  const written = (r: number, c: number) => r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right && hasContent(s, r, c);
  const grown = s.tables.map((t) => expand(s, t, written));
  if (grown.some((t, i) => t !== s.tables[i])) {
    const old = s.tables;
    s.wb.journalPush(() => {
      s.tables = old;
    });
    s.tables = grown;
  }
  for (const t of s.tables) calculate(s, t, rect);
  nameHeadersIn(s, rect);
}

function expand(s: SheetState, t: TableState, written: (r: number, c: number) => boolean): TableState {
  const r = { ...t.rect };
  const anyIn = (row: number, left: number, right: number) => {
    for (let c = left; c <= right; c++) if (written(row, c)) return true;
    return false;
  };
  const anyDown = (col: number, top: number, bottom: number) => {
    for (let row = top; row <= bottom; row++) if (written(row, col)) return true;
    return false;
  };
  for (let changed = true; changed;) {
    changed = false;
    if (!t.totals && anyIn(r.bottom + 1, r.left, r.right)) [r.bottom, changed] = [r.bottom + 1, true];
    if (anyDown(r.right + 1, r.top, r.bottom)) {
      r.right++;
      changed = true;
      if (t.headers && !hasContent(s, r.top, r.right)) {
        const names = new Set<string>();
        for (let c = r.left; c < r.right; c++) names.add(String(s.get(r.top, c)?.v ?? ''));
        let n = 1;
        while (names.has(`Column${n}`)) n++;
        s.set(r.top, r.right, writeInput(s.get(r.top, r.right), `Column${n}`));
      }
    }
  }
  return r.bottom === t.rect.bottom && r.right === t.rect.right ? t : { ...t, rect: r };
}

function calculate(s: SheetState, t: TableState, rect: Rect): void {
  const body = bodyRows(t);
  const top = Math.max(body.top, rect.top);
  const bottom = Math.min(body.bottom, rect.bottom);
  if (top > bottom) return;
  for (let c = Math.max(t.rect.left, rect.left); c <= Math.min(t.rect.right, rect.right); c++) {
    let first: { row: number; f: string } | null = null;
    for (let r = top; r <= bottom && !first; r++) {
      const f = s.get(r, c)?.f;
      if (f !== undefined) first = { row: r, f: f.slice(1) };
    }
    if (!first) continue;
    let untouchedEmpty = true;
    for (let r = body.top; r <= body.bottom && untouchedEmpty; r++) if ((r < rect.top || r > rect.bottom) && hasContent(s, r, c)) untouchedEmpty = false;
    if (!untouchedEmpty) continue;
    for (let r = body.top; r <= body.bottom; r++) {
      const f = translateFormula(first.f, r - first.row, 0);
      if (s.get(r, c)?.f !== '=' + f) setFormula(s, r, c, f);
    }
  }
}

/** Range.merge (and tables.add over merged cells): refused where a table meets a merged area. */
export function refuseMergeInTable(s: SheetState, box: Rect, what: string): void {
  if (s.tables.some((t) => intersects(t.rect, box)))
    throw new DoubleError('InvalidOperation', "This operation can't be performed on a table: merged cells are not allowed in a table.", what);
}

/** tables.add over `rect`: refused where it meets a merged area. */
export function refuseTableOverMerges(s: SheetState, rect: Rect): void {
  if (s.merges.some((m) => intersects(m, rect))) throw new DoubleError('InvalidOperation', "A table can't overlap a range that contains merged cells.", 'TableCollection.add');
}

/** Table.showTotals set. */
export function setShowTotals(s: SheetState, t: TableState, on: boolean): TableState {
  if (!!t.totals === on) return t;
  const r = t.rect;
  let next: TableState;
  if (on) {
    const row = r.bottom + 1;
    for (let c = r.left; c <= r.right; c++)
      if (hasContent(s, row, c)) throw new DoubleError('NotImplemented', 'The Excel double does not model a totals row over cells with content.', 'Table.showTotals');
    s.set(row, r.left, writeInput(s.get(row, r.left), 'Total'));
    const col = colLetters(r.right);
    if (r.right > r.left) setFormula(s, row, r.right, `SUBTOTAL(109,${col}${r.top + (t.headers ? 1 : 0)}:${col}${r.bottom})`);
    next = { ...t, totals: true, rect: { ...r, bottom: row } };
  } else {
    for (let c = r.left; c <= r.right; c++) s.set(r.bottom, c, writeInput(s.get(r.bottom, c), ''));
    next = { ...t, totals: false, rect: { ...r, bottom: r.bottom - 1 } };
  }
  const old = s.tables;
  s.wb.journalPush(() => {
    s.tables = old;
  });
  s.tables = old.map((x) => (x === t ? next : x));
  return next;
}
