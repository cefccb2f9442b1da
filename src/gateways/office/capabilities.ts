/**
 * What the host Excel can do, from its ExcelApi requirement sets. Excel 2019 (volume licensed)
 * stops at ExcelApi 1.8 and shows add-ins in the IE11 engine, where the pane cannot run (the
 * pane's legacy check says so); Excel 2021 LTSC reaches 1.14 (merged-area reads, no notes);
 * Excel 2024 LTSC 1.17; Microsoft 365 and Excel on the web the newest. ExcelApi 1.9 is the
 * minimum; below 1.13 no merged-area reads, below 1.18 no notes, below 1.20 no merged undo
 * groups. The gateway degrades gracefully on each.
 */
import type { IsSetSupported } from './api';
import type { Capabilities } from '../pipeline/snapshot';

export type { Capabilities };

export const ALL_CAPABILITIES: Capabilities = { mergedAreas: true, notes: true, undoGroup: true };

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const has = (v: string): boolean => {
    try {
      return !!isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return { mergedAreas: has('1.13'), notes: has('1.18'), undoGroup: has('1.20') };
}

/** Capabilities from the global `Office` object when there is one (the task pane), else all. */
export function hostCapabilities(): Capabilities {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: IsSetSupported } } } }).Office;
  const req = office?.context?.requirements;
  if (req?.isSetSupported) return detectCapabilities((n, v) => req.isSetSupported!(n, v));
  return ALL_CAPABILITIES;
}
