/**
 * A bounded cache for a pure function of one string. Real sheets repeat the same few hundred
 * names, units and values thousands of times, and several rules ask the same question per row.
 */
export function memoise<T>(fn: (s: string) => T, limit = 20000): (s: string) => T {
  const memo = new Map<string, T>();
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
