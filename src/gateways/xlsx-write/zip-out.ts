/**
 * Writes a package: parts the plan did not touch are copied as their original compressed bytes
 * (with their original CRC), so charts, images, macros and everything else leave as they came.
 */
import type { FileHandle } from 'fs/promises';
import { crc32, createDeflateRaw, deflateRawSync } from 'zlib';
import { readDirectory, type Entry } from '../xlsx/zip';

const CENTRAL = 0x02014b50;
/** Past this, deflate's fastest level: 4× quicker on a 60 MB sheet, output about a third larger. */
const BIG = 4 * 1024 * 1024;

/** The CRC of each part, from the central directory (ZIP64 records included); none when `buf` is no zip. */
export function crcs(buf: Buffer): Map<string, number> {
  try {
    return new Map([...readDirectory(buf)].map(([name, e]) => [name, e.crc]));
  } catch {
    return new Map();
  }
}

interface Out {
  name: Buffer;
  method: number;
  crc: number;
  size: number;
  data: Buffer;
}

/** Raw compressed bytes of an original part. */
function rawOf(buf: Buffer, e: Entry): Buffer {
  const p = e.offset;
  const from = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  return buf.subarray(from, from + e.compressed);
}

/** The level `writeZip` deflates a part of `size` bytes at (both paths must agree: outputs are compared byte for byte). */
const levelFor = (size: number) => (size > BIG ? 1 : 6);

function copied(src: Buffer, dir: Map<string, Entry>, crc: Map<string, number>, name: string): Out | null {
  const e = dir.get(name);
  return e ? { name: Buffer.from(name, 'utf8'), method: e.method, crc: crc.get(name) ?? 0, size: e.size, data: rawOf(src, e) } : null;
}

/**
 * The new package: `order` lists the part names in the order to write; each is either replaced
 * (`changed`) or copied from `src`. Names in neither are dropped.
 */
export function writeZip(src: Buffer, dir: Map<string, Entry>, order: string[], changed: Map<string, Buffer>): Buffer {
  const crc = crcs(src);
  const entries: Out[] = [];
  for (const name of order) {
    const data = changed.get(name);
    const e = data
      ? { name: Buffer.from(name, 'utf8'), method: 8, crc: crc32(data), size: data.length, data: deflateRawSync(data, { level: levelFor(data.length) }) }
      : copied(src, dir, crc, name);
    if (e) entries.push(e);
  }
  return assemble(entries);
}

/** A part made piece by piece (a worksheet row block at a time), so that its whole text never exists at once. */
export type Pieces = () => Iterable<Buffer>;

/**
 * `writeZip` with some parts given as pieces, deflated as they come: the same bytes (deflate's
 * output does not depend on how its input is cut), without the part's uncompressed text in memory.
 */
export async function writeZipStreamed(src: Buffer, dir: Map<string, Entry>, order: string[], changed: Map<string, Buffer>, streamed: Map<string, Pieces>): Promise<Buffer> {
  const crc = crcs(src);
  const entries: Out[] = [];
  for (const name of order) {
    const pieces = streamed.get(name);
    const data = changed.get(name);
    let e: Out | null;
    if (pieces) e = { name: Buffer.from(name, 'utf8'), method: 8, ...(await deflatePieces(pieces())) };
    else if (data) e = { name: Buffer.from(name, 'utf8'), method: 8, crc: crc32(data), size: data.length, data: deflateRawSync(data, { level: levelFor(data.length) }) };
    else e = copied(src, dir, crc, name);
    if (e) entries.push(e);
  }
  return assemble(entries);
}

/** Deflates pieces as they come; the level needs the size, so pieces are held until it is past BIG (or all are in). */
async function deflatePieces(pieces: Iterable<Buffer>, sink?: (b: Buffer) => Promise<void>): Promise<{ crc: number; size: number; data: Buffer }> {
  let crc = 0;
  let size = 0;
  const held: Buffer[] = [];
  const it = pieces[Symbol.iterator]();
  let next = it.next();
  while (!next.done && size <= BIG) {
    held.push(next.value);
    crc = crc32(next.value, crc);
    size += next.value.length;
    next = it.next();
  }
  if (next.done) {
    const data = deflateRawSync(Buffer.concat(held), { level: levelFor(size) });
    if (sink) await sink(data);
    return { crc, size, data };
  }
  const z = createDeflateRaw({ level: levelFor(size) });
  const out: Buffer[] = [];
  // Into the file as they come (each written before the next is read), else kept.
  const ended = sink
    ? (async () => {
        for await (const c of z) await sink(c as Buffer);
      })()
    : new Promise<void>((resolve, reject) => {
        z.on('data', (c: Buffer) => out.push(c));
        z.on('end', resolve);
        z.on('error', reject);
      });
  // Marked as handled here, awaited below: a failed file write must not wait for a drain that never comes.
  ended.catch(() => undefined);
  const write = async (b: Buffer) => {
    if (!z.write(b)) await Promise.race([new Promise<void>((resolve) => z.once('drain', resolve)), ended]);
  };
  try {
    for (const b of held) await write(b);
    held.length = 0;
    for (; !next.done; next = it.next()) {
      crc = crc32(next.value, crc);
      size += next.value.length;
      await write(next.value);
    }
  } catch (e) {
    z.destroy();
    throw e;
  }
  z.end();
  await ended;
  return { crc, size, data: Buffer.concat(out) };
}

