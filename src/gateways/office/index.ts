/** The Office.js gateway: read Grids from Excel, apply Plans, undo them. No React, no DOM. */
export type { XlContext, XlRunner, XlRunOptions, IsSetSupported } from './api';
export { detectCapabilities, hostCapabilities, ALL_CAPABILITIES, type Capabilities } from './capabilities';
export { readSnapshot, restoreInput, toInput, needsApostrophe, type Snapshot, type SheetSnapshot, type SnapshotOptions, type ReadHint } from './snapshot';
export { readOtherCorners } from './cover-read';
export { applyPlan, ApplyError, finalToOriginal, type ApplyOptions, type ApplyResult, type BatchStats } from './apply';
export {
  revert,
  queuedRevert,
  revertPrelude,
  saveUndo,
  loadUndo,
  clearUndo,
  encodeUndo,
  decodeUndo,
  UNDO_KEY,
  type SettingsLike,
  type RevertOptions,
  type RevertResult,
} from './undo';
export type { UndoRecord, UndoSheet, ColumnRun, RestoreValue } from '../pipeline/undo-record';
export { shiftUndoRows, unshiftUndoRows } from '../pipeline/undo-record';
export { stepCounts, type StepCounts } from '../pipeline/undo-count';
export { runBatch, waitForCellEdit, type RunBatchOptions, type RunBatchResult } from './cell-edit';
export { rowsInGrid } from './marks-place';
export { safeRevert, planSafeRevert, prereadMarks, prereadBytes, PREREAD_MAX, type SafeRevertReport, type SafeRevertOptions, type Preread } from './safe-revert';
export {
  JOURNAL_NS,
  JournalPartError,
  PART_LOST,
  deleteJournalParts,
  deletePartsOps,
  listJournalParts,
  sweepable,
  type ListedPart,
  readJournalParts,
  writeJournalParts,
  type PartRef,
} from './journal-parts';
