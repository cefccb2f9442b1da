/**
 * A worksheet deflated piece by piece as its rows are written out must give the bytes of the
 * whole part deflated at once: either side of the 4 MB line where the fastest level starts, and
 * however the pieces are cut.
 */
import { open, readFile } from 'fs/promises';
import { readDirectory } from '../../../src/gateways/xlsx/zip';
import { writeZip, writeZipStreamed, writeZipToFile } from '../../../src/gateways/xlsx-write/zip-out';
import { tempDir } from '../exceljs/tmp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function part(bytes: number, seed: number): Buffer {
  const rows: string[] = [];
  let n = 0;
  for (let r = 1; n < bytes; r++) {
    const row = `<row r="${r}"><c r="A${r}" s="1" t="s"><v>${(r * seed) % 977}</v></c><c r="B${r}"><f>ROUND(A${r}*${seed},2)</f></c></row>`;
    rows.push(row);
    n += row.length;
  }
  return Buffer.from(rows.join('').slice(0, bytes), 'utf8');
}

function pieces(buf: Buffer, cut: number): () => Iterable<Buffer> {
  return function* () {
    for (let i = 0; i < buf.length; i += cut) yield buf.subarray(i, i + cut);
  };
}

test.each([
  [1000, 97],
  [4 * 1024 * 1024, 65536],
  [4 * 1024 * 1024 + 1, 65536],
  [4 * 1024 * 1024 + 1, 4 * 1024 * 1024 + 1],
  [6 * 1024 * 1024 + 12345, 1 << 20],
])('a %i-byte part in pieces of %i: same zip as written at once, in memory and into a file', async (size, cut) => {
  const small = Buffer.from('<x/>', 'utf8');
  const src = writeZip(
    Buffer.alloc(0),
    new Map(),
    ['a.xml', 'b.xml'],
    new Map([
      ['a.xml', small],
      ['b.xml', part(10, 1)],
    ]),
  );
  const sheet = part(size, size % 13);
  const order = ['a.xml', 'xl/worksheets/sheet1.xml', 'b.xml'];
  const whole = writeZip(src, readDirectory(src), order, new Map([['xl/worksheets/sheet1.xml', sheet]]));
  const streamed = await writeZipStreamed(src, readDirectory(src), order, new Map(), new Map([['xl/worksheets/sheet1.xml', pieces(sheet, cut)]]));
  expect(streamed.equals(whole)).toBe(true);
  const file = tmp.path(`out-${size}-${cut}.xlsx`);
  const fh = await open(file, 'w');
  await writeZipToFile(fh, src, readDirectory(src), order, new Map(), new Map([['xl/worksheets/sheet1.xml', pieces(sheet, cut)]]));
  await fh.close();
  expect((await readFile(file)).equals(whole)).toBe(true);
});

test('a file write that fails while a large part is deflated ends the write with its error (no wait for a drain)', async () => {
  const sheet = part(6 * 1024 * 1024, 7);
  const src = writeZip(Buffer.alloc(0), new Map(), ['a.xml'], new Map([['a.xml', Buffer.from('<x/>', 'utf8')]]));
  let writes = 0;
  const fh = {
    write: async () => {
      if (++writes > 3) throw Object.assign(new Error('no space'), { code: 'ENOSPC', syscall: 'write' });
      return { bytesWritten: 0, buffer: Buffer.alloc(0) };
    },
  } as unknown as Parameters<typeof writeZipToFile>[0];
  await expect(writeZipToFile(fh, src, readDirectory(src), ['a.xml', 's.xml'], new Map(), new Map([['s.xml', pieces(sheet, 4096)]]))).rejects.toThrow('no space');
});

test('many small parts streamed into a file (their headers set while still held, or after going out) give the zip written at once', async () => {
  const names = Array.from({ length: 300 }, (_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  const parts = names.map((_, i) => part(200 + ((i * 7919) % 5000) * (i % 50 === 0 ? 200 : 1), i + 3));
  const src = writeZip(
    Buffer.alloc(0),
    new Map(),
    ['a.xml', ...names],
    new Map([['a.xml', Buffer.from('<x/>', 'utf8')], ...names.map((n, i) => [n, part(50, i)] as [string, Buffer])]),
  );
  const order = ['a.xml', ...names];
  const whole = writeZip(src, readDirectory(src), order, new Map(names.map((n, i) => [n, parts[i]])));
  const file = tmp.path('out-many.xlsx');
  const fh = await open(file, 'w');
  await writeZipToFile(fh, src, readDirectory(src), order, new Map(), new Map(names.map((n, i) => [n, pieces(parts[i], 4096)])));
  await fh.close();
  expect((await readFile(file)).equals(whole)).toBe(true);
});
