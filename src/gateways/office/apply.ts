/**
 * Apply the engine's Plan to the workbook through Office.js, and record how to undo it.
 *
 * Sync budget: the snapshot took 1–3 syncs; applying takes 1 per ~4.5 MB of writes (the
 * request limit is 5 MB). Measured with the double: validating 50 000 seed-shaped rows writes
 * 1.2 MB (fills, 300 notes; 3 MB of before-state read back), one sync; 自评 on 50 000 rows
 * (3 800 tables) writes 4.5 MB in two — it was 15 MB in four before contents went as tiles
 * (tiles.ts: rectangles over known-empty cells, repeated tables as copies). A sync that Excel
 * still rejects for size is split and re-sent (nothing of a rejected batch is applied).
 *
 * Order of the first sync: suspend calculation and screen updating; read the before-state the
 * snapshot lacks (fills and bold of the cells to colour, number formats of the cells to format;
 * none for cells outside the used range that counts formats) — a load sees the workbook at its
 * place in the queue, so it reads the state before the writes queued after it; insert rows
 * (whole rows, shifted down; Excel formats them as the row above, and a copy of `formatFrom`
 * per column block around merged areas is added only when that differs or brings merged areas);
 * copy formats into new columns (one copy per block of neighbouring columns, tiled); write
 * contents as tiles — 2-D arrays, then Range.copyFrom(…, "Formulas") for the repeated ones —
 * and what is left, with number formats, per column, runs joined across short gaps that cross
 * no merged area with `null` for the cells in between (columnPieces), so that a sparse column
 * costs a few actions, not one per run; fills grouped by colour through getRanges; bold; notes
 * (ExcelApi 1.18); merges; recalculate.
 *
 * Coordinates: an edit after an insertRows is already in shifted coordinates (plan.ts). The
 * gateway maps every edit to the final coordinates (after all insertions), inserts first, then
 * writes, so consecutive cells group regardless of where the insertions were.
 */
import { cellFormula, cellText, type CellValue } from '../../sheet/grid';
import type { Edit, Plan } from '../../sheet/plan';
import { moveReferences, type RowMap } from '../../sheet/shift-formula';
import { colLetters, contains, intersects, parseRect, rectAddress, type Rect } from './address';
import { rowSig } from '../pipeline/fingerprint';
import type { XlClientResult, XlContext, XlRange, XlRangeAreas } from './api';
import { ACTION_OVERHEAD, DEFAULT_ADDRESS_CHUNK, DEFAULT_MAX_BYTES, addressLists, columnPieces, isPayloadError, jsonBytes, runs, segments } from '../pipeline/batching';
import type { Capabilities } from './capabilities';
import { restoreInput, toInput, type SheetSnapshot, type Snapshot } from './snapshot';
import { finalToOriginal, laterRows, originalRows, simulateInserts, type Insert } from '../pipeline/insert-sim';

export { finalToOriginal, originalRows };
import { tileContents } from '../pipeline/tiles';
import { emptyUndoSheet, toColumnRuns, type RestoreValue, type UndoRecord, type UndoSheet, type Written } from '../pipeline/undo-record';

export interface ApplyOptions {
  /** Request budget per sync (default ~4.5 MB, under Excel on the web's 5 MB). */
  maxBytes?: number;
  /** Longest address string passed to getRanges. */
  addressChunk?: number;
  capabilities?: Capabilities;
  /**
   * The fill a cell had before the last validation marked it (null: none), by original
   * coordinates; undefined when it is not marked. Formats copied from a marked cell take that
   * fill, not the mark's colour.
   */
  fillUnderMark?: (sheet: string, row: number, col: number) => string | null | undefined;
  /** Operations to run first in the first sync (the previous marks taken off), with their request bytes. */
  prelude?: { run: () => void; bytes: number };
}

export interface BatchStats {
  ops: number;
  estimatedRequestBytes: number;
  estimatedResponseBytes: number;
}

export interface ApplyResult {
  undo: UndoRecord;
  /** Syncs this call made (a re-sent batch counts twice). */
  syncs: number;
  batches: BatchStats[];
  /** Notes left out because the host has no notes API (ExcelApi < 1.18). */
  skippedNotes: number;
  warnings: string[];
}

/** Thrown when a write sync failed; `undo` reverts what was applied before it (when known). */
export class ApplyError extends Error {
  constructor(
    message: string,
    readonly cause: unknown,
    readonly undo: UndoRecord | null,
  ) {
    super(message);
    this.name = 'ApplyError';
  }
}

/** One queued unit of work with its estimated payload. */
export interface Op {
  /** 0 pre-read, 1 insert, 2+ writes; ops of phases 0–1 go in the first sync. */
  phase: number;
  bytes: number;
  resp: number;
  run(): void;
}

