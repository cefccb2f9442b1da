/**
 * The fingerprint of what a plan leaves in the sheet (UndoSheet.written): the revert touches a
 * cell only while it still holds this, and finds rows again by their signatures after the user
 * inserted or deleted rows (safe-revert).
 */
import { parseRect } from '../../../sheet/a1';
import { addressLists } from '../batching';
import { utf8Length } from '../../../domain/utf8';
import { restoreInput } from '../cell-input';
import { anchorSig, rowSig } from '../fingerprint';
import { toColumnRuns, type ColumnRun, type RestoreValue, type UndoSheet, type Written } from '../undo-record';
import { cellKey, cellOf, type SheetWork } from '../work';
import type { SheetJob } from './job';

/** Most columns a row signature reads (the revert reads them back). */
const SIG_COLS = 12;
/** Columns besides the written ones that tell rows apart (names of indicators): part of each row's signature. */
const ID_COLS = 2;
const ID_SCAN_COLS = 30;
/** Rows the identity scan reads at most. */
const ID_SAMPLE = 4000;
/** A written column is in the signature when written in at least 1/DENSE as many rows as the most written one. */
const DENSE = 4;
/** Values seen once in the identity scan's sample (and one in 50 of its rows) that make one identity column enough. */
const MIN_ANCHORS = 2;

export function writtenRecord(job: SheetJob, what: { contents: ColumnRun<RestoreValue>[]; cleared: Set<number>; painted: Map<string, { row: number; col: number }[]> }): Written {
  const { work, undo, grid } = job;
  // Signatures ignore row numbers: the contents as read, without moving their references.
  const asRead = (row: number, col: number): RestoreValue => {
    const k = cellKey(row, col);
    const v = work.contents.get(k);
    if (v !== undefined) return v;
    if (what.cleared.has(k)) return '';
    const original = job.originalRow(row);
    return original === null ? '' : restoreInput(grid, original, col);
  };
  const keyOf = (address: string): number => {
    const r = parseRect(address)!;
    return cellKey(r.top, r.left);
  };
  return {
    contents: what.contents,
    numFormats: toColumnRuns(
      undo.numFormats.flatMap((r) => r.values.map((_v, i) => ({ row: r.top + i, col: r.col, value: work.numFormats.get(cellKey(r.top + i, r.col)) ?? 'General' }))),
    ),
    fills: [...what.painted].map(([color, cells]) => ({ color, addresses: addressLists(cells, job.addressChunk) })),
    notes: [...undo.notesAdded, ...undo.notesReplaced.map((n) => n.address)].map((address) => ({ address, content: work.notes.get(keyOf(address))! })),
    rows: rowSignatures(undo, work, emptied(job, what.cleared), asRead),
  };
}

/** The cells a merge empties that held something (the others, already empty, need no check). */
function emptied(job: SheetJob, cleared: Set<number>): number[] {
  return [...cleared].filter((k) => {
    const { row, col } = cellOf(k);
    const original = job.originalRow(row);
    return original !== null && restoreInput(job.grid, original, col) !== '';
  });
}

/**
 * Row signatures over the area the plan touched, in the columns it wrote (or, for marks only, the
 * columns it marked): the revert finds the rows again by them after rows moved. Cells a merge
 * emptied count as written: without their rows and columns here, 撤销 could not check them and
 * left them empty wherever the plan wrote nothing else.
 */
function rowSignatures(undo: UndoSheet, work: SheetWork, cleared: number[], after: (row: number, col: number) => RestoreValue): Written['rows'] {
  const rows: number[] = [];
  const colCount = new Map<number, number>();
  const see = (row: number, col: number, counts: boolean): void => {
    rows.push(row);
    if (counts) colCount.set(col, (colCount.get(col) ?? 0) + 1);
  };
  for (const k of [...work.contents.keys(), ...cleared]) {
    const c = cellOf(k);
    see(c.row, c.col, true);
  }
  const marksOnly = !colCount.size;
  for (const k of [...work.fills.keys(), ...work.bold, ...work.notes.keys(), ...work.numFormats.keys()]) {
    const c = cellOf(k);
    see(c.row, c.col, marksOnly);
  }
  for (const r of insertedFinalRows(undo.insertedRows)) rows.push(r);
  if (!rows.length) return { top: 1, cols: [], sigs: '' };
  let top = rows[0];
  let bottom = rows[0];
  for (const r of rows) {
    if (r < top) top = r;
    if (r > bottom) bottom = r;
  }
  // Only the densely written columns: a column written in a few rows (自评's names and 指标值 in
  // its inserted rows) is read back where written (office/safe-revert-extra.ts), not over every row.
  const most = Math.max(0, ...colCount.values());
  const written = [...colCount]
    .filter(([, n]) => n * DENSE >= most)
    .sort((a, b) => b[1] - a[1])
    .slice(0, SIG_COLS - ID_COLS)
    .map(([c]) => c);
  const idCols = identityColumns(top, bottom, new Set(written), after);
  // One identity column that gives anchors: not read over every row by the revert, only at a few of
  // its anchoring rows (50 000 rows: the name column was 1.1 MB of 撤销's answers); all of it only
  // when those moved (office/safe-revert-anchors.ts).
  const ids = idCols.length === 1 ? anchorRows(top, bottom, idCols[0], after) : undefined;
  const cols = [...written, ...(ids ? [] : idCols)].sort((a, b) => a - b);
  let sigs = '';
  const bytes = cols.map(() => 0);
  for (let r = top; r <= bottom; r++) {
    const cells = cols.map((c) => after(r, c));
    sigs += rowSig(cells);
    cells.forEach((v, i) => (bytes[i] += cellBytes(v)));
  }
  // What a read of these columns returns per cell: sizes the revert's reads before it has read any.
  return { top, cols, sigs, bytes: bytes.map((b) => Math.ceil(b / (bottom - top + 1))), ...(ids ? { ids } : {}) };
}

