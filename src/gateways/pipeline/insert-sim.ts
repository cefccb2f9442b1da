/**
 * Rows the plan inserts, simulated on the gateway's side: where every row and merged area ends
 * up, and which format copies each insert needs (Excel refuses to paste over part of a merged
 * cell, so formats are copied per block of columns no merged area cuts across).
 */
import type { Merge } from '../../sheet/grid';
import type { RowMap } from '../../sheet/shift-formula';
import { contains, intersects, type Rect } from '../office/address';
import { runs } from './batching';

export interface Insert {
  at: number;
  count: number;
  formatFrom: number;
}

export interface TrackedMerge extends Merge {
  origin: 'sheet' | 'copy' | 'plan';
}

export interface InsertSimulation {
  /** Per insert: column blocks whose formats are copied from row `src` into the new rows. */
  copies: { left: number; right: number; src: number }[][];
  /** Merged areas after all inserts (the sheet's, moved, and the one-row ones copied into new rows). */
  merges: TrackedMerge[];
  warnings: string[];
}

/** `at` does not increase along the list: the engine plans its inserted lines bottom-up. */
export function bottomUp(inserts: { at: number }[]): boolean {
  return inserts.every((v, j) => j === 0 || v.at <= inserts[j - 1].at);
}

const suffixes = new WeakMap<Insert[], number[]>();

/**
 * Where a row goes through a sheet's inserts from index `from` on. Bottom-up, a row moves by the
 * rows inserted at or above it — a binary search over suffix sums, instead of a walk through
 * thousands of inserts for each reference (自评 at 50 000 rows spent most of its time there).
 * Other orders take the walk.
 */
export function laterRows(ins: Insert[], from: number): RowMap | undefined {
  if (from >= ins.length) return undefined;
  if (!bottomUp(ins)) {
    return (row) => {
      let r = row;
      for (let j = from; j < ins.length; j++) if (r >= ins[j].at) r += ins[j].count;
      return r;
    };
  }
  let suffix = suffixes.get(ins);
  if (!suffix || suffix.length !== ins.length + 1) {
    suffix = new Array<number>(ins.length + 1).fill(0);
    for (let j = ins.length - 1; j >= 0; j--) suffix[j] = suffix[j + 1] + ins[j].count;
    suffixes.set(ins, suffix);
  }
  const sums = suffix;
  return (row) => {
    // First j ≥ from with at ≤ row (at is non-increasing).
    let lo = from;
    let hi = ins.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ins[mid].at <= row) hi = mid;
      else lo = mid + 1;
    }
    return row + sums[lo];
  };
}

/** Row before the plan of a final row, or null for a row the plan inserted. */
export function finalToOriginal(row: number, inserts: { at: number; count: number }[]): number | null {
  let r = row;
  for (let j = inserts.length - 1; j >= 0; j--) {
    const { at, count } = inserts[j];
    if (r >= at + count) r -= count;
    else if (r >= at) return null;
  }
  return r;
}

/**
 * finalToOriginal for many rows: with inserts planned bottom-up (`at` not increasing), block j
 * ends at final row at_j + (rows inserted after it) and the blocks lie in reverse order, so a
 * binary search finds the last block starting at or above a row.
 */
export function originalRows(inserts: { at: number; count: number }[]): (row: number) => number | null {
  const n = inserts.length;
  if (!bottomUp(inserts)) return (row) => finalToOriginal(row, inserts);
  const start: number[] = new Array(n);
  const before: number[] = new Array(n); // rows inserted in blocks above block k (final order)
  let after = 0;
  for (let j = n - 1; j >= 0; j--) {
    start[n - 1 - j] = inserts[j].at + after;
    after += inserts[j].count;
  }
  let sum = 0;
  for (let k = 0; k < n; k++) {
    before[k] = sum;
    sum += inserts[n - 1 - k].count;
  }
  return (row) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (start[mid] <= row) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return row;
    const k = lo - 1;
    const count = inserts[n - 1 - k].count;
    if (row < start[k] + count) return null;
    return row - before[k] - count;
  };
}

