/** Merged areas of a sheet: read, and clipped when they would expand to millions of cells. */
import type { CellValue, Merge } from '../../sheet/grid';
import { address } from '../../sheet/a1';
import { attr } from './xml';

export type Rows<T> = T[][];

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
/** A merged area larger than this is clipped to the cells that hold something. */
const MERGE_CLIP = 10000;
/** A merged area still larger after clipping is refused: nothing real merges a million cells around data. */
const MERGE_LIMIT = 1000000;

/** Each existing index of a (possibly very sparse) array, ascending. */
export function indices(a: unknown[]): number[] {
  if (a.length < 4096) {
    const out: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== undefined) out.push(i);
    return out;
  }
  return Object.keys(a).map(Number);
}

/** A <mergeCell> start tag (any prefix), as elements() finds it; module-level: a literal in a function is a new RegExp per call. */
const MERGE_TAG = /<(?:[\w.-]+:)?mergeCell(?=[\s/>])[^>]*>/g;

/**
 * The <mergeCell> areas after the sheet data, in the file's order; `huge` when one needs clipping.
 * A merge-heavy sheet has one per project row group (100 000 rows: ~93 000), so each is read in place
 * (no generator, no split, no address arrays): the same tags and the same addresses as elements(),
 * attr() and cellRef() give.
 */
export function readMerges(tail: string): { merges: Merge[]; huge: boolean } {
  const merges: Merge[] = [];
  let huge = false;
  let m: RegExpExecArray | null;
  for (let p = 0; ; p = MERGE_TAG.lastIndex) {
    // The common tag, <mergeCell ref="A1:B2"/>, as the next markup: read where it is (no match array, no tag string).
    const end = plainMerge(tail, p);
    if (end > 0) {
      const a = area(tail, p0, p1, q0, q1);
      if (a) {
        if ((a.bottom - a.top + 1) * (a.right - a.left + 1) > MERGE_CLIP) huge = true;
        merges.push(a);
      }
      MERGE_TAG.lastIndex = end;
      continue;
    }
    MERGE_TAG.lastIndex = p;
    if (!(m = MERGE_TAG.exec(tail))) break;
    const tag = m[0];
    if (!tag.endsWith('/>')) {
      // An element with content: the next tag is looked for after its end, as elements() does.
      const prefix = /^<([\w.-]+:)?/.exec(tag)![1] ?? '';
      const close = tail.indexOf(`</${prefix}mergeCell>`, MERGE_TAG.lastIndex);
      if (close < 0) MERGE_TAG.lastIndex = tail.length;
      else MERGE_TAG.lastIndex = close;
    }
    const ref = attr(tag, 'ref') ?? '';
    const colon = ref.indexOf(':');
    const a = area(ref, 0, colon < 0 ? ref.length : colon, colon < 0 ? 0 : colon + 1, colon < 0 ? ref.length : nextColon(ref, colon + 1));
    if (!a) continue;
    if ((a.bottom - a.top + 1) * (a.right - a.left + 1) > MERGE_CLIP) huge = true;
    merges.push(a);
  }
  return { merges, huge };
}

/** Bounds of the plain tag's address(es) in the tail, set by plainMerge: [p0, p1) and [q0, q1) (q0 0: one address). */
let p0 = 0;
let p1 = 0;
let q0 = 0;
let q1 = 0;
const PLAIN = '<mergeCell ref="';

/**
 * When the first markup at or after `from` is exactly <mergeCell ref="…"/> with no entity, quote or > in the value,
 * where it ends (the bounds into p0…q1, as readMerges' own reading would cut the ref); else 0, and the tag is read the
 * general way. MERGE_TAG would match this same tag first: no other “<” comes before it.
 */
function plainMerge(tail: string, from: number): number {
  const lt = tail.indexOf('<', from);
  if (lt < 0 || !tail.startsWith(PLAIN, lt)) return 0;
  const v = lt + PLAIN.length;
  const q = tail.indexOf('"', v);
  if (q < 0 || tail.charCodeAt(q + 1) !== 47 || tail.charCodeAt(q + 2) !== 62) return 0;
  let colon = -1;
  let second = -1;
  for (let i = v; i < q; i++) {
    const ch = tail.charCodeAt(i);
    if (ch === 38 || ch === 62 || ch === 60) return 0;
    if (ch === 58) {
      if (colon < 0) colon = i;
      else if (second < 0) second = i;
    }
  }
  p0 = v;
  p1 = colon < 0 ? q : colon;
  q0 = colon < 0 ? 0 : colon + 1;
  q1 = colon < 0 ? q : second < 0 ? q : second;
  return q + 3;
}