/** Rows apart at least between two anchors kept: a few hundred reads at 50 000 rows, not one per project. */
const ANCHOR_STEP = 100;

/**
 * The rows of `col` whose text occurs once over the area (a project's title), at least ANCHOR_STEP
 * rows apart, with a signature of each text; undefined when fewer than two.
 */
function anchorRows(top: number, bottom: number, col: number, after: (row: number, col: number) => RestoreValue): NonNullable<Written['rows']['ids']> | undefined {
  const first = new Map<string, number>();
  let bytes = 0;
  for (let r = top; r <= bottom; r++) {
    const v = after(r, col);
    bytes += cellBytes(v);
    if (typeof v !== 'string' || v === '' || v.startsWith('=')) continue;
    first.set(v, first.has(v) ? -1 : r);
  }
  const rows: number[] = [];
  let sigs = '';
  let last = -Infinity;
  let most = 0;
  for (const [text, r] of [...first].filter(([, r]) => r >= 0).sort((a, b) => a[1] - b[1])) {
    if (r - last < ANCHOR_STEP) continue;
    rows.push(r);
    sigs += anchorSig(text);
    most = Math.max(most, cellBytes(text));
    last = r;
  }
  return rows.length >= 2 ? { col, rows, sigs, bytes: Math.ceil(bytes / (bottom - top + 1)), most } : undefined;
}

/** Bytes of a cell in a one-column `formulas` read: the JSON value and its row's brackets and commas. */
function cellBytes(v: RestoreValue): number {
  return (typeof v === 'string' ? utf8Length(v) + 2 + (v.match(/["\\]/g)?.length ?? 0) : String(v).length) + 3;
}

function identityColumns(top: number, bottom: number, skip: Set<number>, after: (row: number, col: number) => RestoreValue): number[] {
  const rows = sampleRows(top, bottom);
  const scored: [number, number, number, number][] = [];
  for (let col = 1; col <= ID_SCAN_COLS; col++) {
    if (skip.has(col)) continue;
    const seen = new Map<string, number>();
    let bytes = 0;
    for (const r of rows) {
      const v = after(r, col);
      bytes += cellBytes(v);
      if (typeof v === 'string' && v !== '' && !v.startsWith('=')) seen.set(v, (seen.get(v) ?? 0) + 1);
    }
    // Alignment anchors on rows whose signature occurs once: a column of values seen once (a
    // project's title or name) tells the projects apart where names repeating per project do not.
    const once = [...seen.values()].filter((n) => n === 1).length;
    if (seen.size >= 2) scored.push([col, once, seen.size, bytes]);
  }
  scored.sort((a, b) => b[1] - a[1] || b[2] - a[2]);
  // One column that gives anchors is enough (the revert reads every row of it: at 50 000 rows a
  // second name column was 1.3 MB of 撤销's answers); of those giving nearly as many as the best,
  // the cheapest to read. Two only when none gives anchors.
  const best = scored[0]?.[1] ?? 0;
  if (best < MIN_ANCHORS || best * 50 < rows.length) return scored.slice(0, ID_COLS).map(([c]) => c);
  const near = scored.filter((s) => s[1] * 4 >= best * 3).sort((a, b) => a[3] - b[3] || b[1] - a[1]);
  return [near[0][0]];
}

/**
 * The rows the identity scan looks at: all up to ID_SAMPLE, else ID_SAMPLE rows picked by a fixed
 * pseudo-random sequence — a fixed step can fall in step with a layout that repeats every few rows
 * and never see a project's name row.
 */
function sampleRows(top: number, bottom: number): number[] {
  const n = bottom - top + 1;
  if (n <= ID_SAMPLE) return Array.from({ length: n }, (_v, i) => top + i);
  const out = new Set<number>();
  let x = 12345;
  while (out.size < ID_SAMPLE) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.add(top + (x % n));
  }
  return [...out];
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
