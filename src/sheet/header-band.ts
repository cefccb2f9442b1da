/**
 * A grid header alone in its row is taken to span the row. When another table stands beside it past an
 * empty column — two tables side by side but not on the same rows, so the other's field or indicator
 * cells share the header's row — the header's band stops at that gap: neither table reads the other's
 * rows, name or budget. An empty cell covered by a merge is no gap.
 */
import type { Columns } from '../domain/model';
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
 * A header row's texts up to its last named column. Excel (the pane, ExcelJS) gives every row the sheet's width while
 * the CLI keeps a row only as long as its last cell: the band must not depend on it, or a table whose header row ends
 * at E runs on over a list far to its right below it (its rows, its 合计 taken as the sheet's total).
 */
export function toLastText(texts: string[]): string[] {
  let n = texts.length;
  while (n > 0 && !texts[n - 1]) n--;
  return n === texts.length ? texts : texts.slice(0, n);
}

/** The first and last role columns of a header. */
function roleSpan(cols: Columns): Span {
  const cs = Object.values(cols) as number[];
  return { lo: Math.min(...cs), hi: Math.max(...cs) };
}

interface Span {
  lo: number;
  hi: number;
}

/** Two role spans wholly apart (one table beside the other). */
function spansApart(sa: Span, sb: Span): boolean {
  return isFinite(sa.lo) && isFinite(sb.lo) && (sb.lo > sa.hi || sb.hi < sa.lo);
}

/** Two headers whose role columns lie wholly apart (one table beside the other), not one header over two rows. */
export function apart(a: Columns, b: Columns): boolean {
  return spansApart(roleSpan(a), roleSpan(b));
}

/**
 * The headers below hits[i] that stand beside it (their role columns wholly apart from its own), top to bottom, until
 * the first one in its columns that is not beside it (the next stacked table): a sheet of thousands of stacked tables
 * is walked once, not pair by pair.
 */
function besideBelow(hits: HeaderHit[], i: number, spanOf: (j: number) => Span, visit: (j: number) => void): void {
  for (let j = i + 1; j < hits.length; j++) {
    const a = hits[i];
    const b = hits[j];
    if (b.row <= a.row || b.right < a.left) continue;
    if (!spansApart(spanOf(i), spanOf(j))) return;
    visit(j);
  }
}

/**
 * Tables side by side whose headers stand on different rows: the upper header's row is empty above the other
 * table, so its band ran on over that table's columns, and it ended at the other's header (a table cut after
 * one row, the other named by its neighbour's name). A header wholly right (or left) of a header above it, on
 * a row below it, bounds that header's band at its own first (last) column.
 */
export function besideBands(hits: HeaderHit[]): void {
  const spans = hits.map((h) => roleSpan(h.cols));
  for (let i = 0; i < hits.length; i++)
    besideBelow(
      hits,
      i,
      (j) => spans[j],
      (j) => {
        const a = hits[i];
        const b = hits[j];
        const sa = spans[i];
        if (spans[j].lo > sa.hi && b.left > sa.hi) hits[i] = { ...a, right: Math.min(a.right, b.left - 1) };
        else if (b.right < sa.lo) hits[i] = { ...a, left: Math.max(a.left, b.right + 1) };
      },
    );
}

/**
 * How far right the lines above header hits[i] (项目名称, 预算数 … 其他资金) may be read: a funds line can reach past the
 * header row's last cell (其他资金 in F over a header ending at E). Not past another table: one whose header or cells
 * share this header row (its band was cut there), or one beside it on the rows below (v206); else as far as the
 * sheet's rows reach.
 */
export function reachRight(rd: Reader, hits: HeaderHit[], i: number): number {
  const h = hits[i];
  const width = Math.max(h.right, rd.width);
  for (let c = h.right + 1; c <= width; c++) if (rd.own(h.row, c).trim()) return h.right;
  const hi = roleSpan(h.cols).hi;
  let right = width;
  besideBelow(
    hits,
    i,
    (j) => roleSpan(hits[j].cols),
    (j) => {
      const b = hits[j];
      if (roleSpan(b.cols).lo > hi && b.left > hi) right = Math.min(right, b.left - 1);
    },
  );
  return Math.max(right, h.right);
}

/**
 * Of several tables' headers found on one row, those with a header word of their own there: the row under the left
 * table's header holds its first indicator beside the right table's header, and its cells would take the names of
 * the header above (a sub-name takes its parent's) — that band is an indicator row, not a second header row.
 */
export function ownHeaders(rd: Reader, hits: HeaderHit[], isHint: (t: string) => boolean): HeaderHit[] {
  if (hits.length < 2) return hits;
  return hits.filter((h) => {
    for (let c = h.left; c <= h.right; c++) if (isHint(rd.own(h.row, c).trim())) return true;
    return false;
  });
}
