/**
 * A worksheet's rows written as UTF-8 straight into output blocks: each row's text built as a string
 * (its cells joined, moved rows renumbered by a pattern, thousands of rows joined again and then
 * encoded) was ~1 s of a 100 000-row fill. The bytes are those of the text the strings made.
 */
import { colLetters } from '../../sheet/a1';
import type { Shape } from '../../sheet/move-memo';
import { setAttr } from './styles';
import { esc, FormulaCell, type CellEl } from './formula-cell';
import { cellsXml, eachSpan, looked, tagOf, type Row } from './row-cells';
import { rowTagBytes } from './row-tag';

/** A block's size; a longer piece gets a block of its own size. The first blocks are smaller (a small sheet's rows fit in one). */
const BLOCK = 1 << 18;
const FIRST = 1 << 13;
/** Below this many UTF-16 units a string is copied in JS (a native write costs more than that). */
const SHORT = 64;

/** Output bytes in blocks; `take` hands over the blocks filled so far (each block is new: a deflate stream may hold it). */
export class ByteOut {
  private buf = Buffer.allocUnsafe(FIRST);
  private at = 0;
  private done: Buffer[] = [];

  /** Room for n more bytes in the current block. */
  private need(n: number): void {
    if (this.at + n <= this.buf.length) return;
    if (this.at) this.done.push(this.buf.subarray(0, this.at));
    this.buf = Buffer.allocUnsafe(Math.max(this.buf.length ? Math.min(BLOCK, this.buf.length * 4) : FIRST, n));
    this.at = 0;
  }

  /** A string as UTF-8 (as Buffer.from(s, 'utf8') encodes it). */
  str(s: string): void {
    const n = s.length;
    this.need(n * 3);
    if (n >= SHORT) {
      this.at += this.buf.write(s, this.at, 'utf8');
      return;
    }
    const b = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128) {
        this.at = at + b.write(i ? s.slice(i) : s, at, 'utf8');
        return;
      }
      b[at++] = c;
    }
    this.at = at;
  }

  /** s.slice(from, to) as UTF-8, without the slice when short. */
  range(s: string, from: number, to: number): void {
    const n = to - from;
    if (n >= SHORT) return this.str(s.slice(from, to));
    this.need(n * 3);
    const b = this.buf;
    let at = this.at;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128) {
        this.at = at + b.write(s.slice(i, to), at, 'utf8');
        return;
      }
      b[at++] = c;
    }
    this.at = at;
  }

  bytes(x: Buffer): void {
    this.need(x.length);
    this.buf.set(x, this.at);
    this.at += x.length;
  }

  /** src[from, to) as it is (bytes of the sheet as it came). */
  copy(src: Buffer, from: number, to: number): void {
    const n = to - from;
    this.need(n);
    const b = this.buf;
    let at = this.at;
    if (n >= SHORT) at += src.copy(b, at, from, to);
    else for (let i = from; i < to; i++) b[at++] = src[i];
    this.at = at;
  }

  /** A whole number as its decimal digits (as String(n) writes it). */
  num(n: number): void {
    if (!(n >= 0 && n <= 0xffffffff && Number.isInteger(n))) return this.str(String(n));
    this.need(10);
    const b = this.buf;
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    let at = this.at + digits;
    this.at = at;
    let x = n;
    do {
      b[--at] = 48 + (x % 10);
      x = Math.floor(x / 10);
    } while (x > 0);
  }

  /** Whether blocks are waiting to be taken. */
  get ready(): boolean {
    return this.done.length > 0;
  }

  /** The blocks filled so far; `all`: the current one too. */
  take(all = false): Buffer[] {
    if (all && this.at) {
      this.done.push(this.buf.subarray(0, this.at));
      // The last block as a rule: the next one is made only if asked for.
      this.buf = Buffer.alloc(0);
      this.at = 0;
    }
    const out = this.done;
    this.done = [];
    return out;
  }
}

/** Each shape's text between digit runs, escaped and encoded. */
const BYTES = new WeakMap<Shape, Buffer[]>();
function partBytes(shape: Shape): Buffer[] {
  let parts = BYTES.get(shape);
  if (!parts) BYTES.set(shape, (parts = shape.parts.map((p) => Buffer.from(esc(p), 'utf8'))));
  return parts;
}

