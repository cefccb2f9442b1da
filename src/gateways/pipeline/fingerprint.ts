/**
 * What the add-in wrote, in a form that can be checked later: a short signature per row of the
 * area a plan touched, and the comparison of a cell's current content with what was written.
 *
 * Rows move between a write and its revert (the user inserts or deletes rows, Excel's own undo
 * takes our inserted rows away), so the revert first aligns the rows it recorded with the rows
 * the sheet has now (alignRows), then checks each cell where it is now. Signatures ignore row
 * numbers inside formulas (every reference becomes '#'), so a row that only moved keeps its
 * signature.
 */
import { SIG_LEN, type RestoreValue } from './undo-record';

const REF_ANY = /\$?[A-Z]{1,3}\$?\d+|\$?\d+:\$?\d+/gi;
const REL_REF = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g;

/** A formula with its row references made relative to its own row ("=F{0}*G{0}"). */
export function templateOf(formula: string, row: number): string {
  return formula.replace(REL_REF, (all, c$: string, col: string, r$: string, r: string) => (r$ ? all : `${c$}${col}{${Number(r) - row}}`));
}

export function fromTemplate(t: string, row: number): string {
  return t.replace(/(\$?)([A-Z]{1,3})\{(-?\d+)\}/g, (_all, c$: string, col: string, d: string) => `${c$}${col}${row + Number(d)}`);
}

/** A formula written at `from` as it reads at `to` when the rows it refers to moved with it. */
export function moveFormula(v: RestoreValue, from: number, to: number): RestoreValue {
  if (from === to || typeof v !== 'string' || !v.startsWith('=')) return v;
  return fromTemplate(templateOf(v, from), to);
}

/** A cell's content as the signature sees it: text without Excel's quote prefix, formulas without row numbers. */
export function sigText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') {
    if (v.startsWith('=') && v.length > 1) return v.toUpperCase().replace(REF_ANY, '#');
    return v.startsWith("'") ? v.slice(1) : v;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Characters per row in the stored signature string (18 bits: a collision only costs a check). */
export const SIG_CHARS = SIG_LEN;

