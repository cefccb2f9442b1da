/** Bad or hostile packages are refused in one Chinese line, before they can cost time or memory. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { JixiaoInputError } from '../../../src/gateways/exceljs/errors';
import { readGrids } from '../../../src/gateways/xlsx/read';
import { readDirectory } from '../../../src/gateways/xlsx/zip';
import { rawXlsx, type RawBook } from '../../helpers/raw-xlsx';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-limits-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let k = 0;
async function write(book: RawBook | Buffer): Promise<string> {
  const file = path.join(dir, `case-${k++}.xlsx`);
  fs.writeFileSync(file, Buffer.isBuffer(book) ? book : await rawXlsx(book));
  return file;
}

/** The refusal's Chinese line (and that it is one line). */
async function refusal(file: string): Promise<string> {
  try {
    await readGrids(file);
  } catch (e) {
    expect(e).toBeInstanceOf(JixiaoInputError);
    const zh = (e as JixiaoInputError).zh;
    expect(zh).not.toMatch(/\n/);
    return zh;
  }
  throw new Error('not refused');
}

const sheet = (data: string): RawBook => ({ sheets: [{ data }] });

/** Sets the declared uncompressed size of one part, in both zip headers. */
function declare(buf: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(buf);
  const e = readDirectory(out).get(part)!;
  out.writeUInt32LE(size, e.offset + 22);
  let p = out.indexOf(Buffer.from(part), out.length - 65536 * 4);
  while (p >= 0 && out.readUInt32LE(p - 46) !== 0x02014b50) p = out.indexOf(Buffer.from(part), p + 1);
  out.writeUInt32LE(size, p - 46 + 24);
  return out;
}

describe('limits of the streaming reader', () => {
  it('refuses a part declared larger than the limit without inflating it (zip bomb)', async () => {
    const ok = await rawXlsx(sheet('<row r="1"><c r="A1"><v>1</v></c></row>'));
    const zh = await refusal(await write(declare(ok, 'xl/worksheets/sheet1.xml', 3000 * 1024 * 1024)));
    expect(zh).toMatch(/xl\/worksheets\/sheet1\.xml 解压后有 3000 MB，超过 256 MB 的上限/);
  });

  it('refuses a part that inflates to more than it declared', async () => {
    const ok = await rawXlsx(sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'长'.repeat(5000)}</t></is></c></row>`));
    expect(await refusal(await write(declare(ok, 'xl/worksheets/sheet1.xml', 100)))).toMatch(/文件已损坏/);
  });

  it("refuses a cell over Excel's 32 767 characters, naming it", async () => {
    const long = 'x'.repeat(32768);
    expect(await refusal(await write({ strings: [`<si><t>${long}</t></si>`], sheets: [{ name: '表一', data: '<row r="2"><c r="B2" t="s"><v>0</v></c></row>' }] }))).toMatch(
      /工作表“表一”的单元格 B2 有 32768 个字符，超过 Excel 单元格 32767 个字符的上限/,
    );
    const fine = await write({ strings: [`<si><t>${'x'.repeat(32767)}</t></si>`], sheets: [{ data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }] });
    expect((await readGrids(fine))[0].values[0][0]).toHaveLength(32767);
  });

  it('refuses a DTD (entity expansion, external entities) in any part it reads', async () => {
    const book = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    book.parts = {
      'xl/sharedStrings.xml':
        '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;&x;</t></si></sst>',
    };
    expect(await refusal(await write(book))).toMatch(/部件 xl\/sharedStrings\.xml 含有 DTD 声明/);
  });

  it('leaves unknown entities as written and decodes character references', async () => {
    const g = await readGrids(await write(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&foo; &#20013;&#x6587; &#xFFFFFFF;</t></is></c></row>')));
    expect(g[0].values[0][0]).toBe('&foo; 中文 &#xFFFFFFF;');
  });

  it("refuses addresses beyond Excel's sheet", async () => {
    expect(await refusal(await write(sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>')))).toMatch(/单元格地址“XFE1”无效或超出 Excel 的范围/);
    expect(await refusal(await write(sheet('<row r="1048577"><c><v>1</v></c></row>')))).toMatch(/第 1048577 行超出 Excel 的范围/);
  });

  it('reads rows and cells without addresses in order, t="d" as dates, namespace prefixes', async () => {
    const g = await readGrids(await write(sheet('<row><c><v>1</v></c><c t="d"><v>2024-12-31T00:00:00</v></c></row><x:row xmlns:x="urn:x"><x:c><x:v>3</x:v></x:c></x:row>')));
    expect(g[0].values[0]).toEqual([1, new Date(Date.UTC(2024, 11, 31))]);
    expect(g[0].values[1]).toEqual([3]);
  });

  it('reads 中文 built-in date formats (numFmtId 31) as dates', async () => {
    const g = await readGrids(await write({ xfs: ['<xf numFmtId="0"/>', '<xf numFmtId="31"/>'], sheets: [{ data: '<row r="1"><c r="A1" s="1"><v>45657</v></c></row>' }] }));
    expect(g[0].values[0][0]).toEqual(new Date(Date.UTC(2024, 11, 31)));
    expect(g[0].numFormats?.[0][0]).toBe('yyyy"年"m"月"d"日"');
  });

  it('reads overlapping merges and a sheet merged whole without expanding them', async () => {
    const over = await readGrids(
      await write({
        sheets: [{ data: '<row r="1"><c r="A1"><v>1</v></c><c r="C3"><v>2</v></c></row>', after: '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>' }],
      }),
    );
    expect(over[0].merges).toHaveLength(2);
    const whole = await readGrids(
      await write({
        strings: ['<si><t>全表合并</t></si>'],
        sheets: [{ data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', after: '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>' }],
      }),
    );
    expect(whole[0].merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 1 }]);
    expect([whole[0].rowCount, whole[0].colCount]).toEqual([1, 1]);
  });

  it('keeps the input checks: folder, missing, empty, encrypted, .xls, csv, xlsb', async () => {
    expect(await refusal(dir)).toMatch(/这是一个文件夹/);
    expect(await refusal(path.join(dir, 'nope.xlsx'))).toMatch(/文件不存在/);
    const empty = path.join(dir, 'empty.xlsx');
    fs.writeFileSync(empty, '');
    expect(await refusal(empty)).toMatch(/文件是空的/);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    expect(await refusal(await write(Buffer.concat([ole, Buffer.from('EncryptionInfo', 'utf16le')])))).toMatch(/已加密/);
    expect(await refusal(await write(ole))).toMatch(/旧版 \.xls/);
    const csv = path.join(dir, 'a.csv');
    fs.writeFileSync(csv, '一级指标,二级指标\n');
    expect(await refusal(csv)).toMatch(/CSV/);
    const book = sheet('');
    book.parts = { 'xl/workbook.xml': Buffer.alloc(0) };
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await rawXlsx(book));
    zip.remove('xl/workbook.xml');
    zip.file('xl/workbook.bin', 'x');
    expect(await refusal(await write(await zip.generateAsync({ type: 'nodebuffer' })))).toMatch(/\.xlsb/);
    expect(await refusal(await write(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)])))).toMatch(/文件已损坏/);
  });
});
