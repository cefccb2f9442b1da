/**
 * Read the workbook into Grids for the engine, in as few syncs as Excel on the web's 5 MB payload
 * limit allows, without ever asking for a response that may exceed it.
 *
 * Sync 1 cannot know how large the sheet is, so it reads a bounded window: the used cells of the
 * first W rows × 6 columns, W × 6 ≈ maxBytes / 35 cells (~22 000 rows at 4.5 MB). Seed-shaped
 * rows average ~17 bytes a cell, so the window is ~2 MB; only a window averaging over ~40 bytes a
 * cell fails, and is then halved. It loads `formulas`, not `values`: for a constant Excel returns
 * the constant ("If a cell has no formula, its value is returned instead"), so one array gives
 * every constant *and* tells which cells hold formulas. The same sync loads the used range's
 * dimensions, the notes' contents (1.18), the threaded comments' ids and the calculation mode. A revert the caller queues first (`prelude`: the previous validation's marks) rides
 * along: Office runs a batch in order, so these loads see the reverted sheet.
 *
 * The following syncs read the rest of the used range in row blocks sized from the window's
 * measured bytes per cell, as many rows per sync as fit the budget, together with:
 * - `numberFormat` of number and formula cells already read (the engine reads percentages and
 *   dates through them) and `values` of formula cells (cached results; also tells a formula from
 *   text that merely starts with '='), per column segment: runs joined across short gaps;
 * - the same for the block itself, read blind over its rows in the columns where the window had
 *   numbers or formulas — otherwise the last block would cost one more sync just for these (a
 *   number in another column still does);
 * - the notes' and threaded comments' locations (snapshot-comments.ts);
 * - the merged areas (ExcelApi 1.13), in row windows that cannot hold more than the 512 areas one
 *   read may return (merge-windows.ts), one by one when a window's address came back shortened.
 * A sheet that fits the window: 1 sync, 2 with numbers, formulas or notes. 50 000 seed-shaped
 * rows (6.2 MB of formulas): 3 — or 2 with the hint of the read before (the pane's 校验 before its
 * 自评), which sizes the window to the budget at the density then measured. A response Excel
 * still rejects for size is read again in halves.
 *
 * Fill colours are not read here: applyPlan reads those of exactly the cells it colours, in its
 * own first sync, before it writes.
 */
import { MAX_COLS, MAX_ROWS, rectAddress, type Rect } from '../../sheet/a1';
import type { XlContext, XlRange, XlRangeAreas, XlWorksheet } from './api';
import { ACTION_OVERHEAD, DEFAULT_MAX_BYTES, PAYLOAD_LIMIT, escapedJsonBytes, jsonBytes, segments } from '../pipeline/batching';
import { isPayloadError, unsplittable } from './payload-error';
import { hostCapabilities } from './capabilities';
import type { Capabilities, ReadHint, Snapshot } from '../pipeline/snapshot';
import { buildSheet, type ColumnRead, type LoadedSheet } from './snapshot-build';
import { mergeWindowJobs } from './merge-windows';
import { PROBE_DEPTH, area, coalesce, minus, probeJob } from './snapshot-probe';
import { commentCells, commentJobs, loadComments, type CommentsRead } from './snapshot-comments';
import { loadTables, tableJobs, tableRects, type TablesRead } from './snapshot-tables';
import { hiddenJobs, type HiddenRead } from './snapshot-hidden';
import { sameRowRefs } from './snapshot-refs';

export { needsApostrophe, restoreInput, toInput } from '../pipeline/cell-input';
export type { ReadHint, SheetSnapshot, Snapshot } from '../pipeline/snapshot';

export interface SnapshotOptions {
  scope: 'sheet' | 'workbook';
  capabilities?: Capabilities;
  /** Response budget per sync. */
  maxBytes?: number;
  /** Queues operations (a revert) to run in the first sync, before the reads; re-run if it is re-sent. */
  prelude?: () => void;
  /**
   * From the previous read (a 校验 before a 自评): a first window as large as the budget allows
   * at that density, so that a sheet of up to ~2 budgets is read in 2 syncs instead of 3. A wrong
   * hint (another, denser sheet) costs one re-sent sync, never a wrong read.
   */
  hint?: ReadHint | null;
  /** Response bytes the prelude's reads take in the first sync: the first window is smaller by as much. */
  preludeBytes?: number;
}

