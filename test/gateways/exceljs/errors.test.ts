import { readdirSync, writeFileSync, existsSync, readFileSync } from 'fs';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { JixiaoInputError } from '../../../src/gateways/exceljs/errors';
import { readWorkbook } from '../../../src/gateways/exceljs/read';
import { writeWorkbook } from '../../../src/gateways/exceljs/write';
import { tempDir } from './tmp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function rejects(p: Promise<unknown>, zh: RegExp): Promise<void> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(JixiaoInputError);
  expect((e as JixiaoInputError).zh).toMatch(zh);
  expect((e as JixiaoInputError).zh).not.toMatch(/\n/);
  expect((e as JixiaoInputError).en).toBeTruthy();
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

describe('readWorkbook refuses bad input with one Chinese line naming the file', () => {
  test('missing file', async () => {
    const f = tmp.path('没有.xlsx');
    await rejects(readWorkbook(f), new RegExp(`^无法读取 .*没有\\.xlsx：文件不存在。$`));
  });
  test('text renamed .xlsx', async () => {
    const f = tmp.path('text.xlsx');
    writeFileSync(f, '项目名称,预算\n甲,100\n');
    await rejects(readWorkbook(f), /text\.xlsx：这是文本（CSV）文件/);
  });
  test('.csv', async () => {
    const f = tmp.path('a.csv');
    writeFileSync(f, 'a,b\n1,2\n');
    await rejects(readWorkbook(f), /a\.csv：这是文本（CSV）文件.*另存为 \.xlsx/);
  });
  test('legacy .xls (OLE2 header)', async () => {
    const f = tmp.path('a.xls');
    writeFileSync(f, OLE2);
    await rejects(readWorkbook(f), /^无法读取 .*a\.xls：这是旧版 \.xls 文件，请在 Excel 中另存为 \.xlsx 后再试。$/);
  });
  test('encrypted workbook (OLE2 with EncryptionInfo)', async () => {
    const f = tmp.path('secret.xlsx');
    writeFileSync(f, Buffer.concat([OLE2, Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64)]));
    await rejects(readWorkbook(f), /secret\.xlsx：工作簿设有打开密码/);
  });
  test('empty file', async () => {
    const f = tmp.path('empty.xlsx');
    writeFileSync(f, '');
    await rejects(readWorkbook(f), /empty\.xlsx：文件是空的/);
  });
  test('a zip that is not a workbook, a broken zip, a folder', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const f = tmp.path('doc.xlsx');
    writeFileSync(f, await zip.generateAsync({ type: 'nodebuffer' }));
    await rejects(readWorkbook(f), /doc\.xlsx：不是 Excel 工作簿/);
    const g = tmp.path('broken.xlsx');
    writeFileSync(g, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(40, 1)]));
    await rejects(readWorkbook(g), /broken\.xlsx：文件已损坏/);
    await rejects(readWorkbook(tmp.path('')), /这是一个文件夹/);
  });
});

describe('writeWorkbook', () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').getCell('A1').value = 1;
  const input = tmp.path('in.xlsx');
  beforeAll(() => writeFileSync(input, 'original'));

  test('never over the input, even with force or another case', async () => {
    await rejects(writeWorkbook(wb, input, { inputPath: input, force: true }), /^输出文件不能与输入文件相同：/);
    await rejects(writeWorkbook(wb, input.toUpperCase().replace('IN.XLSX', 'In.xlsx'), { inputPath: input, force: true }), /输出文件不能与输入文件相同/);
    expect(readFileSync(input, 'utf8')).toBe('original');
  });

  test('existing output needs force; writes atomically', async () => {
    const out = tmp.path('out.xlsx');
    writeFileSync(out, 'old');
    await rejects(writeWorkbook(wb, out, { inputPath: input }), /^输出文件已存在：.*out\.xlsx（如需覆盖请加 --force）$/);
    await writeWorkbook(wb, out, { inputPath: input, force: true });
    const back = await readWorkbook(out);
    expect(back.grids[0].values).toEqual([[1]]);
    expect(readdirSync(tmp.path('.')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('missing output folder', async () => {
    await rejects(writeWorkbook(wb, tmp.path('nope/out.xlsx'), { inputPath: input }), /输出文件夹不存在/);
    expect(existsSync(tmp.path('nope'))).toBe(false);
  });
});
