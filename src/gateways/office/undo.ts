/**
 * Undo what applyPlan did, exactly, and keep the last undo record in the document so that it
 * survives closing and reopening the task pane.
 *
 * revert() writes the before-state back in one sync (two when it exceeds ~4.5 MB): unmerge the
 * merged areas the plan created; clear the formats it copied into unformatted cells; cells that
 * were empty cleared through address lists (getRanges), the others written back through
 * `formulas`, per column with `null` for the cells in between (columnPieces); number formats;
 * fills (original colour via getRanges grouped by colour, fill.clear() where there was none,
 * setCellProperties for patterned fills); bold; merge again the areas the plan replaced; delete
 * or restore notes; delete the inserted rows, last insertion first; in manual calculation mode
 * (or when the mode is unknown) calculate the ranges written (recalc.ts). queuedRevert()
 * queues the same into the caller's next sync when it fits.
 */
import { rectAddress } from '../../sheet/a1';
import type { XlContext } from './api';
import { DEFAULT_MAX_BYTES, jsonBytes } from '../pipeline/batching';
import { FIXED_BYTES as FIXED, packBatches } from '../pipeline/batches';
import type { BatchStats, Op } from '../pipeline/ops';
import { revertOps } from '../pipeline/revert-ops';
import type { UndoRecord, UndoSheet } from '../pipeline/undo-record';
import { makeSender, officeActions, queueOps } from './send';
import { JournalDict, dictEntry, noteFrom, noteText } from './journal-dict';

export interface RevertOptions {
  maxBytes?: number;
  /** Application.calculationMode when known: in automatic mode nothing is calculated (send.ts). */
  calculationMode?: string | null;
  /** Reads to queue last in the last sync, after every write (safe-revert's header rows: revert-headers.ts). */
  tail?: Op[];
}

export interface RevertResult {
  syncs: number;
  batches: BatchStats[];
}

/** Request bytes left for the reads a queued revert shares its sync with. */
const READ_RESERVE = 256 * 1024;

export async function revert(context: XlContext, undo: UndoRecord, options: RevertOptions = {}): Promise<RevertResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const batches = packBatches([...revertOps(undo), ...(options.tail ?? [])], maxBytes, FIXED);
  const sender = makeSender(context, FIXED, undefined, options.calculationMode);
  for (let i = 0; i < batches.length; i++) await sender.send(batches[i], i === batches.length - 1);
  return { syncs: sender.syncs(), batches: sender.stats };
}

/**
 * The revert as operations to queue into the caller's next sync, when it fits one request with
 * room left for that sync's reads: a validation's marks (fills, bold, notes) always do, so taking
 * them off costs no sync of its own. Returns a function that queues them (again, if that sync is
 * re-sent), or null when the revert needs syncs of its own (`revert`). Calculation is not
 * suspended: the reads that follow must see calculated values.
 */
export function queuedRevert(context: XlContext, undo: UndoRecord, options: RevertOptions = {}): (() => void) | null {
  const maxBytes = (options.maxBytes ?? DEFAULT_MAX_BYTES) - READ_RESERVE;
  const ops = revertOps(undo);
  if (packBatches(ops, maxBytes, FIXED).length > 1) return null;
  const run = officeActions(context);
  return () => {
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    queueOps(run, ops);
  };
}

/** The revert as one operation to put first in another command's first sync, with its request bytes; null when too large. */
export function revertPrelude(context: XlContext, undo: UndoRecord, options: RevertOptions = {}): { run: () => void; bytes: number } | null {
  const maxBytes = (options.maxBytes ?? DEFAULT_MAX_BYTES) - READ_RESERVE;
  const ops = revertOps(undo);
  const bytes = ops.reduce((n, o) => n + o.bytes, 0);
  // Small only: it shares a sync with the writes of the command it precedes.
  if (bytes > Math.min(maxBytes / 2, 512 * 1024)) return null;
  const run = officeActions(context);
  return { run: () => void queueOps(run, ops), bytes };
}