const WINDOW_COLS = 6;
/** Bytes a window cell may average before sync 1 fails: sizes the window. */
const WINDOW_CELL_BYTES = 35;
/** Estimated response bytes per cell of a numberFormat / values read, and per read action. */
const FORMAT_BYTES = 13;
const VALUE_BYTES = 12;
const READ_BYTES = 60;
/** Rest blocks may be denser than the window. */
const MARGIN = 1.05;
/**
 * A refused read whose cells cost this much more escaped (\uXXXX) than in UTF-8 is taken for a wire
 * that escapes them: the rest is sized at that cost, with this margin, rather than halved.
 */
const WIRE_MIN = 1.1;
/** Share of the budget a hinted first window may fill (merged areas and notes ride along). */
const HINT_SHARE = 0.9;
/**
 * Estimated bytes of the rest of the used range above which its cells are probed first
 * (snapshot-probe.ts): a stray far cell, not a table, makes a used range this large.
 */
const PROBE_BYTES = 2 * DEFAULT_MAX_BYTES;
/** Largest area merged areas are read over from A1 (merge-windows.ts); past it, over what holds values. */
const MERGE_SPAN = 4_000_000;
/** A probed box this small is read with the formats and values of all its columns at once. */
const SMALL_BOX = 2000;
const SMALL_BOX_COLS = 16;
/** A formatted area larger than this (cells) is probed for where its formatted cells lie. */
const FORMAT_PROBE_AREA = 4_000_000;
/** Bands of that probe: coarser than the values' (its boxes are not probed again). */
const FORMAT_BANDS = 16;
/** Cells two probed boxes may waste when joined into one. */
const JOIN_SLACK = 1000;
/** A large used range at least 1 / DENSE filled is a table, not a far cell: read without probing. */
const DENSE = 4;

interface SheetRead extends LoadedSheet {
  ws: XlWorksheet;
  usedR: XlRange;
  formattedR: XlRange;
  windowR: XlRange;
  box: Rect;
  /** Bytes per cell of the window's formulas, and per row. */
  density: number;
  rowBytes: number;
  /** What the formulas' answers cost on the wire over their UTF-8 bytes: 1, or more once a refusal taught it (runJobs). */
  wire: number;
  /** Columns where the window had numbers (nf) or formulas (nf and values). */
  blindNf: Set<number>;
  blindValues: Set<number>;
  /** Merged areas read so far (merge-windows.ts), by address. */
  mergesFound?: Map<string, Rect>;
  /** Threaded comments (snapshot-comments.ts). */
  comments: CommentsRead | null;
  /** Excel tables (snapshot-tables.ts). */
  tables: TablesRead | null;
  hidden: HiddenRead;
  /** The sheet's constants and formulas (their cell counts), when the host has special cells. */
  counts: XlRangeAreas[] | null;
  /** A used range too large to read at once, but filled: read as a table, merges over all of it. */
  dense?: boolean;
}

interface Job {
  req: number;
  resp: number;
  run(): void;
  /** After the sync; may queue follow-up jobs. */
  done(more: (j: Job) => void): void;
  /** Blocks only: the first rows fitting `resp` bytes, and the rest. */
  split?(resp: number): [Job, Job] | null;
}

