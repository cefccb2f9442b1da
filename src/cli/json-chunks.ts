/**
 * JSON.stringify(value) in pieces of about `size` characters, so that the report of a very large workbook
 * (100 000 rows: ~100 MB) is written as it is made instead of held as one string. The same bytes as
 * JSON.stringify without replacer or indent: toJSON honoured, undefined/functions/symbols left out of
 * objects and written as null in arrays. Arrays, and plain objects that hold an array, are walked down to
 * `depth` levels; anything else (a finding, an indicator's fields) is one JSON.stringify — walking every
 * field of 200 000 findings would cost more than the string it avoids.
 */
const plain = (v: object) => Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null;
const walked = (v: object) => Array.isArray(v) || (plain(v) && Object.values(v).some((x) => Array.isArray(x)));

function* walk(value: unknown, key: string, depth: number): Generator<string> {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') value = (value as { toJSON(k: string): unknown }).toJSON(key);
  if (depth <= 0 || value === null || typeof value !== 'object' || !walked(value)) {
    const s = JSON.stringify(value);
    // Only inside an object or array can a value be undefined (left out or null: the callers decide).
    if (s !== undefined) yield s;
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i) yield ',';
      let wrote = false;
      for (const s of walk(value[i], String(i), depth - 1)) {
        wrote = true;
        yield s;
      }
      if (!wrote) yield 'null';
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    const head = `${first ? '' : ','}${JSON.stringify(k)}:`;
    let wrote = false;
    for (const s of walk(v, k, depth - 1)) {
      if (!wrote) yield head;
      wrote = true;
      yield s;
    }
    // A toJSON that answers undefined leaves the key out, as JSON.stringify does.
    if (wrote) first = false;
  }
  yield '}';
}

/** The pieces of JSON.stringify(value), joined into strings of at least `size` characters (the last one shorter). */
export function* jsonChunks(value: unknown, depth = 4, size = 1 << 16): Generator<string> {
  let buf: string[] = [];
  let n = 0;
  for (const s of walk(value, '', depth)) {
    buf.push(s);
    n += s.length;
    if (n >= size) {
      yield buf.join('');
      buf = [];
      n = 0;
    }
  }
  if (buf.length) yield buf.join('');
}
