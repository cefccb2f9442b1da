/**
 * A table with nothing to score (a 目标表: no 实际完成值, so every row is “no actual”, “no target” or 不适用) keeps no
 * per-row score records once its totals are known: they are made again, the same, when something first reads them
 * (the JSON report, the pane, fill) and kept from then on. A plain `check` of a 100 000-row 目标表 then keeps ~11 MB
 * (112 B a row) fewer for the collector to copy. Pure.
 */

/** What a row's record says when nothing was computed for it (its blocked reason, or 不适用). */
interface Unscored {
  blocked: string | null;
  excluded: boolean;
  score: number | null;
  completion: number | null;
  reasonNeeded: unknown;
  grade: unknown;
}

/** True when every record is one a row with no actual gives: rebuilding it later reads only the row's target and weight. */
export function nothingScored(rows: readonly Unscored[]): boolean {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const plain = r.score === null && r.completion === null && r.reasonNeeded === null && r.grade === null;
    if (!plain || !(r.blocked === 'no-actual' || r.blocked === 'no-target' || (r.excluded && r.blocked === null))) return false;
  }
  return true;
}

/** Where a lazy ProjectScore keeps its maker, then its rows: not enumerable, so JSON, spreads and Object.keys skip it. */
const HELD = Symbol('rows');
type Held = { [HELD]: (() => unknown[]) | unknown[] };

/** One getter and setter for every lazy score: per-object accessors would leave each object in dictionary mode (~450 B). */
const ROWS: PropertyDescriptor = {
  get(this: Held): unknown[] {
    const h = this[HELD];
    return typeof h === 'function' ? (this[HELD] = h()) : h;
  },
  set(this: Held, v: unknown[]) {
    this[HELD] = v;
  },
  enumerable: true,
  configurable: true,
};

/**
 * A ProjectScore whose `rows` are made by `make` on first read (or set by a write), kept from then on: an own,
 * enumerable key first, as in the literal it replaces, so JSON, spreads and key order see what they saw; then `rest`'s
 * keys in their order. (Typed by shape, not by scoring.ts's types: scoring.ts calls this.)
 */
export function rowsOnRead<S extends { rows: unknown[] }>(make: () => S['rows'], rest: Omit<S, 'rows'>): S {
  const out = {} as Record<string, unknown>;
  Object.defineProperty(out, 'rows', ROWS);
  Object.defineProperty(out, HELD, { value: make, writable: true, enumerable: false, configurable: true });
  for (const k of Object.keys(rest)) out[k] = (rest as Record<string, unknown>)[k];
  return out as S;
}
