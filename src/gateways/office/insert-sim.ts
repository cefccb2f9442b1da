/**
 * Rows the plan inserts, simulated on the gateway's side: where every row and merged area ends
 * up, and which format copies each insert needs (Excel refuses to paste over part of a merged
 * cell, so formats are copied per block of columns no merged area cuts across).
 */
import type { Merge } from '../../sheet/grid';
import type { RowMap } from '../../sheet/shift-formula';
import { contains, intersects, type Rect } from './address';
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

/**
 * Where a row goes through a sheet's inserts from index `from` on. The engine plans the inserted
 * lines bottom-up, so `at` does not increase along the list: then a row moves by the rows inserted
 * at or above it — a binary search over suffix sums, instead of a walk through thousands of
 * inserts for each reference (自评 at 50 000 rows spent most of its time there). Other orders
 * take the walk.
 */
export function insertMaps(): (x: { inserts: Insert[] }, from: number) => RowMap | undefined {
  const index = new Map<Insert[], { suffix: number[]; monotone: boolean }>();
  return (x, from) => {
    const ins = x.inserts;
    if (from >= ins.length) return undefined;
    let idx = index.get(ins);
    if (!idx || idx.suffix.length !== ins.length + 1) {
      const suffix = new Array<number>(ins.length + 1).fill(0);
      for (let j = ins.length - 1; j >= 0; j--) suffix[j] = suffix[j + 1] + ins[j].count;
      idx = { suffix, monotone: ins.every((v, j) => j === 0 || v.at <= ins[j - 1].at) };
      index.set(ins, idx);
    }
    const { suffix, monotone } = idx;
    if (!monotone) {
      return (row) => {
        let r = row;
        for (let j = from; j < ins.length; j++) if (r >= ins[j].at) r += ins[j].count;
        return r;
      };
    }
    return (row) => {
      // First j ≥ from with at ≤ row (at is non-increasing).
      let lo = from;
      let hi = ins.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ins[mid].at <= row) hi = mid;
        else lo = mid + 1;
      }
      return row + suffix[lo];
    };
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
  const bottomUp = !opts.sequential && inserts.every((v, j) => v.formatFrom < v.at && (j === 0 || v.at <= inserts[j - 1].at));
  const near = bottomUp ? mergesByRow(sheetMerges) : null;
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
    const through = insertMaps();
    const all = through({ inserts }, 0);
    if (all) merges = merges.map((m) => ({ ...m, top: all(m.top), bottom: all(m.bottom) }));
    for (const { merge, after } of created) {
      const f = through({ inserts }, after);
      merges.push(f ? { ...merge, top: f(merge.top), bottom: f(merge.bottom) } : merge);
    }
  }
  out.merges = merges;
  return out;
}
