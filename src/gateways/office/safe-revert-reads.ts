/**
 * The reads of 撤销's checks (safe-revert.ts): the touched columns in blocks sized by what they
 * returned so far, then per-cell checks (fills, bold, number formats, notes, merged areas, inserted
 * rows) batched under the request and response budgets; a sync Excel refuses is read again in halves.
 * Also the pre-read of a validation's marks that rides along a read's first sync.
 */
import { parseRect, rectAddress, type Rect } from '../../sheet/a1';
import type { XlContext, XlRange, XlWorksheet } from './api';
import type { Grid } from '../../sheet/grid';
import { ACTION_OVERHEAD, escapedJsonBytes, jsonBytes, segments } from '../pipeline/batching';
import { isPayloadError, unsplittable } from './payload-error';
import type { Capabilities } from '../pipeline/snapshot';
import { SIG_LEN, type UndoRecord, type UndoSheet } from '../pipeline/undo-record';
import type { Op } from '../pipeline/ops';

export interface SafeRevertOptions {
  capabilities: Capabilities;
  maxBytes?: number;
  /** The sheets as read in this batch (a 校验's snapshot): their contents need no read of their own. */
  grids?: Map<string, Grid>;
  /** Notes as read in this batch, by sheet then A1 address (with `grids`). */
  notes?: Map<string, Map<string, string> | null>;
  /** Fills and bold read in this batch's first sync at the recorded places (prereadMarks). */
  preread?: Preread;
  /** Work to queue last in the revert's last sync, after every write (the record's custom XML parts deleted: journal-parts.ts). */
  tail?: Op[];
  /**
   * What an earlier read of the sheet learnt the wire costs over UTF-8 (the read hint's `wire`, > 1 on a
   * wire that escapes Chinese as \uXXXX): the reads are then sized for that wire from the first sync.
   */
  wire?: number;
}

/** Fills and bold of a record's marked cells, read where they were recorded. */
export type Preread = Map<string, Cells>;

/** Bytes per cell a `formulas` read may return (text of a few dozen characters, JSON-escaped). */
export const READ_CELL_BYTES = 48;
export const PROPS_BYTES = 110;
/** Margin over a column's bytes per cell as recorded (the user may have typed longer text since), and the least a cell is taken to cost. */
const KNOWN_MARGIN = 1.05;
const MIN_CELL_BYTES = 6;
/** Largest estimated response of one block of step 1: a refused sync is then halved usefully. */
const BLOCK_MAX = 1024 * 1024;
/** Blocks sized from a column's earlier reads keep this margin over the largest ratio seen. */
const SCALE_MARGIN = 1.5;
/** Smallest estimate a ratio is learnt from (a few cells say little about a column). */
const SCALE_MIN = 64 * 1024;
/** Margin over the ratio seen for a column sized by its recorded bytes per cell. */
const KNOWN_SCALE_MARGIN = 1.03;
/** Answer bytes a sync of step 1 keeps free of column blocks: the riders' first room (the span probe, anchors, marks). */
const RESERVE = 64 * 1024;
/**
 * Answer bytes of a read besides its cells: its action's envelope (`{"ActionId":…,"Value":{"formulas":[…]}}`).
 * Left out, ~7 700 small reads at 50 000 rows were ~0.3 MB more than estimated (an answer of 4 656 KB, over the budget).
 */
export const RESP_ACTION = 44;
/** What the estimates of 撤销's column reads are multiplied by after each sync Excel refused for its size. */
const REFUSED_GROWTH = 1.25;
/** Least room worth cutting a block for. */
const SPLIT_MIN = 32 * 1024;
export const NF_BYTES = 16;
/** Most answer bytes of one segment read; a read riding along step 1 takes smaller ones, to fit what each column read leaves. */
const SEGMENT_BYTES = 1024 * 1024;
const RIDER_SEGMENT_BYTES = 64 * 1024;
export const KEY = 20000;
export const key = (row: number, col: number): number => row * KEY + col;

