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
  return left === h.left && right === h.right ? h : { ...h, left, right, open: h.open && right === h.right };
}
