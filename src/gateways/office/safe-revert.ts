/**
 * 撤销 that never touches the user's work. Between a command and its revert the user may have
 * typed over our cells, inserted or deleted rows above or inside the table, or pressed Ctrl+Z
 * (Excel's own undo takes the command's whole undo group back). So before reverting:
 *
 * 1. read the columns of the area the command touched (a margin of rows around it) and find each
 *    recorded row again by its signature (fingerprint.ts alignRows);
 * 2. read, where those rows are now, the fills, bold, number formats, notes and merged areas to
 *    be put back, and every inserted row in full;
 * 3. revert only what still holds exactly what the command wrote — a cell, a fill, a note; an
 *    inserted row only when all of it is still ours — in the rows' current places, and report
 *    what was left alone and why. When nothing is provably ours the revert refuses (no write).
 *
 * Syncs: 1 read (more for a very large area; one more first when a sheet is gone), 1 check (more when its reads pass ~4.5 MB of request
 * or response: one action per marked run, note and inserted row; one more when a run of marks the user changed since answers
 * no uniform fill and bold and is read cell by cell), then the revert (1, 2 above ~4.5 MB).
 */
import type { XlContext, XlWorksheet } from './api';
import { PROTECTED_LINE } from '../pipeline/apply';
import type { Grid } from '../../sheet/grid';
import { alignRows, rowSig, type RowPlace } from '../pipeline/fingerprint';
import { restoreInput } from '../pipeline/cell-input';
import { DEFAULT_MAX_BYTES } from '../pipeline/batching';
import { SIG_LEN, type UndoRecord } from '../pipeline/undo-record';
import { revert } from './undo';
import { stageChecks } from './safe-revert-check';
import { speculate, type Guess } from './safe-revert-speculate';
import { knownCols, stageExtra } from './safe-revert-extra';
import { dropCollisions } from './safe-revert-collide';
import { anchorTags, speculateAnchors } from './safe-revert-anchors';
import { sayRenamed, watchHeaders, type HeaderWatch } from './revert-headers';
import { watchMerges } from './revert-merges';
import { COLOUR_NOTE, COLOUR_NOTE_EN, leftAloneNote, revertLine, rowsKeptNote } from './revert-line';
import { key, readBlocks, sendReads, type Block, type Cells, type ReadOp, type SafeRevertOptions, type SheetCheck } from './safe-revert-reads';

export { PREREAD_MAX, prereadBytes, prereadMarks, type Preread, type SafeRevertOptions } from './safe-revert-reads';

/** A grid of at most this many rows is searched whole for the recorded rows. */
const WHOLE_GRID_ROWS = 200_000;

export interface RevertPlan {
  report: SafeRevertReport;
  /** What to revert, in the sheet's current coordinates (null when refused). */
  record: UndoRecord | null;
  /** Application.calculationMode, read with the checks (undefined when not read): what the revert must calculate. */
  calculationMode?: string;
  /** The sheets' Excel tables, to say which header cells Excel renamed (revert-headers.ts). */
  headers?: HeaderWatch | null;
}

export interface SafeRevertReport {
  /** Nothing was provably ours: nothing was written. */
  refused: boolean;
  /** Cells, fills, formats and notes put back. */
  restored: number;
  /** What was left as it is (changed since, or its row is gone). */
  leftAlone: number;
  rowsDeleted: number;
  /** The inserted rows deleted, per sheet, as they were numbered before the deletion. */
  deletedRows: Record<string, number[]>;
  /**
   * The same rows as the record numbered them — the numbering the other entries of the history
   * share (each command moves them past its own inserts). Differs from `deletedRows` when the user
   * inserted or deleted rows since; the history moves its entries up by these.
   */
  deletedAsRecorded?: Record<string, number[]>;
  /** Inserted rows kept because they hold something else now (or are gone already). */
  rowsKept: number;
  /** One Chinese line per reason, for the pane. */
  notes: string[];
  /** One line: what happened. */
  message: string;
  /** The same in English, where it is not a refusal (revert-line.ts). */
  messageEn?: string;
  /** Refused because these sheets are protected: the record still holds and may be undone once they are not. */
  protectedSheets?: string[];
  syncs: number;
}