/** A row's signature from its cells' contents. */
export function rowSig(cells: unknown[]): string {
  let h = 0x811c9dc5;
  for (const c of cells) {
    const t = sigText(c);
    for (let i = 0; i < t.length; i++) {
      h ^= t.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  }
  h >>>= 0;
  let out = '';
  for (let i = 0; i < SIG_CHARS; i++) out += ALPHABET[(h >>> (6 * i)) & 63];
  return out;
}

/** Characters of an identity column's anchor signature (phases/record.ts rows.ids): 30 bits, so that a row rarely meets one by chance. */
export const ANCHOR_SIG = 5;

/** An anchor's signature: its text as the row signatures see it. */
export function anchorSig(v: unknown): string {
  const t = sigText(v);
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) {
    h ^= t.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h >>>= 0;
  let out = '';
  for (let i = 0; i < ANCHOR_SIG; i++) out += ALPHABET[(h >>> (6 * i)) & 63];
  return out;
}

/** True when a cell read through `formulas` still holds what was written there (rows may have moved). */
export function holdsWritten(current: unknown, wrote: RestoreValue, wroteRow: number, nowRow: number): boolean {
  if (typeof wrote === 'string' && wrote.startsWith('=') && wrote.length > 1) {
    return typeof current === 'string' && templateOf(current.toUpperCase(), nowRow) === templateOf(wrote.toUpperCase(), wroteRow);
  }
  if (wrote === '') return current === '' || current === null || current === undefined;
  if (typeof wrote === 'number') return typeof current === 'number' ? current === wrote : String(current) === String(wrote);
  if (typeof wrote === 'boolean') return current === wrote;
  const text = wrote.startsWith("'") ? wrote.slice(1) : wrote;
  return typeof current === 'string' ? current === text : String(current) === text;
}

/**
 * Where a recorded row is now. `same`: its signature matched. `sure`: matched, or edited in place
 * between two matched rows with as many rows on both sides. Otherwise only its place suggests it.
 */
export interface RowPlace {
  now: number;
  same: boolean;
  sure: boolean;
}

/**
 * Align the recorded rows (signatures `was` from row `wasTop`) with the rows read now (`now` from
 * row `nowTop`, a few rows more on each side): common prefix and suffix, then rows whose
 * signature is unique on both sides as anchors (the longest run of them in order), recursively.
 * Rows between two anchors map row by row when both sides have as many (rows edited in place);
 * before the first anchor they map upwards from it, after the last downwards. With no anchor at
 * all the rows are taken where they were. Returns recorded row → where it is now.
 */
export function alignRows(was: string[], wasTop: number, now: string[], nowTop: number): Map<number, RowPlace> {
  const out = new Map<number, RowPlace>();
  const put = (i: number, j: number, same: boolean, sure = same): void => void out.set(wasTop + i, { now: nowTop + j, same, sure });
  const gap = (a0: number, a1: number, b0: number, b1: number, first: boolean, last: boolean): void => {
    // Not at an open end: the margin read there is not part of the record.
    if (!first) while (a0 < a1 && b0 < b1 && was[a0] === now[b0]) put(a0++, b0++, true);
    if (!last) while (a0 < a1 && b0 < b1 && was[a1 - 1] === now[b1 - 1]) put(--a1, --b1, true);
    if (a0 >= a1 || b0 >= b1) return;
    const anchors = uniqueAnchors(was, now, a0, a1, b0, b1);
    if (anchors.length) {
      let pa = a0;
      let pb = b0;
      anchors.forEach(([i, j], k) => {
        gap(pa, i, pb, j, first && k === 0, false);
        put(i, j, true);
        pa = i + 1;
        pb = j + 1;
      });
      gap(pa, a1, pb, b1, false, last);
      return;
    }
    const n = Math.min(a1 - a0, b1 - b0);
    if (first && last) {
      // Nothing recognisable: every row where it was, if it is in the read.
      for (let i = a0; i < a1; i++) {
        const j = wasTop + i - nowTop;
        if (j >= b0 && j < b1) put(i, j, false);
      }
    } else if (first) for (let k = 1; k <= n; k++) put(a1 - k, b1 - k, false);
    else if (last) for (let k = 0; k < n; k++) put(a0 + k, b0 + k, false);
    else if (a1 - a0 === b1 - b0) for (let k = 0; k < n; k++) put(a0 + k, b0 + k, false, true);
  };
  gap(0, was.length, 0, now.length, true, true);
  return out;
}

/** Pairs (i in was, j in now) of signatures unique on both sides, longest increasing in both. */
function uniqueAnchors(was: string[], now: string[], a0: number, a1: number, b0: number, b1: number): [number, number][] {
  const count = (arr: string[], lo: number, hi: number): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = lo; i < hi; i++) m.set(arr[i], m.has(arr[i]) ? -1 : i);
    return m;
  };
  const ua = count(was, a0, a1);
  const ub = count(now, b0, b1);
  const pairs: [number, number][] = [];
  for (const [s, i] of ua) {
    const j = ub.get(s);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  const best = longestIncreasing(pairs);
  // A tie: the pairs that all moved by the most common distance, as many as the longest run, win. Two
  // tables alike row for row (a workbook's projects copied from one form) make a row that changed since
  // match its twin outside the record (unique among the recorded rows, unique in the read) — session 20's
  // 4 marks left alone after one cell typed in a merged 一级 area (test/addin/merged-typed-marks).
  const moved = new Map<number, number>();
  for (const [i, j] of pairs) moved.set(j - i, (moved.get(j - i) ?? 0) + 1);
  let shift = 0;
  let most = 0;
  for (const [d, n] of moved) if (n > most) [shift, most] = [d, n];
  return most >= best.length ? pairs.filter(([i, j]) => j - i === shift) : best;
}

/** The longest run of pairs (sorted by their first) increasing in their second too (patience sorting). */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const prev: number[] = new Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < pairs[k][1]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const seq: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) seq.push(pairs[k]);
  return seq.reverse();
}
