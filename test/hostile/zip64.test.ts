/** The zip directory read through ZIP64 records (APPNOTE 4.3.14–15, 4.5.3), as streaming and .NET writers leave them. */
import { inflate, readDirectory, ZipError } from '../../src/gateways/xlsx/zip';
import { project } from '../../scripts/hostile/cases';
import { book } from '../../scripts/hostile/xlsx';
import { reZip } from '../../scripts/hostile/zip-forms';

const view = (buf: Buffer) =>
  [...readDirectory(buf)].filter(([name]) => !name.endsWith('/')).map(([name, e]) => ({ name, size: e.size, crc: e.crc, text: inflate(buf, e).toString('utf8') }));

describe('ZIP64 records', () => {
  let plain: Buffer;
  beforeAll(async () => {
    plain = await book({ sheets: [{ name: '表', rows: project() }] });
  });

  test.each([
    ['ZIP64', { zip64: true }],
    ['ZIP64 with data descriptors', { zip64: true, descriptor: true }],
    ['stored, data descriptors, comments', { stored: true, descriptor: true, comment: '导出', entryComment: 'x' }],
  ])('%s: the same parts, sizes, CRCs and bytes as the plain zip', async (_what, form) => {
    expect(view(await reZip(plain, form))).toEqual(view(plain));
  });

  test('a 0xFFFFFFFF size without its ZIP64 extra field is damage, not a guess', async () => {
    const z = await reZip(plain, { zip64: true });
    // Rename every extra field's header id (0x0001 → 0x0002): the real sizes are then nowhere.
    const broken = Buffer.from(z);
    for (let i = broken.indexOf(Buffer.from([0x50, 0x4b, 1, 2])); i >= 0; i = broken.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), i + 4)) {
      const at = i + 46 + broken.readUInt16LE(i + 28);
      broken.writeUInt16LE(2, at);
    }
    expect(() => readDirectory(broken)).toThrow(ZipError);
  });
});
