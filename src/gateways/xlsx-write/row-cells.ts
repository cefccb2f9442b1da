/**
 * A worksheet row as the writer keeps it: where its start tag and body lie in the bytes the sheet came
 * in (never decoded unless an edit looks at it), where each cell lies in those bytes (one number a
 * cell, once an edit looks at the row), and only the cells an edit set. A Map of every cell string of
 * every touched row cost ~2.7 KB a row (230 MB at 100 000 rows); the sheet as one string and a
 * string per row, ~50 MB of the heap at 100 000 rows.
 */
import { colNumber } from '../../sheet/a1';
import { flatten } from '../../sheet/move-memo';
import { attr } from '../xlsx/xml';
import { elText, type CellEl } from './formula-cell';

export class Unsupported extends Error {}

export interface Row {
  r: number;
  /** The start tag when it is not the source's (a row made here), e.g. <row r="5" ht="20"> (always open). */
  tag: string | undefined;
  /** The bytes the row came in: its start tag at src[tagAt, from), its body at src[from, to), then </row> (when the body is not empty). */
  src: Buffer;
  tagAt: number;
  from: number;
  to: number;
  /** The body's cells once looked at: (start − from) × 16384 + column − 1 of each (one number a cell), columns strictly ascending. */
  at?: number[];
  /** Cells set since, columns ascending: column, element, column, element… (a formula cell the plan wrote may be kept by shape, an empty one as its style). */
  set?: (number | CellEl)[];
  /** A body whose columns are not strictly ascending (Excel never writes one): every cell, as parseCells reads them. */
  cells?: Map<number, string>;
  moved?: boolean;
}

const EMPTY = Buffer.alloc(0);

/** A row made from text (a new row: body ''). Every field set at once: fields added later would each cost a property store beside the object. */
export const newRow = (r: number, tag: string, body: string): Row => {
  const src = body ? Buffer.from(body, 'utf8') : EMPTY;
  return { r, tag, src, tagAt: 0, from: 0, to: src.length, at: undefined, set: undefined, cells: undefined, moved: false };
};

/** A row of the sheet's bytes: its start tag at src[tagAt, from) (self-closed: from = to), its body at src[from, to). */
export const sourceRow = (r: number, src: Buffer, tagAt: number, from: number, to: number): Row => ({
  r,
  tag: undefined,
  src,
  tagAt,
  from,
  to,
  at: undefined,
  set: undefined,
  cells: undefined,
  moved: false,
});

/** The row's start tag, always open (a self-closed one as <row …>). */
export function tagOf(row: Row): string {
  if (row.tag !== undefined) return row.tag;
  const tag = row.src.toString('utf8', row.tagAt, row.from);
  return row.src[row.from - 2] === 47 ? tag.replace(/\s*\/>$/, '>') : tag;
}

/** The row's body as text. */
export const bodyOf = (row: Row): string => row.src.toString('utf8', row.from, row.to);

/** Whether the body holds '<f' (a formula, as body.includes('<f') finds it). */
export function hasF(row: Row): boolean {
  const b = row.src;
  for (let i = row.from, end = row.to - 1; i < end; i++) if (b[i] === 60 && b[i + 1] === 102) return true;
  return false;
}

export const startTag = (el: string) => el.slice(0, el.indexOf('>') + 1);

/** Where byte k first lies in b[from, to), or -1. */
function byteAt(b: Buffer, k: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (b[i] === k) return i;
  return -1;
}

/** Where '</c>' first lies whole in b[from, to), or -1. */
function closeAt(b: Buffer, from: number, to: number): number {
  for (let i = from, end = to - 3; i < end; i++) if (b[i] === 60 && b[i + 1] === 47 && b[i + 2] === 99 && b[i + 3] === 62) return i;
  return -1;
}

/** Where '<c' first lies in b[from, to) (its '<' in range), or -1. */
function cAt(b: Buffer, from: number, to: number): number {
  for (let i = from; i < to; i++) if (b[i] === 60 && b[i + 1] === 99) return i;
  return -1;
}