const KEY = 20000;
const key = (row: number, col: number): number => row * KEY + col;
const unkey = (k: number): { row: number; col: number } => ({ row: Math.floor(k / KEY), col: k % KEY });

/** Response bytes per cell of a getCellProperties read (fill colour, pattern, pattern colour, bold). */
const CELLPROPS_BYTES = 110;
const NUMFMT_BYTES = 14;
/** Largest single write action (a run is cut into pieces of this size). */
const MAX_OP_BYTES = 1024 * 1024;
/** Largest 2-D array: small enough that a batch Excel refuses can still be halved usefully. */
const MAX_TILE_BYTES = 128 * 1024;

type MergeOp = { kind: 'merge'; rect: Rect } | { kind: 'extend'; row: number; col: number; bottom: number };

interface SheetWork {
  name: string;
  snap: SheetSnapshot;
  inserts: Insert[];
  contents: Map<number, RestoreValue>;
  numFormats: Map<number, string>;
  fills: Map<number, string>;
  bold: Set<number>;
  notes: Map<number, string>;
  mergeOps: MergeOp[];
  /** copyFormat edits: target (final coordinates) → source column (same row). */
  copies: Map<number, number>;
}


function collect(plan: Plan, snapshot: Snapshot): SheetWork[] {
  const works = new Map<string, SheetWork>();
  const staged: { w: SheetWork; e: Edit; inserted: number; marks: Map<string, number> }[] = [];
  let marks: Map<string, number> | null = null;
  for (const e of plan.edits) {
    let w = works.get(e.sheet);
    if (!w) {
      const snap = snapshot.sheets.find((s) => s.name === e.sheet);
      if (!snap) throw new Error(`计划修改的工作表“${e.sheet}”不在读取的快照中`);
      w = { name: e.sheet, snap, inserts: [], contents: new Map(), numFormats: new Map(), fills: new Map(), bold: new Set(), notes: new Map(), mergeOps: [], copies: new Map() };
      works.set(e.sheet, w);
    }
    if (e.kind === 'insertRows') {
      if (e.count > 0) w.inserts.push({ at: e.at, count: e.count, formatFrom: e.formatFrom });
      marks = null;
    } else {
      // Edits between two inserts share one record of the insert counts.
      marks ??= new Map([...works.values()].map((x) => [x.name, x.inserts.length]));
      if (!marks.has(w.name)) marks.set(w.name, w.inserts.length);
      staged.push({ w, e, inserted: w.inserts.length, marks });
    }
  }
  const byLower = new Map([...works.values()].map((x) => [x.name.toLowerCase(), x]));
  for (const { w, e, inserted, marks } of staged) {
    const later = laterRows(w.inserts, inserted);
    const f = (row: number): number => (later ? later(row) : row);
    switch (e.kind) {
      case 'value': {
        const k = key(f(e.row), e.col);
        let v: CellValue = e.value;
        let nf = e.numFormat;
        if (v instanceof Date && nf === undefined) nf = 'yyyy-mm-dd';
        w.contents.set(k, toInput(v));
        if (nf !== undefined) w.numFormats.set(k, nf);
        break;
      }
      case 'formula': {
        const k = key(f(e.row), e.col);
        // Rows are inserted before anything is written: a formula planned before an insert must
        // have its references moved as Excel would have moved them (on every sheet it points at).
        // `marks`: how many inserts each sheet had when this edit was planned; the rest came later.
        const mapOf = (sheet: string): RowMap | undefined => {
          const x = byLower.get(sheet);
          return x ? laterRows(x.inserts, marks.get(x.name) ?? 0) : undefined;
        };
        w.contents.set(k, '=' + moveReferences(e.formula.replace(/^=/, ''), e.sheet, mapOf));
        if (e.numFormat !== undefined) w.numFormats.set(k, e.numFormat);
        break;
      }
      case 'fill':
        w.fills.set(key(f(e.row), e.col), e.color.toUpperCase());
        break;
      case 'bold':
        w.bold.add(key(f(e.row), e.col));
        break;
      case 'note':
        w.notes.set(key(f(e.row), e.col), e.text);
        break;
      case 'merge':
        w.mergeOps.push({ kind: 'merge', rect: { top: f(e.top), bottom: f(e.bottom), left: e.left, right: e.right } });
        break;
      case 'extendMerge':
        w.mergeOps.push({ kind: 'extend', row: f(e.row), col: e.col, bottom: f(e.bottom) });
        break;
      case 'copyFormat':
        // Only same-row copies (new columns taking the table's look) are supported here.
        if (e.fromRow === e.row) w.copies.set(key(f(e.row), e.col), e.fromCol);
        break;
    }
  }
  return [...works.values()];
}

