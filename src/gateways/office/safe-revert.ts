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
 * Syncs: 1 read (more for a very large area), 1 check (more when its reads pass ~4.5 MB of request
 * or response: one action per marked run, note and inserted row), then the revert (1, 2 above ~4.5 MB).
 */
import { colLetters, parseRect, rectAddress, type Rect } from './address';
import type { XlClientResult, XlContext, XlNote, XlRange, XlRangeAreas, XlWorksheet } from './api';
import type { Grid } from '../../sheet/grid';
import { insertedFinalRows } from './apply';
import { restoreInput } from './snapshot';
import { ACTION_OVERHEAD, DEFAULT_MAX_BYTES, addressLists, isPayloadError, jsonBytes, segments } from '../pipeline/batching';
import type { Capabilities } from './capabilities';
import { alignRows, holdsWritten, moveFormula, rowSig, type RowPlace } from '../pipeline/fingerprint';
import { emptyUndoSheet, toColumnRuns, SIG_LEN, type RestoreValue, type UndoRecord, type UndoSheet } from '../pipeline/undo-record';
import { revert } from './undo';

export interface SafeRevertOptions {
  capabilities: Capabilities;
  maxBytes?: number;
  /** The sheets as read in this batch (a 校验's snapshot): their contents need no read of their own. */
  grids?: Map<string, Grid>;
  /** Notes as read in this batch, by sheet then A1 address (with `grids`). */
  notes?: Map<string, Map<string, string> | null>;
  /** Fills and bold read in this batch's first sync at the recorded places (prereadMarks). */
  preread?: Preread;
}

/** Fills and bold of a record's marked cells, read where they were recorded. */
export type Preread = Map<string, { get(k: number): unknown }>;

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
    out.set(u.name, readByColumn(ws, cells, PROPS_BYTES, propsLoad));
  }
  return out;
}

function propsLoad(r: XlRange): () => unknown[][] {
  const res = r.getCellProperties({ format: { fill: { color: true, pattern: true }, font: { bold: true } } });
  return () => res.value;
}

/** Keys of the cells whose fill or bold a record reverts. */
function markCells(u: UndoSheet): number[] {
  const keys = new Set<number>();
  const add = (lists: string[]) => {
    for (const l of lists) for (const a of l.split(',')) for (const c of expand(parseRect(a.trim())!)) keys.add(key(c.row, c.col));
  };
  for (const f of u.written?.fills ?? []) add(f.addresses);
  add(u.unbold);
  return [...keys];
}

export interface RevertPlan {
  report: SafeRevertReport;
  /** What to revert, in the sheet's current coordinates (null when refused). */
  record: UndoRecord | null;
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
  /** Inserted rows kept because they hold something else now (or are gone already). */
  rowsKept: number;
  /** One Chinese line per reason, for the pane. */
  notes: string[];
  /** One line: what happened. */
  message: string;
  syncs: number;
}

/** Bytes per cell a `formulas` read may return (text of a few dozen characters, JSON-escaped). */
const READ_CELL_BYTES = 48;
const PROPS_BYTES = 110;
/** Largest estimated response of one block of step 1: a refused sync is then halved usefully. */
const BLOCK_MAX = 1024 * 1024;
/** Blocks sized from a column's earlier reads keep this margin over the largest ratio seen. */
const SCALE_MARGIN = 1.5;
/** Smallest estimate a ratio is learnt from (a few cells say little about a column). */
const SCALE_MIN = 64 * 1024;
const NF_BYTES = 16;
const KEY = 20000;
const key = (row: number, col: number): number => row * KEY + col;

interface Block {
  col: number;
  top: number;
  bottom: number;
  range?: XlRange;
  /** Contents already read in this batch. */
  grid?: Grid;
}

interface SheetCheck {
  u: UndoSheet;
  ws: XlWorksheet;
  blocks: Block[];
  readTop: number;
  readBottom: number;
}

