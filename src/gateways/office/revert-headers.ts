/**
 * 撤销 and the header cells of Excel tables. A table's header row is never empty and never holds
 * one name twice: a header cell written back empty becomes Column1 … (列1 … in the Chinese build),
 * a repeated name gets a number (double/table-headers.ts). When the user made a table over what a
 * command wrote (自评's column titles), 撤销 writes those cells back and Excel renames them at once:
 * the revert cannot do better, but it must say so rather than report them restored.
 *
 * No sync of its own: the sheets' tables (names, showHeaders) ride on 撤销's first read (a rider of
 * step 1); the header rows of the tables that show one are read at the end of the revert's last
 * sync, after its writes and row deletions — what the user sees. A written cell whose header now
 * reads otherwise was renamed by Excel: one line per table names the cells, why, and what to do.
 */
import { parseRect, rectAddress, splitSheet, type Rect } from '../../sheet/a1';
import type { XlRange, XlTable, XlWorksheet } from './api';
import { ACTION_OVERHEAD } from '../pipeline/batching';
import type { Op } from '../pipeline/ops';
import type { UndoRecord, UndoSheet } from '../pipeline/undo-record';
import type { ReadOp, SheetCheck } from './safe-revert-reads';
import { revertLine, type RevertCounts } from './revert-line';

/** Answer bytes of one sheet's table list and of one header row (a few dozen names). */
const LIST_RESP = 400;
const ROW_RESP = 2000;
/** Names listed in the line; more are counted. */
const NAMES_SHOWN = 6;

export interface HeaderWatch {
  /** Step 1's rider: the sheets' tables. */
  rider: ReadOp;
  /** The reads to put last in the revert's last sync (none when no written sheet has a table showing its header row). */
  tail(record: UndoRecord): Op[];
  /** After the revert: what Excel renamed, one line per table, and how many cells. */
  renamed(): { lines: string[]; cells: number };
}

/** Null when no sheet can have tables (a host without the tables API). */
export function watchHeaders(checks: SheetCheck[]): HeaderWatch | null {
  const sheets = checks.filter((c) => c.ws.tables).map((c) => ({ name: c.u.name, ws: c.ws }));
  if (!sheets.length) return null;
  const rider: ReadOp = {
    req: ACTION_OVERHEAD * sheets.length,
    resp: LIST_RESP * sheets.length,
    run: () => sheets.forEach((s) => s.ws.tables!.load('items/name,items/showHeaders')),
  };
  const reads: { sheet: UndoSheet; table: XlTable; range: XlRange }[] = [];
  return {
    rider,
    tail(record) {
      if (!rider.sent) return [];
      const ops: Op[] = [];
      for (const u of record.sheets) {
        const ws = sheets.find((s) => s.name === u.name)?.ws;
        if (!ws || !u.contents.length) continue;
        for (const table of shown(ws)) {
          const run = (): void => {
            const range = table.getHeaderRowRange!().load('address,values');
            reads.push({ sheet: u, table, range });
          };
          ops.push({ phase: Number.MAX_SAFE_INTEGER, bytes: 2 * ACTION_OVERHEAD, resp: ROW_RESP, actions: [{ kind: 'custom', run }] });
        }
      }
      return ops;
    },
    renamed() {
      const lines: string[] = [];
      let cells = 0;
      // A refused sync re-runs its ops: the last read of each table counts.
      const last = new Map<XlTable, (typeof reads)[number]>();
      for (const r of reads) last.set(r.table, r);
      for (const { sheet, table, range } of last.values()) {
        const found = renamedIn(sheet, range);
        if (!found.length) continue;
        cells += found.length;
        lines.push(lineFor(sheet.name, table.name, found));
      }
      return { lines, cells };
    },
  };
}

/** The sheet's tables that show a header row (as step 1 read them). */
function shown(ws: XlWorksheet): XlTable[] {
  try {
    return ws.tables!.items.filter((t) => t.showHeaders !== false && t.getHeaderRowRange);
  } catch {
    return []; // not read (its sync was refused and sent again without it)
  }
}

interface Renamed {
  row: number;
  col: number;
  was: string;
  now: string;
}

/** The cells of `range` (a header row, read after the revert) the revert wrote and Excel named otherwise. */
function renamedIn(u: UndoSheet, range: XlRange): Renamed[] {
  const rect = parseRect(splitSheet(range.address).ref);
  if (!rect) return [];
  // The revert writes in the rows' places before it deletes the inserted rows: there, the header row was lower by the rows deleted above it.
  const deleted = u.insertedRows.flatMap((x) => Array.from({ length: x.count }, (_v, i) => x.at + i)).sort((a, b) => a - b);
  let row = rect.top;
  for (const d of deleted) if (d <= row) row++;
  const out: Renamed[] = [];
  for (const run of u.contents) {
    if (run.col < rect.left || run.col > rect.right || row < run.top || row >= run.top + run.values.length) continue;
    const was = String(run.values[row - run.top] ?? '');
    if (was.startsWith('=')) continue;
    const now = String(range.values[0]?.[run.col - rect.left] ?? '');
    if (now !== was) out.push({ row: rect.top, col: run.col, was, now });
  }
  return out.sort((a, b) => a.col - b.col);
}

function lineFor(sheet: string, table: string, cells: Renamed[]): string {
  const empty = cells.filter((c) => c.was === '');
  const repeated = cells.filter((c) => c.was !== '');
  const names = (list: Renamed[]): string =>
    list
      .slice(0, NAMES_SHOWN)
      .map((c) => c.now)
      .join('、') + (list.length > NAMES_SHOWN ? ` 等 ${list.length} 个名称` : '');
  const why = empty.length && repeated.length ? '为空或重复' : empty.length ? '为空' : '重复';
  const what = [...(empty.length ? [`已自动填上 ${names(empty)}，未能还原为空`] : []), ...(repeated.length ? [`已自动改为 ${names(repeated)}，未能还原为原来的名称`] : [])].join(
    '；',
  );
  const advice = repeated.length ? '如需原样，请先将表格转换为区域，再修改这些单元格' : '如需空白，请先将表格转换为区域，再清除这些单元格';
  return `工作表“${sheet}”的 ${addresses(cells)} 是 Excel 表格“${table}”的标题行：Excel 不允许表格的标题${why}，${what}（${advice}）。`;
}

/** Cells of one row as ranges of neighbouring columns: F5:I5, K5. */
function addresses(cells: Renamed[]): string {
  const rects: Rect[] = [];
  for (const c of cells) {
    const last = rects[rects.length - 1];
    if (last && last.right === c.col - 1) last.right = c.col;
    else rects.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
  }
  return rects.map(rectAddress).join('、');
}

/** The report after the revert: the renamed cells were not restored; one line per table, in the notes and the message. */
export function sayRenamed(report: RevertCounts & { message: string; messageEn?: string }, found: { lines: string[]; cells: number }): void {
  if (!found.lines.length) return;
  report.restored = Math.max(0, report.restored - found.cells);
  report.message = revertLine(report) + found.lines.join('');
  if (report.messageEn !== undefined) report.messageEn = revertLine(report, 'en') + found.lines.join('');
  report.notes.push(...found.lines);
}
