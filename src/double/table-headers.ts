/**
 * The names in an Excel table's header row. A table's column names are its header cells' text,
 * never empty and never the same twice in one table (case-insensitive). What rests on what:
 * - Unique, a number appended to a repeated name (名称 → 名称2): Excel's UI and the table books
 *   (header values must be unique; entering a name another column has appends a number); the
 *   Office.js reference says nothing of it.
 * - An empty header cell named Column1, Column2 … (the English build; the Chinese build writes
 *   列1 …): seen when a table is made over a header row with empty cells, when a header cell is
 *   cleared and when AutoExpansion adds a column (table-behaviours.ts). The double's guesses: the
 *   lowest number no header of the table has; repeated names in one tables.add renamed left to
 *   right, empty ones named after them; cleared, pasted over (Range.copyFrom) or written as '' the
 *   same way; Excel's undo takes the names back with the change that made them (one step).
 * Not modelled: a formula written into a header cell (Excel keeps headers as constants — the
 * gateway never writes a formula into a table: pipeline/table-writes.ts), numbers made text.
 * docs/real-excel-checklist.md item 19d asks a person with Excel.
 */
import type { Rect } from '../sheet/a1';
import { writeInput, type SheetState } from './state';
import type { TableState } from './tables';

const text = (s: SheetState, r: number, c: number): string => String(s.get(r, c)?.v ?? '');

/** Name `t`'s header cells in columns `touched` (left to right) as Excel would; the others keep theirs. */
export function nameHeaders(s: SheetState, t: TableState, touched: (col: number) => boolean): void {
  if (!t.headers) return;
  const row = t.rect.top;
  const taken = new Set<string>();
  const mine: number[] = [];
  for (let c = t.rect.left; c <= t.rect.right; c++) {
    if (touched(c)) mine.push(c);
    else if (text(s, row, c) !== '') taken.add(text(s, row, c).toLowerCase());
  }
  const put = (c: number, name: string) => {
    taken.add(name.toLowerCase());
    if (name !== text(s, row, c)) s.set(row, c, writeInput(s.get(row, c), name));
  };
  for (const c of mine) {
    const name = text(s, row, c);
    if (name === '') continue;
    let k = 1;
    while (taken.has((k === 1 ? name : name + k).toLowerCase())) k++;
    put(c, k === 1 ? name : name + k);
  }
  for (const c of mine) {
    if (text(s, row, c) !== '') continue;
    let n = 1;
    while (taken.has(`column${n}`)) n++;
    put(c, `Column${n}`);
  }
}

/** After `rect` was written, cleared or pasted over: the header cells it met are named. */
export function nameHeadersIn(s: SheetState, rect: Rect): void {
  for (const t of s.tables) {
    if (t.headers && rect.top <= t.rect.top && rect.bottom >= t.rect.top) nameHeaders(s, t, (c) => c >= rect.left && c <= rect.right);
  }
}
