/**
 * The add-in's undo history, kept in the document's settings so that the pane, a reopened pane and
 * the ribbon's 一键校验 all see one copy. Each runtime has its own in-memory settings (the ribbon's
 * function file and the pane run separately), and the last saveAsync wins: so every change reads
 * the document's copy first (refreshAsync), changes it, and saves at once.
 *
 * Entries, oldest first: `marks` (a 校验's fills and notes) or `edit` (自评, 规范化修正, 插入标准
 * 指标). A new 校验 replaces only the previous marks; an older 自评 stays undoable.
 */
import { decodeUndo, shiftUndoRows, unshiftUndoRows, type PartRef, type SettingsLike, type UndoRecord } from '../gateways/office';
import { recordOfText, recordText } from './record-text';

export const HISTORY_KEY = 'jixiao.history';
/** Journals of the version before the history: read once to be refused clearly, then dropped. */
const LEGACY_KEYS = ['jixiao.undo', 'jixiao.marks'];
/** Entries kept; older ones go first when the settings would grow past the size Excel keeps. */
export const HISTORY_MAX = 6;
/**
 * Settings bytes the history may take (the newest entry is kept whatever its size). Office keeps about
 * 2 MB of settings per add-in (double/session.ts SETTINGS_LIMIT, with the sources; not documented, and
 * reported lower on Excel 2021): a save it refuses drops the oldest entries until it goes through
 * (saveShrinking). Where ExcelApi 1.5 is there, a record too big for the settings goes to the
 * workbook's custom XML parts and the history keeps a reference (journal-store.ts, session 20): this
 * budget then matters only without parts.
 */
export const historyLimits = { bytes: 4_000_000 };
/** Set when a 校验's marks left the history for size: its fills can no longer be told from the user's. */
const MARKS_LOST_KEY = 'jixiao.marksLost';

export interface HistoryEntry {
  kind: 'marks' | 'edit';
  /** With `stored`, only the label, count and time: the record itself is in the workbook's parts (journal-store.ts). */
  record: UndoRecord;
  stored?: StoredRecord;
}

/** A record kept in custom XML parts: where, and the row moves made since (applied when it is read). */
export interface StoredRecord {
  ref: PartRef;
  shifts: RowMove[];
}
/** Rows inserted (+1) or deleted (-1) on a sheet: [sheet, direction, [at, count] …]. */
export type RowMove = [string, 1 | -1, [number, number][]];

interface Raw {
  k: 'marks' | 'edit';
  j?: string;
  x?: { p: string[]; n: number; h: string };
  l?: string;
  c?: number;
  r?: number;
  t?: string;
  s?: RowMove[];
}

function rawOf(e: HistoryEntry): Raw {
  if (!e.stored) return { k: e.kind, j: recordText(e.record) };
  const { ids, n, h } = e.stored.ref;
  const r = e.record;
  return {
    k: e.kind,
    x: { p: ids, n, h },
    ...(r.label ? { l: r.label } : {}),
    ...(r.changes !== undefined ? { c: r.changes } : {}),
    ...(r.rows !== undefined ? { r: r.rows } : {}),
    t: r.createdAt,
    ...(e.stored.shifts.length ? { s: e.stored.shifts } : {}),
  };
}

function entryOf(e: Raw): HistoryEntry {
  const kind = e.k === 'marks' ? 'marks' : 'edit';
  if (!e.x) return { kind, record: recordOfText(String(e.j)) };
  if (!Array.isArray(e.x.p) || !e.x.p.every((id) => typeof id === 'string') || typeof e.t !== 'string') throw new Error('bad history entry');
  const record: UndoRecord = {
    version: 2,
    ...(e.l ? { label: e.l } : {}),
    ...(e.c !== undefined ? { changes: e.c } : {}),
    ...(typeof e.r === 'number' ? { rows: e.r } : {}),
    createdAt: e.t,
    sheets: [],
    warnings: [],
  };
  return { kind, record, stored: { ref: { ids: e.x.p, n: e.x.n, h: e.x.h }, shifts: Array.isArray(e.s) ? e.s : [] } };
}

