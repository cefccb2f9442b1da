/**
 * Running a batch while the user may be editing a cell.
 *
 * Excel refuses API requests while a cell is in edit mode (InvalidOperationInCellEditMode) unless
 * the batch is started with `Excel.run({ delayForCellEdit: true }, …)`: then Excel holds the
 * request until the user leaves edit mode. There is no API that says whether this happened, so
 * runBatch times the batch's first sync: a first sync that took longer than `waitThresholdMs` is
 * reported as having waited (a heuristic; a huge first read can also be slow).
 *
 * runBatch also asks for one Excel undo entry for the whole batch (`mergeUndoGroup`, ExcelApi
 * 1.20) when the host supports it, so Ctrl+Z in Excel undoes a command as a whole.
 */
import type { XlContext, XlRunner } from './api';

export interface RunBatchOptions {
  /** Pass mergeUndoGroup (only when the host has ExcelApi 1.20: capabilities.undoGroup). */
  undoGroup?: boolean;
  /** A first sync slower than this counts as having waited for cell edit. Default 1000 ms. */
  waitThresholdMs?: number;
  now?: () => number;
}

export interface RunBatchResult<T> {
  value: T;
  /** The first sync was held (probably) because the user was editing a cell. */
  waitedForCellEdit: boolean;
  /** Duration of the first sync, ms. */
  firstSyncMs: number;
  syncs: number;
}

export async function runBatch<T>(excel: XlRunner, fn: (context: XlContext) => Promise<T>, options: RunBatchOptions = {}): Promise<RunBatchResult<T>> {
  const now = options.now ?? (() => Date.now());
  const threshold = options.waitThresholdMs ?? 1000;
  let syncs = 0;
  let firstSyncMs = 0;
  const runOptions = options.undoGroup ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true };
  const value = await excel.run(runOptions, async (ctx) => {
    const timed: XlContext = {
      workbook: ctx.workbook,
      sync: async <S>(passThroughValue?: S): Promise<S> => {
        const t0 = now();
        try {
          return await ctx.sync(passThroughValue);
        } finally {
          if (syncs === 0) firstSyncMs = now() - t0;
          syncs++;
        }
      },
    };
    return fn(timed);
  });
  return { value, waitedForCellEdit: firstSyncMs >= threshold, firstSyncMs, syncs };
}

/** Resolve once Excel accepts requests again (the user left cell-edit mode). One small sync. */
export async function waitForCellEdit(excel: XlRunner, options: Omit<RunBatchOptions, 'undoGroup'> = {}): Promise<{ waitedForCellEdit: boolean; waitMs: number }> {
  const r = await runBatch(
    excel,
    async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
    },
    options,
  );
  return { waitedForCellEdit: r.waitedForCellEdit, waitMs: r.firstSyncMs };
}
