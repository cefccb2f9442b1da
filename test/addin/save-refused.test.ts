/**
 * A settings save Office refuses for another reason than size (a lost connection, a locked document):
 * the history drops entries one by one trying to fit, finds that size was not the cause, and throws.
 * Nothing it did on the way may stay behind — in particular not the “marks lost” flag set while a
 * 校验's entry was being dropped, which would make a later 清除标记 think its marks were untracked.
 */
import { marksLost, readHistory, updateHistory, type HistoryEntry } from '../../src/addin/history';
import type { SettingsLike, UndoRecord } from '../../src/gateways/office';
import { emptyUndoSheet } from '../../src/gateways/pipeline/undo-record';

function entry(at: string, kind: 'marks' | 'edit'): HistoryEntry {
  const record: UndoRecord = { version: 2, label: kind === 'marks' ? '校验标记' : '自评', changes: 1, createdAt: at, sheets: [emptyUndoSheet('绩效目标表')], warnings: [] };
  return { kind, record };
}

/** A document whose saves always fail (not for size); `ok` saves first, to lay down the history. */
function settings(): SettingsLike & { ok: boolean } {
  const bag = new Map<string, unknown>();
  return {
    ok: true,
    get: (k) => (bag.has(k) ? bag.get(k) : null),
    set: (k, v) => void bag.set(k, v),
    remove: (k) => void bag.delete(k),
    saveAsync(cb) {
      cb?.(this.ok ? { status: 'succeeded' } : { status: 'failed', error: { message: 'The operation failed because of a network error.' } });
    },
  };
}

test('a save refused for another reason than size leaves no “marks lost” flag behind and fails the update', async () => {
  const s = settings();
  await updateHistory(s, () => [entry('2026-01-01T00:00:00.001Z', 'marks'), entry('2026-01-01T00:00:00.002Z', 'edit')]);
  expect(readHistory(s).map((e) => e.kind)).toEqual(['marks', 'edit']);
  expect(marksLost(s)).toBe(false);
  s.ok = false;
  await expect(updateHistory(s, (h) => [...h, entry('2026-01-01T00:00:00.003Z', 'edit')])).rejects.toThrow();
  expect(marksLost(s)).toBe(false);
  expect(readHistory(s).map((e) => e.record.createdAt)).toEqual(['2026-01-01T00:00:00.001Z', '2026-01-01T00:00:00.002Z', '2026-01-01T00:00:00.003Z']);
});
