/**
 * A written row's start tag made from the sheet's bytes: the bytes of
 * setAttr(dropSpans ? tagOf(row).replace(/\s(spans)="[^"]*"/, '') : tagOf(row), 'r', String(row.r)),
 * without decoding the tag, a pattern, a search, three slices and encoding it again. Every row below a
 * fill's first insert is written so (moved), and every row an edit looked at: ~110 000 at 100 000 rows.
 */
import type { Row } from './row-cells';

/** The bytes the output is written into (row-bytes.ts ByteOut). */
interface Out {
  copy(src: Buffer, from: number, to: number): void;
  num(n: number): void;
}

/** /\s/ on an ASCII character. */
const isSpace = (k: number) => k === 32 || (k >= 9 && k <= 13);
/** /\w|:/ on an ASCII character. */
const isName = (k: number) => (k >= 48 && k <= 58) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k === 95;

const R_OPEN = Buffer.from(' r="', 'latin1');
const QUOTE = Buffer.from('"', 'latin1');
const GT = Buffer.from('>', 'latin1');
let scratch = Buffer.allocUnsafe(256);

/** Index of `"` in s[from, to), or -1. */
function quoteAt(s: Buffer, from: number, to: number): number {
  for (let i = from; i < to; i++) if (s[i] === 34) return i;
  return -1;
}

/**
 * Writes the row's start tag renumbered to row.r (spans="…" left out when `dropSpans`); false, and nothing
 * written, for a tag not from the sheet's bytes or holding a byte past ASCII (the caller writes the text).
 */
export function rowTagBytes(out: Out, row: Row, dropSpans: boolean): boolean {
  if (row.tag !== undefined) return false;
  const b = row.src;
  const start = row.tagAt;
  let end = row.from;
  for (let i = start; i < end; i++) if (b[i] >= 128) return false;
  // tagOf: a self-closed tag's \s*/> as >. [start, end) is the tag without its last '>' from here on.
  if (b[end - 2] === 47) {
    end -= 2;
    while (end > start && isSpace(b[end - 1])) end--;
  } else end--;
  // The tag as the text would be before setAttr, in scratch[0, n).
  if (scratch.length < end - start) scratch = Buffer.allocUnsafe(2 * (end - start));
  const s = scratch;
  let n = 0;
  let cut = -1;
  let cutEnd = -1;
  if (dropSpans) {
    // The leftmost \sspans="…" (its closing quote inside the tag).
    for (let i = start; i + 7 < end; i++) {
      if (!isSpace(b[i]) || b[i + 1] !== 115 || b[i + 2] !== 112 || b[i + 3] !== 97 || b[i + 4] !== 110 || b[i + 5] !== 115 || b[i + 6] !== 61 || b[i + 7] !== 34) continue;
      const q = quoteAt(b, i + 8, end);
      if (q < 0) break;
      cut = i;
      cutEnd = q + 1;
      break;
    }
  }
  for (let i = start; i < end; i++) {
    if (i === cut) {
      i = cutEnd - 1;
      continue;
    }
    s[n++] = b[i];
  }
  // setAttr(…, 'r', …): the first r=" (from the second character) after a space, up to its closing quote.
  for (let at = 1; at + 2 < n; at++) {
    if (s[at] !== 114 || s[at + 1] !== 61 || s[at + 2] !== 34 || !isSpace(s[at - 1])) continue;
    const close = quoteAt(s, at + 3, n);
    if (close < 0) break;
    out.copy(s, 0, at + 3);
    out.num(row.r);
    out.copy(s, close, n);
    out.copy(GT, 0, 1);
    return true;
  }
  // None: ` r="…"` after the element's name (/^(<[\w:]+)/), or the tag as it is.
  let name = 0;
  if (n > 1 && s[0] === 60) {
    name = 1;
    while (name < n && isName(s[name])) name++;
    if (name === 1) name = 0;
  }
  if (!name) {
    out.copy(s, 0, n);
    out.copy(GT, 0, 1);
    return true;
  }
  out.copy(s, 0, name);
  out.copy(R_OPEN, 0, R_OPEN.length);
  out.num(row.r);
  out.copy(QUOTE, 0, 1);
  out.copy(s, name, n);
  out.copy(GT, 0, 1);
  return true;
}