/** An entry's local header (30 bytes) followed by its name. */
function localHeader(e: Omit<Out, 'data'>, compressed: number): Buffer {
  const local = Buffer.alloc(30 + e.name.length);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6); // names are UTF-8
  local.writeUInt16LE(e.method, 8);
  local.writeUInt16LE(0, 10);
  local.writeUInt16LE(0x21, 12); // 1980-01-01
  local.writeUInt32LE(e.crc >>> 0, 14);
  local.writeUInt32LE(compressed, 18);
  local.writeUInt32LE(e.size, 22);
  local.writeUInt16LE(e.name.length, 26);
  local.writeUInt16LE(0, 28);
  e.name.copy(local, 30);
  return local;
}

/** An entry's central directory record, its name after it. */
function centralRecord(e: Omit<Out, 'data'>, compressed: number, offset: number): Buffer[] {
  const c = Buffer.alloc(46);
  c.writeUInt32LE(CENTRAL, 0);
  c.writeUInt16LE(20, 4);
  c.writeUInt16LE(20, 6);
  c.writeUInt16LE(0x0800, 8);
  c.writeUInt16LE(e.method, 10);
  c.writeUInt16LE(0, 12);
  c.writeUInt16LE(0x21, 14);
  c.writeUInt32LE(e.crc >>> 0, 16);
  c.writeUInt32LE(compressed, 20);
  c.writeUInt32LE(e.size, 24);
  c.writeUInt16LE(e.name.length, 28);
  c.writeUInt32LE(offset, 42);
  return [c, e.name];
}

function endRecord(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}

function assemble(entries: Out[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    central.push(...centralRecord(e, e.data.length, offset));
    chunks.push(localHeader(e, e.data.length), e.data);
    offset += 30 + e.name.length + e.data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  return Buffer.concat([...chunks, ...central, endRecord(entries.length, size, offset)]);
}

/** Bytes held before they go to the file in one write: a write call per part's header and data cost more than deflating 1 000 small sheets. */
export const FILE_BLOCK = 256 * 1024;

/**
 * `writeZipStreamed`'s bytes written into the open file `fh` as they are made: a streamed part's
 * deflated output goes to the file chunk by chunk and its header, whose sizes and CRC are known only
 * at its end, is written in its place afterwards. Neither the package nor a deflated sheet is held whole;
 * what is written goes out in blocks of about FILE_BLOCK bytes (a header still held is set in place).
 */
export async function writeZipToFile(
  fh: FileHandle,
  src: Buffer,
  dir: Map<string, Entry>,
  order: string[],
  changed: Map<string, Buffer>,
  streamed: Map<string, Pieces>,
): Promise<void> {
  const crc = crcs(src);
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  // Bytes not yet in the file, from file position `flushed` on.
  let held: Buffer[] = [];
  let heldBytes = 0;
  let flushed = 0;
  const flush = async () => {
    if (!heldBytes) return;
    const b = held.length === 1 ? held[0] : Buffer.concat(held, heldBytes);
    const at = flushed;
    held = [];
    heldBytes = 0;
    flushed += b.length;
    await fh.write(b, 0, b.length, at);
  };
  const write = async (b: Buffer) => {
    held.push(b);
    heldBytes += b.length;
    offset += b.length;
    if (heldBytes >= FILE_BLOCK) await flush();
  };
  /** Writes `b` over bytes written at `at` before (as long as they were). */
  const overwrite = async (b: Buffer, at: number) => {
    if (at < flushed) return void (await fh.write(b, 0, b.length, at));
    let pos = flushed;
    for (let i = 0; i < held.length; i++) {
      if (pos === at && held[i].length === b.length) return void (held[i] = b);
      pos += held[i].length;
    }
    throw new Error('overwrite outside a held write');
  };
  for (const name of order) {
    const pieces = streamed.get(name);
    const data = changed.get(name);
    if (pieces) {
      const at = offset;
      const head = { name: Buffer.from(name, 'utf8'), method: 8, crc: 0, size: 0 };
      // Its place first; the header is written over it once the part is deflated.
      await write(localHeader(head, 0));
      const start = offset;
      const d = await deflatePieces(pieces(), write);
      const e = { ...head, crc: d.crc, size: d.size };
      const compressed = offset - start;
      await overwrite(localHeader(e, compressed), at);
      central.push(...centralRecord(e, compressed, at));
    } else {
      const e = data
        ? { name: Buffer.from(name, 'utf8'), method: 8, crc: crc32(data), size: data.length, data: deflateRawSync(data, { level: levelFor(data.length) }) }
        : copied(src, dir, crc, name);
      if (!e) continue;
      central.push(...centralRecord(e, e.data.length, offset));
      await write(localHeader(e, e.data.length));
      await write(e.data);
    }
    count++;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const at = offset;
  await write(Buffer.concat([...central, endRecord(count, size, at)]));
  await flush();
}
