/**
 * Helpers shared by snapshot, apply and undo: payload estimates, column runs, address lists.
 *
 * Excel on the web limits each request and each response to 5 MB. The gateway estimates what it
 * queues (JSON of the arguments, UTF-8, plus a fixed overhead per action for the action and its
 * object paths) and keeps every sync under ~4.5 MB, leaving room for the envelope.
 */
import { Rect, colLetters, rectAddress } from '../../sheet/a1';
import { escapedLength, utf8Length } from '../../domain/utf8';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** The gateway's budget per sync, below the 5 MB limit. */
export const DEFAULT_MAX_BYTES = Math.floor(4.5 * 1024 * 1024);
/** Excel rejects long getRanges address strings (failures reported from ~8,200 characters). */
export const DEFAULT_ADDRESS_CHUNK = 2000;
/** Request bytes of one action with its object paths (sheet, range, format…), beyond its arguments. */
export const ACTION_OVERHEAD = 250;

export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v));
}

/**
 * JSON bytes of `v` on a wire that escapes every non-ASCII character (\uXXXX, 6 bytes): the most
 * a Chinese text can cost. Learnt after a refusal (snapshot.ts), not assumed.
 */
export function escapedJsonBytes(v: unknown): number {
  return escapedLength(JSON.stringify(v) ?? '');
}

/** Consecutive runs of sorted, distinct row numbers. */
export function runs(rows: number[]): { top: number; bottom: number }[] {
  const out: { top: number; bottom: number }[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && r === last.bottom + 1) last.bottom = r;
    else out.push({ top: r, bottom: r });
  }
  return out;
}

/**
 * Row segments to read for the given rows: runs, joined across a gap when reading the gap costs
 * fewer bytes than another action would (`perCell` response bytes per cell, `perAction` request
 * bytes per action). Fewer actions keep the request small; short gaps keep the response small.
 */
export function segments(rows: number[], perCell: number, perAction: number = ACTION_OVERHEAD, maxRows = Infinity): { top: number; bottom: number }[] {
  const out: { top: number; bottom: number }[] = [];
  for (const run of runs(rows)) {
    const last = out[out.length - 1];
    if (last && (run.top - last.bottom - 1) * perCell < perAction && run.bottom - last.top + 1 <= maxRows) last.bottom = run.bottom;
    else out.push({ ...run });
  }
  return out;
}

/** Split a run of `n` items into chunks whose estimated bytes stay under `maxBytes`. */
export function chunkBySize<T>(items: T[], bytesOf: (x: T) => number, maxBytes: number): { start: number; end: number; bytes: number }[] {
  const out: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < items.length; i++) {
    const b = bytesOf(items[i]) + 3;
    if (i > start && bytes + b > maxBytes) {
      out.push({ start, end: i, bytes });
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (items.length) out.push({ start, end: items.length, bytes });
  return out;
}

/** "C5:C9,D2,F7:F8" for cells given as (row, col), column by column, chunked by length. */
export function addressLists(cells: { row: number; col: number }[], maxChars: number = DEFAULT_ADDRESS_CHUNK): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    let list = byCol.get(c.col);
    if (!list) byCol.set(c.col, (list = []));
    list.push(c.row);
  }
  const parts: string[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    for (const r of runs(rows)) parts.push(rectAddress({ top: r.top, bottom: r.bottom, left: col, right: col }));
  }
  const out: string[] = [];
  let cur = '';
  for (const p of parts) {
    if (cur && cur.length + 1 + p.length > maxChars) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${p}` : p;
  }
  if (cur) out.push(cur);
  return out;
}

export function cellAddress(row: number, col: number): string {
  return `${colLetters(col)}${row}`;
}

export function rowsAddress(top: number, bottom: number): string {
  return `${top}:${bottom}`;
}

export function columnRunAddress(col: number, top: number, bottom: number): string {
  return rectAddress({ top, bottom, left: col, right: col } as Rect);
}

/** Request bytes of a `null` (a cell left as it is) in a column array: `[null],`. */
export const NULL_BYTES = 7;

/**
 * One column's writes as few `formulas` / `numberFormat` arrays as pay: runs joined across gaps
 * shorter than an action's overhead, the gaps written as `null` — which Excel leaves unchanged
 * ("null input inside a two-dimensional array is ignored") — and cut at `maxOpBytes`. A gap with
 * a `blocked` row (one in a merged area: Excel refuses to write over part of one) is not joined;
 * nor is any gap without `blocked`.
 */
export function columnPieces<T>(
  cells: Map<number, T>,
  bytesOf: (v: T) => number,
  maxOpBytes: number,
  blocked?: (row: number) => boolean,
): { top: number; values: (T | null)[][]; bytes: number }[] {
  const spans: { top: number; bottom: number }[] = [];
  for (const run of runs([...cells.keys()].sort((a, b) => a - b))) {
    const last = spans[spans.length - 1];
    let join = !!blocked && !!last && (run.top - last.bottom - 1) * NULL_BYTES < ACTION_OVERHEAD;
    for (let r = last ? last.bottom + 1 : 0; join && r < run.top; r++) join = !blocked?.(r);
    if (join) last.bottom = run.bottom;
    else spans.push({ ...run });
  }
  const out: { top: number; values: (T | null)[][]; bytes: number }[] = [];
  for (const seg of spans) {
    const values: (T | null)[] = [];
    for (let r = seg.top; r <= seg.bottom; r++) values.push(cells.has(r) ? (cells.get(r) as T) : null);
    for (const ch of chunkBySize(values, (v) => (v === null ? NULL_BYTES - 3 : bytesOf(v)), maxOpBytes)) {
      out.push({ top: seg.top + ch.start, values: values.slice(ch.start, ch.end).map((v) => [v]), bytes: ch.bytes });
    }
  }
  return out;
}
