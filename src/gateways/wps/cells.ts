/**
 * Reading and writing blocks of cells through ET with few calls: contents in row blocks (one
 * Value2 and one Formula array per block), per-cell formats by halving a rectangle until its
 * cells agree (ET answers null for "mixed"), writes as one array per rectangle of given cells.
 */
import type { Rect } from '../../sheet/a1';
import { toInput } from '../pipeline/cell-input';
import { rectAddress } from '../../sheet/a1';
import type { EtRange, EtWorksheet } from '../../wps-api/et';
import { fromBgr, member, XL_NONE } from '../../wps-api/et';

/** Cells per Value2/Formula read: a block is one transfer, small enough not to stall WPS. */
export const READ_BLOCK_CELLS = 40_000;
/** ET, like VBA, refuses Range() addresses longer than 255 characters. */
export const MAX_ADDRESS = 255;

export interface Block {
  /** Office-shaped: '' for empty cells. */
  values: unknown[][];
  /** Office-shaped: the formula with '=', else the typed constant, '' when empty. */
  formulas: unknown[][];
}

function grid(v: unknown, rows: number, cols: number): unknown[][] {
  if (rows === 1 && cols === 1 && !Array.isArray(v)) return [[v]];
  return v as unknown[][];
}

const empty = (v: unknown): boolean => v === undefined || v === null;

/** Values and formulas of `rect`, Office-shaped, read in row blocks. */
export function readBlock(ws: EtWorksheet, rect: Rect): Block {
  const cols = rect.right - rect.left + 1;
  const step = Math.max(1, Math.floor(READ_BLOCK_CELLS / cols));
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  for (let top = rect.top; top <= rect.bottom; top += step) {
    const bottom = Math.min(rect.bottom, top + step - 1);
    const r = ws.Range(rectAddress({ top, bottom, left: rect.left, right: rect.right }));
    const v = grid(r.Value2, bottom - top + 1, cols);
    const f = grid(r.Formula, bottom - top + 1, cols);
    for (let i = 0; i < v.length; i++) {
      const vl = v[i],
        fl = f[i];
      const outV = new Array<unknown>(cols),
        outF = new Array<unknown>(cols);
      for (let j = 0; j < cols; j++) {
        const val = empty(vl[j]) ? '' : vl[j];
        const fx = fl[j];
        outV[j] = val;
        // A formula reads back with '='; text that merely starts with '=' reads the same as its value.
        outF[j] = typeof fx === 'string' && fx.startsWith('=') && fx !== val ? fx : val;
      }
      values.push(outV);
      formulas.push(outF);
    }
  }
  return { values, formulas };
}

/**
 * What to write to put a read cell back as it was: its formula, or its constant as typed input
 * (text that ET would take for a number, date or formula gets an apostrophe).
 */
export function asInput(value: unknown, formula: unknown): unknown {
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) return formula;
  return typeof value === 'string' ? toInput(value) : value;
}

/** 'G/通用格式' is how a Chinese build may spell General. */
export function normalFormat(nf: string): string {
  return nf === 'G/通用格式' ? 'General' : nf;
}

/** Split a rectangle in two (rows first): the halves of a divide-and-conquer read. */
export function halves(r: Rect): [Rect, Rect] {
  if (r.bottom > r.top) {
    const mid = Math.floor((r.top + r.bottom) / 2);
    return [
      { ...r, bottom: mid },
      { ...r, top: mid + 1 },
    ];
  }
  const mid = Math.floor((r.left + r.right) / 2);
  return [
    { ...r, right: mid },
    { ...r, left: mid + 1 },
  ];
}

/**
 * A per-cell property read the way ET allows: ask the whole rectangle; a uniform answer covers
 * every cell, a mixed one (null) halves the rectangle. Calls grow with the number of runs, not cells.
 */
export function readUniform<T>(ws: EtWorksheet, rect: Rect, read: (r: EtRange) => T | null, fill: (r: Rect, v: T) => void): void {
  const v = read(ws.Range(rectAddress(rect)));
  if (v !== null && v !== undefined) return fill(rect, v);
  if (rect.top === rect.bottom && rect.left === rect.right) throw new Error('WPS 未返回单元格的格式');
  for (const h of halves(rect)) readUniform(ws, h, read, fill);
}

export interface Look {
  color: string;
  pattern: 'None' | 'Solid';
  bold: boolean;
}