export interface Block {
  col: number;
  /** The last column of a block of neighbouring columns read as one range (one row's brackets for all of them); `col` alone when absent. */
  right?: number;
  top: number;
  bottom: number;
  range?: XlRange;
  /** Contents already read in this batch. */
  grid?: Grid;
}

export interface SheetCheck {
  u: UndoSheet;
  ws: XlWorksheet;
  blocks: Block[];
  readTop: number;
  readBottom: number;
}

/**
 * Queue the read of a record's fills and bold at their recorded places (to ride along the first
 * sync of a read): when no row moved since, the check needs no sync of its own.
 */
/** Most response bytes the marks' pre-read may add to a read's first sync; more are read on their own. */
export const PREREAD_MAX = 1024 * 1024;

/** Response bytes prereadMarks asks for. */
export function prereadBytes(undo: UndoRecord): number {
  return undo.sheets.reduce((n, u) => n + markCells(u).length * PROPS_BYTES, 0);
}

export function prereadMarks(context: XlContext, undo: UndoRecord): Preread {
  const out: Preread = new Map();
  for (const u of undo.sheets) {
    if (!u.written) continue;
    const ws = context.workbook.worksheets.getItem(u.name);
    const cells = markCells(u).map((k) => ({ row: Math.floor(k / KEY), col: k % KEY }));
    out.set(u.name, readByRect(ws, cells, PROPS_BYTES, propsLoad));
  }
  return out;
}

export function propsLoad(r: XlRange): () => unknown[][] {
  const res = r.getCellProperties({ format: { fill: { color: true, pattern: true }, font: { bold: true } } });
  return () => res.value;
}

/** Keys of the cells whose fill or bold a record reverts. */
export function markCells(u: UndoSheet): number[] {
  const keys = new Set<number>();
  const add = (lists: string[]) => {
    for (const l of lists) for (const a of l.split(',')) for (const c of expand(parseRect(a.trim())!)) keys.add(key(c.row, c.col));
  };
  for (const f of u.written?.fills ?? []) add(f.addresses);
  add(u.unbold);
  return [...keys];
}

