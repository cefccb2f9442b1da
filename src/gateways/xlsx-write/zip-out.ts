/**
 * Writes a package: parts the plan did not touch are copied as their original compressed bytes
 * (with their original CRC), so charts, images, macros and everything else leave as they came.
 */
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
async function deflatePieces(pieces: Iterable<Buffer>): Promise<{ crc: number; size: number; data: Buffer }> {
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
    const data = Buffer.concat(held);
    return { crc, size, data: deflateRawSync(data, { level: levelFor(size) }) };
  }
  const z = createDeflateRaw({ level: levelFor(size) });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  const write = async (b: Buffer) => {
    if (!z.write(b)) await new Promise<void>((resolve) => z.once('drain', resolve));
  };
  for (const b of held) await write(b);
  held.length = 0;
  for (; !next.done; next = it.next()) {
    crc = crc32(next.value, crc);
    size += next.value.length;
    await write(next.value);
  }
  z.end();
  await ended;
  return { crc, size, data: Buffer.concat(out) };
}

function assemble(entries: Out[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    local.writeUInt16LE(0, 28);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(CENTRAL, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt16LE(0, 12);
    c.writeUInt16LE(0x21, 14);
    c.writeUInt32LE(e.crc >>> 0, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.size, 24);
    c.writeUInt16LE(e.name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, e.name);
    chunks.push(local, e.name, e.data);
    offset += 30 + e.name.length + e.data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