export async function safeRevert(context: XlContext, undo: UndoRecord, options: SafeRevertOptions): Promise<SafeRevertReport> {
  const { report, record } = await planSafeRevert(context, undo, options);
  if (!record) return report;
  const res = await revert(context, record, { maxBytes: options.maxBytes });
  report.syncs += res.syncs;
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
  const sync = async (): Promise<void> => {
    report.syncs++;
    await context.sync();
  };

  // ---- 1. the touched columns, with a margin of rows, where the rows may have moved
  const checks: SheetCheck[] = [];
  const missing: string[] = [];
  const given = options.grids;
  {
    const probes = undo.sheets.map((u) => {
      if (given?.has(u.name)) return { u, ws: context.workbook.worksheets.getItem(u.name) };
      const ws = context.workbook.worksheets.getItemOrNullObject(u.name);
      ws.load('name');
      return { u, ws };
    });
    if (probes.some((p) => !given?.has(p.u.name))) await sync();
    for (const { u, ws } of probes) {
      const grid = given?.get(u.name);
      if (grid) {
        // Contents as this batch read them: the whole used range, nothing more to read.
        const cols = u.written!.rows.cols;
        const blocks: Block[] = cols.map((col) => ({ col, top: 1, bottom: Math.max(1, grid.rowCount), grid }));
        checks.push({ u, ws, blocks, readTop: 1, readBottom: Math.max(1, grid.rowCount) });
        continue;
      }
      if (ws.isNullObject) {
        missing.push(u.name);
        continue;
      }
      const rows = u.written!.rows;
      const n = rows.sigs.length / SIG_LEN;
      const margin = Math.min(5000, Math.max(50, Math.ceil(n / 10)));
      const readTop = Math.max(1, rows.top - margin);
      const readBottom = Math.min(1048576, rows.top + n - 1 + margin);
      const blocks: Block[] = rows.cols.map((col) => ({ col, top: readTop, bottom: readBottom }));
      checks.push({ u, ws, blocks, readTop, readBottom });
    }
  }
  if (missing.length) report.notes.push(`工作表“${missing.join('”“')}”已不存在，其中的修改无法撤销。`);
  await readBlocks(checks, maxBytes, sync);

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
      for (let i = 0; i < f.length; i++) cells.set(key(b.top + i, b.col), f[i][0]);
    }
    const rows = c.u.written!.rows;
    const was: string[] = [];
    for (let i = 0; i < rows.sigs.length; i += SIG_LEN) was.push(rows.sigs.slice(i, i + SIG_LEN));
    const now: string[] = [];
    for (let r = c.readTop; r <= c.readBottom; r++) now.push(rowSig(rows.cols.map((col) => cells.get(key(r, col)) ?? '')));
    const place = rows.cols.length ? alignRows(was, rows.top, now, c.readTop) : identity(rows.top, was.length);
    plans.push({ c, place, cells });
  }

  // ---- 2. what else must be checked, where it is now
  const reads: ReadOp[] = [];
  const staged = plans.map(({ c, place, cells }) => stageChecks(c, place, cells, caps, options, reads));
  await sendReads(reads, maxBytes, sync);

  // ---- 3. the revert of what is still ours
  const out: UndoRecord = { ...undo, sheets: [] };
  for (const s of staged) {
    const r = s.finish();
    out.sheets.push(r.sheet);
    report.restored += r.restored;
    report.leftAlone += r.left;
    report.rowsDeleted += r.rowsDeleted;
    if (r.sheet.insertedRows.length) report.deletedRows[r.sheet.name] = r.sheet.insertedRows.flatMap((x) => Array.from({ length: x.count }, (_v, i) => x.at + i));
    report.rowsKept += r.rowsKept;
  }
  if (report.leftAlone) report.notes.push(`${report.leftAlone} 处在上次操作之后已被改动、已由 Excel 撤销或所在行已删除，保持原样。`);
  if (report.rowsKept) report.notes.push(`${report.rowsKept} 行插入的行已不在或其中已有其他内容，未删除。`);
  if (!report.restored && !report.rowsDeleted) {
    return { report: refuse(report, '未执行撤销：上次操作写入的内容都已被改动或已由 Excel 撤销（Ctrl+Z），没有可以安全还原的单元格。'), record: null };
  }
  report.message = report.leftAlone || report.rowsKept
    ? `已撤销 ${report.restored} 处修改${report.rowsDeleted ? `、删除插入的 ${report.rowsDeleted} 行` : ''}；${report.notes.join('')}`
    : `已撤销 ${report.restored} 处修改${report.rowsDeleted ? `，删除插入的 ${report.rowsDeleted} 行` : ''}。`;
  return { report, record: out };
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