export async function safeRevert(context: XlContext, undo: UndoRecord, options: SafeRevertOptions): Promise<SafeRevertReport> {
  const { report, record, calculationMode, headers } = await planSafeRevert(context, undo, options);
  if (!record) return report;
  const merges = options.capabilities.mergedAreas ? watchMerges(context, undo, record) : null;
  const tail = [...(headers?.tail(record) ?? []), ...(merges?.tail ?? []), ...(options.tail ?? [])];
  const res = await revert(context, record, { maxBytes: options.maxBytes, calculationMode, tail });
  report.syncs += res.syncs;
  // 自评's rows and columns went, formats and all: a colour the user set there is not checked (revert-line.ts).
  // Said first: the lines below name what Excel would not leave as it was.
  if (record.sheets.some((s) => s.formatsCopied?.length || (s.insertedRows.length && undo.sheets.some((u) => u.name === s.name && u.formatsCopied?.length)))) {
    report.notes.push(COLOUR_NOTE);
    report.message += COLOUR_NOTE;
    if (report.messageEn !== undefined) report.messageEn += ` ${COLOUR_NOTE_EN}`;
  }
  if (headers) sayRenamed(report, headers.renamed());
  if (merges) sayLines(report, merges.lines());
  return report;
}

/** The checks of safeRevert, without the revert: what may be reverted, where it is now. */
export async function planSafeRevert(context: XlContext, undo: UndoRecord, options: SafeRevertOptions): Promise<RevertPlan> {
  const report: SafeRevertReport = { refused: false, restored: 0, leftAlone: 0, rowsDeleted: 0, deletedRows: {}, rowsKept: 0, notes: [], message: '', syncs: 0 };
  if (undo.version !== 2 || undo.sheets.some((s) => !s.written)) {
    return { report: refuse(report, '未执行撤销：这条记录由旧版本保存，无法确认单元格未被改动。'), record: null };
  }
  const caps = options.capabilities;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // A wire learnt to escape Chinese (the read hint): the check's reads are sized at what it costs there.
  const wire = options.wire && options.wire > 1 ? options.wire : 1;
  const app = context.workbook.application;
  let modeAsked = false;
  const sync = async (): Promise<void> => {
    // The calculation mode rides on the first read (recalc.ts).
    if (!modeAsked && app.load) {
      app.load('calculationMode');
      modeAsked = true;
    }
    report.syncs++;
    await context.sync();
  };
  const mode = (): string | undefined => {
    try {
      return modeAsked ? app.calculationMode : undefined;
    } catch {
      return undefined; // its sync was refused and sent again without it
    }
  };

  // ---- 1. the touched columns, with a margin of rows, where the rows may have moved
  const given = options.grids;
  // The sheets are taken to exist: their reads ride in the first sync. Only when one is gone
  // (ItemNotFound) are they looked up first — a sync that only the rare case pays for.
  let missing: string[] = [];
  let checks = touchedColumns(context, undo, given, null);
  // Step 2's reads at the recorded places ride in step 1's spare budget (none when the batch read the sheets already).
  let riders: ReadOp[] = [];
  const guessAll = (): Map<string, Guess> | null =>
    given
      ? null
      : speculate(
          context,
          checks.map((c) => c.u),
          !options.preread,
          riders,
        );
  let guesses = guessAll();
  // The identity column at its anchoring rows, where recorded (safe-revert-anchors.ts): first of the riders.
  const anchorsAll = (): Map<string, Cells | null> => {
    const m = new Map<string, Cells | null>();
    if (given) return m;
    const own: ReadOp[] = [];
    for (const c of checks) m.set(c.u.name, speculateAnchors(c.ws, c.u, own));
    riders.unshift(...own);
    if ((headers = watchHeaders(checks))) riders.unshift(headers.rider);
    return m;
  };
  let headers: HeaderWatch | null = null;
  let anchors = anchorsAll();
  try {
    await readBlocks(checks, maxBytes, sync, riders, wire);
  } catch (e) {
    if ((e as { code?: string } | null)?.code !== 'ItemNotFound') throw e;
    const probes = undo.sheets
      .filter((u) => !given?.has(u.name))
      .map((u) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(u.name);
        ws.load('name');
        return { u, ws };
      });
    await sync();
    missing = probes.filter((p) => p.ws.isNullObject).map((p) => p.u.name);
    checks = touchedColumns(context, undo, given, new Set(missing));
    riders = [];
    guesses = guessAll();
    anchors = anchorsAll();
    await readBlocks(checks, maxBytes, sync, riders, wire);
  }
  if (missing.length) report.notes.push(`工作表“${missing.join('”“')}”已不存在，其中的修改无法撤销。`);
  // Excel refuses every change to a protected sheet (and keeps the syncs before): nothing is written.
  const locked = checks.filter((c) => isProtected(c.ws)).map((c) => c.u.name);
  if (locked.length) {
    report.protectedSheets = locked;
    return { report: refuse(report, PROTECTED_LINE(locked.join('”“')).replace('未写入', '未执行撤销')), record: null };
  }

  // ---- alignment and the contents check
  const plans: { c: SheetCheck; place: Map<number, RowPlace>; cells: Map<number, unknown> }[] = [];
  for (const c of checks) {
    const cells = new Map<number, unknown>();
    for (const b of c.blocks) {
      if (b.grid) {
        for (let r = b.top; r <= b.bottom; r++) cells.set(key(r, b.col), restoreInput(b.grid, r, b.col));
        continue;
      }
      const f = b.range!.formulas;
      for (let i = 0; i < f.length; i++) f[i].forEach((v, j) => cells.set(key(b.top + i, b.col + j), v));
    }
    const rows = c.u.written!.rows;
    const was: string[] = [];
    for (let i = 0; i < rows.sigs.length; i += SIG_LEN) was.push(rows.sigs.slice(i, i + SIG_LEN));
    const now: string[] = [];
    for (let r = c.readTop; r <= c.readBottom; r++) now.push(rowSig(rows.cols.map((col) => cells.get(key(r, col)) ?? '')));
    const tags = await anchorTags(c.ws, c.u, anchors.get(c.u.name) ?? null, c.blocks.find((b) => b.grid)?.grid, c.readTop, c.readBottom, maxBytes, sync);
    if (tags) {
      for (let i = 0; i < was.length; i++) was[i] += tags.was(i);
      for (let j = 0; j < now.length; j++) now[j] += tags.now(c.readTop + j);
    }
    const place = rows.cols.length ? alignRows(was, rows.top, now, c.readTop) : identity(rows.top, was.length);
    dropCollisions(c.u, place, cells);
    plans.push({ c, place, cells });
  }

  // ---- 1b and 2: the written columns outside the signature (safe-revert-extra.ts) and what else
  // must be checked, where the rows are now — one round of reads (50 000 rows: one sync less).
  const reads: ReadOp[] = [];
  const copies = plans.filter(({ c }) => !c.blocks.some((b) => b.grid)).map(({ c, place, cells }) => stageExtra(c.ws, c.u, place, cells, guesses?.get(c.u.name)?.extra, reads));
  const staged = plans.map(({ c, place, cells }) => stageChecks(c, place, cells, caps, options, reads, guesses?.get(c.u.name)));
  await sendReads(reads, maxBytes, sync, wire);
  // Runs of marks whose cells answered differently: read cell by cell (none when nothing was changed there).
  const again: ReadOp[] = [];
  for (const s of staged) s.more(again);
  if (again.length) await sendReads(again, maxBytes, sync, wire);
  for (const copy of copies) copy();

  // ---- 3. the revert of what is still ours
  const out: UndoRecord = { ...undo, sheets: [] };
  for (const s of staged) {
    const r = s.finish();
    out.sheets.push(r.sheet);
    report.restored += r.restored;
    report.leftAlone += r.left;
    report.rowsDeleted += r.rowsDeleted;
    if (r.sheet.insertedRows.length) {
      report.deletedRows[r.sheet.name] = r.sheet.insertedRows.flatMap((x) => Array.from({ length: x.count }, (_v, i) => x.at + i));
      (report.deletedAsRecorded ??= {})[r.sheet.name] = r.deletedAsRecorded;
    }
    report.rowsKept += r.rowsKept;
  }
  if (report.leftAlone) report.notes.push(leftAloneNote(report.leftAlone));
  if (report.rowsKept) report.notes.push(rowsKeptNote(report.rowsKept));
  if (!report.restored && !report.rowsDeleted) {
    return { report: refuse(report, '未执行撤销：上次操作写入的内容都已被改动或已由 Excel 撤销（Ctrl+Z），没有可以安全还原的单元格。'), record: null };
  }
  report.message = revertLine(report);
  report.messageEn = revertLine(report, 'en');
  return { report, record: out, calculationMode: mode(), headers };
}

