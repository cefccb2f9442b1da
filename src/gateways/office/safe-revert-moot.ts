/**
 * 撤销's reads that decide nothing. 自评 copies the table's look into the cells of the columns it
 * adds (formatsCopied: only cells that had no format at all), then sets some of them: 0.00 % under
 * a % target, bold on the header row. 撤销 clears the copied formats of every such cell still ours
 * (safe-revert-check.ts), its number format and bold with them (revert-ops.ts: a cleared cell is
 * General already). So for a cell still ours, whether the user changed that number format or that
 * bold since, the cell ends the same; and a cell not ours never has its number format put back.
 * Reading them decided nothing (50 000 rows: 实际完成值's number formats 950 KB of answer, the
 * header rows' fill and bold 184 KB in 7 694 actions).
 *
 * - A number format written into a copied cell that was General before is not read.
 * - A bold set on a copied cell (not also filled) is not read where the cell's row kept its
 *   signature and its content, in hand before step 2, is still what was written: the clear takes the
 *   bold. Otherwise it is read in step 2 as before (a cell the user typed over is not cleared, and its
 *   bold goes back only while it is still bold; a column outside the signature whose content step 2
 *   reads is not waited for: that would be one more round whenever the user typed there).
 */
import { parseRect } from '../../sheet/a1';
import type { UndoSheet } from '../pipeline/undo-record';
import { expand, key, markCells } from './safe-revert-reads';

/** Recorded keys of the cells whose formats the command copied in (cleared by 撤销 where still ours). */
export function copiedCells(u: UndoSheet): Set<number> {
  const out = new Set<number>();
  for (const a of u.formatsCopied ?? []) for (const c of expand(parseRect(a)!)) out.add(key(c.row, c.col));
  return out;
}

/** Recorded keys of the number formats 撤销 needs not read: written into a copied cell that was General. */
export function mootNumberFormats(u: UndoSheet, copied: Set<number>): Set<number> {
  const out = new Set<number>();
  if (!copied.size) return out;
  const before = new Map<number, string>();
  for (const r of u.numFormats) r.values.forEach((v, i) => before.set(key(r.top + i, r.col), v));
  for (const r of u.written?.numFormats ?? []) {
    r.values.forEach((_v, i) => {
      const k = key(r.top + i, r.col);
      if (copied.has(k) && (before.get(k) ?? 'General') === 'General') out.add(k);
    });
  }
  return out;
}

/** Recorded keys of the bold set on copied cells that were not also filled: read only when their content is not ours. */
export function boldInCopied(u: UndoSheet, unbold: Set<number>, painted: Set<number>, copied: Set<number>): Set<number> {
  const out = new Set<number>();
  if (!copied.size) return out;
  const contents = new Set<number>();
  for (const r of u.contents) r.values.forEach((_v, i) => contents.add(key(r.top + i, r.col)));
  for (const k of unbold) if (copied.has(k) && !painted.has(k) && contents.has(k)) out.add(k);
  return out;
}

function keysOf(lists: string[]): Set<number> {
  const out = new Set<number>();
  for (const l of lists) for (const a of l.split(',')) for (const c of expand(parseRect(a.trim())!)) out.add(key(c.row, c.col));
  return out;
}

/** The marked cells read ahead at their recorded places (safe-revert-speculate.ts): the bold on copied cells left to step 2. */
export function marksAhead(u: UndoSheet, copied: Set<number>): number[] {
  const painted = keysOf((u.written?.fills ?? []).flatMap((f) => f.addresses));
  const skip = boldInCopied(u, keysOf(u.unbold), painted, copied);
  return markCells(u).filter((k) => !skip.has(k));
}
