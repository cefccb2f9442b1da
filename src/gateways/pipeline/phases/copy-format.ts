/**
 * Copy-format phase: new columns take the table's look from a column of the same row — only
 * into cells that had no format at all, so that undo (clear formats) is exact. Neighbouring
 * columns copying the same rows from the same column take one copy (the host tiles it). A mark
 * of the last validation on the source is not the table's look: those cells get what was under it.
 */
import { rectAddress, type Rect } from '../../../sheet/a1';
import { ACTION_OVERHEAD, addressLists, runs } from '../batching';
import { PHASE, type Op } from '../ops';
import { cellOf, pushTo } from '../work';
import { formatFree, type SheetJob } from './job';

/** The fill a cell had under the last validation's mark (null: none); undefined when not marked. Original coordinates. */
export type FillUnderMark = (sheet: string, row: number, col: number) => string | null | undefined;

export function copyFormatPhase(job: SheetJob, merges: Rect[], fillUnderMark?: FillUnderMark): Op[] {
  const { work, undo } = job;
  const ops: Op[] = [];
  // Unknown formatted area: taken as none (as before), so that new columns still take the table's look.
  const area = { formatted: work.snap.formatted ?? null, formattedAreas: work.snap.formattedAreas };
  const mergesByCol = new Map<number, Rect[]>();
  for (const m of merges) for (let c = m.left; c <= m.right; c++) mergesByCol.set(c, [...(mergesByCol.get(c) ?? []), m]);
  const inMerge = (row: number, col: number) => !!mergesByCol.get(col)?.some((m) => row >= m.top && row <= m.bottom);
  const groups = new Map<string, number[]>(); // "col:fromCol" → final rows
  for (const [k, fromCol] of work.copies) {
    const { row, col } = cellOf(k);
    const original = job.originalRow(row);
    if (original === null) continue;
    if (!formatFree(area, original, col) || !work.snap.mergesKnown || inMerge(row, fromCol) || inMerge(row, col)) continue;
    pushTo(groups, `${col}:${fromCol}`, row);
  }
  // A destination several times as wide as the source gets it tiled.
  const spans = new Map<string, number[]>(); // "fromCol:top:bottom" → target columns
  for (const [group, rows] of groups) {
    const [col, fromCol] = group.split(':').map(Number);
    for (const run of runs(rows.sort((a, b) => a - b))) {
      const k = `${fromCol}:${run.top}:${run.bottom}`;
      spans.set(k, [...(spans.get(k) ?? []), col]);
    }
  }
  const copied: string[] = [];
  for (const [span, cols] of spans) {
    const [fromCol, top, bottom] = span.split(':').map(Number);
    for (const c of runs(cols.sort((a, b) => a - b))) {
      const target = rectAddress({ top, bottom, left: c.top, right: c.bottom });
      const source = rectAddress({ top, bottom, left: fromCol, right: fromCol });
      copied.push(target);
      ops.push({
        phase: PHASE.copyFormat,
        bytes: ACTION_OVERHEAD + target.length + source.length,
        resp: 0,
        actions: [{ kind: 'copy', sheet: work.name, target, source, type: 'Formats' }],
      });
    }
  }
  if (copied.length) undo.formatsCopied = copied;
  if (fillUnderMark) {
    const byColor = new Map<string | null, { row: number; col: number }[]>();
    for (const [group, rows] of groups) {
      const [col, fromCol] = group.split(':').map(Number);
      for (const row of rows) {
        const original = job.originalRow(row);
        const was = original === null ? undefined : fillUnderMark(work.name, original, fromCol);
        if (was !== undefined) pushTo(byColor, was, { row, col });
      }
    }
    for (const [color, cells] of byColor) {
      for (const list of addressLists(cells, job.addressChunk)) {
        ops.push({ phase: PHASE.underMark, bytes: ACTION_OVERHEAD + list.length, resp: 0, actions: [{ kind: 'setFill', sheet: work.name, areas: list, color }] });
      }
    }
  }
  return ops;
}
