/**
 * What the double is set up with and what a request context needs of it: options, per-sync records,
 * run options, and the DoubleSession that ExcelDouble implements (so context.ts never imports it).
 */
import type { Rect } from '../sheet/a1';
import type { WorkbookState } from './state';

export interface ExcelDoubleOptions {
  /** The ExcelApi requirement set the simulated Excel supports, e.g. '1.9' for an LTSC build. Default '1.20'. */
  apiVersion?: string;
  /** Request and response payload limit per sync, bytes. Default 5 MiB (Excel on the web). */
  payloadLimit?: number;
  /** Longest address string getRanges accepts. Default 8192 (larger strings fail in Excel). */
  addressLengthLimit?: number;
  /** Author name given to notes. */
  author?: string;
}

export interface SyncRecord {
  run: number;
  requestBytes: number;
  responseBytes: number;
  actions: number;
  ok: boolean;
  error?: string;
  delayedForCellEdit?: boolean;
}

export interface RunOptionsLike {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

/** What a request context and its proxies need of the double that made them. */
export interface DoubleSession {
  readonly state: WorkbookState;
  readonly options: Required<ExcelDoubleOptions>;
  syncCount: number;
  readonly syncLog: SyncRecord[];
  screenUpdatingSuspensions: number;
  _cellEdit: Promise<void> | null;
  _selection: { sheet: string; rect: Rect } | null;
  _nextRunId(): number;
  _countUndo(ctx: { _runOptions: RunOptionsLike }, steps?: (() => void)[]): void;
}

export function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2] = have.split('.').map(Number);
  const [b1, b2] = want.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && (a2 || 0) >= (b2 || 0));
}