// ---------------------------------------------------------------- persistence

/**
 * Document settings as Office.context.document.settings offers them (Office.Settings): an
 * in-memory bag persisted into the document by saveAsync.
 */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } | null }) => void): void;
  /** Reads the document's copy again (another runtime — the ribbon, the pane — may have saved since). */
  refreshAsync?(callback?: (result: { status: unknown; error?: { message: string } | null }) => void): void;
}

export const UNDO_KEY = 'jixiao.undo';

/** Save the last undo record in the document. Resolves with the stored size in bytes. */
export async function saveUndo(settings: SettingsLike, undo: UndoRecord, key = UNDO_KEY): Promise<{ bytes: number }> {
  const text = encodeUndo(undo);
  settings.set(key, text);
  await saveSettings(settings);
  return { bytes: jsonBytes(text) };
}

/** The undo record saved in the document, or null. */
export function loadUndo(settings: SettingsLike, key = UNDO_KEY): UndoRecord | null {
  const text = settings.get(key);
  if (typeof text !== 'string' || !text) return null;
  try {
    return decodeUndo(text);
  } catch {
    return null;
  }
}

export async function clearUndo(settings: SettingsLike, key = UNDO_KEY): Promise<void> {
  settings.remove(key);
  await saveSettings(settings);
}

function saveSettings(settings: SettingsLike): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      const failed = !!result?.error || String(result?.status).toLowerCase() === 'failed';
      if (failed) reject(new Error(result?.error?.message ?? '保存文档设置失败'));
      else resolve();
    });
  });
}

// ---------------------------------------------------------------- compact journal

/*
 * The journal is JSON with two compressions, both exactly reversible:
 * - runs of equal values are written as [value, count] (a 50 000-row column that was empty is
 *   [["", 50000]]);
 * - a formula's row references relative to its own row are written as offsets ("\u0001" +
 *   "=ROUND(F{0}*G{0},2)"), so a column of formulas that differ only in their row becomes one run.
 * Addresses of fills, notes and merges are already compact (A1 ranges).
 */

type Token = string | number | boolean;
type Encoded = (Token | [Token, number] | [number])[];

const TEMPLATE = '\u0001';
const ESCAPE = '\u0002';
const REF = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g;

function templateOf(formula: string, row: number): string {
  return formula.replace(REF, (all, c$: string, col: string, r$: string, r: string) => (r$ ? all : `${c$}${col}{${Number(r) - row}}`));
}

function fromTemplate(t: string, row: number): string {
  return t.replace(/(\$?)([A-Z]{1,3})\{(-?\d+)\}/g, (_all, c$: string, col: string, d: string) => `${c$}${col}${row + Number(d)}`);
}

function encodeValue(v: Token, row: number): Token {
  if (typeof v !== 'string') return v;
  // Exact by the check below, also where a formula holds braces (array constants {"部分","基本"}).
  if (v.startsWith('=')) {
    const t = templateOf(v, row);
    if (t !== v && fromTemplate(t, row) === v) return TEMPLATE + t;
  }
  if (v.startsWith(TEMPLATE) || v.startsWith(ESCAPE)) return ESCAPE + v;
  return v;
}

function decodeValue(v: Token, row: number): Token {
  if (typeof v !== 'string') return v;
  if (v.startsWith(TEMPLATE)) return fromTemplate(v.slice(1), row);
  if (v.startsWith(ESCAPE)) return v.slice(1);
  return v;
}

export function encodeRun(values: Token[], top: number, dict?: JournalDict): Encoded {
  const out: Encoded = [];
  let prev: Token | undefined;
  let count = 0;
  const flush = (): void => {
    if (prev === undefined) return;
    const i = dict?.ref(prev);
    if (i !== undefined) out.push(count > 1 ? [i, -count] : [i]);
    else out.push(count > 1 ? [prev, count] : prev);
  };
  values.forEach((v, i) => {
    const t = encodeValue(v, top + i);
    if (count && t === prev) count++;
    else {
      flush();
      prev = t;
      count = 1;
    }
  });
  flush();
  return out;
}

