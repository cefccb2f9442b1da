/**
 * Write phase: contents as tiles — 2-D arrays over cells known to be empty, repeated blocks as
 * copies of one written before (tiles.ts) — and what is left, with number formats, per column:
 * runs joined across short gaps that cross no merged area, `null` for the cells in between
 * (columnPieces), so a sparse column costs a few actions, not one per run.
 */
import { rectAddress, type Rect } from '../../office/address';
import { cellFormula, cellText } from '../../../sheet/grid';
import { ACTION_OVERHEAD, columnPieces, jsonBytes } from '../batching';
import { PHASE, sheetQualified, type Op } from '../ops';
import { tileContents } from '../tiles';
import type { RestoreValue } from '../undo-record';
import { byColumn, cellKey } from '../work';
import { unformatted, type SheetJob } from './job';

/** Largest single write action (a run is cut into pieces of this size). */
const MAX_OP_BYTES = 1024 * 1024;
/** Largest 2-D array: small enough that a batch the host refuses can still be halved usefully. */
const MAX_TILE_BYTES = 128 * 1024;

/** `mergesAtWrite`: merged areas as the writes find them; `mergesAfter`: as the plan leaves them. Neither is to be spanned. */
export function writePhase(job: SheetJob, mergesAtWrite: Rect[], mergesAfter: Rect[]): Op[] {
  const { work, grid } = job;
  const sheet = work.name;
  const ops: Op[] = [];
  const mergedRows = new Map<number, Set<number>>();
  for (const m of [...mergesAtWrite, ...mergesAfter]) {
    for (let c = m.left; c <= m.right; c++) {
      let rows = mergedRows.get(c);
      if (!rows) mergedRows.set(c, (rows = new Set()));
      for (let r = m.top; r <= m.bottom; r++) rows.add(r);
    }
  }
  const fillable = (row: number, col: number): boolean => {
    if (mergedRows.get(col)?.has(row)) return false;
    const original = job.originalRow(row);
    if (original === null) return true; // an inserted row is empty
    if (cellFormula(grid, original, col) !== null || cellText(grid, original, col) !== '') return false;
    // Merged areas unread (ExcelApi < 1.13): only cells outside every format are surely in none.
    return work.snap.mergesKnown || unformatted(job, original, col);
  };
  const tiles = tileContents(work.contents, { fillable, maxOpBytes: MAX_TILE_BYTES });
  for (const t of tiles.writes) {
    ops.push({ phase: PHASE.write, bytes: ACTION_OVERHEAD + t.bytes, resp: 0, actions: [{ kind: 'setFormulas', sheet, address: rectAddress(t.rect), values: t.values }] });
  }
  for (const t of tiles.copies) {
    const source = rectAddress(t.from);
    // The host names the sheet of the source (bytes counted so): Office reads an unqualified one on the active sheet.
    const bytes = t.bytes + jsonBytes(sheetQualified(sheet, source));
    ops.push({ phase: PHASE.copyTiles, bytes, resp: 0, actions: [{ kind: 'copy', sheet, target: rectAddress(t.rect), source, type: 'Formulas' }] });
  }
  const columnCells = new Map<number, RestoreValue>();
  for (const [col, rows] of tiles.columns) for (const [row, v] of rows) columnCells.set(cellKey(row, col), v);
  for (const [phase, kind, cells] of [
    [PHASE.write, 'setFormulas', columnCells],
    [PHASE.numberFormat, 'setNumberFormat', work.numFormats],
  ] as const) {
    for (const [col, column] of byColumn<RestoreValue>(cells)) {
      const inMerge = mergedRows.get(col);
      // Merged areas unread (ExcelApi < 1.13): runs only.
      const blocked = work.snap.mergesKnown ? (r: number) => !!inMerge?.has(r) : undefined;
      for (const piece of columnPieces(column, (v) => jsonBytes(v), MAX_OP_BYTES, blocked)) {
        const address = rectAddress({ top: piece.top, bottom: piece.top + piece.values.length - 1, left: col, right: col });
        ops.push({ phase, bytes: ACTION_OVERHEAD + piece.bytes + address.length, resp: 0, actions: [{ kind, sheet, address, values: piece.values }] });
      }
    }
  }
  return ops;
}
