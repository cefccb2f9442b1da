/**
 * A worksheet deflated piece by piece as its rows are written out must give the bytes of the
 * whole part deflated at once: either side of the 4 MB line where the fastest level starts, and
 * however the pieces are cut.
 */
import { readDirectory } from '../../../src/gateways/xlsx/zip';
import { writeZip, writeZipStreamed } from '../../../src/gateways/xlsx-write/zip-out';

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
])('a %i-byte part in pieces of %i: same zip as written at once', async (size, cut) => {
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
});
