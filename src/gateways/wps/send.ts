/**
 * "send" for WPS: the pipeline's batches run straight on ET. WPS has no round trips and no
 * request size limit, so a batch is simply its actions in order (reads deliver at once); one
 * batch counts as one "sync" so the pipeline's bookkeeping reads the same as in Excel. What it
 * costs in WPS is calls into the WPS process, counted by the fake.
 */
import { buildApply, FIXED_BYTES, packBatches, revertOps, sendBatches, type ApplyBuild, type BuildOptions } from '../pipeline';
import type { BatchStats, Op, Sender } from '../pipeline/ops';
import type { Snapshot } from '../pipeline/snapshot';
import type { UndoRecord } from '../pipeline/undo-record';
import type { Plan } from '../../sheet/plan';
import type { EtApplication } from '../../wps-api/et';
import { EtSession } from './session';

/** No request limit in WPS: batches only group work (and bound memory of a batch's arrays). */
const BATCH_BYTES = 8 * 1024 * 1024;

export function wpsSender(session: EtSession): Sender {
  let syncs = 0;
  const stats: BatchStats[] = [];
  return {
    async send(batch: Op[], last: boolean): Promise<void> {
      syncs++;
      stats.push({ ops: batch.length, estimatedRequestBytes: batch.reduce((n, o) => n + o.bytes, 0), estimatedResponseBytes: batch.reduce((n, o) => n + o.resp, 0) });
      const screen = session.app.ScreenUpdating;
      session.app.ScreenUpdating = false;
      try {
        for (const op of batch) for (const a of op.actions) session.run(a);
        if (last) session.app.Calculate();
      } finally {
        session.app.ScreenUpdating = screen;
      }
    },
    syncs: () => syncs,
    stats,
  };
}

/** applyPlan for WPS: the shared builders, packed, sent straight to ET. */
export async function applyPlanWps(app: EtApplication, plan: Plan, snapshot: Snapshot, options: BuildOptions = {}): Promise<{ build: ApplyBuild; sender: Sender }> {
  const build = buildApply(plan, snapshot, options);
  const sender = wpsSender(new EtSession(app));
  await sendBatches(build, packBatches(build.ops, BATCH_BYTES, FIXED_BYTES), sender);
  return { build, sender };
}

/** The plain revert of an undo record (no check of what changed since; the controller's safe revert checks first). */
export async function revertWps(app: EtApplication, undo: UndoRecord): Promise<Sender> {
  const sender = wpsSender(new EtSession(app));
  const batches = packBatches(revertOps(undo), BATCH_BYTES, FIXED_BYTES);
  for (let i = 0; i < batches.length; i++) await sender.send(batches[i], i === batches.length - 1);
  return sender;
}
