/**
 * A zip writer for parts too big to hold in memory: each entry is a prefix, a filler repeated
 * `times`, and a suffix, deflated as a stream (a zip bomb is a small file that inflates to gigabytes).
 */
import * as zlib from 'zlib';

export interface BigEntry {
  name: string;
  prefix?: string;
  filler?: string;
  times?: number;
  suffix?: string;
  /** Lie about the uncompressed size in the headers. */
  claimSize?: number;
}

async function deflate(e: BigEntry): Promise<{ data: Buffer; crc: number; size: number }> {
  const z = zlib.createDeflateRaw({ level: 9, memLevel: 9 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((res, rej) => {
    z.on('end', () => res());
    z.on('error', rej);
  });
  let crc = 0;
  let size = 0;
  const put = async (b: Buffer) => {
    crc = zlib.crc32(b, crc);
    size += b.length;
    if (!z.write(b)) await new Promise((r) => z.once('drain', r));
  };
  await put(Buffer.from(e.prefix ?? ''));
  if (e.filler && e.times) {
    // Write the filler in ~1 MB blocks.
    const per = Math.max(1, Math.floor((1 << 20) / Buffer.byteLength(e.filler)));
    const block = Buffer.from(e.filler.repeat(per));
    let left = e.times;
    for (; left >= per; left -= per) await put(block);
    if (left) await put(Buffer.from(e.filler.repeat(left)));
  }
  await put(Buffer.from(e.suffix ?? ''));
  z.end();
  await done;
  return { data: Buffer.concat(out), crc: crc >>> 0, size };
}

/** A zip archive (deflate, no zip64) of the given entries. Sizes above 4 GiB are not supported. */
export async function bigZip(entries: BigEntry[]): Promise<Buffer> {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const { data, crc, size } = await deflate(e);
    const usize = e.claimSize ?? size;
    const name = Buffer.from(e.name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6); // UTF-8 names
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(0, 10);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(usize >>> 0, 22);
    h.writeUInt16LE(name.length, 26);
    h.writeUInt16LE(0, 28);
    local.push(h, name, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(0, 12);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(usize >>> 0, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}
