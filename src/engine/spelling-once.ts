/**
 * The actual's spelling the score formula reads past (formulas.ts spellingOf, then formula-spelling.ts readPast), made
 * once per target unit when the row has no actual yet — the row `fill` meets almost always (the sheet is filled before
 * 实际完成值 is typed). Then the spelling depends only on the target's kind, unit and unit as written (the alternative in
 * its brackets, a percent guarded under another unit), so rows alike share one. A 100 000-row fill made the same few
 * spellings 100 000 times: ~6 % of its CPU, with four short-lived copies of the object a row. A row with an actual is
 * read as before, every time. The shared objects are frozen: a caller that changed one would change every row's.
 */
import type { IndicatorRow } from '../domain/model';

type Key = string | null;

/** Spellings by target kind, unit and unit as written; emptied when it holds more than LIMIT (never in a real sheet). */
const made = new Map<string, Map<Key, Map<Key, object>>>();
let size = 0;
const LIMIT = 4096;

function frozen<S extends object>(s: S): S {
  for (const v of Object.values(s)) if (v && typeof v === 'object') frozen(v as object);
  return Object.freeze(s);
}

/** `read(ind)`, or for a row without an actual the spelling an earlier row under the same target unit was read as. */
export function spelledOnce<S extends object>(ind: IndicatorRow, read: (ind: IndicatorRow) => S): S {
  if (ind.actual !== null && ind.actual !== undefined) return read(ind);
  const t = ind.target;
  let byUnit = made.get(t.kind);
  if (!byUnit) made.set(t.kind, (byUnit = new Map()));
  let byRaw = byUnit.get(t.unit);
  if (!byRaw) byUnit.set(t.unit, (byRaw = new Map()));
  let s = byRaw.get(t.rawUnit) as S | undefined;
  if (!s) {
    if (size >= LIMIT) {
      made.clear();
      size = 0;
      return spelledOnce(ind, read);
    }
    s = frozen(read(ind));
    byRaw.set(t.rawUnit, s);
    size++;
  }
  return s;
}