function nextColon(s: string, from: number): number {
  const k = s.indexOf(':', from);
  return k < 0 ? s.length : k;
}

let refRow = 0;
let refCol = 0;

/** Reads s[from, to) as cellRef() does (and a leading $ too) into refRow/refCol; false when it is not a plain address. */
function addressAt(s: string, from: number, to: number): boolean {
  let col = 0;
  // "$A$14": a producer may write a merge's corners as absolute references.
  if (s.charCodeAt(from) === 36) from++;
  let i = from;
  for (; i < to; i++) {
    const ch = s.charCodeAt(i) | 32;
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (i === from || i - from > 3 || i === to) return false;
  let row = 0;
  for (; i < to; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 36 && row === 0) continue;
    if (ch < 48 || ch > 57) return false;
    row = row * 10 + (ch - 48);
  }
  refRow = row;
  refCol = col;
  return row > 0;
}

/** The area of "A1:B2" (a single address when there is no colon; text after a second colon is ignored), within Excel's limits. */
function area(ref: string, a0: number, a1: number, b0: number, b1: number): Merge | null {
  if (!addressAt(ref, a0, a1)) return null;
  const r0 = refRow;
  const c0 = refCol;
  if (b0 > 0 && !addressAt(ref, b0, b1)) return null;
  const r1 = b0 > 0 ? refRow : r0;
  const c1 = b0 > 0 ? refCol : c0;
  if (Math.max(r0, r1) > MAX_ROWS || Math.max(c0, c1) > MAX_COLS) return null;
  return { top: Math.min(r0, r1), left: Math.min(c0, c1), bottom: Math.max(r0, r1), right: Math.max(c0, c1) };
}

export function extent(values: Rows<CellValue>): [number, number] {
  let maxRow = 0;
  let maxCol = 0;
  for (let k = 0, list = indices(values); k < list.length; k++) {
    const i = list[k];
    const row = values[i];
    for (let k = 0, list = indices(row); k < list.length; k++) {
      const j = list[k];
      if (row[j] === null) continue;
      maxRow = i + 1;
      if (j + 1 > maxCol) maxCol = j + 1;
    }
  }
  return [maxRow, maxCol];
}

export function trim<T>(rows: Rows<T>, rowCount: number, colCount: number): void {
  if (rows.length > rowCount) rows.length = rowCount;
  for (let k = 0, list = indices(rows); k < list.length; k++) {
    const i = list[k];
    if (rows[i].length > colCount) rows[i].length = colCount;
  }
}

/**
 * Clips merged areas over more than MERGE_CLIP cells to the cells that hold something (a merge
 * H1:XFD1048576 over an empty area costs nothing); one still too large after that is refused.
 */
export function clipMerges(merges: Merge[], values: Rows<CellValue>, formulas: Rows<string | null>, refuse: (zh: string, en: string) => never): number {
  const big = merges.filter((m) => (m.bottom - m.top + 1) * (m.right - m.left + 1) > MERGE_CLIP);
  const inBig = (r: number, c: number) => big.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
  let maxRow = 0;
  let maxCol = 0;
  let hidden = 0;
  for (let k = 0, list = [values, formulas] as unknown[][][]; k < list.length; k++) {
    const rows = list[k];
    for (let k = 0, list = indices(rows); k < list.length; k++) {
      const i = list[k];
      for (let k = 0, list = indices(rows[i]); k < list.length; k++) {
        const j = list[k];
        if (rows[i][j] === null) continue;
        // Covered by the merge as it was written: hidden, whatever the clipping leaves.
        if (inBig(i + 1, j + 1)) {
          if (rows === formulas) hidden++;
          rows[i][j] = null;
          continue;
        }
        if (i + 1 > maxRow) maxRow = i + 1;
        if (j + 1 > maxCol) maxCol = j + 1;
      }
    }
  }
  let total = 0;
  for (let i = 0; i < big.length; i++) {
    const m = big[i];
    const ref = `${address(m.top, m.left)}:${address(m.bottom, m.right)}`;
    m.bottom = Math.max(m.top, Math.min(m.bottom, maxRow));
    m.right = Math.max(m.left, Math.min(m.right, maxCol));
    const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    total += area;
    if (area > MERGE_LIMIT || total > 4 * MERGE_LIMIT) {
      refuse(
        `的合并区域 ${ref} 覆盖了有内容的 ${area} 个单元格，超过上限（请在 Excel 中取消这个合并后再试）。`,
        `merged area ${ref} covers ${area} cells around data, over the limit.`,
      );
    }
  }
  return hidden;
}