/** Load the blocks in as few syncs as the response budget allows; a block Excel refuses is read again in halves. */
export async function readBlocks(checks: SheetCheck[], maxBytes: number, sync: () => Promise<void>, riders: ReadOp[] = [], wire = 1): Promise<void> {
  let waiting = riders.filter((o) => !o.sent);
  // Raised each time Excel refuses a sync the estimates said would fit (a wire carrying Chinese escaped, 6 bytes a
  // character where the estimates count UTF-8's 3: wire.ts): the syncs after it carry fewer bytes. On a wire known
  // to escape (the read hint) it starts at what the command's writes cost there, measured on the record itself.
  let under = wire > 1 ? writtenWireCost(checks) : 1;
  let pending: { c: SheetCheck; b: Block; est: number; i: number }[] = [];
  for (const c of checks) {
    if (c.blocks.some((b) => b.grid)) continue;
    // What a cell may take: what the command wrote there (JSON-escaped), a few dozen bytes elsewhere.
    // Per cell, not the column's longest: a column of short values with a few long ones would
    // otherwise be read in several times the syncs it needs.
    const wrote = new Map<number, number>();
    for (const r of c.u.written!.contents) r.values.forEach((v, i) => wrote.set(key(r.top + i, r.col), jsonBytes(v) + 8));
    // A record that kept its columns' bytes per cell (the area as written) sizes them by that, with a margin.
    const rows = c.u.written!.rows;
    const avg = new Map<number, number>();
    rows.bytes?.forEach((b, i) => avg.set(rows.cols[i], Math.max(MIN_CELL_BYTES, Math.ceil(b * KNOWN_MARGIN))));
    // Rows of the margin around the record: what rows moved there brings its bytes along from the
    // record's own rows (they are sized as recorded); read where nothing moved, they are empty or short.
    const inRecord = (row: number): boolean => row >= rows.top && row < rows.top + rows.sigs.length / SIG_LEN;
    const cost = (row: number, col: number): number =>
      avg.has(col) && !inRecord(row) ? MIN_CELL_BYTES : (avg.get(col) ?? Math.max(READ_CELL_BYTES, wrote.get(key(row, col)) ?? 0));
    const blockMax = Math.min(maxBytes, BLOCK_MAX) / under;
    const split: { b: Block; est: number }[] = [];
    for (const b of c.blocks) {
      let top = b.top;
      let est = 0;
      const right = b.right ?? b.col;
      for (let r = b.top; r <= b.bottom; r++) {
        // One row's brackets for all the block's columns: 2 bytes less a cell after the first.
        let n = 2 * (b.col - right);
        for (let col = b.col; col <= right; col++) n += cost(r, col);
        if (r > top && est + n > blockMax) {
          split.push({ b: { col: b.col, right: b.right, top, bottom: r - 1 }, est });
          top = r;
          est = 0;
        }
        est += n;
      }
      split.push({ b: { col: b.col, right: b.right, top, bottom: b.bottom }, est });
    }
    c.blocks = split.map((x) => x.b);
    split.forEach((x, i) => pending.push({ c, ...x, i: i - split.findIndex((y) => y.b.col === x.b.col) }));
  }
  // Each column's first block first: what they return sizes the rest.
  pending.sort((x, y) => x.i - y.i);
  // The guess for cells the command did not write is generous; once a column's first blocks are
  // read, its other blocks are sized by what those returned (the largest ratio seen, with a margin).
  const seen = new Map<string, number>();
  const colKey = (p: { c: SheetCheck; b: Block }): string => `${p.c.u.name}\u0000${p.b.col}`;
  // A column sized by its recorded bytes per cell (the area as written) was seen to answer as
  // recorded: a small margin over the ratio seen is enough (the user may have typed longer text
  // since, further down; a sync Excel refuses is read again in halves).
  const known = (p: { c: SheetCheck; b: Block }): boolean => !!p.c.u.written!.rows.bytes?.length && p.c.u.written!.rows.cols.includes(p.b.col);
  const scaled = (p: { c: SheetCheck; b: Block; est: number }): number => under * p.est * Math.min(1, (known(p) ? KNOWN_SCALE_MARGIN : SCALE_MARGIN) * (seen.get(colKey(p)) ?? 1));
  while (pending.length) {
    let bytes = 0;
    const batch: typeof pending = [];
    // The gateway's budget, never stretched past it: answers stay within maxBytes.
    const cap = maxBytes - RESERVE;
    for (let k = 0; k < pending.length; k++) {
      const p = pending[k];
      const est = scaled(p);
      if (batch.length && bytes + est > cap) {
        // The block that does not fit is cut where this sync is full (a sync saved at the end).
        const room = cap - bytes;
        const rows = p.b.bottom - p.b.top + 1;
        const take = Math.floor((rows * room) / est);
        if (room >= SPLIT_MIN && take >= 1 && take < rows) {
          const a = { ...p, b: { ...p.b, bottom: p.b.top + take - 1 }, est: (p.est * take) / rows };
          const z = { ...p, b: { ...p.b, top: p.b.top + take }, est: (p.est * (rows - take)) / rows };
          const i = p.c.blocks.indexOf(p.b);
          p.c.blocks.splice(i, 1, a.b, z.b);
          pending.splice(k, 1, a, z);
          batch.push(a);
          bytes += scaled(a);
        }
        break;
      }
      batch.push(p);
      bytes += est;
    }
    for (const { c, b } of batch) {
      b.range = c.ws.getRange(rectAddress({ top: b.top, bottom: b.bottom, left: b.col, right: b.right ?? b.col })).load('formulas');
    }
    // Speculative reads fill what the budget leaves of this sync (never the stretch above it).
    const riding = fillSpare(waiting, batch.length * READ_REQ, Math.max(bytes, 0) / under, maxBytes / under);
    try {
      await sync();
      for (const o of riding) o.sent = true;
      if (riding.length) waiting = waiting.filter((o) => !o.sent);
    } catch (e) {
      if (!isPayloadError(e, bytes)) throw e;
      // Its blocks packed again as they were would be refused again (halved, the same bytes in one sync).
      if (batch.length === 1 && batch[0].b.top === batch[0].b.bottom) throw unsplittable(e, bytes);
      under *= REFUSED_GROWTH;
      // Halve every block of the refused sync (a block of one row stays as it is).
      const halves: typeof pending = [];
      for (const p of batch) {
        if (p.b.top === p.b.bottom) {
          halves.push(p);
          continue;
        }
        const mid = Math.floor((p.b.top + p.b.bottom) / 2);
        const a = { col: p.b.col, right: p.b.right, top: p.b.top, bottom: mid };
        const z = { col: p.b.col, right: p.b.right, top: mid + 1, bottom: p.b.bottom };
        const i = p.c.blocks.indexOf(p.b);
        p.c.blocks.splice(i, 1, a, z);
        halves.push({ ...p, b: a, est: p.est / 2 }, { ...p, b: z, est: p.est / 2 });
      }
      pending = [...halves, ...pending.slice(batch.length)];
      continue;
    }
    for (const p of batch) {
      if (p.est < SCALE_MIN) continue;
      const ratio = jsonBytes(p.b.range!.formulas) / p.est;
      seen.set(colKey(p), Math.max(ratio, seen.get(colKey(p)) ?? 0));
    }
    pending = pending.slice(batch.length);
  }
}

