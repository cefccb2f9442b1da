/** Every memoised function's cache, so that a one-shot command may let them all go (forgetMemos). */
const ALL: Map<string, unknown>[] = [];

/**
 * Empties every memoised function's cache: the next question is worked out again, with the same answer.
 * `fill` calls it once the tables are recognised: the reader's caches (~13 MB at 100 000 rows) are not
 * asked again, and the heap V8 allows grows with what is alive.
 */
export function forgetMemos(): void {
  for (const m of ALL) m.clear();
}

/**
 * A bounded cache for a pure function of one string. Real sheets repeat the same few hundred
 * names, units and values thousands of times, and several rules ask the same question per row.
 */
export function memoise<T>(fn: (s: string) => T, limit = 20000): (s: string) => T {
  const memo = new Map<string, T>();
  ALL.push(memo);
  // Empty cells are asked most (every cell of a row or a context line): their answer is kept beside the map, no lookup.
  let empty: { out: T } | undefined;
  return (s: string): T => {
    if (s === '') return (empty ??= { out: fn(s) }).out;
    const hit = memo.get(s);
    if (hit !== undefined) return hit;
    const out = fn(s);
    if (memo.size >= limit) memo.clear();
    memo.set(s, out);
    return out;
  };
}
