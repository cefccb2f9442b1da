/**
 * Sheet protection: on a protected sheet (every cell locked, Excel's default) the API may read
 * but not change anything — a value, a format, a note, a row inserted or deleted, a merge. Excel
 * refuses the action and the actions queued before it in the same sync stay applied (context.ts).
 */
import { DoubleError } from './errors';
import type { Action, DObject } from './proxy/base';
import { SheetState } from './state';

/** Methods that change nothing in the sheet (allowed on a protected one). */
const HARMLESS = new Set(['calculate', 'select', 'activate', 'suspendApiCalculationUntilNextSync', 'suspendScreenUpdatingUntilNextSync']);

/** Throws Excel's refusal when `a` would change a protected sheet. */
export function checkProtection(a: Action, code: 'AccessDenied' | 'InvalidOperation'): void {
  if (a.type === 'Query' || a.deliver || HARMLESS.has(a.name)) return;
  const sheet = sheetOf(a.obj);
  if (sheet?.protected)
    throw new DoubleError(code, code === 'AccessDenied' ? 'You cannot perform the requested operation.' : 'The operation attempted is invalid on the object.', `${a.name}`);
}

function sheetOf(obj: DObject | null): SheetState | null {
  for (let o = obj; o; o = o._parent) {
    let t: unknown;
    try {
      t = o._target();
    } catch {
      return null; // the action itself reports what is missing
    }
    if (t instanceof SheetState) return t;
    const s = (t as { sheet?: unknown } | null)?.sheet;
    if (s instanceof SheetState) return s;
  }
  return null;
}