/**
 * A row whose signature changed counts as found only when a constant the command wrote is still
 * in it: formulas repeat down a column, so a formula alone proves nothing there (Ctrl+Z and a
 * row inserted by the user can put a row of the same formulas exactly where ours was).
 */
function proven(place: Map<number, RowPlace>, wroteAt: Map<number, RestoreValue>, cells: Map<number, unknown>): Map<number, RowPlace> {
  // Marks only (no contents): each fill and note is checked by itself.
  if (!wroteAt.size) return place;
  const ok = new Set<number>();
  for (const [k, wrote] of wroteAt) {
    const row = Math.floor(k / KEY);
    const p = place.get(row);
    if (!p || p.same || ok.has(row) || wrote === '' || (typeof wrote === 'string' && wrote.startsWith('='))) continue;
    if (holdsWritten(cells.get(key(p.now, k % KEY)), wrote, row, p.now)) ok.add(row);
  }
  return new Map([...place].filter(([row, p]) => p.same || ok.has(row)));
}

/** Load the blocks in as few syncs as the response budget allows; a block Excel refuses is read again in halves. */
async function readBlocks(checks: SheetCheck[], maxBytes: number, sync: () => Promise<void>): Promise<void> {
  let pending: { c: SheetCheck; b: Block; est: number; i: number }[] = [];
  for (const c of checks) {
    if (c.blocks.some((b) => b.grid)) continue;
    // What a cell may take: what the command wrote there (JSON-escaped), a few dozen bytes elsewhere.
    // Per cell, not the column's longest: a column of short values with a few long ones would
    // otherwise be read in several times the syncs it needs.
    const wrote = new Map<number, number>();
    for (const r of c.u.written!.contents) r.values.forEach((v, i) => wrote.set(key(r.top + i, r.col), jsonBytes(v) + 8));
    const cost = (row: number, col: number): number => Math.max(READ_CELL_BYTES, wrote.get(key(row, col)) ?? 0);
    const blockMax = Math.min(maxBytes, BLOCK_MAX);
    const split: { b: Block; est: number }[] = [];
    for (const b of c.blocks) {
      let top = b.top;
      let est = 0;
      for (let r = b.top; r <= b.bottom; r++) {
        const n = cost(r, b.col);
        if (r > top && est + n > blockMax) {
          split.push({ b: { col: b.col, top, bottom: r - 1 }, est });
          top = r;
          est = 0;
        }
        est += n;
      }
      split.push({ b: { col: b.col, top, bottom: b.bottom }, est });
    }
    c.blocks = split.map((x) => x.b);
    split.forEach((x, i) => pending.push({ c, ...x, i: i - (split.findIndex((y) => y.b.col === x.b.col)) }));
  }
  // Each column's first block first: what they return sizes the rest.
  pending.sort((x, y) => x.i - y.i);
  // The guess for cells the command did not write is generous; once a column's first blocks are
  // read, its other blocks are sized by what those returned (the largest ratio seen, with a margin).
  const seen = new Map<string, number>();
  const colKey = (p: { c: SheetCheck; b: Block }): string => `${p.c.u.name}\u0000${p.b.col}`;
  const scaled = (p: { c: SheetCheck; b: Block; est: number }): number => p.est * Math.min(1, SCALE_MARGIN * (seen.get(colKey(p)) ?? 1));
  while (pending.length) {
    let bytes = 0;
    const batch: typeof pending = [];
    for (const p of pending) {
      const est = scaled(p);
      if (batch.length && bytes + est > maxBytes) break;
      batch.push(p);
      bytes += est;
    }
    for (const { c, b } of batch) {
      b.range = c.ws.getRange(rectAddress({ top: b.top, bottom: b.bottom, left: b.col, right: b.col })).load('formulas');
    }
    try {
      await sync();
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      // Halve every block of the refused sync.
      const halves: typeof pending = [];
      for (const p of batch) {
        if (p.b.top === p.b.bottom) throw e;
        const mid = Math.floor((p.b.top + p.b.bottom) / 2);
        const a = { col: p.b.col, top: p.b.top, bottom: mid };
        const z = { col: p.b.col, top: mid + 1, bottom: p.b.bottom };
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

/**
 * One read of step 2: `run` queues it (again, after a refused sync) and keeps its result; `req` and
 * `resp` are its estimated request and response bytes.
 */
interface ReadOp {
  req: number;
  resp: number;
  run(): void;
}

/** Request bytes of a read action: the action and the object paths it adds (sheet, range, result). */
const READ_REQ = ACTION_OVERHEAD + 64;

/**
 * Send the reads in as few syncs as the budget allows, request and response each under `maxBytes`
 * (a large undo queues one action per marked run, note and inserted row: tens of thousands). A sync
 * Excel refuses is sent again in halves.
 */
async function sendReads(ops: ReadOp[], maxBytes: number, sync: () => Promise<void>): Promise<void> {
  const batches: ReadOp[][] = [];
  let cur: ReadOp[] = [];
  let req = 0;
  let resp = 0;
  for (const o of ops) {
    if (cur.length && (req + o.req > maxBytes || resp + o.resp > maxBytes)) {
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
      if (!isPayloadError(e) || batch.length < 2) throw e;
      const mid = Math.ceil(batch.length / 2);
      await send(batch.slice(0, mid));
      await send(batch.slice(mid));
    }
  };
  for (const b of batches) await send(b);
}

/** Stage the reads of step 2 for one sheet into `reads`; `finish` (after they are sent) decides what is reverted. */
function stageChecks(c: SheetCheck, place: Map<number, RowPlace>, cells: Map<number, unknown>, caps: Capabilities, options: SafeRevertOptions, reads: ReadOp[]) {
  const { u, ws } = c;
  const wr = u.written!;
  const out = emptyUndoSheet(u.name);
  let restored = 0;
  let left = 0;
  // Contents: checked already (step 1 read them).
  const wroteAt = new Map<number, RestoreValue>();
  for (const r of wr.contents) r.values.forEach((v, i) => wroteAt.set(key(r.top + i, r.col), v));
  const found = proven(place, wroteAt, cells);
  const wroteByRow = new Map<number, [number, RestoreValue][]>();
  for (const [k, v] of wroteAt) pushTo(wroteByRow, Math.floor(k / KEY), [k % KEY, v] as [number, RestoreValue]);
  const at = (row: number): RowPlace | undefined => found.get(row);
  const inserted = insertedFinalRows(u.insertedRows);
  const insertedSet = new Set(inserted);
  const ours = new Set<number>(); // recorded keys verified
  const restoreCells: { row: number; col: number; value: RestoreValue }[] = [];
  for (const r of u.contents) {
    r.values.forEach((before, i) => {
      const row = r.top + i;
      const k = key(row, r.col);
      const wrote = wroteAt.get(k) ?? '';
      const p = at(row);
      const now = p ? cells.get(key(p.now, r.col)) : undefined;
      if (!p || now === undefined || (wrote === '' && !p.same) || !holdsWritten(now, wrote, row, p.now)) {
        if (!insertedSet.has(row)) left++;
        return;
      }
      ours.add(k);
      if (insertedSet.has(row)) return; // the row goes (or stays, counted there)
      restoreCells.push({ row: p.now, col: r.col, value: moveFormula(before, row, p.now) });
      restored++;
    });
  }

  // Step 2 reads: fills and bold, number formats, notes, merged areas, inserted rows.
  const cellsOf = (lists: string[]) => lists.flatMap((l) => l.split(',')).map((a) => parseRect(a.trim())!).flatMap((rc) => expand(rc));
  const paintedColor = new Map<number, string>();
  for (const f of wr.fills) for (const cell of cellsOf(f.addresses)) paintedColor.set(key(cell.row, cell.col), f.color);
  const fillBefore = new Map<number, { color: string | null; pattern?: UndoSheet['patterns'][number] }>();
  for (const f of u.fills) for (const cell of cellsOf(f.addresses)) fillBefore.set(key(cell.row, cell.col), { color: f.color });
  for (const p of u.patterns) {
    const rc = parseRect(p.address)!;
    fillBefore.set(key(rc.top, rc.left), { color: null, pattern: p });
  }
  const unbold = new Set(cellsOf(u.unbold).map((x) => key(x.row, x.col)));
  const propCells = new Map<number, { row: number; col: number }>(); // current key → current cell
  const nowOf = (k: number): { row: number; col: number } | null => {
    const row = Math.floor(k / KEY);
    const col = k % KEY;
    const p = at(row);
    return p ? { row: p.now, col } : null;
  };
  const rowWas = (k: number): number => {
    // The row the current key's cell had when recorded, if the first sync read it there.
    const n = nowToWas.get(k);
    return n ?? -1;
  };
  const nowToWas = new Map<number, number>();
  for (const k of new Set([...paintedColor.keys(), ...unbold])) {
    const n = nowOf(k);
    if (!n) continue;
    propCells.set(key(n.row, n.col), n);
    nowToWas.set(key(n.row, n.col), Math.floor(k / KEY));
  }
  // Read where the rows are now, unless they are where the first sync already read them.
  const pre = options.preread?.get(u.name);
  const moved = [...propCells].filter(([k]) => !pre || Math.floor(k / KEY) !== rowWas(k));
  const fresh = moved.length ? readByColumn(ws, moved.map(([, v]) => v), PROPS_BYTES, propsLoad, reads) : null;
  const movedSet = new Set(moved.map(([k]) => k));
  const props = { get: (k: number) => (movedSet.has(k) ? fresh!.get(k) : pre!.get(k)) };
  const nfWrote = new Map<number, string>();
  for (const r of wr.numFormats) r.values.forEach((v, i) => nfWrote.set(key(r.top + i, r.col), v));
  const nfCells = [...nfWrote.keys()].map(nowOf).filter((x): x is { row: number; col: number } => !!x);
  const nfs = readByColumn(
    ws,
    nfCells,
    NF_BYTES,
    (r) => {
      r.load('numberFormat');
      return () => r.numberFormat;
    },
    reads,
  );
  const knownNotes = options.notes?.get(u.name);
  const notes = caps.notes
    ? wr.notes.map((n) => {
        const rc = parseRect(n.address)!;
        const now = nowOf(key(rc.top, rc.left));
        const addr = now ? `${colLetters(now.col)}${now.row}` : '';
        if (now && knownNotes) {
          const content = knownNotes.get(addr);
          return { n, now, item: { isNullObject: content === undefined, content: content ?? '' } as Pick<XlNote, 'isNullObject' | 'content'> };
        }
        const read: { n: typeof n; now: typeof now; item: Pick<XlNote, 'isNullObject' | 'content'> | null } = { n, now, item: null };
        if (now) reads.push({ req: READ_REQ + addr.length, resp: 64 + jsonBytes(n.content), run: () => void (read.item = ws.notes.getItemOrNullObject(addr).load('content')) });
        return read;
      })
    : [];
  const mergeReads = caps.mergedAreas
    ? [...u.mergesCreated.map((m) => ({ m, created: true })), ...u.mergesRemoved.map((m) => ({ m, created: false }))].map(({ m, created }) => {
        const rect = movedRect(m, at);
        const read: { m: Rect; rect: Rect | null; created: boolean; areas: XlRangeAreas | null } = { m, rect, created, areas: null };
        if (rect) reads.push({ req: READ_REQ + 32, resp: 256, run: () => void (read.areas = ws.getRange(rectAddress(rect)).getMergedAreasOrNullObject().load('address')) });
        return read;
      })
    : [];
  const rowReads = inserted.map((row) => {
    const p = at(row);
    const read: { row: number; p: RowPlace | undefined; range: XlRange | null } = { row, p, range: null };
    if (p) {
      // The row's response: what the command wrote in it, or a guess per cell for the rest.
      const wrote = (wroteByRow.get(row) ?? []).reduce((n, [, v]) => n + jsonBytes(v) + 8, 0);
      reads.push({ req: READ_REQ + 32, resp: 96 + Math.max(wrote, c.u.written!.rows.cols.length * READ_CELL_BYTES), run: () => void (read.range = ws.getRange(`${p.now}:${p.now}`).getUsedRangeOrNullObject(true).load('formulas,columnIndex')) });
    }
    return read;
  });

  const finish = (): { sheet: UndoSheet; restored: number; left: number; rowsDeleted: number; rowsKept: number } => {
    // Inserted rows: deleted only when everything in them is what the command wrote.
    const deleteRows: number[] = [];
    let rowsKept = 0;
    for (const { row, p, range } of rowReads) {
      if (!p || !range) {
        rowsKept++;
        continue;
      }
      // Every cell of the row is what the command wrote, and all it wrote there is still in it.
      const inRow = new Map<number, unknown>();
      if (!range.isNullObject) range.formulas[0].forEach((v: unknown, j: number) => v !== '' && v !== null && inRow.set(range.columnIndex + 1 + j, v));
      let mine = [...inRow.keys()].every((col) => wroteAt.has(key(row, col)));
      for (const [col, wrote] of wroteByRow.get(row) ?? []) {
        if (!mine) break;
        mine = holdsWritten(inRow.get(col) ?? '', wrote, row, p.now);
      }
      if (!inRow.size && !p.same) mine = false;
      if (mine) deleteRows.push(p.now);
      else rowsKept++;
    }
    const gone = new Set(deleteRows);
    // Rows kept: the command's cells in them that are still ours are emptied again.
    for (const [k, wrote] of wroteAt) {
      const row = Math.floor(k / KEY);
      const col = k % KEY;
      if (!insertedSet.has(row)) continue;
      const p = at(row);
      if (!p || gone.has(p.now)) continue;
      const now = cells.get(key(p.now, col));
      if (now !== undefined && wrote !== '' && holdsWritten(now, wrote, row, p.now)) {
        restoreCells.push({ row: p.now, col, value: '' });
        restored++;
      } else left++;
    }
    out.contents = toColumnRuns(restoreCells);
    // Fills and bold.
    const propOf = (row: number, col: number): Excel.CellProperties | undefined => props.get(key(row, col)) as Excel.CellProperties | undefined;
    const fillGroups = new Map<string | null, { row: number; col: number }[]>();
    for (const [k, color] of paintedColor) {
      const n = nowOf(k);
      const now = n ? propOf(n.row, n.col) : undefined;
      const ok = n && !gone.has(n.row) && now && String(now.format?.fill?.pattern) === 'Solid' && String(now.format?.fill?.color).toUpperCase() === color;
      if (!ok) {
        if (!(n && gone.has(n.row))) left++;
        continue;
      }
      const b = fillBefore.get(k);
      if (!b) continue;
      if (b.pattern) out.patterns.push({ ...b.pattern, address: `${colLetters(n.col)}${n.row}` });
      else pushTo(fillGroups, b.color, n);
      restored++;
    }
    out.fills = [...fillGroups].map(([color, list]) => ({ color, addresses: addressLists(list) }));
    const unboldNow: { row: number; col: number }[] = [];
    for (const k of unbold) {
      const n = nowOf(k);
      if (n && !gone.has(n.row) && propOf(n.row, n.col)?.format?.font?.bold === true) unboldNow.push(n);
    }
    out.unbold = addressLists(unboldNow);
    // Number formats.
    const nfBefore = new Map<number, string>();
    for (const r of u.numFormats) r.values.forEach((v, i) => nfBefore.set(key(r.top + i, r.col), v));
    const nfRestore: { row: number; col: number; value: string }[] = [];
    for (const [k, wrote] of nfWrote) {
      const n = nowOf(k);
      if (!n || gone.has(n.row)) continue;
      if (nfs.get(key(n.row, n.col)) === wrote && ours.has(k)) nfRestore.push({ ...n, value: nfBefore.get(k) ?? 'General' });
    }
    out.numFormats = toColumnRuns(nfRestore);
    // Formats copied into new columns: cleared only where the cell is verified ours.
    const copied: string[] = [];
    for (const a of u.formatsCopied ?? []) {
      for (const cell of expand(parseRect(a)!)) {
        const k = key(cell.row, cell.col);
        const n = nowOf(k);
        if (n && ours.has(k) && !gone.has(n.row)) copied.push(`${colLetters(n.col)}${n.row}`);
      }
    }
    if (copied.length) out.formatsCopied = copied;
    // Notes.
    const replaced = new Map(u.notesReplaced.map((n) => [n.address, n.content]));
    for (const { n, now, item } of notes) {
      if (!now || !item || gone.has(now.row)) continue;
      if (item.isNullObject || item.content !== n.content) {
        left++;
        continue;
      }
      const addr = `${colLetters(now.col)}${now.row}`;
      const old = replaced.get(n.address);
      if (old === undefined) out.notesAdded.push(addr);
      else out.notesReplaced.push({ address: addr, content: old });
      restored++;
    }
    // Merged areas: unmerged only when exactly ours; merged again only where nothing is merged now.
    for (const { rect, created, areas } of mergeReads) {
      if (!rect || !areas || rect.top > rect.bottom) continue;
      if ([...gone].some((r) => r >= rect.top && r <= rect.bottom)) continue;
      const addr = areas.isNullObject ? null : areas.address.replace(/^.*!/, '').replace(/\$/g, '');
      if (created && addr === rectAddress(rect)) out.mergesCreated.push(rect);
      if (!created && (addr === null || out.mergesCreated.some((m) => rectAddress(m) === addr))) out.mergesRemoved.push(rect);
    }
    // Rows: bottom first (revert deletes the list in reverse).
    // As runs of neighbouring rows, in order (each in the coordinates before any is deleted: revert
    // deletes the last run first).
    out.insertedRows = [];
    for (const row of deleteRows.sort((a, b) => a - b)) {
      const last = out.insertedRows[out.insertedRows.length - 1];
      if (last && last.at + last.count === row) last.count++;
      else out.insertedRows.push({ at: row, count: 1 });
    }
    return { sheet: out, restored, left, rowsDeleted: deleteRows.length, rowsKept };
  };
  return { finish };
}

function expand(r: Rect): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

/** A recorded rectangle where its rows are now, when its first and last rows moved together. */
function movedRect(m: Rect, at: (row: number) => RowPlace | undefined): Rect | null {
  const t = at(m.top);
  const b = at(m.bottom);
  if (!t || !b || b.now - t.now !== m.bottom - m.top) return null;
  return { top: t.now, bottom: b.now, left: m.left, right: m.right };
}

/**
 * Queue a read over the given cells, per column in row segments; after the sync, `get(key)` is
 * the cell's entry. `load` queues the read and returns a getter of its 2-D result.
 */
function readByColumn(
  ws: XlWorksheet,
  cells: { row: number; col: number }[],
  perCell: number,
  load: (r: XlRange) => () => unknown[][],
  ops?: ReadOp[],
): { get(k: number): unknown } {
  const byCol = new Map<number, number[]>();
  for (const c of cells) pushTo(byCol, c.col, c.row);
  const reads: { col: number; top: number; bottom: number; result: () => unknown[][] }[] = [];
  for (const [col, rows] of byCol) {
    const most = Math.floor((1024 * 1024) / perCell);
    const segs = segments([...new Set(rows)].sort((a, b) => a - b), perCell, undefined, most).flatMap((g) => {
      const out: { top: number; bottom: number }[] = [];
      for (let t = g.top; t <= g.bottom; t += most) out.push({ top: t, bottom: Math.min(g.bottom, t + most - 1) });
      return out;
    });
    for (const seg of segs) {
      const address = rectAddress({ top: seg.top, bottom: seg.bottom, left: col, right: col });
      const read = { col, ...seg, result: (): unknown[][] => [] };
      const run = (): void => void (read.result = load(ws.getRange(address)));
      reads.push(read);
      if (ops) ops.push({ req: READ_REQ + 2 * address.length, resp: (seg.bottom - seg.top + 1) * perCell, run });
      else run();
    }
  }
  let index: Map<number, unknown> | null = null;
  return {
    get(k: number): unknown {
      if (!index) {
        index = new Map();
        for (const r of reads) {
          const grid = r.result();
          for (let i = 0; i <= r.bottom - r.top; i++) index.set(key(r.top + i, r.col), grid[i][0]);
        }
      }
      return index.get(k);
    },
  };
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
