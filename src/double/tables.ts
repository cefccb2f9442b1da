/**
 * Excel tables (ListObjects) on a sheet of the double, and the one limit they put on inserts and
 * deletes: Excel moves a table only whole. An insert or delete that would move part of one is
 * refused with InsertDeleteConflict.
 *
 * Documented (learn.microsoft.com, Excel JavaScript API error codes): `InsertDeleteConflict` —
 * "The insert or delete operation attempted resulted in a conflict." Seen in the wild: Microsoft
 * Graph answered a table row add on a table reaching the sheet's last row with that code and the
 * message Excel's UI shows ("This operation won't work because it would move cells in a table on
 * your worksheet."; older builds: "The operation is attempting to shift cells in a table on your
 * worksheet."). Cells shifted down (or up) in a band of columns that holds part of a table's
 * columns are refused in Excel's UI as well.
 *
 * The double's guesses (docs/real-excel-checklist.md item 19 asks a person with Excel):
 * - whole sheet rows inserted inside a table add table rows (as Home › Insert › Insert Sheet Rows
 *   does in the UI), above it move it, and are refused when the table would be pushed past the
 *   sheet's last row (the Graph case; Excel may say NonBlankCellOffSheet there instead);
 * - whole rows deleted take table rows with them, take the table when they take all of it, and
 *   are refused when they would take its header row and leave its body;
 * - the error's message is the newer UI text.
 * Calculated columns, AutoExpansion, totals rows and merges: table-behaviours.ts. Not modelled:
 * the table style, filters.
 */
import { MAX_ROWS, type Rect } from '../sheet/a1';
import { DoubleError } from './errors';

export interface TableState {
  name: string;
  rect: Rect;
  /** The header row is shown (Excel's default for tables.add(address, true)). */
  headers: boolean;
  /** The totals row is shown (its last row): table-behaviours.ts. */
  totals?: boolean;
}

/** What these functions need of a sheet (state.ts's SheetState; not imported: it imports this file). */
export interface TablesHost {
  tables: TableState[];
  readonly wb: { journalPush(undo: () => void): void; readonly sheets: readonly { tables: TableState[] }[] };
}
type SheetState = TablesHost;

export function insertDeleteConflict(location?: string): DoubleError {
  return new DoubleError('InsertDeleteConflict', "This operation won't work because it would move cells in a table on your worksheet.", location);
}

function replace(s: SheetState, next: TableState[]): void {
  const old = s.tables;
  s.wb.journalPush(() => {
    s.tables = old;
  });
  s.tables = next;
}

/** Before and with whole rows inserted at `at`: refused when a table would leave the sheet. */
export function tablesInsertRows(s: SheetState, at: number, count: number): void {
  if (!s.tables.length) return;
  for (const t of s.tables) {
    if (t.rect.bottom >= at && t.rect.bottom + count > MAX_ROWS) throw insertDeleteConflict('Range.insert');
  }
  replace(
    s,
    s.tables.map((t) => {
      const r = t.rect;
      if (r.top >= at) return { ...t, rect: { ...r, top: r.top + count, bottom: r.bottom + count } };
      if (r.bottom >= at) return { ...t, rect: { ...r, bottom: r.bottom + count } };
      return t;
    }),
  );
}

/** Before and with whole rows at..at+count-1 deleted. */
export function tablesDeleteRows(s: SheetState, at: number, count: number): void {
  if (!s.tables.length) return;
  const end = at + count - 1;
  const next: TableState[] = [];
  for (const t of s.tables) {
    const r = t.rect;
    if (r.top >= at && r.bottom <= end) continue; // all of it
    if (r.bottom < at) {
      next.push(t);
      continue;
    }
    if (r.top > end) {
      next.push({ ...t, rect: { ...r, top: r.top - count, bottom: r.bottom - count } });
      continue;
    }
    if (t.headers && r.top >= at) throw insertDeleteConflict('Range.delete'); // its header, not its body
    if (t.totals && r.bottom <= end) {
      // Its totals row goes (a guess: Excel turns the totals row off), with any body rows deleted.
      const body = Math.min(end, r.bottom - 1) - Math.max(at, r.top) + 1;
      const left = r.bottom - 1 - r.top + 1 - Math.max(0, body);
      if (left < (t.headers ? 2 : 1)) throw new DoubleError('NotImplemented', 'The Excel double does not model deleting every data row of a table.');
      const top = r.top > at ? at : r.top;
      next.push({ ...t, totals: false, rect: { ...r, top, bottom: top + left - 1 } });
      continue;
    }
    const gone = Math.min(end, r.bottom) - Math.max(at, r.top) + 1;
    if (r.bottom - r.top + 1 - gone < (t.headers ? 2 : 1)) throw new DoubleError('NotImplemented', 'The Excel double does not model deleting every data row of a table.');
    const top = r.top > at ? at : r.top;
    next.push({ ...t, rect: { ...r, top, bottom: top + (r.bottom - r.top) - gone } });
  }
  replace(s, next);
}

/**
 * Cells (not whole rows or columns) shifted down/up ('rows') or right/left ('cols') from `rect`:
 * refused when the band they move holds part of a table.
 */
export function tablesShiftCells(s: SheetState, rect: Rect, axis: 'rows' | 'cols', what: string): void {
  for (const t of s.tables) {
    const r = t.rect;
    const cut =
      axis === 'rows'
        ? r.bottom >= rect.top && r.right >= rect.left && r.left <= rect.right && (r.left < rect.left || r.right > rect.right)
        : r.right >= rect.left && r.bottom >= rect.top && r.top <= rect.bottom && (r.top < rect.top || r.bottom > rect.bottom);
    if (cut) throw insertDeleteConflict(what);
  }
}

/** TableCollection.add: a new table over `rect` (its name: Table1, Table2 … as Excel gives them). */
export function addTable(s: SheetState, rect: Rect, headers: boolean): TableState {
  for (const o of s.wb.sheets) {
    for (const t of o.tables) {
      if (o === s && t.rect.left <= rect.right && t.rect.right >= rect.left && t.rect.top <= rect.bottom && t.rect.bottom >= rect.top) {
        throw new DoubleError('InvalidOperation', 'A table cannot overlap another table.', 'TableCollection.add');
      }
    }
  }
  const taken = new Set(s.wb.sheets.flatMap((o) => o.tables.map((t) => t.name.toLowerCase())));
  let i = 1;
  while (taken.has(`table${i}`)) i++;
  const table: TableState = { name: `Table${i}`, rect, headers };
  replace(s, [...s.tables, table]);
  return table;
}

/** Table.name set: unique in the workbook. */
export function renameTable(s: SheetState, table: TableState, name: string): void {
  if (s.wb.sheets.some((o) => o.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase()))) {
    throw new DoubleError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', 'Table.name');
  }
  replace(
    s,
    s.tables.map((t) => (t === table ? { ...t, name } : t)),
  );
}