export function decodeRun(enc: Encoded, top: number, dict: string[] = []): Token[] {
  const out: Token[] = [];
  for (const e of enc) {
    const ref = dictEntry(e);
    const [t, n]: [Token, number] = ref ? [dict[ref.i], ref.n] : Array.isArray(e) ? [e[0], e[1] ?? 1] : [e, 1];
    for (let i = 0; i < n; i++) out.push(decodeValue(t, top + out.length));
  }
  return out;
}

interface JSheet {
  n: string;
  c: [number, number, Encoded][];
  f: [number, number, Encoded][];
  fl: UndoSheet['fills'];
  p: UndoSheet['patterns'];
  b: string[];
  na: string[];
  nr: UndoSheet['notesReplaced'];
  mc: string[];
  mr: string[];
  ir: [number, number][];
  fc?: string[];
  /** The fingerprint (version 2): contents, number formats, fills, notes written; row signatures. */
  wc?: [number, number, Encoded][];
  wf?: [number, number, Encoded][];
  wl?: { color: string; addresses: string[] }[];
  wn?: { address: string; content: string }[];
  /** Notes written, their texts as in `wc` (an index in `d`, or the text): instead of `wn`. */
  wq?: [string, string | number][];
  /** The sheet's repeated texts (journal-dict.ts). */
  d?: string[];
  rs?: [number, number[], string] | [number, number[], string, number[]];
  /** The identity column kept apart (rows.ids): column, anchoring rows as steps from `rs`'s top, signatures, bytes per cell. */
  ri?: [number, number[], string, number, number];
}

interface Journal {
  v: 1 | 2;
  l?: string;
  n?: number;
  /** Rows inserted (undo-count.ts). */
  r?: number;
  t: string;
  w: string[];
  s: JSheet[];
}

function mergeText(m: { top: number; left: number; bottom: number; right: number }): string {
  return rectAddress(m);
}

function mergeFrom(a: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a);
  if (!m) throw new Error(`bad merge ${a}`);
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { left: col(m[1]), top: Number(m[2]), right: col(m[3] ?? m[1]), bottom: Number(m[4] ?? m[2]) };
}

/** The texts of a sheet's runs as they will be written (one per change of value) and of its notes. */
function* sheetTexts(s: UndoSheet): Generator<string> {
  const runs = [...s.contents, ...s.numFormats, ...(s.written ? [...s.written.contents, ...s.written.numFormats] : [])];
  for (const r of runs) {
    let prev: Token | undefined;
    for (let i = 0; i < r.values.length; i++) {
      const t = encodeValue(r.values[i], r.top + i);
      if (typeof t === 'string' && t !== prev) yield t;
      prev = t;
    }
  }
  for (const n of s.written?.notes ?? []) yield n.content;
}

export function encodeUndo(u: UndoRecord): string {
  const j: Journal = {
    v: u.version,
    ...(u.label ? { l: u.label } : {}),
    ...(u.changes !== undefined ? { n: u.changes } : {}),
    ...(u.rows !== undefined ? { r: u.rows } : {}),
    t: u.createdAt,
    w: u.warnings,
    s: u.sheets.map((s) => {
      const d = JournalDict.of(sheetTexts(s));
      const run = (r: { col: number; top: number; values: Token[] }): [number, number, Encoded] => [r.col, r.top, encodeRun(r.values, r.top, d)];
      return {
        n: s.name,
        c: s.contents.map(run),
        f: s.numFormats.map(run),
        fl: s.fills,
        p: s.patterns,
        b: s.unbold,
        na: s.notesAdded,
        nr: s.notesReplaced,
        mc: s.mergesCreated.map(mergeText),
        mr: s.mergesRemoved.map(mergeText),
        ir: s.insertedRows.map((r) => [r.at, r.count]),
        ...(s.formatsCopied?.length ? { fc: s.formatsCopied } : {}),
        ...(d.list.length ? { d: d.list } : {}),
        ...(s.written
          ? {
              wc: s.written.contents.map(run),
              wf: s.written.numFormats.map(run),
              wl: s.written.fills,
              ...(d.list.length ? { wq: s.written.notes.map((x): [string, string | number] => [x.address, noteText(x.content, d)]) } : { wn: s.written.notes }),
              rs: s.written.rows.bytes
                ? ([s.written.rows.top, s.written.rows.cols, s.written.rows.sigs, s.written.rows.bytes] as [number, number[], string, number[]])
                : ([s.written.rows.top, s.written.rows.cols, s.written.rows.sigs] as [number, number[], string]),
              ...(s.written.rows.ids ? { ri: encodeIds(s.written.rows.top, s.written.rows.ids) } : {}),
            }
          : {}),
      };
    }),
  };
  return JSON.stringify(j);
}

