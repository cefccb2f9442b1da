/**
 * 撤销 merges again an area the command unmerged only where nothing is merged now. Excel's
 * getMergedAreasOrNullObject returns only the areas whose top-left cell is in the range (and fails
 * above 512 of them), so a read of the area itself misses a merge the user made from above or from
 * the left of it. Read instead the strip from A1 to the areas' bottom-right corner, in windows of at
 * most 512 cells (each returned area has its own top-left cell in the window, so a window cannot
 * hold more): every area that meets one of ours has its top-left cell in that strip.
 */
import { intersects, parseAreas, rectAddress, type Rect } from '../../sheet/a1';
import type { XlRangeAreas, XlWorksheet } from './api';
import { MERGE_READ_LIMIT } from './merge-windows';
import { READ_REQ, type ReadOp } from './safe-revert-reads';

/** Response bytes of a window besides its areas, and per area (an address of ~12 characters). */
const WINDOW_RESP = 40;
const AREA_RESP = 16;

/**
 * Queue the windows into `reads`; after they are sent, `over(rect)` lists the merged areas that meet
 * `rect`, or null when a window's address came back shortened (then nothing is known there).
 */
export function stageMergeStrip(ws: XlWorksheet, rects: Rect[], reads: ReadOp[]): { over(rect: Rect): Rect[] | null } {
  const windows: { top: number; bottom: number; areas: XlRangeAreas | null }[] = [];
  if (rects.length) {
    // A loop, not Math.max(...): ~120 000 merged areas as arguments overflow the stack.
    const bottom = rects.reduce((m, r) => Math.max(m, r.bottom), 0);
    const right = rects.reduce((m, r) => Math.max(m, r.right), 0);
    const rows = Math.max(1, Math.floor(MERGE_READ_LIMIT / right));
    for (let top = 1; top <= bottom; top += rows) {
      const w: (typeof windows)[number] = { top, bottom: Math.min(bottom, top + rows - 1), areas: null };
      const address = rectAddress({ top: w.top, bottom: w.bottom, left: 1, right });
      windows.push(w);
      reads.push({
        req: READ_REQ + address.length,
        resp: WINDOW_RESP + (w.bottom - w.top + 1) * AREA_RESP,
        run: () => void (w.areas = ws.getRange(address).getMergedAreasOrNullObject().load('address,areaCount')),
      });
    }
  }
  let found: Rect[] | null = null;
  let unknown = false;
  return {
    over(rect: Rect): Rect[] | null {
      if (!found) {
        found = [];
        for (const w of windows) {
          const a = w.areas;
          if (!a || a.isNullObject) continue;
          const got = parseAreas(a.address).map((x) => x.rect);
          if (got.length !== a.areaCount) unknown = true;
          found.push(...got);
        }
      }
      return unknown ? null : found.filter((m) => intersects(m, rect));
    },
  };
}
