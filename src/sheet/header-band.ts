/**
 * A grid header alone in its row is taken to span the row. When another table stands beside it past an
 * empty column — two tables side by side but not on the same rows, so the other's field or indicator
 * cells share the header's row — the header's band stops at that gap: neither table reads the other's
 * rows, name or budget. An empty cell covered by a merge is no gap.
 */
import type { HeaderHit, Reader } from './reader';

export function ownBand(rd: Reader, h: HeaderHit): HeaderHit {
  const roleCols = Object.values(h.cols) as number[];
  if (!roleCols.length) return h;
  const empty = (c: number) => !rd.own(h.row, c).trim() && !rd.covering(h.row, c);
  const anyText = (from: number, to: number) => {
    for (let c = from; c <= to; c++) if (rd.own(h.row, c).trim()) return true;
    return false;
  };
  let { left, right } = h;
  for (let c = Math.max(...roleCols) + 1; c < right; c++) {
    if (!empty(c)) continue;
    if (anyText(c + 1, right)) right = c - 1;
    break;
  }
  for (let c = Math.min(...roleCols) - 1; c > left; c--) {
    if (!empty(c)) continue;
    if (anyText(left, c - 1)) left = c + 1;
    break;
  }
  return left === h.left && right === h.right ? h : { ...h, left, right };
}

/**
 * Tables side by side whose headers stand on different rows: the upper header's row is empty above the other
 * table, so its band ran on over that table's columns, and it ended at the other's header (a table cut after
 * one row, the other named by its neighbour's name). A header wholly right (or left) of a header above it, on
 * a row below it, bounds that header's band at its own first (last) role column.
 */
export function besideBands(hits: HeaderHit[]): void {
  const span = (h: HeaderHit) => {
    const cs = Object.values(h.cols) as number[];
    return { lo: Math.min(...cs), hi: Math.max(...cs) };
  };
  for (let i = 0; i < hits.length; i++)
    for (let j = 0; j < hits.length; j++) {
      const a = hits[i];
      const b = hits[j];
      if (b.row <= a.row || b.left > a.right || b.right < a.left) continue;
      const sa = span(a);
      const sb = span(b);
      if (!isFinite(sa.lo) || !isFinite(sb.lo)) continue;
      if (sb.lo > sa.hi && b.left > sa.hi) hits[i] = { ...a, right: Math.min(a.right, b.left - 1) };
      else if (sb.hi < sa.lo && b.right < sa.lo) hits[i] = { ...a, left: Math.max(a.left, b.right + 1) };
    }
}