function keyOf(address: string): number {
  const r = parseRect(address)!;
  return key(r.top, r.left);
}

/** Most columns a row signature reads (the revert reads them back). */
const SIG_COLS = 12;

/**
 * Row signatures over the area the plan touched, in the columns it wrote (or, for marks only, the
 * columns it marked): the revert finds the rows again by them after rows moved.
 */
function rowSignatures(u: UndoSheet, w: SheetWork, after: (row: number, col: number) => RestoreValue): Written['rows'] {
  const rows: number[] = [];
  const colCount = new Map<number, number>();
  const see = (row: number, col: number, counts: boolean): void => {
    rows.push(row);
    if (counts) colCount.set(col, (colCount.get(col) ?? 0) + 1);
  };
  for (const k of w.contents.keys()) {
    const c = unkey(k);
    see(c.row, c.col, true);
  }
  const marksOnly = !colCount.size;
  for (const k of [...w.fills.keys(), ...w.bold, ...w.notes.keys(), ...w.numFormats.keys()]) {
    const c = unkey(k);
    see(c.row, c.col, marksOnly);
  }
  const inserted = insertedFinalRows(u.insertedRows);
  rows.push(...inserted);
  if (!rows.length) return { top: 1, cols: [], sigs: '' };
  let top = rows[0];
  let bottom = rows[0];
  for (const r of rows) {
    if (r < top) top = r;
    if (r > bottom) bottom = r;
  }
  const written = [...colCount].sort((a, b) => b[1] - a[1]).slice(0, SIG_COLS - ID_COLS).map(([c]) => c);
  const cols = [...written, ...identityColumns(top, bottom, new Set(written), after)].sort((a, b) => a - b);
  let sigs = '';
  for (let r = top; r <= bottom; r++) sigs += rowSig(cols.map((c) => after(r, c)));
  return { top, cols, sigs };
}

/** Columns besides the written ones that tell rows apart (names of indicators): part of each row's signature. */
const ID_COLS = 2;
const ID_SCAN_COLS = 30;

function identityColumns(top: number, bottom: number, skip: Set<number>, after: (row: number, col: number) => RestoreValue): number[] {
  const step = Math.max(1, Math.floor((bottom - top + 1) / 400));
  const scored: [number, number][] = [];
  for (let col = 1; col <= ID_SCAN_COLS; col++) {
    if (skip.has(col)) continue;
    const seen = new Set<string>();
    for (let r = top; r <= bottom; r += step) {
      const v = after(r, col);
      if (typeof v === 'string' && v !== '' && !v.startsWith('=')) seen.add(v);
    }
    if (seen.size >= 2) scored.push([col, seen.size]);
  }
  return scored.sort((a, b) => b[1] - a[1]).slice(0, ID_COLS).map(([c]) => c);
}

/** Rows inserted by a plan, in the final coordinates (each insert is in the coordinates of its time). */
export function insertedFinalRows(inserts: { at: number; count: number }[]): number[] {
  const out: number[] = [];
  inserts.forEach(({ at, count }, i) => {
    for (let r = at; r < at + count; r++) {
      let row = r;
      for (let j = i + 1; j < inserts.length; j++) if (row >= inserts[j].at) row += inserts[j].count;
      out.push(row);
    }
  });
  return out.sort((a, b) => a - b);
}

/** Pack ops into syncs: phases 0–1 in the first; then greedily under the byte budget. */
export function packBatches(ops: Op[], maxBytes: number, fixedBytes: number): Op[][] {
  const batches: Op[][] = [];
  let cur: Op[] = [];
  let bytes = fixedBytes;
  const first = ops.filter((o) => o.phase <= 1);
  const firstResp = first.reduce((n, o) => n + o.resp, 0);
  const rest = ops.filter((o) => o.phase > 1);
  if (firstResp > maxBytes) {
    // The before-state reads alone fill a response: give them their own sync.
    batches.push(first.filter((o) => o.phase === 0));
    cur = first.filter((o) => o.phase === 1);
  } else cur = first;
  bytes += cur.reduce((n, o) => n + o.bytes, 0);
  for (const o of rest) {
    if (cur.length && bytes + o.bytes > maxBytes) {
      batches.push(cur);
      cur = [];
      bytes = fixedBytes;
    }
    cur.push(o);
    bytes += o.bytes;
  }
  if (cur.length) batches.push(cur);
  return batches;
}

