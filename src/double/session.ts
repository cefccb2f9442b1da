/**
 * What the double is set up with and what a request context needs of it: options, per-sync records,
 * run options, and the DoubleSession that ExcelDouble implements (so context.ts never imports it).
 */
import type { Rect } from '../sheet/a1';
import type { WorkbookState } from './state';

/** Excel's documented limit on merged areas per `getMergedAreasOrNullObject` call. */
export const MERGED_AREAS_LIMIT = 512;

/** Excel on the web's payload limit per request and per response ("5MB"), in bytes. */
export const PAYLOAD_LIMIT = 5_000_000;
/**
 * Office.context.document.settings, the whole bag as saved (JSON, UTF-8 bytes — 3 per Chinese
 * character, the conservative count). Microsoft's reference gives no figure today (Persist add-in
 * state and settings speaks only of "the size limits of the document Settings"); an Office engineer
 * answered "We only support 2MB maximum for settings" (OfficeDev/office-js#621, citing the
 * Settings.set reference of 2019), and Excel 2021 on Windows was reported failing saveAsync from
 * about 1 MB to a few MB ("The argument is invalid or missing or has an incorrect format",
 * OfficeDev/office-js#3957). The double refuses a save above 2 000 000 bytes.
 */
export const SETTINGS_LIMIT = 2_000_000;

/**
 * Bytes (UTF-8) of one custom XML part's XML that `customXmlParts.add` / `setXml` accept. Microsoft's
 * reference gives no figure; on Office on the web, parts over "precisely 1MB" were refused
 * (OfficeDev/office-js#2408, Word, addAsync error 6100 "Custom XML Error"; desktop took 7 MB). A guess
 * for Excel: the double refuses a part over 1 000 000 bytes on every platform, with GeneralException
 * (the code Excel gives is not known).
 */
export const XML_PART_LIMIT = 1_000_000;

export interface ExcelDoubleOptions {
  /** Bytes (UTF-8) of one custom XML part's XML (XML_PART_LIMIT); a larger add or setXml fails. */
  xmlPartLimit?: number;
  /** Bytes of the settings bag a saveAsync accepts (SETTINGS_LIMIT); a larger save fails and keeps the document's copy. */
  settingsLimit?: number;
  /** The ExcelApi requirement set the simulated Excel supports, e.g. '1.9' for an LTSC build. Default '1.20'. */
  apiVersion?: string;
  /**
   * Request and response payload limit per sync, in bytes of the request/response as JSON in UTF-8 (what
   * the wire carries: 3 bytes per Chinese character). Default 5 000 000: Excel on the web documents "5MB"
   * (Resource limits and performance optimization for Office Add-ins), read here as the smaller of the two.
   */
  payloadLimit?: number;
  /**
   * Report an oversize request or response as `GeneralException` ("internal error"), as older Excel on
   * the web builds did (office-js-docs-reference issue 354), instead of `Request/ResponsePayloadSizeLimitExceeded`.
   */
  oversizeAsGeneralException?: boolean;
  /** Measure syncs as JSON with non-ASCII characters escaped (\uXXXX, 6 bytes a Chinese character): wire.ts. Default false. */
  wireEscapesNonAscii?: boolean;
  /**
   * Most merged areas `Range.getMergedAreasOrNullObject` returns; above it the call fails. The Excel API
   * reference for the method: "if the merged areas count in this range is more than 512, then this method
   * will fail to return the result". Default MERGED_AREAS_LIMIT (512); Infinity for a lenient double.
   */
  mergedAreasLimit?: number;
  /**
   * `Range.getMergedAreasOrNullObject` returns only the merged areas whose top-left cell is in the range, as
   * Excel does on desktop and on the web (office-js issue 3611), not every area that meets it. Default true.
   */
  mergedAreasByTopLeft?: boolean;
  /** Longest address string getRanges accepts. Default 8192 (larger strings fail in Excel). */
  addressLengthLimit?: number;
  /**
   * The code of the error a change to a protected sheet raises. Excel's error list has both AccessDenied
   * ("You cannot perform the requested operation.") and InvalidOperation; which one a locked cell gives is
   * checklist item 18. Default 'AccessDenied'.
   */
  protectedSheetError?: 'AccessDenied' | 'InvalidOperation';
  /** Author name given to notes. */
  author?: string;
  /** Keep, per sync, where its answer went (SyncRecord.answers: answer-breakdown.ts). Default false: for measuring only. */
  answerBreakdown?: boolean;
}

/** Answered actions alike (answer-breakdown.ts): what they read, how many, their values' bytes (no envelope). */
export interface AnswerPart {
  /** e.g. `getRange(F:H).load(formulas)`, `getRange(A:E).getUsedRangeOrNullObject.load(formulas,rowIndex)`. */
  what: string;
  count: number;
  bytes: number;
}

export interface SyncRecord {
  run: number;
  requestBytes: number;
  responseBytes: number;
  actions: number;
  ok: boolean;
  error?: string;
  delayedForCellEdit?: boolean;
  /** With the `answerBreakdown` option: the answered actions grouped by what they read, largest first. */
  answers?: AnswerPart[];
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