/** What the written contents of the records cost escaped over their UTF-8 bytes (at least 1). */
export function writtenWireCost(checks: SheetCheck[]): number {
  let utf8 = 0;
  let escaped = 0;
  for (const c of checks) {
    for (const r of c.u.written?.contents ?? []) {
      utf8 += jsonBytes(r.values);
      escaped += escapedJsonBytes(r.values);
    }
  }
  return utf8 ? Math.max(1, escaped / utf8) : 1;
}

/**
 * Queue the riders that fit the request and response left under `maxBytes`; they are returned in
 * order. One too large for the room left is passed over, not waited on: the smaller ones behind it
 * still ride (at 50 000 rows the number formats of 实际完成值 had a sync of their own).
 */
function fillSpare(waiting: ReadOp[], req: number, resp: number, maxBytes: number): ReadOp[] {
  const out: ReadOp[] = [];
  for (const o of waiting) {
    if (o.needless?.()) continue;
    if (req + o.req > maxBytes || resp + o.resp > maxBytes) continue;
    req += o.req;
    resp += o.resp;
    o.run();
    out.push(o);
  }
  return out;
}

/**
 * One read of step 2: `run` queues it (again, after a refused sync) and keeps its result; `req` and
 * `resp` are its estimated request and response bytes.
 */
export interface ReadOp {
  req: number;
  resp: number;
  run(): void;
  /** A speculative read riding along step 1 (false until its sync went through): its answer counts only then. */
  sent?: boolean;
  /** True once an earlier answer made this read unnecessary: it is not sent. */
  needless?: () => boolean;
}

/** Request bytes of a read action: the action and the object paths it adds (sheet, range, result). */
export const READ_REQ = ACTION_OVERHEAD + 64;

/**
 * Send the reads in as few syncs as the budget allows, request and response each under `maxBytes`
 * (a large undo queues one action per marked run, note and inserted row: tens of thousands). A sync
 * Excel refuses is sent again in halves.
 */
export async function sendReads(ops: ReadOp[], maxBytes: number, sync: () => Promise<void>, wire = 1): Promise<void> {
  // On a wire that escapes Chinese the answers (cells' text) cost `wire` times their UTF-8 estimate; the
  // requests (addresses, ASCII) do not.
  const answers = maxBytes / wire;
  const batches: ReadOp[][] = [];
  let cur: ReadOp[] = [];
  let req = 0;
  let resp = 0;
  for (const o of ops) {
    if (cur.length && (req + o.req > maxBytes || resp + o.resp > answers)) {
      batches.push(cur);
      cur = [];
      req = resp = 0;
    }
    cur.push(o);
    req += o.req;
    resp += o.resp;
  }
  if (cur.length) batches.push(cur);
  const send = async (batch: ReadOp[]): Promise<void> => {
    for (const o of batch) o.run();
    try {
      await sync();
    } catch (e) {
      const size = Math.max(ACTION_OVERHEAD, ...[batch.reduce((n, o) => n + o.req, 0), batch.reduce((n, o) => n + o.resp, 0)]);
      if (!isPayloadError(e, size)) throw e;
      if (batch.length < 2) throw unsplittable(e, size);
      const mid = Math.ceil(batch.length / 2);
      await send(batch.slice(0, mid));
      await send(batch.slice(mid));
    }
  };
  for (const b of batches) await send(b);
}

