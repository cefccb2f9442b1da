/**
 * 撤销's check of the fills and bold it put on cells, read per run of marked cells rather than per
 * cell. Excel answers a range's fill pattern and color and its bold once: the value every cell of it
 * has, or null when they differ (RangeFill.pattern: "a null value indicates that the entire range
 * doesn't have a uniform pattern setting"; the double models color and bold alike — the real-Excel
 * checklist asks to confirm it). A run that answers a value proves each of its cells holds it, as a
 * per-cell read would; a run that answers null is not taken as an answer (`has` is false) and its
 * cells are read one by one in step 2 (safe-revert-check.ts). At 50 000 rows the checks of the
 * header cells 自评 marks now ride along the column reads with the number formats: 撤销's answers
 * 20.0 → 19.1 MB, 7 → 6 syncs (on the double).
 */
import type { Rect } from '../../sheet/a1';
import type { XlRange, XlWorksheet } from './api';
import { readByRect, type Cells, type ReadOp } from './safe-revert-reads';

/** Bytes of a run's answer: two small objects (fill; font), whatever the run's size. */
export const UNIFORM_RESP = 128;
/**
 * Request bytes of a run's read, beside its address: two actions and the range, format, fill and font
 * object paths — 437 bytes on the double for a run at row 84 000 (F84000:I84000), so ~1.15× that. It
 * was 2 × READ_REQ + 200 (828, ~2× what is sent): at 50 000 rows the 3 847 header rows' runs then
 * filled the check round's request estimate and split it in two syncs. Excel refusing a sync that
 * passes its limit sends it again in halves (safe-revert-reads.ts sendReads): a low guess costs a sync, never an answer.
 */
const UNIFORM_REQ = 480;
const PER_CELL = 110;

function uniformLoad(r: XlRange, rect: Rect): () => unknown[][] {
  const fill = r.format.fill as unknown as { load(p: string): void; color: string | null; pattern: string | null };
  const font = r.format.font as unknown as { load(p: string): void; bold: boolean | null };
  fill.load('color,pattern');
  font.load('bold');
  return () => {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const mixed = fill.color === null || fill.pattern === null || font.bold === null;
    const cell = mixed ? undefined : { format: { fill: { color: fill.color, pattern: fill.pattern }, font: { bold: font.bold } } };
    return Array.from({ length: rows }, () => Array.from({ length: cols }, () => cell));
  };
}

/** As readByRect with getCellProperties, one answer per run; a run whose cells differ answers nothing (`has` false). */
export function readMarksUniform(ws: XlWorksheet, cells: { row: number; col: number }[], ops?: ReadOp[], speculative = false): Cells {
  const read = readByRect(ws, cells, PER_CELL, uniformLoad, ops, speculative, { req: UNIFORM_REQ, resp: UNIFORM_RESP });
  return { get: (k) => read.get(k), has: (k) => read.get(k) !== undefined };
}
