/**
 * Merge phase: the plan's merges and merge extensions, each taking in the merged areas it
 * overlaps as Excel does (unmerged first, then merged as one). Runs last. Records what to
 * unmerge and merge again on undo, and which cells a merge empties (their contents go in the
 * undo record too).
 */
import { colLetters, contains, intersects, rectAddress, type Rect } from '../../office/address';
import { ACTION_OVERHEAD } from '../batching';
import type { TrackedMerge } from '../insert-sim';
import { PHASE, type Action, type Op } from '../ops';
import { cellKey } from '../work';
import type { SheetJob } from './job';

export interface MergeResult {
  ops: Op[];
  /** Merged areas once the plan is applied. */
  merges: TrackedMerge[];
  /** Non-anchor cells a merge empties. */
  cleared: Set<number>;
}

/** `merges`: the sheet's merged areas once rows are inserted (before the plan's own merges). */
export function mergePhase(job: SheetJob, mergesAfterInsert: TrackedMerge[]): MergeResult {
  const { work, undo } = job;
  let merges = mergesAfterInsert;
  const cleared = new Set<number>();
  const ops: Op[] = [];
  for (const edit of work.mergeEdits) {
    let rect: Rect;
    if (edit.kind === 'merge') rect = edit.rect;
    else {
      const m = merges.find((x) => edit.row >= x.top && edit.row <= x.bottom && edit.col >= x.left && edit.col <= x.right);
      if (m) rect = { top: m.top, left: m.left, right: m.right, bottom: Math.max(m.bottom, edit.bottom) };
      else {
        rect = { top: edit.row, left: edit.col, right: edit.col, bottom: edit.bottom };
        if (!work.snap.mergesKnown) job.warnings.push(`${colLetters(edit.col)}${edit.row} 所在合并区域的范围未知（此版本 Excel 无法读取合并单元格），撤销时可能无法还原`);
      }
    }
    // Take in the merged areas the rectangle overlaps, as Excel does.
    let box = { ...rect };
    for (;;) {
      const hit = merges.filter((m) => intersects(m, box) && !contains(box, m));
      if (!hit.length) break;
      for (const m of hit) box = { top: Math.min(box.top, m.top), left: Math.min(box.left, m.left), bottom: Math.max(box.bottom, m.bottom), right: Math.max(box.right, m.right) };
    }
    const absorbed = merges.filter((m) => intersects(m, box));
    merges = merges.filter((m) => !intersects(m, box));
    for (const m of absorbed) if (m.origin === 'sheet') undo.mergesRemoved.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
    undo.mergesCreated = undo.mergesCreated.filter((c) => !intersects(c, box));
    if (box.top === box.bottom && box.left === box.right) continue;
    merges.push({ ...box, origin: 'plan' });
    // Without merged-area reads an extension may take in a merge we cannot see; unmerging it
    // on undo would lose that merge. Left merged, it shrinks back when inserted rows go.
    if (work.snap.mergesKnown || edit.kind === 'merge') undo.mergesCreated.push({ ...box });
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) if (r !== box.top || c !== box.left) cleared.add(cellKey(r, c));
    const actions: Action[] = absorbed.map((m) => ({ kind: 'unmerge', sheet: work.name, address: rectAddress(m) }));
    actions.push({ kind: 'merge', sheet: work.name, address: rectAddress(box) });
    ops.push({ phase: PHASE.merge, bytes: ACTION_OVERHEAD * actions.length, resp: 0, actions });
  }
  return { ops, merges, cleared };
}
