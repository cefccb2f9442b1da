/**
 * 撤销's identity column kept apart from the row signatures (phases/record.ts rows.ids): a name
 * column tells the rows apart (a project's title), but read over every row it was 1.1 MB of 撤销's
 * answers at 50 000 rows. It is read at its anchoring rows only, where they were recorded, riding
 * in step 1's spare room; when each still holds its text there, the anchors join the alignment at
 * those rows. When one moved (or its read did not fit), the whole column is read (one sync more)
 * and every row holding an anchor's text is one. Every reverted cell is still checked against what
 * was written: the anchors only help find the rows.
 */
import { rectAddress } from '../../sheet/a1';
import type { XlRange, XlWorksheet } from './api';
import type { Grid } from '../../sheet/grid';
import { restoreInput } from '../pipeline/cell-input';
import { ANCHOR_SIG, anchorSig } from '../pipeline/fingerprint';
import type { UndoSheet } from '../pipeline/undo-record';
import { READ_REQ, key, readByRect, sendReads, type Cells, type ReadOp } from './safe-revert-reads';

/** Margin over the column's recorded bytes per cell, and the least a cell costs, when read whole. */
const MARGIN = 1.1;
const MIN_CELL = 6;
const BLOCK_MAX = 1024 * 1024;

const formulasLoad = (r: XlRange): (() => unknown[][]) => {
  r.load('formulas');
  return () => r.formulas;
};

/** Queue the read of the anchoring cells where they were recorded, as riders of step 1; null without anchors. */
export function speculateAnchors(ws: XlWorksheet, u: UndoSheet, riders: ReadOp[]): Cells | null {
  const ids = u.written!.rows.ids;
  if (!ids) return null;
  return readByRect(
    ws,
    ids.rows.map((row) => ({ row, col: ids.col })),
    // The longest anchoring text as recorded, with room for one typed longer since (a read per anchor, rows apart).
    Math.ceil((ids.most ?? 64) * MARGIN) + 8,
    formulasLoad,
    riders,
    true,
  );
}

/**
 * The tags the alignment adds to the row signatures: `was(i)` for the recorded row top+i, `now(row)`
 * for a row read now. Null when the record keeps no identity column apart.
 */
export interface AnchorTags {
  was(i: number): string;
  now(row: number): string;
}

/**
 * The anchors' tags once step 1 is read: from the sheet as this batch read it (`grid`), from the
 * riders when every anchor holds its text where recorded, else from a read of the whole column
 * over readTop..readBottom (sent here: one sync more, only then).
 */
export async function anchorTags(
  ws: XlWorksheet,
  u: UndoSheet,
  read: Cells | null,
  grid: Grid | undefined,
  readTop: number,
  readBottom: number,
  maxBytes: number,
  sync: () => Promise<void>,
): Promise<AnchorTags | null> {
  const ids = u.written!.rows.ids;
  if (!ids) return null;
  const top = u.written!.rows.top;
  const sigs = new Map<number, string>(); // recorded row → signature
  ids.rows.forEach((r, i) => sigs.set(r, ids.sigs.slice(i * ANCHOR_SIG, (i + 1) * ANCHOR_SIG)));
  const known = new Set(sigs.values());
  const was = (i: number): string => sigs.get(top + i) ?? '';
  const tagOf = (v: unknown): string => {
    if (v === undefined || v === null || v === '') return '';
    const s = anchorSig(v);
    return known.has(s) ? s : '';
  };
  if (grid) return { was, now: (row) => (row >= 1 && row <= grid.rowCount ? tagOf(restoreInput(grid, row, ids.col)) : '') };
  const held = !!read && ids.rows.every((r) => read.has(key(r, ids.col)) && anchorSig(read.get(key(r, ids.col))) === sigs.get(r));
  if (held) {
    const at = new Set(ids.rows);
    return { was, now: (row) => (at.has(row) ? tagOf(read!.get(key(row, ids.col))) : '') };
  }
  // Moved (or not read): the whole column, in blocks sized by its recorded bytes per cell.
  const per = Math.max(MIN_CELL, Math.ceil((ids.bytes ?? 48) * MARGIN));
  const most = Math.max(1, Math.floor(Math.min(maxBytes, BLOCK_MAX) / per));
  const parts: { top: number; range: XlRange | null }[] = [];
  const ops: ReadOp[] = [];
  for (let t = readTop; t <= readBottom; t += most) {
    const part: { top: number; range: XlRange | null } = { top: t, range: null };
    const address = rectAddress({ top: t, bottom: Math.min(readBottom, t + most - 1), left: ids.col, right: ids.col });
    parts.push(part);
    ops.push({
      req: READ_REQ + 2 * address.length,
      resp: (Math.min(readBottom, t + most - 1) - t + 1) * per,
      run: () => void (part.range = ws.getRange(address).load('formulas')),
    });
  }
  await sendReads(ops, maxBytes, sync);
  const tags = new Map<number, string>();
  for (const p of parts) p.range!.formulas.forEach((row: unknown[], i: number) => tags.set(p.top + i, tagOf(row[0])));
  return { was, now: (row) => tags.get(row) ?? '' };
}