export function decodeUndo(text: string): UndoRecord {
  const j = JSON.parse(text) as Journal;
  if (j.v !== 1 && j.v !== 2) throw new Error(`unknown undo journal version ${String(j.v)}`);
  return {
    version: j.v,
    ...(j.l ? { label: j.l } : {}),
    ...(j.n !== undefined ? { changes: j.n } : {}),
    ...(typeof j.r === 'number' ? { rows: j.r } : {}),
    createdAt: j.t,
    warnings: j.w,
    sheets: j.s.map((s) => ({
      name: s.n,
      contents: s.c.map(([col, top, enc]) => ({ col, top, values: decodeRun(enc, top, s.d) })),
      numFormats: s.f.map(([col, top, enc]) => ({ col, top, values: decodeRun(enc, top, s.d).map(String) })),
      fills: s.fl,
      patterns: s.p,
      unbold: s.b,
      notesAdded: s.na,
      notesReplaced: s.nr,
      mergesCreated: s.mc.map(mergeFrom),
      mergesRemoved: s.mr.map(mergeFrom),
      insertedRows: s.ir.map(([at, count]) => ({ at, count })),
      ...(s.fc?.length ? { formatsCopied: s.fc } : {}),
      ...(s.rs && s.wc && s.wf
        ? {
            written: {
              contents: s.wc.map(([col, top, enc]) => ({ col, top, values: decodeRun(enc, top, s.d) })),
              numFormats: s.wf.map(([col, top, enc]) => ({ col, top, values: decodeRun(enc, top, s.d).map(String) })),
              fills: s.wl ?? [],
              notes: s.wq ? s.wq.map(([address, v]) => ({ address, content: noteFrom(v, s.d ?? []) })) : (s.wn ?? []),
              rows: { top: s.rs[0], cols: s.rs[1], sigs: s.rs[2], ...(s.rs[3] ? { bytes: s.rs[3] } : {}), ...(s.ri ? { ids: decodeIds(s.rs[0], s.ri) } : {}) },
            },
          }
        : {}),
    })),
  };
}

type Ids = NonNullable<NonNullable<UndoSheet['written']>['rows']['ids']>;

/** Anchoring rows as steps (from the signature's top, then from the row before): a few digits each. */
function encodeIds(top: number, ids: Ids): [number, number[], string, number, number] {
  return [ids.col, ids.rows.map((r, i) => r - (i ? ids.rows[i - 1] : top)), ids.sigs, ids.bytes ?? 0, ids.most ?? 0];
}

function decodeIds(top: number, [col, steps, sigs, bytes, most]: [number, number[], string, number, number]): Ids {
  const rows: number[] = [];
  for (const d of steps) rows.push((rows.length ? rows[rows.length - 1] : top) + d);
  return { col, rows, sigs, ...(bytes ? { bytes } : {}), ...(most ? { most } : {}) };
}

// Office's settings object fits SettingsLike (compile-time check).
type Assignable<A, B> = [A] extends [B] ? true : false;
export const _officeSettingsFit: Assignable<Office.Settings, SettingsLike> = true;