/** The sheet's merged areas meeting rows top..bottom, found through an index by row. */
function mergesByRow(list: Merge[]): (top: number, bottom: number) => Merge[] {
  const byRow = new Map<number, Merge[]>();
  const tall: Merge[] = [];
  for (const m of list) {
    if (m.bottom - m.top > 5000) {
      tall.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      let b = byRow.get(r);
      if (!b) byRow.set(r, (b = []));
      b.push(m);
    }
  }
  return (top, bottom) => {
    const out = new Set<Merge>(tall.filter((m) => m.bottom >= top && m.top <= bottom));
    for (let r = top; r <= bottom; r++) for (const m of byRow.get(r) ?? []) out.add(m);
    return [...out];
  };
}

/**
 * Inserts planned bottom-up, each copying the formats of a row above it (the engine's funds and
 * total lines): rows above an insert have not moved yet, so the merged areas it meets are found
 * in the sheet's own coordinates and every area moves once at the end. Otherwise (or with
 * `sequential`) each insert moves every area in turn — thousands × thousands at 50 000 rows.
 */
export function simulateInserts(sheetMerges: Merge[], inserts: Insert[], width: number, mergesKnown: boolean, opts: { sequential?: boolean } = {}): InsertSimulation {
  let merges: TrackedMerge[] = sheetMerges.map((m) => ({ ...m, origin: 'sheet' as const }));
  const near = !opts.sequential && bottomUp(inserts) && inserts.every((v) => v.formatFrom < v.at) ? mergesByRow(sheetMerges) : null;
  const created: { merge: TrackedMerge; after: number }[] = [];
  const out: InsertSimulation = { copies: [], merges: [], warnings: [] };
  inserts.forEach((ins, j) => {
    const { at, count } = ins;
    if (!near) merges = merges.map((m) => (m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m.bottom >= at ? { ...m, bottom: m.bottom + count } : m));
    const copies: { left: number; right: number; src: number }[] = [];
    out.copies.push(copies);
    if (ins.formatFrom < 1) return;
    const src = ins.formatFrom >= at ? ins.formatFrom + count : ins.formatFrom;
    if (!mergesKnown) {
      if (ins.formatFrom !== at - 1) out.warnings.push(`第${at}行起插入的行未能复制第${ins.formatFrom}行的格式（此版本 Excel 无法读取合并单元格）`);
      return; // else: Excel's insert already gives new rows the formats of the row above
    }
    const block: Rect = { top: at, bottom: at + count - 1, left: 1, right: width };
    const srcRow: Rect = { top: src, bottom: src, left: 1, right: width };
    const blocked = new Set<number>();
    // Bottom-up: the areas meeting rows src..at-1 are where the sheet had them; one reaching
    // into the insertion point grows with it.
    const meets = near ? near(src, at - 1).map((m) => (m.bottom >= at ? { ...m, bottom: m.bottom + count } : m)) : merges;
    for (const m of meets) {
      const cut = (intersects(m, block) && !contains(block, m)) || (intersects(m, srcRow) && !contains(srcRow, m));
      if (cut) for (let c = m.left; c <= m.right; c++) blocked.add(c);
    }
    const free: number[] = [];
    for (let c = 1; c <= width; c++) if (!blocked.has(c)) free.push(c);
    for (const r of runs(free)) copies.push({ left: r.top, right: r.bottom, src });
    let replicated = 0;
    for (const c of copies) {
      for (const m of meets.filter((x) => x.top === src && x.bottom === src && x.left >= c.left && x.right <= c.right)) {
        for (let i = 0; i < count; i++) {
          const copy: TrackedMerge = { top: at + i, bottom: at + i, left: m.left, right: m.right, origin: 'copy' };
          if (near) created.push({ merge: copy, after: j + 1 });
          else merges.push(copy);
        }
        replicated++;
      }
    }
    // Excel's insert already formats new rows as the row above: copying that row only adds its
    // one-row merged areas (thousands of inserts would otherwise cost an action each).
    if (src === at - 1 && !replicated) copies.length = 0;
  });
  if (near) {
    // Each area moved through all inserts at once (its ends independently, as Excel grows an area
    // an insert falls into); a replicated one through the inserts after its own.
    const all = laterRows(inserts, 0);
    if (all) merges = merges.map((m) => ({ ...m, top: all(m.top), bottom: all(m.bottom) }));
    for (const { merge, after } of created) {
      const f = laterRows(inserts, after);
      merges.push(f ? { ...merge, top: f(merge.top), bottom: f(merge.bottom) } : merge);
    }
  }
  out.merges = merges;
  return out;
}
