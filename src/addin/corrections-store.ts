/**
 * The user's corrections to how the sheet was read (识别结果), kept with the document the same
 * way the pane's settings are (Office document settings), so the next 校验 — also after the
 * workbook is reopened, and the ribbon's 一键校验 — reads through them.
 */
import { CorrectionsError, parseCorrections, shiftCorrections, unshiftCorrections, type ReadCorrections } from '../engine/corrections';
import type { SettingsLike } from '../gateways/office';

export const CORRECTIONS_KEY = 'jixiao.corrections';

/** The stored corrections; a value that does not parse (an older or hand-edited one) counts as none. */
export function readCorrections(store: SettingsLike): ReadCorrections {
  const raw = store.get(CORRECTIONS_KEY);
  if (!raw) return {};
  try {
    return parseCorrections(typeof raw === 'string' ? JSON.parse(raw) : raw);
  } catch (e) {
    if (e instanceof CorrectionsError || e instanceof SyntaxError) return {};
    throw e;
  }
}

export function writeCorrections(store: SettingsLike, c: ReadCorrections): Promise<void> {
  store.set(CORRECTIONS_KEY, parseCorrections(c));
  return new Promise((resolve, reject) => store.saveAsync((r) => (r.error ? reject(new Error(`更正未能保存到文档：${r.error.message}`)) : resolve())));
}

/** Rows the add-in inserted (per sheet): the stored corrections below them move down. Set, not saved (the history's save carries it). */
export function correctionsMovedDown(store: SettingsLike, inserts: Map<string, { at: number; count: number }[]>): void {
  if (!inserts.size || !store.get(CORRECTIONS_KEY)) return;
  let c = readCorrections(store);
  for (const [sheet, list] of inserts) c = shiftCorrections(c, sheet, list);
  store.set(CORRECTIONS_KEY, c);
}

/** Rows an undo deleted (per sheet, as numbered before): the stored corrections below them move up. */
export function correctionsMovedUp(store: SettingsLike, deleted: Record<string, number[]>): void {
  if (!store.get(CORRECTIONS_KEY)) return;
  let c = readCorrections(store);
  for (const [sheet, rows] of Object.entries(deleted))
    c = unshiftCorrections(
      c,
      sheet,
      rows.map((at) => ({ at, count: 1 })),
    );
  store.set(CORRECTIONS_KEY, c);
}
