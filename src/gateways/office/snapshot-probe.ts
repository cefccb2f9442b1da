/**
 * The far cell: one value at XFD1048576 beside a normal table makes the used range the whole
 * sheet, and reading that range cell by cell is 17 billion cells. So when the used range would
 * take many syncs to read, the snapshot first probes where its cells are: the used cells
 * (`getUsedRangeOrNullObject(true)`, ExcelApi 1.4) of ~32 row bands and ~32 column bands of
 * it, in one sync of small answers. Every used cell lies in the box of its row band and in the
 * box of its column band, so the boxes' intersections hold them all; these are joined where that
 * wastes little and read as blocks. A box still too large to read (cells scattered over it) is
 * probed again, at most PROBE_DEPTH times; a dense large sheet costs one sync more than before.
 */
import { rectAddress, type Rect } from '../../sheet/a1';
import type { XlRange, XlWorksheet } from './api';
import { ACTION_OVERHEAD } from '../pipeline/batching';

const BANDS = 32;
/** Response bytes of one probe answer (four numbers, or a null object). */
const PROBE_RESP = 80;
export const PROBE_DEPTH = 3;

export const area = (r: Rect): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function union(a: Rect, b: Rect): Rect {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

/** `r` without `hole`: up to four rectangles (above, below, left, right of it). */
export function minus(r: Rect, hole: Rect): Rect[] {
  const h = intersect(r, hole);
  if (!h) return [r];
  const out: Rect[] = [];
  if (r.top < h.top) out.push({ ...r, bottom: h.top - 1 });
  if (h.bottom < r.bottom) out.push({ ...r, top: h.bottom + 1 });
  if (r.left < h.left) out.push({ top: h.top, bottom: h.bottom, left: r.left, right: h.left - 1 });
  if (h.right < r.right) out.push({ top: h.top, bottom: h.bottom, left: h.right + 1, right: r.right });
  return out;
}

/** Cuts `from`..`to` into at most `bands` equal runs. */
function cuts(from: number, to: number, bands: number): [number, number][] {
  const size = Math.ceil((to - from + 1) / bands);
  const out: [number, number][] = [];
  for (let a = from; a <= to; a += size) out.push([a, Math.min(to, a + size - 1)]);
  return out;
}

/**
 * Joins boxes while the joined box holds at most twice their cells plus `slack` (a table cut
 * into column bands becomes one box again; a far cell stays apart). Overlapping boxes are joined.
 */
export function coalesce(boxes: Rect[], slack: number): Rect[] {
  const list = boxes.map((b) => ({ rect: b, cells: area(b) }));
  for (let joined = true; joined;) {
    joined = false;
    outer: for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const u = union(list[i].rect, list[j].rect);
        const cells = list[i].cells + list[j].cells;
        if (intersect(list[i].rect, list[j].rect) || area(u) <= 2 * cells + slack) {
          list[i] = { rect: u, cells };
          list.splice(j, 1);
          joined = true;
          break outer;
        }
      }
    }
  }
  return list.map((x) => x.rect);
}

/** Probes `rect` of `ws`; `found` gets the boxes that hold its used cells (with `valuesOnly` false: its formatted cells too), and may queue jobs. */
export function probeJob<J>(
  ws: XlWorksheet,
  rect: Rect,
  found: (boxes: Rect[], more: (j: J) => void) => void,
  valuesOnly = true,
  bands = BANDS,
): { req: number; resp: number; run(): void; done(more: (j: J) => void): void } {
  const rows = cuts(rect.top, rect.bottom, bands).map(([top, bottom]) => ({ ...rect, top, bottom }));
  const all = [...rows, ...cuts(rect.left, rect.right, bands).map(([left, right]) => ({ ...rect, left, right }))];
  const ranges: XlRange[] = [];
  return {
    req: all.reduce((n, b) => n + ACTION_OVERHEAD + rectAddress(b).length, 0),
    resp: all.length * PROBE_RESP,
    run: () => {
      ranges.length = 0;
      for (const b of all) {
        const r = ws.getRange(rectAddress(b)).getUsedRangeOrNullObject(valuesOnly);
        r.load('rowIndex,columnIndex,rowCount,columnCount');
        ranges.push(r);
      }
    },
    done: (more) => {
      const boxes = ranges.map((r) =>
        r.isNullObject ? null : { top: r.rowIndex + 1, left: r.columnIndex + 1, bottom: r.rowIndex + r.rowCount, right: r.columnIndex + r.columnCount },
      );
      const byRow = boxes.slice(0, rows.length).filter((b): b is Rect => !!b);
      const byCol = boxes.slice(rows.length).filter((b): b is Rect => !!b);
      const out: Rect[] = [];
      for (const a of byRow) for (const b of byCol) if (intersect(a, b)) out.push(intersect(a, b) as Rect);
      found(out, more);
    },
  };
}
