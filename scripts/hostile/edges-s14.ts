/**
 * Hostile cases of session 14: a workbook behind prefix bytes (a self-extracting stub, or bytes put in
 * front by a tool that does not fix the zip's offsets), and shared-string cells that carry their text inline.
 */
import JSZip from 'jszip';
import type { HostileCase } from './cases';
import { plain } from './edges-s13';
import { edited, partTexts, STACKED } from './producers';

const SHEET = 'xl/worksheets/sheet1.xml';
const base = { check: 'report' as const, fill: 'report' as const, projects: 2, opens: true, like: plain, sameGrid: true };

/** A stub in front of the zip, as `copy /b stub.exe + book.xlsx` makes: the zip's own offsets still count from its start. */
const STUB = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4094, 0x90)]);

/** Every offset of a zip moved by `by` bytes (what `zip -A` does after a stub is put in front): local headers, directory start. */
function shiftOffsets(zip: Buffer, by: number): Buffer {
  const out = Buffer.from(zip);
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const start = out.readUInt32LE(eocd + 16);
  const count = out.readUInt16LE(eocd + 10);
  let p = start;
  for (let k = 0; k < count; k++) {
    out.writeUInt32LE(out.readUInt32LE(p + 42) + by, p + 42);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  out.writeUInt32LE(start + by, eocd + 16);
  return out;
}

export const EDGE14_CASES: HostileCase[] = [
  {
    ...base,
    name: '4 KB of stub bytes before the zip, its offsets not moved (self-extracting or concatenated): read as the workbook it holds',
    file: 'prefix-stub.xlsx',
    build: async () => Buffer.concat([STUB, await plain()]),
  },
  {
    ...base,
    name: '4 KB of stub bytes before the zip, its offsets moved to count from the file start (zip -A): read as the workbook it holds',
    file: 'prefix-adjusted.xlsx',
    build: async () => Buffer.concat([STUB, shiftOffsets(await plain(), STUB.length)]),
  },
  {
    ...base,
    name: 'shared-string cells (t="s") that carry their text inline in <is> instead of an index: read as that text',
    file: 's-with-is.xlsx',
    build: async () => {
      const zip = await JSZip.loadAsync(await plain());
      const sst = [...(await zip.file('xl/sharedStrings.xml')!.async('string')).matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map((m) => m[1]);
      const xml = (await zip.file(SHEET)!.async('string')).replace(/t="s"><v>(\d+)<\/v>/g, (_, i: string) => `t="s"><is><t>${sst[Number(i)]}</t></is>`);
      zip.file(SHEET, xml);
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    },
  },
  {
    ...base,
    name: 'a second sheet part empty (0 bytes) where fill needs the ExcelJS path (a row written twice): filled, the empty sheet a blank worksheet',
    file: 'empty-part-exceljs.xlsx',
    like: undefined,
    sameGrid: undefined,
    checkErr: [/^注意：.*工作表“空”.*0 字节/],
    build: () =>
      edited(
        {
          sheets: [
            { name: '表', rows: STACKED },
            { name: '空', rows: [['x']] },
          ],
        },
        { [SHEET]: (x) => x.replace('</sheetData>', '<row r="40"/><row r="40"/></sheetData>'), 'xl/worksheets/sheet2.xml': () => '' },
      ),
    verify: async (out) =>
      /<worksheet\b[\s\S]*<\/worksheet>\s*$/.test((await partTexts(out)).get('xl/worksheets/sheet2.xml') ?? '') ? [] : ['xl/worksheets/sheet2.xml is not a worksheet'],
  },
];
