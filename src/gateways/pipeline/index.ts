/**
 * The host-neutral write path (see ops.ts for its shape): every host gateway (Office.js, WPS)
 * reuses all of it and implements only `readSnapshot` (→ Snapshot) and a `Sender`.
 */
export type { Action, BatchStats, CellLook, Op, Sender } from './ops';
export { PHASE, REVERT_PHASE } from './ops';
export type { Capabilities, ReadHint, SheetSnapshot, Snapshot } from './snapshot';
export { needsApostrophe, restoreInput, toInput } from './cell-input';
export type { ColumnRun, RestoreValue, UndoRecord, UndoSheet } from './undo-record';
export { shiftUndoRows, unshiftUndoRows } from './undo-record';
export { FIXED_BYTES, packBatches, splitFirst, halves } from './batches';
export { buildApply, sendBatches, ApplyError, type ApplyBuild, type BuildOptions } from './apply';
export { revertOps } from './revert-ops';
export type { FillUnderMark } from './phases/copy-format';
