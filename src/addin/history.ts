/**
 * The add-in's undo history, kept in the document's settings so that the pane, a reopened pane and
 * the ribbon's 一键校验 all see one copy. Each runtime has its own in-memory settings (the ribbon's
 * function file and the pane run separately), and the last saveAsync wins: so every change reads
 * the document's copy first (refreshAsync), changes it, and saves at once.
 *
 * Entries, oldest first: `marks` (a 校验's fills and notes) or `edit` (自评, 规范化修正, 插入标准
 * 指标). A new 校验 replaces only the previous marks; an older 自评 stays undoable.
 */
import { decodeUndo, encodeUndo, shiftUndoRows, unshiftUndoRows, type SettingsLike, type UndoRecord } from '../gateways/office';

export const HISTORY_KEY = 'jixiao.history';
/** Journals of the version before the history: read once to be refused clearly, then dropped. */
const LEGACY_KEYS = ['jixiao.undo', 'jixiao.marks'];
/** Entries kept; older ones go first when the settings would grow past the size Excel keeps. */
export const HISTORY_MAX = 6;
/**
 * Settings bytes the history may take (the newest entry is kept whatever its size). Office keeps about
 * 2 MB of settings per add-in (double/session.ts SETTINGS_LIMIT, with the sources; not documented, and
 * reported lower on Excel 2021): a save it refuses drops the oldest entries until it goes through
 * (saveShrinking). Not lowered to 2 MB here (session 19): 校验 + 自评 at 50 000 rows take ~3.8 MB, and
 * the marks would leave the history on the double too — the real fix is a journal kept outside the settings.
 */
export const historyLimits = { bytes: 4_000_000 };
/** Set when a 校验's marks left the history for size: its fills can no longer be told from the user's. */
const MARKS_LOST_KEY = 'jixiao.marksLost';

export interface HistoryEntry {
  kind: 'marks' | 'edit';
  record: UndoRecord;
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
    const raw = JSON.parse(String(s.get(HISTORY_KEY) ?? '[]')) as { k: 'marks' | 'edit'; j: string }[];
    for (const e of Array.isArray(raw) ? raw : []) out.push({ kind: e.k === 'marks' ? 'marks' : 'edit', record: decodeUndo(e.j) });
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
  let list = entries.slice(-HISTORY_MAX).map((e) => ({ k: e.kind, j: encodeUndo(e.record) }));
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
      s.set(HISTORY_KEY, JSON.stringify(list.map((x) => ({ k: x.kind, j: encodeUndo(x.record) }))));
    }
  }
}

const ids = (h: HistoryEntry[]): string[] => h.map((e) => e.record.createdAt);

/** Rows a command inserted (per sheet, in plan order): the entries before it move down with them. */
export function movedDown(entries: HistoryEntry[], inserts: Map<string, { at: number; count: number }[]>): HistoryEntry[] {
  return entries.map((e) => {
    let r = e.record;
    for (const [sheet, list] of inserts) r = shiftUndoRows(r, sheet, list);
    return { ...e, record: r };
  });
}

/** Rows an undo deleted (per sheet, ascending as numbered before): the entries before it move up. */
export function movedUp(entries: HistoryEntry[], deleted: Record<string, number[]>): HistoryEntry[] {
  return entries.map((e) => {
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