export async function applyPlan(context: XlContext, plan: Plan, snapshot: Snapshot, options: ApplyOptions = {}): Promise<ApplyResult> {
  const caps = options.capabilities ?? snapshot.capabilities;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const addressChunk = options.addressChunk ?? DEFAULT_ADDRESS_CHUNK;
  const warnings: string[] = [];
  const works = collect(plan, snapshot);
  const undo: UndoRecord = { version: 2, createdAt: new Date().toISOString(), sheets: [], warnings };
  const ops: Op[] = [];
  const harvest: (() => void)[] = [];
  let skippedNotes = 0;
  // A formula the plan overwrites is put back as it reads once the plan's rows are in (its
  // references moved as Excel moves them), not as the snapshot read it.
  const insertsOf = new Map(works.map((x) => [x.name.toLowerCase(), x.inserts]));
  const moved = (sheet: string, v: RestoreValue): RestoreValue =>
    typeof v === 'string' && v.startsWith('=') && [...insertsOf.values()].some((i) => i.length)
      ? '=' + moveReferences(v.slice(1), sheet, (name) => {
          const ins = insertsOf.get(name);
          return ins ? laterRows(ins, 0) : undefined;
        })
      : v;

  for (const w of works) {
    const ws = context.workbook.worksheets.getItem(w.name);
    // copyFrom reads an unqualified source on the active sheet: always name the sheet.
    const onSheet = (a: string): string => `'${w.name.replace(/'/g, "''")}'!${a}`;
    const u = emptyUndoSheet(w.name);
    undo.sheets.push(u);
    const grid = w.snap.grid;
    const orig = originalRows(w.inserts);
    u.insertedRows = w.inserts.map(({ at, count }) => ({ at, count }));

    // ---- merges: simulate inserts (and their format copies), then the plan's merge operations
    const width = grid.merges.reduce((n, m) => Math.max(n, m.right), Math.max(grid.colCount, 1));
    const sim = simulateInserts(grid.merges, w.inserts, width, w.snap.mergesKnown);
    let merges = sim.merges;
    warnings.push(...sim.warnings);
    const insertOps: Op[] = w.inserts.map(({ at, count }, j) => {
      const copies = sim.copies[j];
      return {
        phase: 1,
        bytes: ACTION_OVERHEAD + copies.length * ACTION_OVERHEAD,
        resp: 0,
        run: () => {
          ws.getRange(`${at}:${at + count - 1}`).insert('Down');
          for (const c of copies) {
            ws.getRange(`${colLetters(c.left)}${at}:${colLetters(c.right)}${at + count - 1}`).copyFrom(onSheet(`${colLetters(c.left)}${c.src}:${colLetters(c.right)}${c.src}`), 'Formats');
          }
        },
      };
    });

    const mergesAtWrite = [...merges];
    const cleared = new Set<number>(); // non-anchor cells a merge empties
    const mergeOps: Op[] = [];
    for (const op of w.mergeOps) {
      let rect: Rect;
      if (op.kind === 'merge') rect = op.rect;
      else {
        const m = merges.find((x) => op.row >= x.top && op.row <= x.bottom && op.col >= x.left && op.col <= x.right);
        if (m) rect = { top: m.top, left: m.left, right: m.right, bottom: Math.max(m.bottom, op.bottom) };
        else {
          rect = { top: op.row, left: op.col, right: op.col, bottom: op.bottom };
          if (!w.snap.mergesKnown) warnings.push(`${colLetters(op.col)}${op.row} 所在合并区域的范围未知（此版本 Excel 无法读取合并单元格），撤销时可能无法还原`);
        }
      }
      // Take in the merged areas the rectangle overlaps, as Excel does.
      let box = { ...rect };
      for (;;) {
        const hit = merges.filter((m) => intersects(m, box) && !contains(box, m));
        if (!hit.length) break;
        for (const m of hit) box = { top: Math.min(box.top, m.top), left: Math.min(box.left, m.left), bottom: Math.max(box.bottom, m.bottom), right: Math.max(box.right, m.right) };
      }
      const absorbed = merges.filter((m) => intersects(m, box));
      merges = merges.filter((m) => !intersects(m, box));
      for (const m of absorbed) if (m.origin === 'sheet') u.mergesRemoved.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
      u.mergesCreated = u.mergesCreated.filter((c) => !intersects(c, box));
      if (box.top === box.bottom && box.left === box.right) continue;
      merges.push({ ...box, origin: 'plan' });
      // Without merged-area reads an extension may take in a merge we cannot see; unmerging it
      // on undo would lose that merge. Left merged, it shrinks back when inserted rows go.
      if (w.snap.mergesKnown || op.kind === 'merge') u.mergesCreated.push({ ...box });
      for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) if (r !== box.top || c !== box.left) cleared.add(key(r, c));
      const unmerge = absorbed.map((m) => rectAddress(m));
      const addr = rectAddress(box);
      mergeOps.push({
        phase: 8,
        bytes: ACTION_OVERHEAD * (1 + unmerge.length),
        resp: 0,
        run: () => {
          for (const a of unmerge) ws.getRange(a).unmerge();
          ws.getRange(addr).merge(false);
        },
      });
    }

    // ---- format copies: only into cells that had no format at all, so undo (clear) is exact
    const copyOps: Op[] = [];
    {
      const fmt = w.snap.formatted ?? null;
      const byCol = new Map<number, Rect[]>();
      for (const m of merges) for (let c = m.left; c <= m.right; c++) byCol.set(c, [...(byCol.get(c) ?? []), m]);
      const inMerge = (r: number, c: number) => !!byCol.get(c)?.some((m) => r >= m.top && r <= m.bottom);
      const groups = new Map<string, number[]>(); // "col:fromCol" → final rows
      for (const [k, fromCol] of w.copies) {
        const { row, col } = unkey(k);
        const o = orig(row);
        if (o === null) continue;
        const formattedBefore = fmt && o >= fmt.top && o <= fmt.bottom && col >= fmt.left && col <= fmt.right;
        if (formattedBefore || !w.snap.mergesKnown || inMerge(row, fromCol) || inMerge(row, col)) continue;
        const g = `${col}:${fromCol}`;
        let list = groups.get(g);
        if (!list) groups.set(g, (list = []));
        list.push(row);
      }
      // Neighbouring columns copying the same rows from the same column take one copy: a
      // destination several times as wide as the source gets it tiled.
      const spans = new Map<string, number[]>(); // "fromCol:top:bottom" → target columns
      for (const [g, rows] of groups) {
        const [col, fromCol] = g.split(':').map(Number);
        for (const run of runs(rows.sort((a, b) => a - b))) {
          const k = `${fromCol}:${run.top}:${run.bottom}`;
          spans.set(k, [...(spans.get(k) ?? []), col]);
        }
      }
      const copied: string[] = [];
      for (const [k, cols] of spans) {
        const [fromCol, top, bottom] = k.split(':').map(Number);
        for (const c of runs(cols.sort((a, b) => a - b))) {
          const target = rectAddress({ top, bottom, left: c.top, right: c.bottom });
          const source = rectAddress({ top, bottom, left: fromCol, right: fromCol });
          copied.push(target);
          copyOps.push({ phase: 1.5, bytes: ACTION_OVERHEAD + target.length + source.length, resp: 0, run: () => ws.getRange(target).copyFrom(onSheet(source), 'Formats') });
        }
      }
      if (copied.length) u.formatsCopied = copied;
      // A mark on the source is not the table's look: the copy gets what was under the mark.
      const under = options.fillUnderMark;
      if (under) {
        const byColor = new Map<string | null, { row: number; col: number }[]>();
        for (const [g, rows] of groups) {
          const [col, fromCol] = g.split(':').map(Number);
          for (const row of rows) {
            const o = orig(row);
            const was = o === null ? undefined : under(w.name, o, fromCol);
            if (was !== undefined) pushTo(byColor, was, { row, col });
          }
        }
        for (const [color, cells] of byColor) {
          for (const list of addressLists(cells, addressChunk)) {
            copyOps.push({ phase: 1.6, bytes: ACTION_OVERHEAD + list.length, resp: 0, run: () => {
              const fill = ws.getRanges(list).format.fill;
              if (color === null) fill.clear();
              else fill.color = color;
            } });
          }
        }
      }
    }

    // ---- before-state of contents: from the snapshot (no read)
    const before: { row: number; col: number; value: RestoreValue }[] = [];
    const touched = new Set<number>([...w.contents.keys(), ...cleared]);
    for (const k of touched) {
      const { row, col } = unkey(k);
      const o = orig(row);
      if (o === null) continue;
      before.push({ row, col, value: moved(w.name, restoreInput(grid, o, col)) });
    }
    u.contents = toColumnRuns(before);
    const wroteContents = toColumnRuns([...touched].map((k) => ({ ...unkey(k), value: w.contents.get(k) ?? '' })));

    // Outside the used range that counts formats, a cell has none: no read needed.
    const fmtArea = w.snap.formatted;
    const bare = (o: number, col: number): boolean =>
      fmtArea === null || (fmtArea !== undefined && (o < fmtArea.top || o > fmtArea.bottom || col < fmtArea.left || col > fmtArea.right));

    // ---- before-state of number formats: snapshot where known, else read in the first sync
    const nfBefore: { row: number; col: number; value: string }[] = [];
    const nfRead = new Map<number, number[]>(); // col → original rows
    const nfFinal = new Map<number, number>(); // key(orig row, col) → final row
    for (const k of w.numFormats.keys()) {
      const { row, col } = unkey(k);
      const o = orig(row);
      if (o === null) continue;
      const known = bare(o, col) ? 'General' : w.snap.formats[o - 1]?.[col - 1];
      if (known !== null && known !== undefined) nfBefore.push({ row, col, value: known });
      else {
        let list = nfRead.get(col);
        if (!list) nfRead.set(col, (list = []));
        list.push(o);
        nfFinal.set(key(o, col), row);
      }
    }
    const preOps: Op[] = [];
    for (const [col, rows] of nfRead) {
      rows.sort((a, b) => a - b);
      for (const seg of segments(rows, NUMFMT_BYTES)) {
        const addr = rectAddress({ top: seg.top, bottom: seg.bottom, left: col, right: col });
        let range: XlRange | null = null;
        preOps.push({
          phase: 0,
          bytes: ACTION_OVERHEAD,
          resp: (seg.bottom - seg.top + 1) * NUMFMT_BYTES,
          run: () => {
            range = ws.getRange(addr);
            range.load('numberFormat');
          },
        });
        harvest.push(() => {
          const nf = (range as unknown as XlRange).numberFormat;
          for (let r = seg.top; r <= seg.bottom; r++) {
            const fr = nfFinal.get(key(r, col));
            if (fr !== undefined) nfBefore.push({ row: fr, col, value: String(nf[r - seg.top][0]) });
          }
        });
      }
    }
    harvest.push(() => {
      u.numFormats = toColumnRuns(nfBefore);
    });

    // ---- before-state of fills and bold: read in the first sync, before the writes
    const fillBefore = new Map<number, { color: string; pattern: string; patternColor?: string }>();
    const boldBefore = new Map<number, boolean>();
    const fmtCells = new Map<number, number[]>(); // col → original rows
    const fmtFinal = new Map<number, number>();
    for (const k of new Set([...w.fills.keys(), ...w.bold])) {
      const { row, col } = unkey(k);
      const o = orig(row);
      if (o === null) continue;
      if (bare(o, col)) {
        if (w.fills.has(k)) fillBefore.set(k, { color: '#FFFFFF', pattern: 'None' });
        if (w.bold.has(k)) boldBefore.set(k, false);
        continue;
      }
      let list = fmtCells.get(col);
      if (!list) fmtCells.set(col, (list = []));
      list.push(o);
      fmtFinal.set(key(o, col), row);
    }
    for (const [col, rows] of fmtCells) {
      rows.sort((a, b) => a - b);
      for (const seg of segments(rows, CELLPROPS_BYTES)) {
        const addr = rectAddress({ top: seg.top, bottom: seg.bottom, left: col, right: col });
        let result: XlClientResult<Excel.CellProperties[][]> | null = null;
        preOps.push({
          phase: 0,
          bytes: ACTION_OVERHEAD,
          resp: (seg.bottom - seg.top + 1) * CELLPROPS_BYTES,
          run: () => {
            result = ws.getRange(addr).getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true }, font: { bold: true } } });
          },
        });
        harvest.push(() => {
          const props = (result as unknown as XlClientResult<Excel.CellProperties[][]>).value;
          for (let r = seg.top; r <= seg.bottom; r++) {
            const fr = fmtFinal.get(key(r, col));
            if (fr === undefined) continue;
            const p = props[r - seg.top][0].format;
            const k = key(fr, col);
            if (w.fills.has(k)) fillBefore.set(k, { color: String(p?.fill?.color ?? '#FFFFFF').toUpperCase(), pattern: String(p?.fill?.pattern ?? 'None'), patternColor: p?.fill?.patternColor });
            if (w.bold.has(k)) boldBefore.set(k, !!p?.font?.bold);
          }
        });
      }
    }
    harvest.push(() => {
      const byColor = new Map<string | null, { row: number; col: number }[]>();
      for (const [k, f] of fillBefore) {
        const cell = unkey(k);
        if (f.pattern === 'Solid' && f.color === w.fills.get(k)) continue; // unchanged
        if (f.pattern === 'None' || f.pattern === 'Solid') {
          const c = f.pattern === 'None' ? null : f.color;
          let list = byColor.get(c);
          if (!list) byColor.set(c, (list = []));
          list.push(cell);
        } else {
          u.patterns.push({ address: `${colLetters(cell.col)}${cell.row}`, pattern: f.pattern, color: f.color, ...(f.patternColor ? { patternColor: f.patternColor } : {}) });
        }
      }
      u.fills = [...byColor].map(([color, cells]) => ({ color, addresses: addressLists(cells, addressChunk) }));
      const unbold = [...boldBefore].filter(([, b]) => !b).map(([k]) => unkey(k));
      u.unbold = addressLists(unbold, addressChunk);
      // The fingerprint: what this plan leaves in each cell it will ever revert.
      const painted = new Map<string, { row: number; col: number }[]>();
      for (const [k, f] of fillBefore) {
        if (f.pattern === 'Solid' && f.color === w.fills.get(k)) continue;
        const color = w.fills.get(k)!;
        pushTo(painted, color, unkey(k));
      }
      // Signatures ignore row numbers: the contents as read, without moving their references.
      const asRead = (row: number, col: number): RestoreValue => {
        const k = key(row, col);
        const v = w.contents.get(k);
        if (v !== undefined) return v;
        if (cleared.has(k)) return '';
        const o = orig(row);
        return o === null ? '' : restoreInput(grid, o, col);
      };
      u.written = {
        contents: wroteContents,
        numFormats: toColumnRuns(u.numFormats.flatMap((r) => r.values.map((_v, i) => ({ row: r.top + i, col: r.col, value: w.numFormats.get(key(r.top + i, r.col)) ?? 'General' })))),
        fills: [...painted].map(([color, cells]) => ({ color, addresses: addressLists(cells, addressChunk) })),
        notes: [...u.notesAdded, ...u.notesReplaced.map((n) => n.address)].map((address) => ({ address, content: w.notes.get(keyOf(address))! })),
        rows: rowSignatures(u, w, asRead),
      };
    });

    // ---- writes: contents through `formulas`, then number formats, per column (columnPieces)
    const writeOps: Op[] = [];
    const byColumn = <T>(cells: Map<number, T>): Map<number, Map<number, T>> => {
      const out = new Map<number, Map<number, T>>();
      for (const [k, v] of cells) {
        const { row, col } = unkey(k);
        let m = out.get(col);
        if (!m) out.set(col, (m = new Map()));
        m.set(row, v);
      }
      return new Map([...out].sort((x, y) => x[0] - y[0]));
    };
    // Rows of merged areas, as the writes find them or as the plan leaves them: not to be spanned.
    const mergedRows = new Map<number, Set<number>>();
    for (const m of [...mergesAtWrite, ...merges]) {
      for (let c = m.left; c <= m.right; c++) {
        let set = mergedRows.get(c);
        if (!set) mergedRows.set(c, (set = new Set()));
        for (let r = m.top; r <= m.bottom; r++) set.add(r);
      }
    }
    // Contents: rectangles over cells known to be empty, repeated ones copied (tiles.ts).
    const fillable = (row: number, col: number): boolean => {
      if (mergedRows.get(col)?.has(row)) return false;
      const o = orig(row);
      if (o === null) return true; // an inserted row is empty
      if (cellFormula(grid, o, col) !== null || cellText(grid, o, col) !== '') return false;
      // Merged areas unread (ExcelApi < 1.13): only cells outside every format are surely in none.
      return w.snap.mergesKnown || bare(o, col);
    };
    const tiles = tileContents(w.contents, { fillable, maxOpBytes: MAX_TILE_BYTES });
    for (const t of tiles.writes) {
      const addr = rectAddress(t.rect);
      writeOps.push({ phase: 2, bytes: ACTION_OVERHEAD + t.bytes, resp: 0, run: () => void (ws.getRange(addr).formulas = t.values) });
    }
    for (const t of tiles.copies) {
      const [addr, from] = [rectAddress(t.rect), onSheet(rectAddress(t.from))];
      // After every array of phase 2: a copy's source is written by then.
      writeOps.push({ phase: 2.5, bytes: t.bytes + jsonBytes(from), resp: 0, run: () => ws.getRange(addr).copyFrom(from, 'Formulas') });
    }
    const columnCells = new Map<number, RestoreValue>();
    for (const [col, rows] of tiles.columns) for (const [row, v] of rows) columnCells.set(key(row, col), v);
    for (const [phase, prop, cells] of [
      [2, 'formulas', columnCells],
      [3, 'numberFormat', w.numFormats],
    ] as const) {
      for (const [col, column] of byColumn<RestoreValue>(cells)) {
        const inMerge = mergedRows.get(col);
        // Merged areas unread (ExcelApi < 1.13): runs only.
        const blocked = w.snap.mergesKnown ? (r: number) => !!inMerge?.has(r) : undefined;
        for (const p of columnPieces(column, (v) => jsonBytes(v), MAX_OP_BYTES, blocked)) {
          const addr = rectAddress({ top: p.top, bottom: p.top + p.values.length - 1, left: col, right: col });
          writeOps.push({
            phase,
            bytes: ACTION_OVERHEAD + p.bytes + addr.length,
            resp: 0,
            run: () => {
              ws.getRange(addr)[prop] = p.values;
            },
          });
        }
      }
    }
    // fills grouped by colour
    const fillGroups = new Map<string, { row: number; col: number }[]>();
    for (const [k, color] of w.fills) {
      let list = fillGroups.get(color);
      if (!list) fillGroups.set(color, (list = []));
      list.push(unkey(k));
    }
    // One action per address list (getRanges).
    const onRanges = (phase: number, cells: { row: number; col: number }[], set: (r: XlRangeAreas) => void) => {
      for (const list of addressLists(cells, addressChunk)) writeOps.push({ phase, bytes: ACTION_OVERHEAD + list.length, resp: 0, run: () => set(ws.getRanges(list)) });
    };
    for (const [color, cells] of fillGroups) onRanges(4, cells, (r) => void (r.format.fill.color = color));
    onRanges(5, [...w.bold].map(unkey), (r) => void (r.format.font.bold = true));
    // notes
    if (w.notes.size) {
      if (!caps.notes || !w.snap.notes) {
        skippedNotes += w.notes.size;
      } else {
        for (const [k, text] of w.notes) {
          const { row, col } = unkey(k);
          const address = `${colLetters(col)}${row}`;
          const o = orig(row);
          const existing = o === null ? undefined : w.snap.notes.get(`${colLetters(col)}${o}`);
          if (existing !== undefined) u.notesReplaced.push({ address, content: existing });
          else u.notesAdded.push(address);
          writeOps.push({
            phase: 6,
            bytes: ACTION_OVERHEAD + jsonBytes(text),
            resp: 0,
            run: () => {
              if (existing !== undefined) ws.notes.getItem(address).content = text;
              else ws.notes.add(address, text);
            },
          });
        }
      }
    }
    for (const list of [preOps, insertOps, copyOps, writeOps, mergeOps]) for (const o of list) ops.push(o);
  }
  if (skippedNotes) warnings.push(`此版本 Excel 不支持批注（notes，需 ExcelApi 1.18），已跳过 ${skippedNotes} 条`);

  // ---- run
  if (options.prelude) ops.push({ phase: -1, bytes: options.prelude.bytes, resp: 0, run: options.prelude.run });
  ops.sort((a, b) => a.phase - b.phase); // stable: keeps sheet order within a phase
  const fixed = 3 * ACTION_OVERHEAD;
  const batches = packBatches(ops, maxBytes, fixed);
  // Keep the first sync's before-state reads together when a rejected batch is split.
  const sender = makeSender(context, fixed, (batch) => {
    const firstPhases = batch.filter((o) => o.phase <= 1);
    const writes = batch.filter((o) => o.phase > 1);
    const half = firstPhases.length && writes.length < 2 ? firstPhases.length : Math.ceil(writes.length / 2);
    const a = firstPhases.length ? [...firstPhases, ...writes.slice(0, writes.length < 2 ? 0 : half)] : writes.slice(0, half);
    const b = batch.filter((o) => !a.includes(o));
    return a.length && b.length ? [a, b] : null;
  });
  const send = sender.send;
  let harvested = false;
  for (let i = 0; i < batches.length; i++) {
    try {
      await send(batches[i], i === batches.length - 1);
    } catch (e) {
      throw new ApplyError(`写入第 ${i + 1} 批时出错：${(e as Error).message}`, e, harvested ? undo : null);
    }
    if (i === 0) {
      // The first sync carried the before-state reads.
      for (const h of harvest) h();
      harvested = true;
    }
  }
  if (!harvested) for (const h of harvest) h();
  return { undo, syncs: sender.syncs(), batches: sender.stats, skippedNotes, warnings };
}