/** Whether b holds '<c r="' at i. */
const cellStart = (b: Buffer, i: number) => b[i] === 60 && b[i + 1] === 99 && b[i + 2] === 32 && b[i + 3] === 114 && b[i + 4] === 61 && b[i + 5] === 34;
/** The column of the cell at body[start, end). */
function cellCol(body: string, start: number, end: number): number {
  // Most cells start <c r="AB12": read in place (same answer as below, without slicing and a pattern).
  if (body.startsWith('<c r="', start)) {
    let col = 0;
    let i = start + 6;
    for (let k = body.charCodeAt(i) | 32; i < start + 9 && k >= 97 && k <= 122; k = body.charCodeAt(++i) | 32) col = col * 26 + k - 96;
    const digits = i;
    while (body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
    if (col && i > digits && body.charCodeAt(i) === 34 && i < end) return col;
  }
  return colOf(body.slice(start, end));
}

/** The column of a cell's element, by its r. */
function colOf(el: string): number {
  const r = attr(startTag(el), 'r');
  const m = r ? /^([A-Za-z]{1,3})\d+$/.exec(r) : null;
  if (!m) throw new Unsupported('cell without r');
  return colNumber(m[1].toUpperCase());
}

/** cellCol of the cell at b[start, end), read in the bytes. */
function cellColAt(b: Buffer, start: number, end: number): number {
  if (cellStart(b, start)) {
    let col = 0;
    let i = start + 6;
    for (let k = b[i] | 32; i < start + 9 && k >= 97 && k <= 122; k = b[++i] | 32) col = col * 26 + k - 96;
    const digits = i;
    while (b[i] >= 48 && b[i] <= 57) i++;
    if (col && i > digits && b[i] === 34 && i < end) return col;
  }
  return colOf(b.toString('utf8', start, end));
}

/**
 * Each cell of a row's body, as /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g matches them (the first '>' ends the start tag, self-closed
 * when '/' precedes it; else the first '</c>' ends the cell), found with indexOf: the pattern costs more
 * than anything else done to an edited row.
 */
function scanCells(body: string, each: (col: number, start: number, end: number) => void): void {
  for (let i = body.indexOf('<c'); i >= 0; i = body.indexOf('<c', i + 2)) {
    const next = body.charCodeAt(i + 2);
    // <c\b: not <col…, <cfvo…; at the end of the body no element can start.
    if ((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95 || Number.isNaN(next)) continue;
    const gt = body.indexOf('>', i);
    if (gt < 0) break;
    let end = gt + 1;
    if (body.charCodeAt(gt - 1) !== 47) {
      const close = body.indexOf('</c>', gt);
      if (close < 0) continue; // the pattern, too, tries the next <c
      end = close + 4;
    }
    each(cellCol(body, i, end), i, end);
    i = end - 2;
  }
}

/** scanCells over the row's body in its bytes (start, end: where each cell lies in row.src). */
function scanRow(row: Row, each: (col: number, start: number, end: number) => void): void {
  const { src: b, from, to } = row;
  for (let i = cAt(b, from, to - 1); i >= 0; i = cAt(b, i + 2, to - 1)) {
    // <c\b: not <col…, <cfvo…; at the end of the body no element can start.
    if (i + 2 >= to) continue;
    const next = b[i + 2];
    if ((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95) continue;
    const gt = byteAt(b, 62, i, to);
    if (gt < 0) break;
    let end = gt + 1;
    if (b[gt - 1] !== 47) {
      const close = closeAt(b, gt, to);
      if (close < 0) continue; // the pattern, too, tries the next <c
      end = close + 4;
    }
    each(cellColAt(b, i, end), i, end);
    i = end - 2;
  }
}

/** A row's cells by column (a later cell of the same column wins, in the first one's place). */
export function parseCells(body: string): Map<number, string> {
  const cells = new Map<number, string>();
  scanCells(body, (c, s, e) => cells.set(c, body.slice(s, e)));
  return cells;
}

/** Whether an edit has looked at the row or set a cell in it (then it is written cell by cell). */
export const looked = (row: Row) => row.at !== undefined || row.cells !== undefined || row.set !== undefined;

/** Whether the row's cells are found (a row the plan has left keeps its set cells but not where its body's lie). */
const found = (row: Row) => row.at !== undefined || row.cells !== undefined;

/** Finds where the row's cells lie (the first time an edit looks at the row). */
function look(row: Row): void {
  if (found(row)) return;
  const at: number[] = [];
  let ascending = true;
  let last = 0;
  const from = row.from;
  scanRow(row, (c, s) => {
    if (c <= last) ascending = false;
    last = c;
    at.push((s - from) * COLS + c - 1);
  });
  // Exact size: pushed one by one, a row's few cells sit in room for 17 (100 000 rows: ~10 MB).
  if (ascending) row.at = at.slice();
  else row.cells = parseCells(bodyOf(row));
}

const COLS = 16384;
const colAt = (x: number) => (x % COLS) + 1;

/** Where the body's cell at `x` (an `at` entry) starts in row.src. */
const startOf = (row: Row, x: number) => row.from + (x - (x % COLS)) / COLS;

/** Where the cell starting at `start` ends in row.src, found as scanRow found it. */
function endOf(row: Row, start: number): number {
  const b = row.src;
  const gt = byteAt(b, 62, start, row.to);
  return b[gt - 1] === 47 ? gt + 1 : closeAt(b, gt, row.to) + 4;
}

/** The body's cell at `x` (an `at` entry). */
function bodyCell(row: Row, x: number): string {
  const start = startOf(row, x);
  return row.src.toString('utf8', start, endOf(row, start));
}

/**
 * Index of column c in a row's `set` (column, element pairs by ascending column), or -(insertion point) - 1.
 * Two searches, not one taking the step and a column reader: its default reader was a closure made at every
 * call, and the reader's call site saw two functions (a call per step that V8 does not inline).
 */
function searchSet(set: readonly (number | CellEl)[], c: number): number {
  let lo = 0;
  let hi = set.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = set[2 * mid] as number;
    if (x === c) return mid;
    if (x < c) lo = mid + 1;
    else hi = mid;
  }
  return -lo - 1;
}

/** Index of column c in a row's `at` (its body's cells, by ascending column), or -(insertion point) - 1. */
function searchAt(at: readonly number[], c: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = (at[mid] % COLS) + 1;
    if (x === c) return mid;
    if (x < c) lo = mid + 1;
    else hi = mid;
  }
  return -lo - 1;
}

export function getCell(row: Row, c: number): string | undefined {
  const el = getEl(row, c);
  return el === undefined ? el : elText(el, row.r, c);
}

/** The cell as kept: its text, or a formula cell by shape. */
export function getEl(row: Row, c: number): CellEl | undefined {
  look(row);
  if (row.cells) return row.cells.get(c);
  if (row.set) {
    const k = searchSet(row.set, c);
    if (k >= 0) return row.set[2 * k + 1] as CellEl;
  }
  const k = searchAt(row.at!, c);
  return k >= 0 ? bodyCell(row, row.at![k]) : undefined;
}

/**
 * The style a cell of the row says (its s, 0 without one), or undefined when the row has no such cell:
 * Number(attr(startTag(el), 's') ?? 0) of its element, a body cell's read in its bytes (not decoded).
 */
export function cellStyle(row: Row, c: number): number | undefined {
  look(row);
  let el: CellEl | undefined;
  if (row.cells) el = row.cells.get(c);
  else {
    const k = row.set ? searchSet(row.set, c) : -1;
    if (k >= 0) el = row.set![2 * k + 1] as CellEl;
    else {
      const j = searchAt(row.at!, c);
      if (j < 0) return undefined;
      return styleAt(row.src, startOf(row, row.at![j]));
    }
  }
  if (el === undefined || el === '') return undefined;
  return elStyle(el);
}

/** Number(attr(startTag(text), 's') ?? 0) of the cell's element text, without making the text (a formula cell's, an empty cell's). */
export function elStyle(el: CellEl): number {
  if (typeof el === 'number') return el > 0 ? el : 0;
  return Number(attr(typeof el === 'string' ? startTag(el) : el.tag, 's') ?? 0);
}

const isBlank = (k: number) => k === 32 || k === 9 || k === 10 || k === 13;

/** Number(attr(tag, 's') ?? 0) of the start tag at b[start…'>'], read in place when its value is digits. */
function styleAt(b: Buffer, start: number): number {
  let gt = start;
  while (b[gt] !== 62 && gt < b.length) gt++;
  for (let i = start; i < gt; i++) {
    if (b[i] !== 115 || !isBlank(b[i - 1])) continue;
    let k = i + 1;
    while (b[k] === 32) k++;
    if (b[k] !== 61) continue;
    k++;
    while (b[k] === 32) k++;
    const q = b[k];
    if (q !== 34 && q !== 39) continue;
    let n = 0;
    let j = k + 1;
    for (; b[j] >= 48 && b[j] <= 57; j++) n = n * 10 + b[j] - 48;
    if (b[j] === q && j - k < 12) return n;
    break;
  }
  return Number(attr(b.toString('utf8', start, gt + 1), 's') ?? 0);
}

export function setCell(row: Row, c: number, el: CellEl): void {
  look(row);
  // Flattened now: a cell built by concatenation (a restyle, a moved formula) otherwise keeps its pieces and the old cell it was cut from.
  if (typeof el === 'string') flatten(el);
  if (row.cells) {
    row.cells.set(c, elText(el, row.r, c));
    return;
  }
  const set = (row.set ??= []);
  // Most cells are set left to right: appended.
  if (!set.length || (set[set.length - 2] as number) < c) {
    set.push(c, el);
    return;
  }
  const k = searchSet(set, c);
  if (k >= 0) set[2 * k + 1] = el;
  else set.splice(2 * (-k - 1), 0, c, el);
}

/**
 * The row's `set` made to size: grown by push it keeps room for ~17 slots where a fill sets ~8 (at 100 000
 * rows ~8 MB alive from planning to the end). For a row the plan has moved on from: where its body's cells
 * lie is let go too (found again, a scan of its few hundred characters, if an edit or the writing asks;
 * kept, ~9 MB at 100 000 rows).
 */
export function fitSet(row: Row | undefined): void {
  if (!row?.set) return;
  row.set = row.set.slice();
  row.at = undefined;
}

/** Calls `each` for every cell of the row, columns ascending (body order for a row kept as a Map). */
export function eachCell(row: Row, each: (c: number, el: string) => void): void {
  eachEl(row, (c, el) => each(c, elText(el, row.r, c)));
}

/** eachCell with each cell as kept: its text, or a formula cell by shape. */
export function eachEl(row: Row, each: (c: number, el: CellEl) => void): void {
  look(row);
  if (row.cells) {
    for (const [c, el] of row.cells) each(c, el);
    return;
  }
  const at = row.at!;
  const set = row.set ?? [];
  let j = 0;
  for (const x of at) {
    const c = colAt(x);
    for (; j < set.length && (set[j] as number) < c; j += 2) each(set[j] as number, set[j + 1] as CellEl);
    if (j < set.length && set[j] === c) {
      each(c, set[j + 1] as CellEl);
      j += 2;
    } else each(c, bodyCell(row, x));
  }
  for (; j < set.length; j += 2) each(set[j] as number, set[j + 1] as CellEl);
}

/** Every cell of the row, as eachCell gives them. */
export function allCells(row: Row): [number, string][] {
  const out: [number, string][] = [];
  eachCell(row, (c, el) => out.push([c, el]));
  return out;
}

/** The cells of a looked-at row as written out: in column order, nothing between them. */
export function cellsXml(row: Row): string {
  look(row);
  if (row.cells) return cellsInOrder(row.cells);
  let body = '';
  eachCell(row, (_c, el) => (body += el));
  return body;
}

/** The row's cells by column: most rows' cells were already added left to right (no sort then). */
function cellsInOrder(cells: Map<number, string>): string {
  let body = '';
  let last = 0;
  for (const [c, el] of cells) {
    if (c < last) return [...cells.keys()].sort((a, b) => a - b).reduce((out, k) => out + cells.get(k)!, '');
    body += el;
    last = c;
  }
  return body;
}

/**
 * The row's cells as cellsXml writes them, handed over in pieces: runs of the body's own cells that
 * lie side by side as one span of row.src (start, end; `oneByOne`: a span per cell), and each cell set
 * since as kept, with its column. Not for a row kept as a Map (row.cells: cellsXml then).
 */
export function eachSpan(row: Row, span: (start: number, end: number) => void, el: (cell: CellEl, c: number) => void, oneByOne = false): void {
  look(row);
  const at = row.at!;
  const set = row.set ?? [];
  let j = 0;
  let from = -1;
  let to = -1;
  for (const x of at) {
    const c = colAt(x);
    // Cells set before this column, and the one set in its place.
    for (; j < set.length && (set[j] as number) <= c; j += 2) {
      if (from >= 0) span(from, to);
      from = -1;
      el(set[j + 1] as CellEl, set[j] as number);
    }
    if (j > 0 && set[j - 2] === c) continue;
    const start = startOf(row, x);
    const end = endOf(row, start);
    if (from >= 0 && start === to && !oneByOne) to = end;
    else {
      if (from >= 0) span(from, to);
      from = start;
      to = end;
    }
  }
  if (from >= 0) span(from, to);
  for (; j < set.length; j += 2) el(set[j + 1] as CellEl, set[j] as number);
}
