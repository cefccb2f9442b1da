/**
 * Undo records too big for the document settings go to the workbook's custom XML parts
 * (gateways/office/journal-parts.ts); the history in the settings keeps their reference. Used only
 * where ExcelApi 1.5 is there; otherwise the history stays in the settings alone, as before.
 *
 * Which records: one whose text is over PART_FROM bytes, or one that would take the history in the
 * settings past SETTINGS_BUDGET. Office keeps about 2 MB of settings (double/session.ts SETTINGS_LIMIT,
 * not documented): the budget leaves room for the pane's settings, the corrections and the read hint.
 * Sizes are of the record as kept: deflated from 16 KB of JSON (record-text.ts). At 100, 10 000 and
 * 50 000 rows every record stays in the settings (no sync added: 校验 and 自评 at 50 000 rows, ~3.8 MB
 * as JSON, keep ~0.6 MB); parts take what deflates past the limits.
 */
import {
  deleteJournalParts,
  deletePartsOps,
  listJournalParts,
  sweepable,
  type ListedPart,
  readJournalParts,
  writeJournalParts,
  type IsSetSupported,
  type SettingsLike,
  type UndoRecord,
  type XlContext,
} from '../gateways/office';
import { utf8Length } from '../domain/utf8';
import { HISTORY_KEY, recordFromText, storedEntry, type HistoryEntry } from './history';
import { recordText } from './record-text';

/** sweepAfterMs: an unreferenced part younger than this may be another runtime's command in flight (busy.ts CLAIM_MS). */
export const journalLimits = { partFrom: 1_000_000, settingsBudget: 1_500_000, sweepAfterMs: 10 * 60 * 1000 };

export function hasParts(isSetSupported: IsSetSupported): boolean {
  try {
    return !!isSetSupported('ExcelApi', '1.5');
  } catch {
    return false;
  }
}

/** The entry as the history keeps it: in the settings, or (too big for them) in parts with a reference. */
export async function keepOutside(ctx: XlContext, settings: SettingsLike, e: HistoryEntry): Promise<HistoryEntry> {
  // Deflated from 16 KB (record-text.ts): a 自评 of 50 000 rows stays in the settings.
  const text = recordText(e.record);
  const bytes = utf8Length(text);
  const now = utf8Length(String(settings.get(HISTORY_KEY) ?? ''));
  if (bytes <= journalLimits.partFrom && bytes + now <= journalLimits.settingsBudget) return e;
  try {
    return storedEntry(e, await writeJournalParts(ctx, text));
  } catch {
    return e; // parts refused: the settings try, and say so when it does not fit
  }
}

/** The entry's record, read from its parts where it is kept there; null when a part is missing or changed. */
export async function recordOf(ctx: XlContext, e: HistoryEntry): Promise<UndoRecord | null> {
  if (!e.stored) return e.record;
  try {
    return recordFromText(await readJournalParts(ctx, e.stored.ref), e.stored);
  } catch {
    return null;
  }
}

export { deleteJournalParts, deletePartsOps, listJournalParts };

/** The journal's parts to sweep at this history save: unreferenced by any entry and old enough (journal-parts.ts). */
export function orphanParts(listed: ListedPart[] | null | undefined, referenced: Set<string>): string[] {
  return sweepable(listed ?? null, referenced, Date.now(), journalLimits.sweepAfterMs);
}