export async function readSnapshot(context: XlContext, options: SnapshotOptions): Promise<Snapshot> {
  const caps = options.capabilities ?? hostCapabilities();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let prelude = options.prelude;
  let syncs = 0;
  let resent = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
    prelude = undefined;
  };
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load('name');
  let sheets: XlWorksheet[];
  if (options.scope === 'workbook') {
    // The sheet names must be known before the sheets can be read: one more sync.
    prelude?.();
    const all = context.workbook.worksheets;
    all.load('items/name');
    await sync();
    sheets = all.items;
  } else {
    sheets = [active];
  }

  // ---- sync 1: dimensions, a bounded window of formulas, merged areas, note contents
  const firstBudget = Math.max(maxBytes / 4, maxBytes - (options.preludeBytes ?? 0));
  let rows = Math.min(MAX_ROWS, Math.max(1, Math.floor(firstBudget / WINDOW_CELL_BYTES / WINDOW_COLS / sheets.length)));
  // What a refusal taught the read before (a wire escaping Chinese): its answers' cost over UTF-8.
  const wire = { factor: sheets.length === 1 && options.hint?.wire && options.hint.wire > 1 ? options.hint.wire : 1, ratio: () => 1, learn: (_f: number) => {} };
  if (options.hint && options.hint.rowBytes > 0 && sheets.length === 1) {
    rows = Math.min(MAX_ROWS, Math.max(rows, Math.floor((firstBudget * HINT_SHARE) / (options.hint.rowBytes * MARGIN * wire.factor))));
  }
  let states: SheetRead[];
  const app = context.workbook.application;
  let counting = true;
  for (;;) {
    // First in the batch: if Excel refuses the count, nothing else has run and it is sent again without.
    const counts = sheets.map((ws) => (counting ? countCells(ws) : null));
    prelude?.();
    // Whether the writes must calculate what they wrote (office/recalc.ts): rides along.
    app.load?.('calculationMode');
    states = sheets.map((ws, i) => stage1(ws, rows, caps, counts[i]));
    try {
      await sync();
      break;
    } catch (e) {
      if (counting && counts.some((c) => c) && /getSpecialCells/i.test(errorLocation(e))) {
        counting = false;
        resent++;
        continue;
      }
      const size = rows * WINDOW_COLS * WINDOW_CELL_BYTES * sheets.length;
      if (!isPayloadError(e, size)) throw e;
      if (rows === 1) throw unsplittable(e, size);
      resent++;
      rows = Math.ceil(Math.min(rows, options.hint?.rows || rows) / 2);
    }
  }

  // ---- then: the rest in blocks, number formats and formula values, note locations
  const queue: Job[] = [];
  let fallback = false;
  for (const s of states) {
    for (const j of firstJobs(s, caps)) queue.push(j);
    const rest = restOf(s);
    if (rest.length) fallback = true;
    if (s.far) queue.push(probeRest(s, s.used as Rect, 1, caps));
    else queue.push(...rest.map((r) => blockJob(s, r)));
    if (s.formatted && (s.far || area(s.formatted) > FORMAT_PROBE_AREA)) queue.push(formatProbe(s, s.formatted));
  }
  for (const s of states) s.wire = wire.factor;
  wire.ratio = () => wireRatio(states);
  wire.learn = (f) => states.forEach((s) => (s.wire = f));
  resent += await runJobs(queue, maxBytes, sync, wire);

  const out = states.map((s) => ({
    ...buildSheet(s.mergesFound ? { ...s, mergeRects: [...s.mergesFound.values()] } : s, caps),
    threadedComments: commentCells(s.comments),
    ...(s.tables ? { tables: tableRects(s.tables) } : {}),
    ...(s.ws.protection ? { protected: s.ws.protection.protected } : {}),
  }));
  return {
    scope: options.scope,
    active: active.name,
    sheets: out,
    grids: out.map((s) => s.grid),
    capabilities: caps,
    stats: { syncs, fallback, resent },
    hint:
      states.length === 1 && states[0].rowBytes > 0 ? { rowBytes: states[0].rowBytes, rows: states[0].used?.bottom ?? 0, ...(wire.factor > 1 ? { wire: wire.factor } : {}) } : null,
    calculationMode: app.load ? (app.calculationMode ?? null) : null,
  };
}

/** What the cells read so far cost escaped (\uXXXX) over their UTF-8 bytes. */
function wireRatio(states: SheetRead[]): number {
  let utf8 = 0;
  let escaped = 0;
  for (const s of states) {
    for (const row of s.formulas ?? []) {
      if (!row) continue;
      utf8 += jsonBytes(row);
      escaped += escapedJsonBytes(row);
    }
  }
  return utf8 ? escaped / utf8 : 1;
}

