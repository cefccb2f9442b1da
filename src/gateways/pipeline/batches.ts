/** Ops into round trips: the first carries the before-state reads and the inserts; the rest fill the byte budget. */
import { ACTION_OVERHEAD } from './batching';
import type { Op } from './ops';

/** Request bytes of every round trip besides its ops (Office: suspend calculation, suspend screen updating, recalculate). */
export const FIXED_BYTES = 3 * ACTION_OVERHEAD;

/** Pack ops into syncs: phases ≤ 1 in the first; then greedily under the byte budget. */
export function packBatches(ops: Op[], maxBytes: number, fixedBytes: number): Op[][] {
  const batches: Op[][] = [];
  let current: Op[] = [];
  let bytes = fixedBytes;
  const first = ops.filter((o) => o.phase <= 1);
  const firstResp = first.reduce((n, o) => n + o.resp, 0);
  const rest = ops.filter((o) => o.phase > 1);
  if (firstResp > maxBytes) {
    // The before-state reads alone fill a response: give them their own sync.
    batches.push(first.filter((o) => o.phase === 0));
    current = first.filter((o) => o.phase === 1);
  } else current = first;
  bytes += current.reduce((n, o) => n + o.bytes, 0);
  for (const op of rest) {
    if (current.length && bytes + op.bytes > maxBytes) {
      batches.push(current);
      current = [];
      bytes = fixedBytes;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}

/**
 * How applyPlan splits a batch the host rejected for size: the first sync's reads and inserts
 * (phases ≤ 1) stay together in the first half; the writes are halved. Null: cannot split.
 */
export function splitFirst(batch: Op[]): [Op[], Op[]] | null {
  const firstPhases = batch.filter((o) => o.phase <= 1);
  const writes = batch.filter((o) => o.phase > 1);
  const half = firstPhases.length && writes.length < 2 ? firstPhases.length : Math.ceil(writes.length / 2);
  const a = firstPhases.length ? [...firstPhases, ...writes.slice(0, writes.length < 2 ? 0 : half)] : writes.slice(0, half);
  const b = batch.filter((o) => !a.includes(o));
  return a.length && b.length ? [a, b] : null;
}

/** A batch cut in two halves by count (reverts: no reads to keep together). */
export function halves(batch: Op[]): [Op[], Op[]] {
  const mid = Math.ceil(batch.length / 2);
  return [batch.slice(0, mid), batch.slice(mid)];
}
