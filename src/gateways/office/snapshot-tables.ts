/**
 * The snapshot's read of the sheet's Excel tables (ListObjects), so that the write path can refuse
 * inserts Excel would refuse (pipeline/tables.ts) before anything is written. Rides on the reads
 * the snapshot makes anyway: the tables' names, showTotals and showHeaders in its first sync (a few bytes; none on most
 * sheets), their ranges (Table.getRange) in the next — a sheet with tables and nothing else to
 * read costs that one more sync, a sheet without tables nothing.
 */
import { parseRect, splitSheet, type Rect } from '../../sheet/a1';
import type { XlRange, XlTable, XlWorksheet } from './api';
import { ACTION_OVERHEAD } from '../pipeline/batching';

export interface TablesRead {
  all: { readonly items: XlTable[] };
  found: { table: XlTable; range: XlRange | null }[];
}

/** Queue the load of the sheet's tables' names (first sync); null when the host has no tables API. */
export function loadTables(ws: XlWorksheet): TablesRead | null {
  if (!ws.tables) return null;
  ws.tables.load('items/name,items/showTotals,items/showHeaders'); // totals and header rows: table-writes.ts
  return { all: ws.tables, found: [] };
}

/** After the first sync: one read job per table, for its range. */
export function tableJobs(read: TablesRead | null): { req: number; resp: number; run(): void; done(): void }[] {
  if (!read) return [];
  return read.all.items.map((table) => {
    const entry: TablesRead['found'][number] = { table, range: null };
    read.found.push(entry);
    return {
      req: ACTION_OVERHEAD,
      resp: 100,
      run: () => {
        entry.range = table.getRange();
        entry.range.load('address');
      },
      done: () => undefined,
    };
  });
}

/** The tables with their rectangles; undefined when not read. */
export function tableRects(read: TablesRead | null): { name: string; rect: Rect; totals?: boolean; headerless?: boolean }[] | undefined {
  if (!read) return undefined;
  const out: { name: string; rect: Rect; totals?: boolean; headerless?: boolean }[] = [];
  for (const { table, range } of read.found) {
    const rect = range ? parseRect(splitSheet(range.address).ref) : null;
    if (rect) out.push({ name: table.name, rect, ...(table.showTotals ? { totals: true } : {}), ...(table.showHeaders === false ? { headerless: true } : {}) });
  }
  return out;
}