/** The entry kept in parts: the settings hold its reference (and its label, count and time). */
export function storedEntry(e: HistoryEntry, ref: PartRef): HistoryEntry {
  const r = e.record;
  return {
    kind: e.kind,
    record: { version: r.version, label: r.label, changes: r.changes, ...(r.rows !== undefined ? { rows: r.rows } : {}), createdAt: r.createdAt, sheets: [], warnings: [] },
    stored: { ref, shifts: [] },
  };
}

/** A stored entry's record from its parts' text, moved by the rows inserted and deleted since. */
export function recordFromText(text: string, stored: StoredRecord): UndoRecord {
  let r = recordOfText(text);
  for (const [sheet, dir, list] of stored.shifts) {
    const moves = list.map(([at, count]) => ({ at, count }));
    r = dir === 1 ? shiftUndoRows(r, sheet, moves) : unshiftUndoRows(r, sheet, moves);
  }
  return r;
}

/** The ids of the parts the entries keep their records in. */
export function partIdsOf(entries: HistoryEntry[]): string[] {
  return entries.flatMap((e) => e.stored?.ref.ids ?? []);
}

/** Read the document's copy of the settings (the other runtime may have saved since). */
export function refreshSettings(s: SettingsLike): Promise<void> {
  if (!s.refreshAsync) return Promise.resolve();
  return new Promise((resolve) => s.refreshAsync!(() => resolve()));
}

export function saveSettings(s: SettingsLike): Promise<void> {
  return new Promise((resolve, reject) =>
    s.saveAsync((r) => {
      const failed = !!r?.error || String(r?.status).toLowerCase() === 'failed';
      if (failed) reject(new Error(`撤销记录未能保存到文档：${r?.error?.message ?? '保存文档设置失败'}`));
      else resolve();
    }),
  );
}

export function readHistory(s: SettingsLike): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  try {
    const raw = JSON.parse(String(s.get(HISTORY_KEY) ?? '[]')) as Raw[];
    for (const e of Array.isArray(raw) ? raw : []) out.push(entryOf(e));
  } catch {
    // an unreadable history is an empty one
  }
  if (!out.length) {
    const legacy = s.get(LEGACY_KEYS[0]);
    if (typeof legacy === 'string' && legacy) {
      try {
        out.push({ kind: 'edit', record: decodeUndo(legacy) });
      } catch {
        // nothing to offer
      }
    }
  }
  return out;
}

function writeHistory(s: SettingsLike, entries: HistoryEntry[]): void {
  let list = entries.slice(-HISTORY_MAX).map(rawOf);
  let text = JSON.stringify(list);
  let lost = entries.slice(0, -HISTORY_MAX).some((e) => e.kind === 'marks');
  while (list.length > 1 && new TextEncoder().encode(text).length > historyLimits.bytes) {
    if (list[0].k === 'marks') lost = true;
    list = list.slice(1);
    text = JSON.stringify(list);
  }
  if (lost) s.set(MARKS_LOST_KEY, true);
  s.set(HISTORY_KEY, text);
  for (const k of LEGACY_KEYS) if (s.get(k) !== null && s.get(k) !== undefined) s.remove(k);
}

/** Whether a 校验's marks were pushed out of the history (they stay on the sheet, untracked). */
export function marksLost(s: SettingsLike): boolean {
  return s.get(MARKS_LOST_KEY) === true;
}

export function forgetMarksLost(s: SettingsLike): void {
  if (s.get(MARKS_LOST_KEY) !== null && s.get(MARKS_LOST_KEY) !== undefined) s.remove(MARKS_LOST_KEY);
}

/** Saves tried again when another runtime's save replaced ours (each after a fresh read). */
const SAVE_TRIES = 3;

