/**
 * The write path's operations: what the host-neutral pipeline hands a host to run.
 *
 * plan → per-sheet work (work.ts) → phase builders (insert, merge, copy-format, before-state,
 * write, fill, note; each returns Ops) → batches (packBatches) → send. Everything up to the
 * batches is plain data and arithmetic; only `send` talks to a spreadsheet API (Office.js:
 * gateways/office/send.ts). A host (Excel, WPS…) implements a Sender that runs an Op's actions in
 * order within one round trip and delivers read results; it reuses everything above.
 *
 * Addresses are A1 without a sheet ("C5:C9"); `areas` are comma-joined A1 lists ("C5:C9,D2")
 * for a multi-area range (Office: getRanges). Rows in actions are the sheet's coordinates at the
 * moment the action runs: actions run in the order of their Ops, and a batch in op order.
 */
import type { RestoreValue } from './undo-record';

/** A cell's fill and bold as a before-state read returns them. */
export interface CellLook {
  fill: { color: string; pattern: string; patternColor?: string };
  bold: boolean;
}

export type Action =
  /** Insert whole rows ("5:7"), shifting down; the host formats them as the row above. */
  | { kind: 'insertRows'; sheet: string; rows: string }
  /** Delete whole rows ("5:7"), shifting up. */
  | { kind: 'deleteRows'; sheet: string; rows: string }
  /**
   * Paste `source` (A1 on the same sheet) onto `target`: 'Formats' only, or 'Formulas' (relative
   * references move as Excel pastes them, blank cells clear, destination formats kept). A
   * target larger than the source gets it tiled.
   */
  | { kind: 'copy'; sheet: string; target: string; source: string; type: 'Formats' | 'Formulas' }
  /** Write a 2-D block through `formulas` (constants and '=' formulas); null leaves a cell as it is. */
  | { kind: 'setFormulas'; sheet: string; address: string; values: (RestoreValue | null)[][] }
  /** Number formats of a 2-D block; null leaves a cell as it is. */
  | { kind: 'setNumberFormat'; sheet: string; address: string; values: (RestoreValue | null)[][] }
  /** Solid fill of every cell in `areas`; null takes the fill off. */
  | { kind: 'setFill'; sheet: string; areas: string; color: string | null }
  /** A patterned fill put back on one cell (undo only). */
  | { kind: 'setPattern'; sheet: string; address: string; pattern: string; color: string; patternColor?: string }
  | { kind: 'setBold'; sheet: string; areas: string; bold: boolean }
  /** Clear contents or formats of every cell in `areas`. */
  | { kind: 'clear'; sheet: string; areas: string; what: 'Contents' | 'Formats' }
  /** Merge `address` into one area (not across). */
  | { kind: 'merge'; sheet: string; address: string }
  | { kind: 'unmerge'; sheet: string; address: string }
  /** Notes ("comments" of old Excel; not threaded comments). */
  | { kind: 'addNote'; sheet: string; address: string; text: string }
  | { kind: 'setNote'; sheet: string; address: string; text: string }
  | { kind: 'deleteNote'; sheet: string; address: string }
  /** Read the number formats of a block; `into` receives them after the round trip. */
  | { kind: 'readNumberFormats'; sheet: string; address: string; into: (formats: unknown[][]) => void }
  /** Read fill (colour, pattern, pattern colour) and bold of a block; `into` receives them after the round trip. */
  | { kind: 'readLooks'; sheet: string; address: string; into: (looks: CellLook[][]) => void }
  /** Work the host itself queued (the Office gateway's prelude): run as is, in its place. */
  | { kind: 'custom'; run: () => void };

/**
 * One unit of batching: actions that go into the same round trip, with their estimated request
 * and response bytes. Ops are sorted by phase (stable: sheet order kept within a phase).
 */
export interface Op {
  phase: number;
  bytes: number;
  resp: number;
  actions: Action[];
}

/**
 * Phases of applyPlan, in the order they run. Everything at or below INSERT goes into the first
 * round trip: the before-state reads must see the sheet before any write.
 */
export const PHASE = {
  prelude: -1,
  /** Before-state reads (number formats, fills, bold of the cells the plan changes). */
  read: 0,
  insert: 1,
  copyFormat: 1.5,
  /** Copied formats take the fill under a validation's mark, not the mark. */
  underMark: 1.6,
  /** Contents: tiles (2-D arrays) and column pieces. */
  write: 2,
  /** Repeated tiles as copies of one written before. */
  copyTiles: 2.5,
  numberFormat: 3,
  fill: 4,
  bold: 5,
  note: 6,
  merge: 8,
} as const;

/** Phases of a revert (undo.ts), in the order they run. */
export const REVERT_PHASE = {
  unmerge: 2,
  clearFormats: 2.5,
  contents: 3,
  numberFormat: 4,
  looks: 5,
  merge: 6,
  note: 7,
  deleteRows: 8,
} as const;

export interface BatchStats {
  ops: number;
  estimatedRequestBytes: number;
  estimatedResponseBytes: number;
}

/**
 * The one host-specific step. `send` queues every action of `batch` in order, makes one round
 * trip (Office: context.sync()), then calls the `into` of each read action with what it read.
 * Calculation and screen updating may be suspended for the trip; `last`: recalculate after it.
 * A batch the host rejects for size was applied not at all: the sender splits it (splitFirst
 * keeps the first trip's reads together) and sends the halves, each counted as a sync.
 */
export interface Sender {
  send(batch: Op[], last: boolean): Promise<void>;
  syncs(): number;
  readonly stats: BatchStats[];
}

/** A copy's source as the host is given it: always sheet-qualified (Office reads an unqualified source on the active sheet). */
export function sheetQualified(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
