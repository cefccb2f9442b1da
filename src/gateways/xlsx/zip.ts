/**
 * The package's zip directory, read by hand so that every part's uncompressed size is known
 * (and refused when absurd) before a byte is inflated: a zip bomb costs nothing.
 */
import { TextDecoder } from 'util';
import { inflateRawSync } from 'zlib';

export interface Entry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  size: number;
  offset: number;
  crc: number;
}

/**
 * One part read into one string: V8 strings stop at about 512 M characters, so 256 MB leaves
 * room for decoding; it is about a million rows of a typical indicator table.
 */
export const PART_LIMIT = 256 * 1024 * 1024;
/** All parts of a package together (what a full load, e.g. for writing, would inflate). */
export const PACKAGE_LIMIT = 1024 * 1024 * 1024;

export class ZipError extends Error {
  constructor(
    readonly kind: 'damaged' | 'encrypted' | 'too-big' | 'duplicate' | 'method',
    readonly part = '',
    /** The inflated size (too-big), or the compression method's number (method). */
    readonly size = 0,
  ) {
    super(kind);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const LOCATOR64 = 0x07064b50;
const END64 = 0x06064b50;
const MAX32 = 0xffffffff;

/** An 8-byte size, count or offset (what is too big for the file is refused where it is used). */
function u64(buf: Buffer, at: number): number {
  if (at < 0 || at + 8 > buf.length) throw new ZipError('damaged');
  const n = buf.readBigUInt64LE(at);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('damaged');
  return Number(n);
}

/** An entry's real sizes and offset from its ZIP64 extra field: each 0xFFFFFFFF field, in this order, is there. */
function zip64Fields(buf: Buffer, from: number, len: number, e: Entry): void {
  for (let q = from; q + 4 <= from + len; q += 4 + buf.readUInt16LE(q + 2)) {
    if (buf.readUInt16LE(q) !== 1) continue;
    let at = q + 4;
    const next = () => {
      if (at + 8 > q + 4 + buf.readUInt16LE(q + 2)) throw new ZipError('damaged', e.name);
      const n = u64(buf, at);
      at += 8;
      return n;
    };
    if (e.size === MAX32) e.size = next();
    if (e.compressed === MAX32) e.compressed = next();
    if (e.offset === MAX32) e.offset = next();
    return;
  }
  throw new ZipError('damaged', e.name);
}

function centralAt(buf: Buffer, at: number): boolean {
  return at >= 0 && at + 46 <= buf.length && buf.readUInt32LE(at) === CENTRAL;
}

/** How many bytes stand before the zip when its directory is not where the end record says: 0 when it is nowhere else either. */
function prefixLength(buf: Buffer, eocd: number, start: number): number {
  const real = eocd - buf.readUInt32LE(eocd + 12);
  return real > start && centralAt(buf, real) ? real - start : 0;
}

/** Whether a file that does not begin as a zip holds one after some prefix bytes (its directory and first part found). */
export function prefixedZip(buf: Buffer): boolean {
  try {
    const first = readDirectory(buf).values().next().value;
    return !!first && first.offset + 4 <= buf.length && buf.readUInt32LE(first.offset) === LOCAL;
  } catch {
    return false;
  }
}

/** The central directory: part name → entry. Sizes are as declared; inflate() holds them to it. */
export function readDirectory(buf: Buffer): Map<string, Entry> {
  let eocd = -1;
  // The end record whose comment ends the file; the signature can also appear inside a comment (then: the one before it).
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) !== EOCD) continue;
    if (eocd < 0) eocd = i;
    if (i + 22 + buf.readUInt16LE(i + 20) === buf.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('damaged');
  let count = buf.readUInt16LE(eocd + 10);
  let start = buf.readUInt32LE(eocd + 16);
  // ZIP64 (APPNOTE 4.3.14–15): the end record's 0xFFFF… fields are in a ZIP64 end record, found by its locator.
  if ((count === 0xffff || start === MAX32) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === LOCATOR64) {
    const at = u64(buf, eocd - 12);
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== END64) throw new ZipError('damaged');
    count = u64(buf, at + 32);
    start = u64(buf, at + 48);
  }
  // Bytes before the zip (a self-extracting stub, or a tool that put something in front without moving the offsets):
  // the directory ends where the end record begins, so its real start says by how much every offset is short.
  const shift = count > 0 && !centralAt(buf, start) ? prefixLength(buf, eocd, start) : 0;
  start += shift;
  const out = new Map<string, Entry>();
  // OPC part names are one name whatever their case (ECMA-376 Part 2, 9.1.1.1): two entries for one name
  // with different bytes leave which one Excel reads unknown. The same bytes twice (a careless writer) are one part.
  const lower = new Map<string, Entry>();
  let p = start;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipError('damaged');
    const nameLen = buf.readUInt16LE(p + 28);
    const e: Entry = {
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
      crc: buf.readUInt32LE(p + 16),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    };
    if (e.size === MAX32 || e.compressed === MAX32 || e.offset === MAX32) zip64Fields(buf, p + 46 + nameLen, buf.readUInt16LE(p + 30), e);
    e.offset += shift;
    const name = e.name.replace(/\\/g, '/');
    const twin = lower.get(name.toLowerCase());
    if (twin) {
      if (twin.crc !== e.crc || twin.size !== e.size) throw new ZipError('duplicate', name);
    } else {
      lower.set(name.toLowerCase(), e);
      out.set(name, e);
    }
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

/** Refuses a package whose parts, as declared, exceed the limits (before anything is inflated). */
export function checkSizes(dir: Map<string, Entry>, parts?: string[]): void {
  let total = 0;
  for (const [name, e] of dir) {
    if (parts && !parts.includes(name)) continue;
    if (e.flags & 1) throw new ZipError('encrypted', name);
    if (e.size > PART_LIMIT) throw new ZipError('too-big', name, e.size);
    total += e.size;
  }
  if (total > PACKAGE_LIMIT) throw new ZipError('too-big', '', total);
}

/** glibc's largest mmap threshold (DEFAULT_MMAP_THRESHOLD_MAX on 64-bit): blocks above it are always mapped on their own. */
const MMAP_MAX = 32 * 1048576;

/**
 * The buffer a part is inflated into. A part of 1–32 MB gets one just above 32 MB: glibc's malloc maps a
 * large block on its own, and when such a block below 32 MB is freed it raises its mmap threshold to that
 * size, so that every later block below it comes from arenas that fragment and are not given back. At
 * 100 000 rows the 31.6 MB sheet raised it and fill's peak RSS kept ~31 MB more. The pages past the part
 * are never touched (not resident); other allocators only reserve them.
 */
export function inflateRoom(size: number): number {
  if (size >= 1048576 && size <= MMAP_MAX) return MMAP_MAX + 65536;
  return Math.min(Math.max(size, 65536), 64 * 1048576);
}

/** The bytes of one part; a part that inflates to more (or less) than it declared is damaged. */
export function inflate(buf: Buffer, e: Entry): Buffer {
  if (e.flags & 1) throw new ZipError('encrypted', e.name);
  if (e.size > PART_LIMIT) throw new ZipError('too-big', e.name, e.size);
  const p = e.offset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw new ZipError('damaged', e.name);
  const from = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const raw = buf.subarray(from, from + e.compressed);
  if (raw.length !== e.compressed) throw new ZipError('damaged', e.name);
  let out: Buffer;
  if (e.method === 0) out = raw;
  else if (e.method === 8) {
    if (e.size === 0) return Buffer.alloc(0);
    try {
      out = inflateRawSync(raw, { maxOutputLength: e.size, chunkSize: inflateRoom(e.size) });
    } catch {
      throw new ZipError('damaged', e.name);
    }
  } else throw new ZipError('method', e.name, e.method);
  if (out.length !== e.size) throw new ZipError('damaged', e.name);
  return out;
}

/**
 * A part as text: UTF-8 (or UTF-16 with its byte-order mark), without the mark; a part whose XML
 * declaration names another encoding (GB2312, GBK, Big5 — old exporters write them) in that encoding.
 */
export function partString(bytes: Buffer): string {
  const declared = bytes[0] === 0x3c && bytes[1] === 0x3f ? declaredEncoding(bytes) : undefined;
  if (declared) return declared.decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const s = bytes.toString('utf8');
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

const UTF = /^(utf-?8|utf-?16(le|be)?|unicode|ucs-?2)$/i;

/** A decoder for the encoding the XML declaration names, when it is neither UTF-8 nor UTF-16 and is one Node knows. */
function declaredEncoding(bytes: Buffer): TextDecoder | undefined {
  const head = bytes.toString('latin1', 0, Math.min(bytes.length, 200));
  const m = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  if (!m || UTF.test(m[1])) return undefined;
  try {
    return new TextDecoder(m[1].toLowerCase());
  } catch {
    return undefined;
  }
}