/**
 * Change the history as the document has it now, and save at once. Settings have no lock: the
 * other runtime (the ribbon beside the pane) may save its own copy between our read and our save,
 * or just after — made before ours, without our change (its whole bag wins). So the document is
 * read again after the save: where our change is not in it (an entry we added missing, one we
 * dropped back), the change is made again on that copy and saved.
 */
export async function updateHistory(s: SettingsLike, change: (h: HistoryEntry[]) => HistoryEntry[]): Promise<HistoryEntry[]> {
  await refreshSettings(s);
  const was = readHistory(s);
  let next = change(was);
  writeHistory(s, next);
  next = await saveShrinking(s, next);
  const saved = s.get(HISTORY_KEY);
  if (!s.refreshAsync) return next;
  const added = ids(readHistory(s)).filter((id) => !ids(was).includes(id));
  const dropped = ids(was).filter((id) => !ids(next).includes(id));
  for (let i = 0; i < SAVE_TRIES; i++) {
    await refreshSettings(s);
    if (s.get(HISTORY_KEY) === saved) break;
    const now = readHistory(s);
    if (added.every((id) => ids(now).includes(id)) && dropped.every((id) => !ids(now).includes(id))) break;
    next = change(now);
    writeHistory(s, next);
    next = await saveShrinking(s, next);
  }
  return next;
}

/**
 * Save; when Office refuses (a bag over its size limit: the limit is not documented and may be lower
 * than our budget — Excel 2021 was reported failing from about 1 MB), the oldest entry goes and the
 * save is tried again, down to none: the command that just changed the sheet must not fail for its
 * undo record. Any other refusal still fails once nothing is left to drop. Returns what was saved.
 */
async function saveShrinking(s: SettingsLike, entries: HistoryEntry[]): Promise<HistoryEntry[]> {
  let list = entries.slice(-HISTORY_MAX);
  const was = s.get(HISTORY_KEY);
  const lostWas = marksLost(s);
  for (;;) {
    try {
      await saveSettings(s);
      return list;
    } catch (e) {
      if (!list.length) {
        s.set(HISTORY_KEY, was); // not a size refusal: the history as it was, for the next save
        if (!lostWas) forgetMarksLost(s); // and no marks were lost: none left the saved history
        throw e;
      }
      if (list[0].kind === 'marks') s.set(MARKS_LOST_KEY, true);
      list = list.slice(1);
      s.set(HISTORY_KEY, JSON.stringify(list.map(rawOf)));
    }
  }
}

const ids = (h: HistoryEntry[]): string[] => h.map((e) => e.record.createdAt);

/** Rows a command inserted (per sheet, in plan order): the entries before it move down with them. */
export function movedDown(entries: HistoryEntry[], inserts: Map<string, { at: number; count: number }[]>): HistoryEntry[] {
  return entries.map((e) => {
    if (e.stored)
      return { ...e, stored: { ...e.stored, shifts: [...e.stored.shifts, ...[...inserts].map(([sheet, list]): RowMove => [sheet, 1, list.map((x) => [x.at, x.count])])] } };
    let r = e.record;
    for (const [sheet, list] of inserts) r = shiftUndoRows(r, sheet, list);
    return { ...e, record: r };
  });
}

/** Rows an undo deleted (per sheet, ascending as numbered before): the entries before it move up. */
export function movedUp(entries: HistoryEntry[], deleted: Record<string, number[]>): HistoryEntry[] {
  return entries.map((e) => {
    if (e.stored)
      return {
        ...e,
        stored: {
          ...e.stored,
          shifts: [
            ...e.stored.shifts,
            ...Object.entries(deleted)
              .filter(([, rows]) => rows.length)
              .map(([sheet, rows]): RowMove => [sheet, -1, rows.map((at) => [at, 1])]),
          ],
        },
      };
    let r = e.record;
    for (const [sheet, rows] of Object.entries(deleted))
      r = unshiftUndoRows(
        r,
        sheet,
        rows.map((at) => ({ at, count: 1 })),
      );
    return { ...e, record: r };
  });
}
