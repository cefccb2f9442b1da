/**
 * A worksheet's bytes as the package edit reads them. Inflated and kept as bytes when they already are
 * what Package.text and canonicalPart make of the part — UTF-8 without a byte-order mark or another
 * declared encoding, no comments, processing instructions or CDATA, attributes in double quotes, the
 * main namespace unprefixed, every row and cell with r as its first attribute (all Excel writes) —
 * else the text those make, encoded. Decoding a 100 000-row sheet into one string (31.6 MB, then split
 * into rows by a pattern) was ~0.5 s of fill and the string lived in the heap to the end.
 */
import { isUtf8 } from 'buffer';
import type { Package } from '../xlsx/input';
import { inflate } from '../xlsx/zip';

/**
 * The part's bytes; `edited`: the view has the part's text from elsewhere (then that text). `inflated`: the
 * part's bytes as the reader inflated them from the same package buffer (not inflated again).
 */
export function sheetSource(pkg: Package, part: string, edited = false, inflated?: Buffer): Buffer {
  const e = edited ? undefined : pkg.dir.get(pkg.name(part));
  let b: Buffer | undefined;
  try {
    b = e && (inflated?.length === e.size ? inflated : inflate(pkg.buf, e));
  } catch {
    b = undefined;
  }
  if (!b || !plain(b)) return Buffer.from(pkg.text(part), 'utf8');
  // Kept to the end: a small part inflated into a larger block (at least 64 KB, zip.ts inflateRoom) is
  // copied to its size (1 000 small sheets held ~6 MB more otherwise).
  return b.length < 1048576 && b.buffer.byteLength > b.length ? Buffer.from(b) : b;
}

const isSpace = (k: number) => k === 32 || k === 9 || k === 10 || k === 13;

/** Whether Package.text and canonicalPart leave the part's text as its bytes say (see above); false when unsure. */
export function plain(b: Buffer): boolean {
  if (!isUtf8(b) || (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)) return false;
  // The declaration: no encoding named but UTF-8 (partString, plainXml).
  const head = b.toString('latin1', 0, Math.min(b.length, 200));
  const enc = /^<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']/.exec(head);
  if (enc && !/^utf-?8$/i.test(enc[1])) return false;
  let from = 0;
  if (head.startsWith('<?xml')) {
    const end = b.indexOf('?>');
    if (end < 0) return false;
    const m = /\sencoding\s*=\s*(["'])([^"']*)\1/.exec(b.toString('latin1', 0, end + 2));
    if (m && !/^utf-?8$/i.test(m[2])) return false;
    from = end + 1;
  }
  // Attributes in single quotes or with spaces around '=' (plainXml's oddAttributes).
  for (let i = b.indexOf(39); i >= 0; i = b.indexOf(39, i + 1)) {
    let k = i - 1;
    while (isSpace(b[k])) k--;
    if (b[k] === 61 && b.lastIndexOf(60, k) > b.lastIndexOf(62, k)) return false;
  }
  const first = b.toString('utf8', 0, Math.min(b.length, 196608)).slice(0, 65536);
  if (/<[A-Za-z][^>]*?(\s=|=\s)/.test(first)) return false;
  // The root element unprefixed (canonical.ts unprefixed).
  const root = /<(?![?!])(?:([\w.-]+):)?[\w.-]+[^>]*>/.exec(first);
  if (!root || root[1]) return false;
  // Markup (hasMarkup: '<!' or '<?' past the declaration), and every <row and <c with r first (canonical.ts
  // R_NOT_FIRST, looked for in the whole part), as notPlainAt finds them in the bytes read as Latin-1 (ASCII
  // stays itself; nothing else can match): in 64 KB pieces (the part read as strings a megabyte at a time was
  // 32 MB outside the heap at 100 000 rows, garbage while fill plans).
  return !notPlainIn(b, from);
}

/** notPlainAt's pattern, as it reads the bytes as Latin-1 (\s there: 9–13, 32 and 160). */
const NOT_PLAIN = /<[!?]|<(?:c|row)(?:[>/\x80-\xff]|[\t\n\v\f\r \xa0](?!r="))/;
/** What notPlainAt reads past its '<' at most: '<row', a space and 'r="'. */
const REACH = 8;

/**
 * Whether notPlainAt is true at some '<' of b from `from` on. The bytes read as Latin-1 a `step` at a time,
 * each piece with the REACH bytes after it, and matched by one pattern: a native indexOf and a call per '<'
 * (a 10 000-row sheet has 270 000) cost ~2× this, and the whole part as one string is as large as the part.
 */
export function notPlainIn(b: Buffer, from: number, step = 65536): boolean {
  for (let s = from; s < b.length; s += step) {
    const m = NOT_PLAIN.exec(b.toString('latin1', s, Math.min(b.length, s + step + REACH)));
    if (m && m.index < step) return true;
  }
  return false;
}

/** What \s matches among Latin-1 characters. */
const isLatin1Space = (k: number) => (k >= 9 && k <= 13) || k === 32 || k === 160;

/**
 * Whether /<[!?]|<(?:c|row)(?:[>/\x80-\xff]|\s(?!r="))/ matches at b[i] (a '<') in the bytes read as Latin-1.
 * Past the end there is nothing: no match there (as in the string).
 */
export function notPlainAt(b: Buffer, i: number): boolean {
  const k = b[i + 1];
  if (k === 33 || k === 63) return true;
  let at: number;
  if (k === 99) at = i + 2;
  else if (k === 114 && b[i + 2] === 111 && b[i + 3] === 119) at = i + 4;
  else return false;
  if (at >= b.length) return false;
  const x = b[at];
  if (x === 62 || x === 47 || x >= 128) return true;
  if (!isLatin1Space(x)) return false;
  return !(b[at + 1] === 114 && b[at + 2] === 61 && b[at + 3] === 34);
}