/** Fill and bold of a range as one answer, or null when its cells differ. */
export function lookOf(r: EtRange): Look | null {
  const interior = r.Interior;
  const color = interior.Color;
  if (color === null || color === undefined) return null;
  const pattern = color === 0xffffff ? interior.Pattern : 1;
  if (pattern === null || pattern === undefined) return null;
  const bold = r.Font.Bold;
  if (bold === null || bold === undefined) return null;
  return { color: pattern === XL_NONE ? '#FFFFFF' : fromBgr(color), pattern: pattern === XL_NONE ? 'None' : 'Solid', bold: !!bold };
}

/** Rectangles that cover the given cells of a 2-D array exactly (runs per row, joined down when equal). */
export function rectsOf(arr: unknown[][], top: number, left: number, use: (v: unknown) => boolean): Rect[] {
  const out: Rect[] = [];
  let open = new Map<string, Rect>();
  for (let i = 0; i < arr.length; i++) {
    const next = new Map<string, Rect>();
    const line = arr[i] ?? [];
    let j = 0;
    while (j < line.length) {
      if (!use(line[j])) {
        j++;
        continue;
      }
      const start = j;
      while (j < line.length && use(line[j])) j++;
      const k = `${start}:${j - 1}`;
      const prev = open.get(k);
      if (prev) {
        prev.bottom = top + i;
        next.set(k, prev);
        open.delete(k);
      } else next.set(k, { top: top + i, bottom: top + i, left: left + start, right: left + j - 1 });
    }
    for (const r of open.values()) out.push(r);
    open = next;
  }
  for (const r of open.values()) out.push(r);
  return out;
}

/** The part of `arr` (anchored at top/left) under `r`, as ET takes it: a scalar for one cell. */
export function sub(arr: unknown[][], top: number, left: number, r: Rect): unknown {
  if (r.top === r.bottom && r.left === r.right) return arr[r.top - top][r.left - left];
  const out: unknown[][] = [];
  for (let row = r.top; row <= r.bottom; row++) out.push(arr[row - top].slice(r.left - left, r.right - left + 1));
  return out;
}

