/**
 * Merged areas read in windows. Range.getMergedAreasOrNullObject fails when the range holds more
 * than 512 merged areas (Microsoft's reference for the method); a 5 000-row table has ~1 700. So
 * the used area is read in row windows small enough that they cannot hold more: every area inside
 * a window covers at least two of its cells and an area crossing its edge at least one edge cell,
 * so a window of at most 512 cells (the cap below) is always safe. Areas crossing a window's edge
 * come back from both windows, whole: kept once. Windows are read alongside the snapshot's other
 * reads (no sync of their own); past MAX_WINDOWS the windows grow to stay within it, trusting
 * that such a sheet is not merged that densely.
 */
import { parseAreas, rectAddress, type Rect } from '../../sheet/a1';
import type { XlRangeAreas, XlWorksheet } from './api';
import { ACTION_OVERHEAD } from '../pipeline/batching';

/** Most merged areas one getMergedAreasOrNullObject may return. */
export const MERGE_READ_LIMIT = 512;
/** Most windows per sheet (their actions' request bytes: ~1 MB). */
const MAX_WINDOWS = 4000;
/**
 * Response bytes per window besides its areas, and per row of it: measured on the 50 000-row
 * double, ~3 800 areas of ~12 characters over ~1 400 windows of 51 rows come to ~35 bytes a window
 * and well under a byte a row. (The whole-sheet read these replace was not counted at all.)
 */
const WINDOW_RESP = 40;
const ROW_RESP = 1;

export interface MergeJob {
  req: number;
  resp: number;
  run(): void;
  /** After the sync; may queue a follow-up (the areas one by one when the address came back shortened). */
  done(more: (j: MergeJob) => void): void;
}

/** Row windows over `area` (the sheet's used area, from A1) whose merged areas go into `into`, each once. */
export function mergeWindowJobs(ws: XlWorksheet, area: Rect, into: Map<string, Rect>): MergeJob[] {
  const width = area.right - area.left + 1;
  const safeRows = Math.max(1, Math.floor(MERGE_READ_LIMIT / width));
  const rows = Math.max(safeRows, Math.ceil((area.bottom - area.top + 1) / MAX_WINDOWS));
  const jobs: MergeJob[] = [];
  for (let top = area.top; top <= area.bottom; top += rows) {
    const address = rectAddress({ top, bottom: Math.min(area.bottom, top + rows - 1), left: area.left, right: area.right });
    let areas: XlRangeAreas | null = null;
    jobs.push({
      req: ACTION_OVERHEAD + address.length,
      resp: WINDOW_RESP + rows * ROW_RESP,
      run: () => {
        areas = ws.getRange(address).getMergedAreasOrNullObject();
        areas.load('address,areaCount');
      },
      done: (more) => {
        const got = areas as unknown as XlRangeAreas;
        if (got.isNullObject) return;
        const rects = parseAreas(got.address).map((a) => a.rect);
        if (rects.length === got.areaCount) {
          for (const r of rects) into.set(rectAddress(r), r);
          return;
        }
        // The address string did not list every area (a host that shortens long addresses).
        more({
          req: ACTION_OVERHEAD,
          resp: got.areaCount * 60,
          run: () => void got.areas.load('items/address'),
          done: () => {
            for (const item of got.areas.items) for (const a of parseAreas(item.address)) into.set(rectAddress(a.rect), a.rect);
          },
        });
      },
    });
  }
  return jobs;
}
