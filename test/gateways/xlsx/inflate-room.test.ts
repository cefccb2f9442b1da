/**
 * A large part is inflated into a buffer glibc maps on its own above its largest mmap threshold, so that
 * freeing it does not make every later allocation come from arenas that keep their memory (zip.ts
 * inflateRoom). The bytes are the part's, whatever the room.
 */
import { deflateRawSync } from 'zlib';
import { inflate, inflateRoom, type Entry } from '../../../src/gateways/xlsx/zip';

const MB = 1048576;

/** A one-part zip's local header and data, and the entry the directory would give it. */
function part(data: Buffer): { buf: Buffer; e: Entry } {
  const packed = deflateRawSync(data);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const head = Buffer.alloc(30);
  head.writeUInt32LE(0x04034b50, 0);
  head.writeUInt16LE(8, 8);
  head.writeUInt32LE(packed.length, 18);
  head.writeUInt32LE(data.length, 22);
  head.writeUInt16LE(name.length, 26);
  const e: Entry = { name: name.toString(), method: 8, flags: 0, compressed: packed.length, size: data.length, offset: 0, crc: 0 };
  return { buf: Buffer.concat([head, name, packed]), e };
}

describe('inflate room', () => {
  it.each([1, 5, 31.6, 32])('a part of %s MB is inflated into a block above 32 MB, its bytes unchanged', (mb) => {
    const data = Buffer.alloc(Math.round(mb * MB), '<row r="1"><c r="A1"><v>1</v></c></row>');
    const { buf, e } = part(data);
    const out = inflate(buf, e);
    expect(out.buffer.byteLength).toBeGreaterThan(32 * MB);
    expect(out.equals(data)).toBe(true);
  });

  it('small parts and parts over 32 MB keep a room of their own size (at most 64 MB a piece)', () => {
    expect(inflateRoom(1000)).toBe(65536);
    expect(inflateRoom(900 * 1024)).toBe(900 * 1024);
    expect(inflateRoom(40 * MB)).toBe(40 * MB);
    expect(inflateRoom(100 * MB)).toBe(64 * MB);
  });
});