/** Address lists of at most 255 characters ("A1,B3:B5,…"), for one call per list. */
export function addressChunks(rects: Rect[]): string[] {
  const out: string[] = [];
  let cur = '';
  for (const r of rects) {
    const a = rectAddress(r);
    if (cur && cur.length + 1 + a.length > MAX_ADDRESS) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

/** "$A$1:$C$4" (or "Sheet1!$A$1") → the rectangle. */
export function rectOfAddress(address: string, parse: (ref: string) => Rect | null): Rect {
  const ref = address.replace(/^.*!/, '').replace(/\$/g, '');
  const r = parse(ref);
  if (!r) throw new Error(`WPS 返回的地址无法识别：${address}`);
  return r;
}

/** The address of a range, whichever way this build exposes it. */
export function addressOf(r: EtRange): string {
  return member<string>(r, 'Address');
}

/**
 * The merged areas within `rect`. ET has no list of them: ask MergeCells of a rectangle (false:
 * none), take the top-left cell's MergeArea when all are merged, else split — columns first
 * (most columns hold no merge), then, in one column, between its *runs*. A merged area's cells
 * other than its top-left one are empty, so in a column an area lies within one run: a stretch
 * of empty cells with the filled cell just above it. Splitting between runs (not at the middle
 * row) makes a run the smallest piece asked about, so each area is found by one true answer and
 * each stretch without one by a false answer, instead of halving rows down to the area's edge.
 * `isEmpty` comes from the read of the cells (without it every cell counts as empty). Calls grow
 * with the number of areas, not with the cells.
 */
export function findMerges(ws: EtWorksheet, rect: Rect, parse: (ref: string) => Rect | null, isEmpty: (row: number, col: number) => boolean = () => true): Rect[] {
  const found: Rect[] = [];
  const runsOf = new Map<number, [number, number][]>();
  const runs = (col: number): [number, number][] => {
    let list = runsOf.get(col);
    if (list) return list;
    list = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      if (!isEmpty(row, col)) continue;
      const head = row > rect.top ? row - 1 : row;
      while (row < rect.bottom && isEmpty(row + 1, col)) row++;
      list.push([head, row]);
    }
    runsOf.set(col, list);
    return list;
  };
  /** The runs of column `col` within rows top..bottom, clipped. */
  const within = (col: number, top: number, bottom: number): [number, number][] => {
    const list = runs(col);
    let lo = 0,
      hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid][1] < top) lo = mid + 1;
      else hi = mid;
    }
    const out: [number, number][] = [];
    for (let i = lo; i < list.length && list[i][0] <= bottom; i++) out.push([Math.max(top, list[i][0]), Math.min(bottom, list[i][1])]);
    return out;
  };
  const covered = (r: Rect): boolean => found.some((m) => m.top <= r.top && m.bottom >= r.bottom && m.left <= r.left && m.right >= r.right);
  const single = (r: Rect): boolean => r.top === r.bottom && r.left === r.right;
  /** The merged area holding the top-left cell of `r`, recorded. */
  const take = (r: Rect): Rect => {
    const area = rectOfAddress(addressOf(ws.Range(rectAddress({ top: r.top, left: r.left, bottom: r.top, right: r.left })).MergeArea), parse);
    if (!found.some((m) => m.top === area.top && m.left === area.left)) found.push(area);
    return area;
  };
  const visit = (r: Rect): void => {
    if (covered(r)) return;
    if (r.left === r.right) {
      // One column: ask only about its runs (the rest cannot hold the non-first cell of an area).
      const list = within(r.left, r.top, r.bottom);
      if (!list.length) return;
      const top = list[0][0],
        bottom = list[list.length - 1][1];
      if (top !== r.top || bottom !== r.bottom) return visit({ ...r, top, bottom });
    } else if (!Array.from({ length: r.right - r.left + 1 }, (_, j) => within(r.left + j, r.top, r.bottom).length).some((n) => n > 0)) return;
    const mc = ws.Range(rectAddress(r)).MergeCells;
    if (mc === false) return;
    if (mc === true || single(r)) {
      const area = take(r);
      if (area.top <= r.top && area.bottom >= r.bottom && area.left <= r.left && area.right >= r.right) return;
    }
    if (single(r)) return;
    if (r.right > r.left) {
      const mid = Math.floor((r.left + r.right) / 2);
      visit({ ...r, right: mid });
      visit({ ...r, left: mid + 1 });
      return;
    }
    const list = within(r.left, r.top, r.bottom);
    if (list.length > 1 && !probed.has(r.left)) return probe(r, list);
    if (list.length === 1) {
      // Within one run: halve rows (an area and its neighbour share the run).
      const [a, b] = halves(r);
      visit(a);
      visit(b);
      return;
    }
    const half = list.length >> 1;
    visit({ ...r, bottom: list[half - 1][1] });
    visit({ ...r, top: list[half][0] });
  };
  /**
   * A column with merges, first seen: ask its long runs (3 rows or more: where vertical merges
   * are) one by one, then search only the stretches between the runs settled. Stops asking when
   * most long runs turn out not merged (then the search between runs is cheaper).
   */
  const probed = new Set<number>();
  const probe = (r: Rect, list: [number, number][]): void => {
    probed.add(r.left);
    const settled = new Set<number>();
    let asked = 0,
      hits = 0;
    for (const [top, bottom] of list) {
      if (bottom - top < 2) continue;
      if (asked >= 8 && hits * 3 < asked) break;
      const run = { ...r, top, bottom };
      if (covered(run)) {
        settled.add(top);
        continue;
      }
      asked++;
      const mc = ws.Range(rectAddress(run)).MergeCells;
      if (mc === false) settled.add(top);
      if (mc !== true) continue;
      hits++;
      const area = take(run);
      if (area.top <= top && area.bottom >= bottom) settled.add(top);
    }
    let group: [number, number][] = [];
    const flush = () => {
      if (group.length) visit({ ...r, top: group[0][0], bottom: group[group.length - 1][1] });
      group = [];
    };
    for (const run of list) {
      if (settled.has(run[0])) flush();
      else group.push(run);
    }
    flush();
  };
  visit(rect);
  return found.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Whether the cell at (row, col) of `formulas` (anchored at `box`) is empty; outside the box, yes. */
export function emptyIn(box: Rect, formulas: unknown[][]): (row: number, col: number) => boolean {
  return (row, col) => {
    const v = formulas[row - box.top]?.[col - box.left];
    return v === '' || v === undefined || v === null;
  };
}
