/**
 * Apply the engine's Plan to the workbook through Office.js, and record how to undo it: the
 * host-neutral pipeline (gateways/pipeline/apply.ts) builds the operations and the undo record;
 * this file packs them into syncs and sends them (send.ts).
 *
 * Sync budget: the snapshot took 1–3 syncs; applying takes 1 per ~4.5 MB of writes (the
 * request limit is 5 MB). Measured with the double: validating 50 000 seed-shaped rows writes
 * 1.2 MB (fills, 300 notes; 3 MB of before-state read back), one sync; 自评 on 50 000 rows
 * (3 800 tables) writes 4.5 MB in two — it was 15 MB in four before contents went as tiles
 * (tiles.ts: rectangles over known-empty cells, repeated tables as copies). A sync that Excel
 * still rejects for size is split and re-sent (nothing of a rejected batch is applied).
 *
 * The first sync: calculation and screen updating suspended; the caller's prelude (the previous
 * marks taken off); the before-state reads the snapshot lacks — a load sees the workbook at its
 * place in the queue, so it reads the state before the writes queued after it; the inserts.
 * Then the writes by phase (pipeline/ops.ts PHASE); in manual calculation mode the last batch
 * calculates the ranges written (recalc.ts), in automatic mode Excel does.
 */
import type { Plan } from '../../sheet/plan';
import type { XlContext } from './api';
import { DEFAULT_MAX_BYTES } from '../pipeline/batching';
import { FIXED_BYTES, packBatches, splitFirst } from '../pipeline/batches';
import { buildApply, sendBatches, type BuildOptions } from '../pipeline/apply';
import { PHASE, type BatchStats } from '../pipeline/ops';
import type { Snapshot } from '../pipeline/snapshot';
import type { UndoRecord } from '../pipeline/undo-record';
import { MANUAL_LINE } from './recalc';
import { makeSender } from './send';
import { textFormulaCheck } from './text-formulas';

export { ApplyError } from '../pipeline/apply';
export { finalToOriginal, originalRows } from '../pipeline/insert-sim';
export type { BatchStats } from '../pipeline/ops';

export interface ApplyOptions extends BuildOptions {
  /** Request budget per sync (default ~4.5 MB, under Excel on the web's 5 MB). */
  maxBytes?: number;
  /** Operations to run first in the first sync (the previous marks taken off), with their request bytes. */
  prelude?: { run: () => void; bytes: number };
}

export interface ApplyResult {
  undo: UndoRecord;
  /** Syncs this call made (a re-sent batch counts twice). */
  syncs: number;
  batches: BatchStats[];
  /** Notes left out because the host has no notes API (ExcelApi < 1.18). */
  skippedNotes: number;
  /** Cells whose note was left out because they hold a threaded comment (sheet-qualified); their mark stays. */
  notesBesideComments: string[];
  /** One Chinese line each: notes left out and why; in manual calculation mode, that other formulas wait for F9. */
  warnings: string[];
}

export async function applyPlan(context: XlContext, plan: Plan, snapshot: Snapshot, options: ApplyOptions = {}): Promise<ApplyResult> {
  const build = buildApply(plan, snapshot, options);
  const ops = options.prelude
    ? [{ phase: PHASE.prelude, bytes: options.prelude.bytes, resp: 0, actions: [{ kind: 'custom' as const, run: options.prelude.run }] }, ...build.ops]
    : build.ops;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const batches = packBatches(ops, maxBytes, FIXED_BYTES);
  const sender = makeSender(context, FIXED_BYTES, splitFirst, snapshot.calculationMode);
  // Formulas that landed in Text-formatted cells: checked in the last sync, fixed in one more only when some did.
  const text = textFormulaCheck(context, build);
  if (text.op && batches.length) batches[batches.length - 1].push(text.op);
  await sendBatches(build, batches, sender);
  const fix = text.op && batches.length ? await text.fixOps() : [];
  if (fix.length) await sendBatches({ ...build, afterReads: () => undefined }, packBatches(fix, maxBytes, FIXED_BYTES), sender);
  const warnings = batches.length && snapshot.calculationMode === 'Manual' ? [...build.warnings, MANUAL_LINE] : build.warnings;
  return { undo: build.undo, syncs: sender.syncs(), batches: sender.stats, skippedNotes: build.skippedNotes, notesBesideComments: build.notesBesideComments, warnings };
}
