/**
 * How a plan's cell contents travel to Excel in few request bytes.
 *
 * Column arrays (columnPieces) pay ~7 bytes per skipped cell and an action per piece; a table's
 * self-evaluation block is instead a rectangle (its header labels, 分值 and 得分 down the rows,
 * the funds and total lines below) whose empty cells can be written as "" because they are known
 * to be empty — so it goes as one 2-D array. And the tables of one workbook repeat: a rectangle
 * that equals an earlier one up to a copy (same constants, same formulas relative to their cells)
 * is sent as Range.copyFrom(earlier, "Formulas") — Excel moves relative references as a paste
 * does — at the price of one action instead of its contents. 50 000 indicator rows in 3 800
 * tables: ~12 MB of arrays become ~2 MB.
 */
import { relativeKey } from '../../sheet/relative';
import { rectAddress, type Rect } from '../../sheet/a1';
import { ACTION_OVERHEAD, jsonBytes } from './batching';
import type { RestoreValue } from './undo-record';

export interface TileWrite {
  rect: Rect;
  values: RestoreValue[][];
  bytes: number;
}

export interface TileCopy {
  rect: Rect;
  from: Rect;
  bytes: number;
}

export interface ContentTiles {
  writes: TileWrite[];
  copies: TileCopy[];
  /** Single-column leftovers (holes as ""), for column arrays: col → row → value. */
  columns: Map<number, Map<number, RestoreValue>>;
}

export interface TileOptions {
  /** A cell the plan does not write that may be written as "" (known empty, not in a merged area). */
  fillable(row: number, col: number): boolean;
  /** Largest 2-D array per action; larger rectangles are cut into row slices. */
  maxOpBytes: number;
}

const KEY = 20000;
const key = (row: number, col: number): number => row * KEY + col;

/** Estimated request bytes of one copyFrom (action, range path, both addresses). */
export function copyBytes(rect: Rect, from: Rect): number {
  return ACTION_OVERHEAD + rectAddress(rect).length + rectAddress(from).length + 30;
}

export function tileContents(cells: Map<number, RestoreValue>, opts: TileOptions): ContentTiles {
  const rects = cover(cells, opts.fillable);
  const out: ContentTiles = { writes: [], copies: [], columns: new Map() };
  const seen = new Map<string, Rect>();
  for (const whole of rects) {
    for (const { rect, values, bytes } of slices(whole, cells, opts.maxOpBytes)) {
      // A copy pays when it costs less than the array's own action would.
      const k = ACTION_OVERHEAD + bytes > copyBytes(rect, rect) ? contentKey(rect, values) : null;
      const from = k === null ? undefined : seen.get(k);
      if (from) {
        out.copies.push({ rect, from, bytes: copyBytes(rect, from) });
        continue;
      }
      if (k !== null) seen.set(k, rect);
      else if (rect.left === rect.right) {
        // A lone column slice pays less as part of its column's arrays.
        let col = out.columns.get(rect.left);
        if (!col) out.columns.set(rect.left, (col = new Map()));
        values.forEach((row, i) => col!.set(rect.top + i, row[0]));
        continue;
      }
      out.writes.push({ rect, values, bytes: bytes + rectAddress(rect).length });
    }
  }
  return out;
}

/** What a rectangle holds, independent of where it is; null when a copy might not reproduce it. */
function contentKey(rect: Rect, values: RestoreValue[][]): string | null {
  const parts: string[] = [`${rect.bottom - rect.top + 1}x${rect.right - rect.left + 1}`];
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < values[i].length; j++) {
      const v = values[i][j];
      if (typeof v === 'string' && v.startsWith("'")) return null; // quote prefix: leave to arrays
      if (typeof v === 'string' && v.startsWith('=') && v.length > 1) {
        const f = relativeKey(v.slice(1), rect.top + i, rect.left + j);
        if (f === null) return null;
        parts.push('=' + f);
      } else parts.push(JSON.stringify(v));
    }
  }
  return parts.join('\u0001');
}

