/**
 * A request context of the Excel double (what `Excel.run` hands the batch): queued actions, `sync()`.
 *
 * - `sync()` measures the request (queued actions and the object paths they use, as JSON, UTF-8)
 *   and rejects the whole batch with `RequestPayloadSizeLimitExceeded` above the limit; then runs
 *   the actions in order (a load reads the state at its place in the queue, as in Excel); then
 *   measures the response (all loaded data) and rolls the batch back with
 *   `ResponsePayloadSizeLimitExceeded` above the limit. An action that fails stops the batch with
 *   the actions before it applied, as in Excel.
 * - The Office-shaped objects (workbook, worksheets, ranges…) are in proxy/; they only queue work.
 */
import { wireBytes } from './wire';
import { DoubleError } from './errors';
import { checkProtection } from './protection';
import type { LoadSpec } from './load-spec';
import type { DoubleSession, RunOptionsLike, SyncRecord } from './session';
import { versionAtLeast } from './session';
import type { WorkbookState } from './state';
import { NULL, type Action, type DObject, type ProxyContext } from './proxy/base';
import { answerBreakdown } from './answer-breakdown';
import { DApplication, DWorkbook } from './proxy/workbook';

export class DoubleContext implements ProxyContext {
  readonly workbook: DWorkbook;
  readonly application: DApplication;
  syncCount = 0;
  _syncNo = 0;
  _queue: Action[] = [];
  _nullables = new Set<DObject>();
  private _nextId = 1;
  private _calcSuspended = false;
  readonly _runId: number;

  constructor(
    readonly _double: DoubleSession,
    readonly _runOptions: RunOptionsLike = {},
  ) {
    this._runId = _double._nextRunId();
    this.workbook = new DWorkbook(this);
    this.application = this.workbook.application;
  }

  get _state(): WorkbookState {
    return this._double.state;
  }

  _newId(): number {
    return this._nextId++;
  }

  _enqueue(a: Omit<Action, 'id'>): void {
    this._queue.push({ ...a, id: this._newId() });
  }

  _require(version: string, what: string): void {
    if (!versionAtLeast(this._double.options.apiVersion, version)) {
      throw new DoubleError(
        'ApiNotFound',
        'The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/reference/requirement-sets/excel-api-requirement-sets".',
        what,
      );
    }
  }

  _suspendCalculation(): void {
    this._calcSuspended = true;
  }

  /** Automatic calculation; in manual mode formulas keep their stale values until calculated. */
  _ensureCalculated(): void {
    if (this._state.dirty && !this._calcSuspended && this._state.calculationMode !== 'Manual') this._state.recalc();
  }

  /** ClientRequestContext.load(object, option). */
  load(object: DObject, option?: LoadSpec): void {
    object.load(option);
  }

  get pendingActions(): number {
    return this._queue.length;
  }

  /** The error an oversize payload gets: the documented one, or GeneralException as older web builds gave. */
  private _oversize(record: SyncRecord, which: 'Request' | 'Response'): DoubleError {
    if (this._double.options.oversizeAsGeneralException) {
      record.error = 'GeneralException';
      return new DoubleError('GeneralException', 'An internal error has occurred.');
    }
    record.error = `${which}PayloadSizeLimitExceeded`;
    return new DoubleError(
      `${which}PayloadSizeLimitExceeded`,
      `The ${which.toLowerCase()} payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".`,
    );
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const dbl = this._double;
    const actions = this._queue;
    this._queue = [];
    const nullables = [...this._nullables];
    this._nullables.clear();
    let delayed = false;
    if (dbl._cellEdit) {
      if (!this._runOptions.delayForCellEdit) {
        this.syncCount++;
        dbl.syncCount++;
        dbl.syncLog.push({ run: this._runId, requestBytes: 0, responseBytes: 0, actions: actions.length, ok: false, error: 'InvalidOperationInCellEditMode' });
        throw new DoubleError(
          'InvalidOperationInCellEditMode',
          'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
        );
      }
      delayed = true;
      await dbl._cellEdit;
    }
    await Promise.resolve();
    this.syncCount++;
    dbl.syncCount++;
    const limit = dbl.options.payloadLimit;
    const record: SyncRecord = { run: this._runId, requestBytes: 0, responseBytes: 0, actions: actions.length, ok: false };
    if (delayed) record.delayedForCellEdit = true;
    dbl.syncLog.push(record);

    // Request: actions plus the object paths they use.
    const paths: Record<number, unknown> = {};
    const addPath = (o: DObject | null): void => {
      while (o && !paths[o._id]) {
        paths[o._id] = { Id: o._id, ParentId: o._parent?._id ?? 0, Name: o._name, Args: o._args };
        o = o._parent;
      }
    };
    for (const a of actions) addPath(a.obj);
    for (const o of nullables) addPath(o);
    const request = {
      Actions: actions.map((a) => ({ Id: a.id, ObjectPathId: a.obj._id, ActionType: a.type, Name: a.name, Args: a.args })),
      ObjectPaths: paths,
    };
    // Measured as the wire carries it: JSON, UTF-8.
    record.requestBytes = wireBytes(JSON.stringify(request), dbl.options.wireEscapesNonAscii);
    if (record.requestBytes > limit) {
      throw this._oversize(record, 'Request');
    }

    const state = this._state;
    this._syncNo++;
    this._calcSuspended = false;
    state.begin();
    const results: { action: Action; value: unknown }[] = [];
    let mutated = false;
    try {
      for (const a of actions) {
        if (a.minVersion) this._require(a.minVersion, a.name);
        if (!keepsFormulas(a)) state.flushShifts();
        checkProtection(a, dbl.options.protectedSheetError);
        const v = a.exec();
        if (a.type !== 'Query') mutated = true;
        if (a.deliver) results.push({ action: a, value: v });
      }
      state.flushShifts();
      if (!this._calcSuspended) this._ensureCalculated();
    } catch (e) {
      // As in Excel: the actions before the failing one stay applied.
      state.flushShifts();
      const steps = state.commit();
      if (mutated) dbl._countUndo(this, steps);
      this._calcSuspended = false;
      record.error = e instanceof DoubleError ? e.code : String(e);
      throw e;
    }
    const nullResults = nullables.map((o) => {
      let isNull: boolean;
      try {
        isNull = o._target() === NULL;
      } catch {
        isNull = true;
      }
      return { o, isNull };
    });
    const response = {
      Results: results.map((r) => ({ ActionId: r.action.id, Value: r.value })),
      Nulls: nullResults.map((n) => ({ Id: n.o._id, IsNull: n.isNull })),
    };
    record.responseBytes = wireBytes(JSON.stringify(response), dbl.options.wireEscapesNonAscii);
    if (dbl.options.answerBreakdown) record.answers = answerBreakdown(results, dbl.options.wireEscapesNonAscii);
    if (record.responseBytes > limit) {
      state.rollback();
      this._calcSuspended = false;
      throw this._oversize(record, 'Response');
    }
    const steps = state.commit();
    this._calcSuspended = false;
    if (mutated) dbl._countUndo(this, steps);
    for (const n of nullResults) n.o._isNull = n.isNull;
    for (const r of results) r.action.deliver?.(r.value);
    record.ok = true;
    return passThroughValue as T;
  }
}

/** Actions that neither read nor write formulas: row shifts may stay pending across them. */
function keepsFormulas(a: Action): boolean {
  if (a.name === 'insert' || a.name === 'delete' || a.name.startsWith('suspend')) return true;
  return a.name === 'copyFrom' && (a.args as unknown[])[1] === 'Formats';
}