function sayLines(report: SafeRevertReport, lines: string[]): void {
  report.notes.push(...lines);
  report.message += lines.join('');
  if (report.messageEn !== undefined) report.messageEn += lines.join('');
}

/** Protected as step 1's read found it (false when it was not read: a batch that read the sheets already). */
function isProtected(ws: XlWorksheet): boolean {
  try {
    return ws.protection?.protected === true;
  } catch {
    return false;
  }
}

function refuse(report: SafeRevertReport, line: string): SafeRevertReport {
  report.refused = true;
  report.message = line;
  return report;
}

function identity(top: number, n: number): Map<number, RowPlace> {
  const m = new Map<number, RowPlace>();
  for (let i = 0; i < n; i++) m.set(top + i, { now: top + i, same: true, sure: true });
  return m;
}

/** The blocks of step 1 per sheet (sheets in `gone` left out): the touched columns with a margin of rows. */
function touchedColumns(context: XlContext, undo: UndoRecord, given: Map<string, Grid> | undefined, gone: Set<string> | null): SheetCheck[] {
  const checks: SheetCheck[] = [];
  for (const u of undo.sheets) {
    if (gone?.has(u.name)) continue;
    const ws = context.workbook.worksheets.getItem(u.name);
    const rows = u.written!.rows;
    const n = rows.sigs.length / SIG_LEN;
    const margin = Math.min(5000, Math.max(50, Math.ceil(n / 10)));
    const grid = given?.get(u.name);
    if (grid) {
      // Contents as this batch read them: the whole used range, nothing more to read — but not
      // down to a stray far cell (row 1 048 576 of a sparse grid): there, the rows around ours.
      const whole = grid.rowCount <= WHOLE_GRID_ROWS;
      const top = whole ? 1 : Math.max(1, rows.top - margin);
      const bottom = Math.max(1, whole ? grid.rowCount : Math.min(grid.rowCount, rows.top + n - 1 + margin));
      const blocks: Block[] = knownCols(u).map((col) => ({ col, top, bottom, grid }));
      checks.push({ u, ws, blocks, readTop: top, readBottom: bottom });
      continue;
    }
    // Rides in the first read (one flag).
    ws.protection?.load('protected');
    const readTop = Math.max(1, rows.top - margin);
    const readBottom = Math.min(1048576, rows.top + n - 1 + margin);
    // Neighbouring columns as one range: a row's brackets once for all of them (50 000 rows: ~0.5 MB less).
    const blocks: Block[] = [];
    for (const col of rows.cols) {
      const last = blocks[blocks.length - 1];
      if (last && (last.right ?? last.col) === col - 1) last.right = col;
      else blocks.push({ col, top: readTop, bottom: readBottom });
    }
    checks.push({ u, ws, blocks, readTop, readBottom });
  }
  return checks;
}
