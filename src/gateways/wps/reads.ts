/**
 * Format reads of one batch, joined: the shared gateway asks the number formats or fills of many
 * small ranges (a column segment, the cells it is about to colour); ET answers a per-cell format
 * for a whole range at once, or null when its cells differ. So the requests of a sheet are asked
 * as their bounding rectangle, split (columns first: formats mostly change between columns) only
 * where the answer is mixed and only where a request lies. Calls grow with the runs of formats
 * among the requested cells, not with the requests.
 */
import { intersects, rectAddress, type Rect } from '../../sheet/a1';
import type { CellLook } from '../pipeline/ops';
import type { EtRange, EtWorksheet } from '../../wps-api/et';
import { lookOf, normalFormat } from './cells';

export type FormatKind = 'numberFormat' | 'look';

interface Request {
  sheet: string;
  kind: FormatKind;
  rect: Rect;
  done: (cells: unknown[][]) => void;
}

/** Above this many cells in the bounding rectangle, requests are read one by one (memory, not calls). */
const MAX_BOX_CELLS = 2_000_000;

const readers: Record<FormatKind, (r: EtRange) => unknown> = {
  numberFormat: (r) => {
    const v = r.NumberFormat;
    return v === null || v === undefined ? null : normalFormat(v);
  },
  look: (r) => {
    const l = lookOf(r);
    return l && ({ fill: { color: l.color, pattern: l.pattern }, bold: l.bold } satisfies CellLook);
  },
};

type Axis = 'row' | 'col';

/**
 * `r` in two along `axis`: between the requests' spans when they are apart, else at the middle;
 * null when `r` is one cell thick along `axis`.
 */
function split(r: Rect, axis: Axis, reqs: Request[]): [Rect, Rect] | null {
  const [lo, hi] = axis === 'row' ? (['top', 'bottom'] as const) : (['left', 'right'] as const);
  if (r[lo] === r[hi]) return null;
  const spans = reqs
    .filter((q) => intersects(q.rect, r))
    .map((q) => [Math.max(q.rect[lo], r[lo]), Math.min(q.rect[hi], r[hi])] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const [t, b] of spans) {
    const last = joined[joined.length - 1];
    if (last && t <= last[1] + 1) last[1] = Math.max(last[1], b);
    else joined.push([t, b]);
  }
  const half = joined.length >> 1;
  const cut = joined.length >= 2 ? joined[half - 1][1] : Math.floor((r[lo] + r[hi]) / 2);
  const next = joined.length >= 2 ? joined[half][0] : cut + 1;
  return [
    { ...r, [hi]: cut },
    { ...r, [lo]: next },
  ];
}

/** One format per cell of `reqs` (all of one sheet and kind), delivered to each request. */
function readJoined(ws: EtWorksheet, kind: FormatKind, reqs: Request[]): void {
  const box = reqs.reduce(
    (b, q) => ({ top: Math.min(b.top, q.rect.top), left: Math.min(b.left, q.rect.left), bottom: Math.max(b.bottom, q.rect.bottom), right: Math.max(b.right, q.rect.right) }),
    reqs[0].rect,
  );
  if ((box.bottom - box.top + 1) * (box.right - box.left + 1) > MAX_BOX_CELLS && reqs.length > 1) {
    for (const q of reqs) readJoined(ws, kind, [q]);
    return;
  }
  const grid: unknown[][] = Array.from({ length: box.bottom - box.top + 1 }, () => new Array<unknown>(box.right - box.left + 1));
  const visit = (whole: Rect): void => {
    // Ask only about the requested part: the bounding rectangle of the requests within `whole`.
    let r: Rect | null = null;
    for (const q of reqs) {
      if (!intersects(q.rect, whole)) continue;
      const t = Math.max(q.rect.top, whole.top),
        l = Math.max(q.rect.left, whole.left),
        b = Math.min(q.rect.bottom, whole.bottom),
        rt = Math.min(q.rect.right, whole.right);
      r = r ? { top: Math.min(r.top, t), left: Math.min(r.left, l), bottom: Math.max(r.bottom, b), right: Math.max(r.right, rt) } : { top: t, left: l, bottom: b, right: rt };
    }
    if (!r) return;
    const v = readers[kind](ws.Range(rectAddress(r)));
    if (v !== null && v !== undefined) {
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) grid[row - box.top][col - box.left] = v;
      return;
    }
    if (r.top === r.bottom && r.left === r.right) throw new Error('WPS 未返回单元格的格式');
    // Split across the axis where this kind of format changes most (number formats between
    // columns, fills and bold between rows), between requests rather than at the middle.
    const order: Axis[] = kind === 'numberFormat' ? ['col', 'row'] : ['row', 'col'];
    for (const axis of order) {
      const parts = split(r, axis, reqs);
      if (parts) return parts.forEach(visit);
    }
  };
  visit(box);
  for (const q of reqs) {
    const r = q.rect;
    q.done(grid.slice(r.top - box.top, r.bottom - box.top + 1).map((l) => l.slice(r.left - box.left, r.right - box.left + 1)));
  }
}

export class FormatReads {
  private list: Request[] = [];

  get size(): number {
    return this.list.length;
  }

  add(sheet: string, kind: FormatKind, rect: Rect, done: (cells: unknown[][]) => void): void {
    this.list.push({ sheet, kind, rect, done });
  }

  clear(): void {
    this.list = [];
  }

  /** Read every queued request now, joined per sheet and kind. */
  resolve(sheetOf: (name: string) => EtWorksheet): void {
    const list = this.list;
    this.list = [];
    const groups = new Map<string, Request[]>();
    for (const q of list) {
      const k = `${q.kind}\u0000${q.sheet.toLowerCase()}`;
      const g = groups.get(k);
      if (g) g.push(q);
      else groups.set(k, [q]);
    }
    for (const reqs of groups.values()) readJoined(sheetOf(reqs[0].sheet), reqs[0].kind, reqs);
  }
}