export function expand(r: Rect): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

/**
 * Sorted rows as segments of at most `bytes` of answer each (`perRow` bytes a row). `perAction`:
 * what another action is taken to cost against the rows of a gap read instead (0: gaps are never read).
 */
function rowSegments(rows: number[], perRow: number, bytes = SEGMENT_BYTES, perAction?: number): { top: number; bottom: number }[] {
  const most = Math.max(1, Math.floor(bytes / perRow));
  return segments(rows, perRow, perAction, most).flatMap((g) => {
    const out: { top: number; bottom: number }[] = [];
    for (let t = g.top; t <= g.bottom; t += most) out.push({ top: t, bottom: Math.min(g.bottom, t + most - 1) });
    return out;
  });
}

/** A read's answers by key; `has` is false for a cell whose speculative read was not sent. */
export interface Cells {
  get(k: number): unknown;
  has(k: number): boolean;
}

/** Queue a read of the number formats of the given cells (readByColumn). */
export function readNumberFormats(ws: XlWorksheet, cells: { row: number; col: number }[], ops?: ReadOp[], speculative = false): Cells {
  const load = (r: XlRange): (() => unknown[][]) => {
    r.load('numberFormat');
    return () => r.numberFormat;
  };
  // A row's neighbouring cells in one read (at 50 000 rows the inserted runs' formats were ~7 700 reads of a few bytes each).
  // Read again after alignment (not riding), a gap is read whenever its cells cost less than an
  // action's request and envelope: that round is short of request, not answer (50 000 rows: ~7 700
  // reads of one or two cells each made it two syncs).
  return readByRect(ws, cells, NF_BYTES, load, ops, speculative, undefined, speculative ? undefined : READ_REQ + RESP_ACTION);
}

/**
 * Queue a read over the given cells, per column in row segments; after the sync, `get(key)` is
 * the cell's entry. `load` queues the read and returns a getter of its 2-D result.
 */
export function readByColumn(
  ws: XlWorksheet,
  cells: { row: number; col: number }[],
  perCell: number | ((row: number, col: number) => number),
  load: (r: XlRange) => () => unknown[][],
  ops?: ReadOp[],
  speculative = false,
): Cells {
  const byCol = new Map<number, number[]>();
  for (const c of cells) pushTo(byCol, c.col, c.row);
  const reads: { col: number; top: number; bottom: number; result: () => unknown[][]; op?: ReadOp }[] = [];
  const cost = typeof perCell === 'number' ? () => perCell : perCell;
  for (const [col, rows] of byCol) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    // 撤销's syncs are full of answer and light on request: a gap between the cells asked for is
    // read only when short (≤ 3 cells), not whenever it costs less than an action's request bytes
    // (50 000 rows: number formats ~1 MB of answer → ~0.3 MB).
    const unit = typeof perCell === 'number' ? perCell : sorted.reduce((m, r) => Math.max(m, perCell(r, col)), 0); // no spread: ~120 000 arguments overflow the stack
    const segs = rowSegments(sorted, unit, speculative ? RIDER_SEGMENT_BYTES : SEGMENT_BYTES, 4 * unit);
    for (const seg of segs) {
      const address = rectAddress({ top: seg.top, bottom: seg.bottom, left: col, right: col });
      const read: (typeof reads)[number] = { col, ...seg, result: (): unknown[][] => [] };
      const run = (): void => void (read.result = load(ws.getRange(address)));
      reads.push(read);
      let resp = RESP_ACTION;
      for (let r = seg.top; r <= seg.bottom; r++) resp += cost(r, col);
      if (ops) ops.push((read.op = { req: READ_REQ + 2 * address.length, resp, run, sent: speculative ? false : undefined }));
      else run();
    }
  }
  let index: Map<number, unknown> | null = null;
  const built = (): Map<number, unknown> => {
    if (!index) {
      index = new Map();
      for (const r of reads) {
        if (r.op?.sent === false) continue;
        const grid = r.result();
        for (let i = 0; i <= r.bottom - r.top; i++) index.set(key(r.top + i, r.col), grid[i][0]);
      }
    }
    return index;
  };
  return { get: (k: number) => built().get(k), has: (k: number) => built().has(k) };
}