/** A rectangle's arrays (empty cells as ""), cut into row slices that stay under `max` bytes. */
function slices(rect: Rect, cells: Map<number, RestoreValue>, max: number): TileWrite[] {
  const out: TileWrite[] = [];
  let cur: TileWrite | null = null;
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: RestoreValue[] = [];
    let rowBytes = 3; // [ … ],
    for (let c = rect.left; c <= rect.right; c++) {
      const v = cells.get(key(r, c)) ?? '';
      row.push(v);
      rowBytes += jsonBytes(v) + 1;
    }
    if (cur && cur.bytes - 4 + rowBytes > max) {
      out.push(cur);
      cur = null;
    }
    cur ??= { rect: { ...rect, top: r, bottom: r }, values: [], bytes: 4 }; // [[ … ]]
    cur.values.push(row);
    cur.rect.bottom = r;
    cur.bytes += rowBytes;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Rectangles covering every written cell, whose other cells are all fillable. Bands of consecutive
 * written rows are covered by their columns that are fillable over the whole band; the remaining
 * written columns are covered over their own, shorter span, and failing that one column at a time.
 */
function cover(cells: Map<number, RestoreValue>, fillable: (row: number, col: number) => boolean): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const k of cells.keys()) {
    const row = Math.floor(k / KEY);
    let list = byRow.get(row);
    if (!list) byRow.set(row, (list = []));
    list.push(k % KEY);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const out: Rect[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    const cols = new Set<number>();
    for (let k = i; k <= j; k++) for (const c of byRow.get(rows[k])!) cols.add(c);
    coverBand(rows[i], rows[j], cols, cells, fillable, out);
    i = j + 1;
  }
  return out;
}

function coverBand(top: number, bottom: number, cols: Set<number>, cells: Map<number, RestoreValue>, fillable: (row: number, col: number) => boolean, out: Rect[]): void {
  const written = (r: number, c: number) => cells.has(key(r, c));
  const span = (c: number): [number, number] | null => {
    let lo = 0;
    let hi = 0;
    for (let r = top; r <= bottom; r++)
      if (written(r, c)) {
        lo ||= r;
        hi = r;
      }
    return lo ? [lo, hi] : null;
  };
  const ok = (c: number) => {
    for (let r = top; r <= bottom; r++) if (!written(r, c) && !fillable(r, c)) return false;
    return true;
  };
  const sorted = [...cols].sort((a, b) => a - b);
  const bad: number[] = [];
  let group: number[] = [];
  // The rows the written cells of these columns span.
  const spanOf = (list: number[]): [number, number] => {
    let lo = Infinity;
    let hi = 0;
    for (const c of list) {
      const s = span(c)!;
      lo = Math.min(lo, s[0]);
      hi = Math.max(hi, s[1]);
    }
    return [lo, hi];
  };
  const flush = () => {
    const w = group.filter((c) => cols.has(c));
    if (w.length) {
      const [lo, hi] = spanOf(w);
      out.push({ top: lo, bottom: hi, left: w[0], right: w[w.length - 1] });
    }
    group = [];
  };
  for (let c = sorted[0]; c <= sorted[sorted.length - 1]; c++) {
    // Between written columns, an unwritten column may fill a gap — unless it was covered before.
    const mine = cols.has(c);
    if (mine ? ok(c) : !anyWritten(c, top, bottom, written) && ok(c)) group.push(c);
    else {
      flush();
      if (mine) bad.push(c);
    }
  }
  flush();
  if (!bad.length) return;
  const [lo, hi] = spanOf(bad);
  if (lo > top || hi < bottom) {
    coverBand(lo, hi, new Set(bad), cells, fillable, out);
    return;
  }
  for (const c of bad) {
    // One column: runs of fillable cells, trimmed to their written cells.
    let start = 0;
    let last = 0;
    for (let r = top; r <= bottom + 1; r++) {
      const good = r <= bottom && (written(r, c) || fillable(r, c));
      if (good && r <= bottom && written(r, c)) {
        start ||= r;
        last = r;
      }
      if (!good) {
        if (start) out.push({ top: start, bottom: last, left: c, right: c });
        start = 0;
      }
    }
  }
}

function anyWritten(c: number, top: number, bottom: number, written: (r: number, c: number) => boolean): boolean {
  for (let r = top; r <= bottom; r++) if (written(r, c)) return true;
  return false;
}