/** A moved row's cells renumbered (every cell of the body: the pattern the row's text went through). */
const CELL_R = /(<c\b[^>]*?\sr=")([A-Za-z]+)\d+"/g;
const renumber = (s: string, r: number) => s.replace(CELL_R, `$1$2${r}"`);

/**
 * The cell s[from, to) renumbered to row r, as `renumber` does it: a cell that starts <c r="AB12" and
 * holds no other <c is written with r in place of 12; anything else goes through the pattern.
 */
function cellTo(out: ByteOut, s: string, from: number, to: number, r: number): void {
  let i = from + 6;
  if (s.startsWith('<c r="', from)) {
    while (i < to && (s.charCodeAt(i) | 32) >= 97 && (s.charCodeAt(i) | 32) <= 122) i++;
    const letters = i;
    while (i < to && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (letters > from + 6 && i > letters && s.charCodeAt(i) === 34) {
      const other = s.indexOf('<c', i);
      if (other < 0 || other >= to) {
        out.range(s, from, letters);
        out.num(r);
        out.range(s, i, to);
        return;
      }
    }
  }
  out.str(renumber(s.slice(from, to), r));
}

const isWord = (k: number) => (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k === 95;
/** Where spanTo writes the row number: the start and end of each cell's digits, in pairs. */
let digitsAt = new Int32Array(256);

/**
 * The cells s[from, to) renumbered to row r, as `renumber` does it, in one pass: when every <c there starts
 * <c r="AB12" (as Excel writes cells) each 12 becomes r in place; anything else goes through the pattern.
 * The pattern cannot reach past a '>', so a run of cells renumbers as each of its cells would alone.
 */
function spanTo(out: ByteOut, s: string, from: number, to: number, r: number): void {
  let n = 0;
  for (let i = s.indexOf('<c', from); i >= 0 && i < to; i = s.indexOf('<c', i + 2)) {
    if (isWord(s.charCodeAt(i + 2))) continue; // <col…, <cfvo…: not a cell (the pattern's \b)
    let j = i + 6;
    if (!s.startsWith(' r="', i + 2)) return out.str(renumber(s.slice(from, to), r));
    while (j < to && (s.charCodeAt(j) | 32) >= 97 && (s.charCodeAt(j) | 32) <= 122) j++;
    const letters = j;
    while (j < to && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    if (letters === i + 6 || j === letters || j >= to || s.charCodeAt(j) !== 34) return out.str(renumber(s.slice(from, to), r));
    if (n + 2 > digitsAt.length) {
      const more = new Int32Array(digitsAt.length * 2);
      more.set(digitsAt);
      digitsAt = more;
    }
    digitsAt[n++] = letters;
    digitsAt[n++] = j;
    i = j;
  }
  let at = from;
  for (let k = 0; k < n; k += 2) {
    out.range(s, at, digitsAt[k]);
    out.num(r);
    at = digitsAt[k + 1];
  }
  out.range(s, at, to);
}

/** spanTo over the sheet's bytes b[from, to): the same bytes as spanTo writes for their text. */
function spanBytes(out: ByteOut, b: Buffer, from: number, to: number, r: number): void {
  let n = 0;
  for (let i = from; i < to; i++) {
    if (b[i] !== 60 || b[i + 1] !== 99) continue;
    if (isWord(b[i + 2])) continue; // <col…, <cfvo…: not a cell (the pattern's \b)
    let j = i + 6;
    if (!(b[i + 2] === 32 && b[i + 3] === 114 && b[i + 4] === 61 && b[i + 5] === 34)) return out.str(renumber(b.toString('utf8', from, to), r));
    while (j < to && (b[j] | 32) >= 97 && (b[j] | 32) <= 122) j++;
    const letters = j;
    while (j < to && b[j] >= 48 && b[j] <= 57) j++;
    if (letters === i + 6 || j === letters || j >= to || b[j] !== 34) return out.str(renumber(b.toString('utf8', from, to), r));
    if (n + 2 > digitsAt.length) {
      const more = new Int32Array(digitsAt.length * 2);
      more.set(digitsAt);
      digitsAt = more;
    }
    digitsAt[n++] = letters;
    digitsAt[n++] = j;
    i = j;
  }
  let at = from;
  for (let k = 0; k < n; k += 2) {
    out.copy(b, at, digitsAt[k]);
    out.num(r);
    at = digitsAt[k + 1];
  }
  out.copy(b, at, to);
}

function formula(out: ByteOut, el: FormulaCell, r: number): void {
  if (r) cellTo(out, el.tag, 0, el.tag.length, r);
  else out.str(el.tag);
  out.str('<f>');
  const parts = partBytes(el.shape);
  out.bytes(parts[0]);
  const { pool, at } = el;
  for (let d = 0, n = el.count; d < n; d++) {
    out.num(pool[at + d]);
    out.bytes(parts[d + 1]);
  }
  out.str('</f>');
  out.str(el.value);
  out.str('</c>');
}

/** Column letters, spelled once a column. */
const LETTERS: string[] = [];

/** An empty cell kept as its style (blankText in formula-cell.ts), written as that text in row r. */
function blank(out: ByteOut, n: number, r: number, c: number): void {
  out.str('<c r="');
  out.str((LETTERS[c] ??= colLetters(c)));
  out.num(r);
  if (n > 0) {
    out.str('" s="');
    out.num(n);
    out.str('"/>');
  } else out.str(n < 0 ? '" s="0"/>' : '"/>');
}

/** The row's element (as SheetXml wrote its text): kept as it came unless looked at or moved. */
export function writeRow(out: ByteOut, row: Row): void {
  const touched = looked(row);
  const { src } = row;
  if (!touched && !row.moved) {
    if (row.to > row.from) {
      // Start tag, body and </row>, the bytes as they came.
      if (row.tag === undefined) out.copy(src, row.tagAt, row.to + 6);
      else {
        out.str(row.tag);
        out.copy(src, row.from, row.to);
        out.str('</row>');
      }
    } else out.str(tagOf(row).replace(/>$/, '/>'));
    return;
  }
  if (!rowTagBytes(out, row, touched)) {
    const tag = tagOf(row);
    out.str(setAttr(touched ? tag.replace(/\s(spans)="[^"]*"/, '') : tag, 'r', String(row.r)));
  }
  const r = row.moved ? row.r : 0;
  if (row.cells) {
    const body = cellsXml(row);
    if (r) spanTo(out, body, 0, body.length, r);
    else out.str(body);
  } else if (!touched) spanBytes(out, src, row.from, row.to, r);
  else {
    // The body's cells side by side as one span (a moved row's renumbered in one pass).
    const kept = row.at !== undefined;
    eachSpan(
      row,
      (from, to) => (r ? spanBytes(out, src, from, to, r) : out.copy(src, from, to)),
      (el: CellEl, c: number) =>
        typeof el === 'number' ? blank(out, el, row.r, c) : typeof el !== 'string' ? formula(out, el, r) : r ? spanTo(out, el, 0, el.length, r) : out.str(el),
    );
    // A row the plan has left (fitSet) is written without keeping where its body's cells lie.
    if (!kept) row.at = undefined;
  }
  out.str('</row>');
}