/**
 * As readByColumn, but neighbouring cells of a row are read together, and rows with the same run
 * of columns as rectangles: a header row's four new cells take one action, not four.
 */
export function readByRect(
  ws: XlWorksheet,
  cells: { row: number; col: number }[],
  perCell: number | ((row: number, col: number) => number),
  load: (r: XlRange, rect: Rect) => () => unknown[][],
  ops?: ReadOp[],
  speculative = false,
  /** Estimated bytes of one read whatever its size (a read answering once per range), instead of per cell. */
  perRead?: { req: number; resp: number },
  /** What another action is taken to cost against the cells of a gap read instead (default: gaps of ≤ 3 rows read). */
  gapCost?: number,
): Cells {
  const byRow = new Map<number, number[]>();
  for (const c of cells) pushTo(byRow, c.row, c.col);
  const byRun = new Map<string, number[]>(); // "left:right" → rows
  for (const [row, cols] of byRow) {
    const sorted = [...new Set(cols)].sort((a, b) => a - b);
    let left = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      pushTo(byRun, `${left}:${sorted[i - 1]}`, row);
      left = sorted[i];
    }
  }
  const cost = typeof perCell === 'number' ? () => perCell : perCell;
  const rowCost = (row: number, left: number, right: number): number => {
    let n = 0;
    for (let col = left; col <= right; col++) n += cost(row, col);
    return n;
  };
  const reads: { rect: Rect; result: () => unknown[][]; op?: ReadOp }[] = [];
  for (const [run, rows] of byRun) {
    const [left, right] = run.split(':').map(Number);
    const width = right - left + 1;
    rows.sort((a, b) => a - b);
    // A row's cost as the most any of its rows costs (no spread: ~120 000 arguments overflow the stack).
    const unit = typeof perCell === 'number' ? perCell * width : rows.reduce((m, r) => Math.max(m, rowCost(r, left, right)), 0);
    // As readByColumn: a gap is read only when short (≤ 3 rows) — except for a read answering once per range, as before.
    const segs = rowSegments(rows, unit, speculative && !perRead ? RIDER_SEGMENT_BYTES : SEGMENT_BYTES, perRead ? undefined : (gapCost ?? 4 * unit));
    for (const seg of segs) {
      const rect = { top: seg.top, bottom: seg.bottom, left, right };
      const address = rectAddress(rect);
      const read: (typeof reads)[number] = { rect, result: (): unknown[][] => [] };
      const run = (): void => void (read.result = load(ws.getRange(address), rect));
      reads.push(read);
      const req = (perRead?.req ?? READ_REQ) + 2 * address.length;
      let resp = perRead?.resp ?? RESP_ACTION;
      if (!perRead) for (let r = seg.top; r <= seg.bottom; r++) resp += rowCost(r, left, right);
      if (ops) ops.push((read.op = { req, resp, run, sent: speculative ? false : undefined }));
      else run();
    }
  }
  let index: Map<number, unknown> | null = null;
  const built = (): Map<number, unknown> => {
    if (!index) {
      index = new Map();
      for (const { rect, result, op } of reads) {
        if (op?.sent === false) continue;
        const grid = result();
        for (let i = 0; i <= rect.bottom - rect.top; i++) for (let j = 0; j <= rect.right - rect.left; j++) index.set(key(rect.top + i, rect.left + j), grid[i][j]);
      }
    }
    return index;
  };
  return { get: (k: number) => built().get(k), has: (k: number) => built().has(k) };
}

export function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