/**
 * Run read jobs in as few syncs as the budget allows, splitting blocks to fill each sync; a sync
 * Excel rejects for size is run again with half the budget — or, the first time, when the cells
 * read so far cost much more escaped than in UTF-8 (a wire carrying Chinese as \uXXXX), with the
 * blocks' formulas estimated at that cost: every later sync is then sized for that wire, not
 * refused again. `wire.factor`: that cost, learnt here or by the read before (the hint). Returns
 * the rejected syncs.
 */
async function runJobs(jobs: Job[], maxBytes: number, sync: () => Promise<void>, wire: { factor: number; ratio: () => number; learn: (f: number) => void }): Promise<number> {
  let queue = jobs;
  let resent = 0;
  let cap = maxBytes;
  while (queue.length) {
    const batch: Job[] = [];
    const later: Job[] = [];
    let req = 3 * ACTION_OVERHEAD;
    let resp = 0;
    for (const j of queue) {
      if (req + j.req <= maxBytes && resp + j.resp <= cap) {
        batch.push(j);
        req += j.req;
        resp += j.resp;
        continue;
      }
      // Fill the sync with the first rows of a block that does not fit whole.
      const part = resp < cap * 0.9 && req + j.req <= maxBytes ? j.split?.(cap - resp) : null;
      if (part) {
        batch.push(part[0]);
        req += part[0].req;
        resp += part[0].resp;
        later.push(part[1]);
      } else later.push(j);
    }
    // Estimates carry margins: rather than one more sync for a remainder under 10 % of the budget,
    // stretch this one up to 95 % of the limit.
    const left = later.reduce((n, j) => n + j.resp, 0);
    if (later.length && left <= cap * 0.1 && resp + left <= Math.min(PAYLOAD_LIMIT * 0.95, cap * 1.1) && req + later.reduce((n, j) => n + j.req, 0) <= maxBytes) {
      batch.push(...later.splice(0));
    }
    if (!batch.length) batch.push(later.shift() as Job); // one job over the budget: try it alone
    for (const j of batch) j.run();
    try {
      await sync();
    } catch (e) {
      const shrinks = batch.length > 1 || !!batch[0].split?.(Math.floor(batch[0].resp / 2));
      if (!isPayloadError(e, Math.max(req, resp))) throw e;
      if (!shrinks) throw unsplittable(e, Math.max(req, resp));
      // Excel applied nothing of it: read the same again in a budget sized for the wire, or half the budget.
      resent++;
      const ratio = wire.factor === 1 ? wire.ratio() : 1;
      if (ratio > WIRE_MIN) wire.learn((wire.factor = ratio));
      else cap = Math.floor(cap / 2);
      queue = [...batch, ...later];
      continue;
    }
    const more: Job[] = [];
    for (const j of batch) j.done((x) => more.push(x));
    queue = [...more, ...later];
  }
  return resent;
}

/**
 * How many cells hold something, over the whole sheet (special cells, ExcelApi 1.9; Excel looks
 * only where it has cells): with the used range it tells a large table from a far cell without
 * the probe's sync. Null on a host without special cells.
 */
function countCells(ws: XlWorksheet): XlRangeAreas[] | null {
  const whole = ws.getRange(rectAddress({ top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS }));
  if (!whole.getSpecialCellsOrNullObject) return null;
  const out = [whole.getSpecialCellsOrNullObject('Constants'), whole.getSpecialCellsOrNullObject('Formulas')];
  out.forEach((c) => c.load('cellCount'));
  return out;
}

