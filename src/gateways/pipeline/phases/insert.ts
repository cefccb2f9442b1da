/**
 * Insert phase: whole rows, shifted down (the host formats them as the row above); a copy of the
 * plan's `formatFrom` row per column block around merged areas only where that differs or brings
 * merged areas (insert-sim.ts). Goes in the first round trip, after the before-state reads.
 */
import { colLetters } from '../../office/address';
import { ACTION_OVERHEAD } from '../batching';
import { simulateInserts, type TrackedMerge } from '../insert-sim';
import { PHASE, type Action, type Op } from '../ops';
import type { SheetJob } from './job';

export function insertPhase(job: SheetJob): { ops: Op[]; merges: TrackedMerge[] } {
  const { work, grid } = job;
  const width = grid.merges.reduce((n, m) => Math.max(n, m.right), Math.max(grid.colCount, 1));
  const simulated = simulateInserts(grid.merges, work.inserts, width, work.snap.mergesKnown);
  job.warnings.push(...simulated.warnings);
  const ops = work.inserts.map(({ at, count }, j): Op => {
    const copies = simulated.copies[j];
    const actions: Action[] = [{ kind: 'insertRows', sheet: work.name, rows: `${at}:${at + count - 1}` }];
    for (const c of copies) {
      const [left, right] = [colLetters(c.left), colLetters(c.right)];
      actions.push({ kind: 'copy', sheet: work.name, target: `${left}${at}:${right}${at + count - 1}`, source: `${left}${c.src}:${right}${c.src}`, type: 'Formats' });
    }
    return { phase: PHASE.insert, bytes: ACTION_OVERHEAD + copies.length * ACTION_OVERHEAD, resp: 0, actions };
  });
  return { ops, merges: simulated.merges };
}