/**
 * Sends batches of ops, one sync each, with calculation and screen updating suspended and one
 * recalculation after the last. A batch Excel rejects for size was applied not at all: it is
 * split (by `split`, or in halves) and re-sent. Shared by applyPlan and revert.
 */
export function makeSender(context: XlContext, fixed: number, split?: (batch: Op[]) => [Op[], Op[]] | null) {
  const stats: BatchStats[] = [];
  let syncs = 0;
  const app = context.workbook.application;
  const halves = (b: Op[]): [Op[], Op[]] => [b.slice(0, Math.ceil(b.length / 2)), b.slice(Math.ceil(b.length / 2))];
  const send = async (batch: Op[], last: boolean): Promise<void> => {
    app.suspendApiCalculationUntilNextSync();
    app.suspendScreenUpdatingUntilNextSync();
    for (const op of batch) op.run();
    if (last) app.calculate('Recalculate');
    syncs++;
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || batch.length < 2) throw e;
      const parts = split ? split(batch) : halves(batch);
      if (!parts) throw e;
      await send(parts[0], false);
      await send(parts[1], last);
      return;
    }
    stats.push({ ops: batch.length, estimatedRequestBytes: fixed + batch.reduce((n, o) => n + o.bytes, 0), estimatedResponseBytes: batch.reduce((n, o) => n + o.resp, 0) });
  };
  return { send, stats, syncs: () => syncs };
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