const errorLocation = (e: unknown): string => String((e as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo?.errorLocation ?? '');

function stage1(ws: XlWorksheet, rows: number, caps: Capabilities, counts: XlRangeAreas[] | null): SheetRead {
  ws.load('name');
  // A protected sheet is refused before anything is written (pipeline/apply.ts).
  ws.protection?.load('protected');
  const dims = 'rowIndex,columnIndex,rowCount,columnCount';
  const usedR = ws.getUsedRangeOrNullObject(true);
  // Whether any row or column of it is hidden (snapshot-hidden.ts).
  usedR.load(dims + ',rowHidden,columnHidden');
  const formattedR = ws.getUsedRangeOrNullObject(false);
  formattedR.load(dims);
  const box: Rect = { top: 1, left: 1, bottom: rows, right: WINDOW_COLS };
  // The used cells within the box (Range.getUsedRangeOrNullObject, ExcelApi 1.4): unlike an
  // intersection with the sheet's used range, it never starts from a null object.
  const windowR = ws.getRange(rectAddress(box)).getUsedRangeOrNullObject(true);
  windowR.load(dims + ',formulas');
  if (caps.notes) ws.notes.load('items/content');
  const comments = loadComments(ws, caps.notes);
  return {
    comments,
    tables: loadTables(ws),
    counts,
    ws,
    usedR,
    formattedR,
    windowR,
    box,
    merged: null,
    name: '',
    used: null,
    formatted: null,
    formulas: [],
    reads: [],
    noteRanges: [],
    hidden: { rows: [], cols: [] },
    density: WINDOW_CELL_BYTES,
    rowBytes: 0,
    wire: 1,
    blindNf: new Set(),
    blindValues: new Set(),
  };
}

function rectOf(r: XlRange): Rect {
  return { top: r.rowIndex + 1, left: r.columnIndex + 1, bottom: r.rowIndex + r.rowCount, right: r.columnIndex + r.columnCount };
}

const isFormulaText = (v: unknown): boolean => typeof v === 'string' && v.startsWith('=');
const isEmpty = (v: unknown): boolean => v === '' || v === undefined || v === null;

/** After sync 1: the window into place; jobs for its cells, note locations and merged areas. */
function firstJobs(s: SheetRead, caps: Capabilities): Job[] {
  s.name = s.ws.name;
  s.formatted = s.formattedR.isNullObject ? null : rectOf(s.formattedR);
  const jobs: Job[] = [];
  if (!s.usedR.isNullObject) {
    s.used = rectOf(s.usedR);
    s.formulas = []; // rows as they are read: a far cell leaves the rows between unread
    if (!s.windowR.isNullObject) {
      const w = rectOf(s.windowR);
      const f = s.windowR.formulas;
      place(s, w, f);
      const bytes = jsonBytes(f);
      s.density = Math.max(4, bytes / ((w.bottom - w.top + 1) * (w.right - w.left + 1)));
      s.rowBytes = bytes / (w.bottom - w.top + 1);
      f.forEach((row) =>
        row.forEach((v, j) => {
          if (typeof v === 'number') s.blindNf.add(w.left + j);
          else if (isFormulaText(v)) {
            s.blindNf.add(w.left + j);
            s.blindValues.add(w.left + j);
          }
        }),
      );
      jobs.push(...cellJobs(s, w, new Set()));
    }
    jobs.push(...hiddenJobs(s.ws, s.used, s.usedR, s.hidden));
    s.far = restOf(s).reduce((n, r) => n + area(r), 0) * s.density * MARGIN > PROBE_BYTES;
    if (s.far && filled(s)) [s.far, s.dense] = [false, true];
  }
  if (caps.mergedAreas && !s.far) {
    // Merged areas lie within the cells that have values or formats: windows over that area from A1.
    // A far formatted cell would make that the whole sheet: then over the used range's, or the probed boxes'.
    let bottom = Math.max(s.used?.bottom ?? 0, s.formatted?.bottom ?? 0);
    let right = Math.max(s.used?.right ?? 0, s.formatted?.right ?? 0);
    if (bottom * right > MERGE_SPAN) [bottom, right] = [s.used?.bottom ?? 0, s.used?.right ?? 0];
    s.mergesFound = new Map();
    if (bottom && right && (bottom * right <= MERGE_SPAN || s.dense)) jobs.push(...mergeWindowJobs(s.ws, { top: 1, left: 1, bottom, right }, s.mergesFound));
  }
  if (caps.mergedAreas) s.mergesFound ??= new Map();
  jobs.push(...commentJobs(s.comments), ...tableJobs(s.tables));
  if (caps.notes) {
    for (const note of s.ws.notes.items) {
      const entry: LoadedSheet['noteRanges'][number] = { note, range: null };
      s.noteRanges.push(entry);
      jobs.push({
        req: ACTION_OVERHEAD,
        resp: 100,
        run: () => {
          entry.range = note.getLocation();
          entry.range.load('address');
        },
        done: () => undefined,
      });
    }
  }
  return jobs;
}

/** Whether the cells outside sync 1's window fill at least 1 / DENSE of the rest of the used range. */
function filled(s: SheetRead): boolean {
  if (!s.counts) return false;
  let cells = 0;
  for (const c of s.counts) {
    if (c.isNullObject) continue;
    if (c.cellCount === undefined || c.cellCount < 0) return false;
    cells += c.cellCount;
  }
  let inWindow = 0;
  if (!s.windowR.isNullObject) for (const row of s.windowR.formulas) for (const v of row) if (v !== '') inWindow++;
  return (cells - inWindow) * DENSE >= restOf(s).reduce((n, r) => n + area(r), 0);
}

function place(s: SheetRead, r: Rect, values: unknown[][]): void {
  const used = s.used as Rect;
  const width = used.right - used.left + 1;
  values.forEach((row, i) => {
    // Rows of a narrow used range are made whole (as before); of a wide one, only where read.
    const target = (s.formulas[r.top - used.top + i] ??= width <= 1024 ? new Array<unknown>(width).fill('') : []);
    row.forEach((v, j) => (target[r.left - used.left + j] = v));
  });
}

/**
 * The rest of a used range too large to read cell by cell: probe where its cells are, then read
 * the boxes that hold them (and their merged areas), probing again a box still too large.
 */
function probeRest(s: SheetRead, rect: Rect, depth: number, caps: Capabilities): Job {
  return probeJob<Job>(s.ws, rect, (boxes, more) => {
    for (const box of coalesce(boxes, JOIN_SLACK)) {
      const rest = minus(box, s.box);
      if (rest.reduce((n, r) => n + area(r), 0) * s.density * MARGIN > PROBE_BYTES && depth < PROBE_DEPTH && area(box) < area(rect)) {
        more(probeRest(s, box, depth + 1, caps));
        continue;
      }
      for (const r of rest) more(blockJob(s, r, r.right - r.left < SMALL_BOX_COLS && area(r) <= SMALL_BOX));
      if (!caps.mergedAreas) continue;
      // From A1 when that costs little more than the box (a merge from above or the left is seen), else the box.
      const fromA1 = { top: 1, left: 1, bottom: box.bottom, right: box.right };
      const region = area(fromA1) <= 4 * area(box) + JOIN_SLACK ? fromA1 : box;
      for (const j of mergeWindowJobs(s.ws, region, s.mergesFound as Map<string, Rect>)) more(j);
    }
  });
}

/**
 * Where the formatted cells of a large formatted area lie (beside the probe of the values, or in
 * the first read's second sync): without it, every cell of the area counts as formatted, so the
 * new columns take no format of their own and the looks of the cells a plan marks are read one
 * by one. One level only: a box too large only costs those reads, never a wrong undo.
 */
function formatProbe(s: SheetRead, rect: Rect): Job {
  return probeJob<Job>(s.ws, rect, (boxes) => void (s.formattedAreas = coalesce(boxes, JOIN_SLACK)), false, FORMAT_BANDS);
}

/** The used range outside sync 1's box (cells inside it but outside the window are empty). */
function restOf(s: SheetRead): Rect[] {
  const u = s.used;
  if (!u) return [];
  const b = s.box;
  const out: Rect[] = [];
  if (u.right > b.right && u.top <= b.bottom) out.push({ top: u.top, bottom: Math.min(u.bottom, b.bottom), left: Math.max(u.left, b.right + 1), right: u.right });
  if (u.bottom > b.bottom) out.push({ top: Math.max(u.top, b.bottom + 1), bottom: u.bottom, left: u.left, right: u.right });
  return out;
}

/** Number format / value reads of the number and formula cells of `r`, and of the empty cells a formula of their row reads, except columns in `covered`. */
function cellJobs(s: SheetRead, r: Rect, covered: Set<number>): Job[] {
  const used = s.used as Rect;
  const jobs: Job[] = [];
  const refs = sameRowRefs(r.top, r.bottom, (row) => s.formulas[row - used.top]);
  for (const [col, rows] of refs) for (const row of rows) (s.refCells ??= new Set()).add((row - 1) * MAX_COLS + col - 1);
  // A formula reading a cell left or right of `r` (the window is WINDOW_COLS wide, the score column beyond it): that cell's
  // format too, unless the blind reads of the rows below the window take it.
  for (const [col, rows] of refs) {
    if (col >= r.left && col <= r.right) continue;
    const empty = [...rows].filter((row) => isEmpty(s.formulas[row - used.top]?.[col - used.left]) && !(row > s.box.bottom && s.blindNf.has(col)));
    for (const seg of segments(empty, FORMAT_BYTES, undefined, 100_000)) jobs.push(readJob(s, col, seg.top, seg.bottom, false));
  }
  for (let col = r.left; col <= r.right; col++) {
    if (covered.has(col)) continue;
    const need: number[] = [];
    const isFormula = new Set<number>();
    const read = refs.get(col);
    for (let row = r.top; row <= r.bottom; row++) {
      const v = s.formulas[row - used.top]?.[col - used.left];
      if (typeof v === 'number') need.push(row);
      else if (isFormulaText(v)) {
        need.push(row);
        isFormula.add(row);
      } else if (read?.has(row) && isEmpty(v)) need.push(row);
    }
    for (const seg of segments(need, FORMAT_BYTES + VALUE_BYTES, undefined, 100_000)) {
      let values = false;
      for (let i = seg.top; i <= seg.bottom && !values; i++) values = isFormula.has(i);
      jobs.push(readJob(s, col, seg.top, seg.bottom, values));
    }
  }
  return jobs;
}

function readJob(s: SheetRead, col: number, top: number, bottom: number, values: boolean): Job {
  const read: ColumnRead = { col, top, bottom, values, range: null };
  return {
    req: ACTION_OVERHEAD,
    resp: READ_BYTES + (bottom - top + 1) * (FORMAT_BYTES + (values ? VALUE_BYTES : 0)),
    run: () => {
      read.range = s.ws.getRange(rectAddress({ top, bottom, left: col, right: col }));
      read.range.load(values ? 'numberFormat,values' : 'numberFormat');
    },
    done: () => void s.reads.push(read),
  };
}

/**
 * Formulas of a block of the rest, with blind number-format / value reads of its likely columns
 * (of all its columns for a small probed box: a far cell's format costs no sync of its own).
 */
function blockJob(s: SheetRead, r: Rect, every = false): Job {
  const width = r.right - r.left + 1;
  const blind = every ? Array.from({ length: width }, (_, i) => r.left + i) : [...s.blindNf].filter((c) => c >= r.left && c <= r.right).sort((a, b) => a - b);
  const withValues = (c: number) => every || s.blindValues.has(c);
  // The formulas at what the wire costs (s.wire, learnt from a refusal: read when the job is packed).
  const blindBytes = blind.reduce((n, c) => n + FORMAT_BYTES + (withValues(c) ? VALUE_BYTES : 0), 0);
  const perRow = (): number => width * s.density * s.wire * MARGIN + blindBytes;
  const reads = blind.map((col) => readJob(s, col, r.top, r.bottom, withValues(col)));
  let range: XlRange | null = null;
  return {
    req: ACTION_OVERHEAD * (1 + blind.length),
    get resp() {
      return READ_BYTES * (1 + blind.length) + (r.bottom - r.top + 1) * perRow();
    },
    run: () => {
      range = s.ws.getRange(rectAddress(r));
      range.load('formulas');
      for (const x of reads) x.run();
    },
    done: (more) => {
      place(s, r, (range as XlRange).formulas);
      for (const x of reads) x.done(more);
      for (const j of cellJobs(s, r, new Set(blind))) more(j);
    },
    split: (resp) => {
      const n = Math.floor((resp - READ_BYTES * (1 + blind.length)) / perRow());
      if (n < 1 || n >= r.bottom - r.top + 1) return null;
      return [blockJob(s, { ...r, bottom: r.top + n - 1 }, every), blockJob(s, { ...r, top: r.top + n }, every)];
    },
  };
}
