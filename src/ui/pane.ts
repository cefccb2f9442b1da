/**
 * The pane's shared state and the runner every host action goes through: one action at a time,
 * progress into the status bar, errors into a Chinese message bar (never a crash).
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { Host, Progress, ProjectSummary, Settings, ValidateResult } from './host';

/** A failure as the user reads it: what did not complete, the host's message (what and where), what to do. */
export interface Failure {
  action: string | null;
  message: string;
  todo: 'generic' | 'revalidate' | 'noTable' | 'internal';
}

export interface Status {
  busy: boolean;
  progress: Progress | null;
  /** Last outcome, announced by the status bar. */
  notice: string | null;
  /** What the last action left for the user to read (its host's warnings), shown under the notice. */
  warnings?: string[];
  error: Failure | null;
}

export interface RunOptions<R> {
  /** The message announced when the action succeeds. */
  done?: (result: R) => string | null | undefined;
  /** Quick actions (select a cell, save settings): no busy state, only errors are shown. */
  quiet?: boolean;
  /** What the user asked for, as the error title names it (“自评未完成”). */
  action?: string;
}

export type Run = <R>(action: (onProgress: (p: Progress) => void) => Promise<R>, opts?: RunOptions<R>) => Promise<R | undefined>;

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

/** What the user can do about a failure, from the host's (Chinese) message. */
export function todoFor(message: string, e?: unknown): Failure['todo'] {
  // A programming error (a bad cell number, a missing value) is ours, whatever the sheet holds.
  if (e instanceof TypeError || e instanceof RangeError || /NaN|undefined/.test(message)) return 'internal';
  if (/没有找到绩效指标表|没有找到.*指标表/.test(message)) return 'noTable';
  if (/请先校验|重新校验|没有项目|已变化/.test(message)) return 'revalidate';
  return 'generic';
}

/** Status plus the runner; `after` runs when an action settles (the pane refreshes canUndo then). */
export function useRunner(after?: () => void): { status: Status; run: Run; dismissError: () => void; notify: (m: string) => void } {
  const [status, setStatus] = useState<Status>({ busy: false, progress: null, notice: null, error: null });
  const running = useRef(false);
  const afterRef = useRef(after);
  useEffect(() => {
    afterRef.current = after;
  }); // the newest `after`, without re-creating `run`

  const run: Run = useCallback(async (action, opts = {}) => {
    if (!opts.quiet) {
      if (running.current) return undefined;
      running.current = true;
      setStatus({ busy: true, progress: null, notice: null, error: null });
    }
    let warnings: string[] = [];
    const onProgress = (p: Progress) => {
      if (p.warnings?.length) warnings = p.warnings;
      if (!opts.quiet) setStatus((s) => ({ ...s, progress: p }));
    };
    try {
      const result = await action(onProgress);
      const notice = opts.done?.(result) ?? null;
      setStatus((s) => ({
        busy: opts.quiet ? s.busy : false,
        progress: opts.quiet ? s.progress : null,
        notice: notice ?? (opts.quiet ? s.notice : null),
        warnings: opts.quiet ? s.warnings : warnings,
        error: null,
      }));
      return result;
    } catch (e) {
      const message = errorText(e);
      const error: Failure = { action: opts.action ?? null, message, todo: todoFor(message, e) };
      setStatus((s) => ({ busy: opts.quiet ? s.busy : false, progress: opts.quiet ? s.progress : null, notice: null, error }));
      return undefined;
    } finally {
      if (!opts.quiet) running.current = false;
      afterRef.current?.();
    }
  }, []);

  const dismissError = useCallback(() => setStatus((s) => ({ ...s, error: null })), []);
  const notify = useCallback((m: string) => setStatus((s) => ({ ...s, notice: m, error: null })), []);
  return { status, run, dismissError, notify };
}

export interface PaneValue {
  host: Host;
  run: Run;
  busy: boolean;
  settings: Settings;
  setSettings(s: Settings): void;
  validation: ValidateResult | null;
  setValidation(v: ValidateResult | null): void;
  selfEval: ProjectSummary[] | null;
  setSelfEval(v: ProjectSummary[] | null): void;
  /** The workbook changed shape (rows inserted, undo): earlier results no longer point at the right cells. */
  invalidate(): void;
  /** Announce an outcome in the status bar (and clear an earlier error). */
  notify(message: string): void;
}

export const PaneContext = createContext<PaneValue | null>(null);

export function usePane(): PaneValue {
  const v = useContext(PaneContext);
  if (!v) throw new Error('usePane outside the pane');
  return v;
}
