/**
 * Hostile cases (session 11): zip and XML that is strange, valid or not, as tools and hand-written
 * exporters make it. Zip: a name twice, names that differ only by case (OPC: one part, ECMA-376 Part 2,
 * 9.1.1.1), names that climb out of the folder, a compression method Excel does not read, a sheet
 * whose relationship points outside the package. XML (W3C XML 1.0): CDATA sections, comments and
 * processing instructions between elements, parts in UTF-16 or in a declared GB2312, attributes in
 * single quotes with spaces around '='. Each either reads as the plain package does (same report, same
 * cells) and fill writes a package Excel opens, or ends in one Chinese line.
 */
import * as fs from 'fs';
import JSZip from 'jszip';
import type { HostileCase } from './cases';
import { STACKED } from './producers';
import { book } from './xlsx';
import { reZip, type ZipForm } from './zip-forms';

const plain = () => book({ sheets: [{ name: '表', rows: STACKED }] });
const base = { check: 'report' as const, fill: 'report' as const, projects: 2, fillErr: [] as RegExp[], like: plain, sameGrid: true, opens: true };
const rezipped = (form: ZipForm) => async () => reZip(await plain(), form);
const TWICE = /重复|同名/;
const LAST = 1048576;

/** The plain package with each XML part's text changed by `edit` (part name, text) and written as `encode` makes it. */
async function rewritten(edit: (part: string, xml: string) => string, encode: (part: string, xml: string) => Buffer | string = (_p, x) => x): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await plain());
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir || !/\.(xml|rels)$/.test(name)) continue;
    const xml = edit(name, await zip.file(name)!.async('string'));
    zip.file(name, encode(name, xml));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Another sheet under the same part name: a third project only it has. */
const OTHER_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>丙项目</t></is></c></row></sheetData></worksheet>`;

/** GB2312 bytes of a text (the characters of these parts are all in GBK). */
function gbk(text: string): Buffer {
  const out: number[] = [];
  // Node has no GBK encoder: each character found by decoding the two-byte codes once.
  const table = gbkTable();
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const code = table.get(ch);
      if (code === undefined) throw new Error(`not in GBK: ${ch}`);
      out.push(code >> 8, code & 0xff);
    }
  }
  return Buffer.from(out);
}
let TABLE: Map<string, number> | undefined;
function gbkTable(): Map<string, number> {
  if (TABLE) return TABLE;
  TABLE = new Map();
  const dec = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(Buffer.from([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !TABLE.has(ch)) TABLE.set(ch, (hi << 8) | lo);
    }
  return TABLE;
}

/** Problems in the output's parts: a part whose bytes are not what its declaration says, an attribute written twice. */
async function consistentParts(out: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(out);
  const problems: string[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir || !/\.(xml|rels)$/.test(name)) continue;
    const bytes = await zip.file(name)!.async('nodebuffer');
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
    const head = (utf16 ? bytes.toString('utf16le', 2, 400) : bytes.toString('latin1', 0, 200)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
    const declared = /^<\?xml[^>]*\sencoding=["']([^"']+)["']/.exec(head)?.[1]?.toLowerCase();
    const is = utf16 ? 'utf-16' : 'utf-8';
    if (declared && declared !== is && !(is === 'utf-8' && /^(utf8|utf-8)$/.test(declared))) problems.push(`${name}: ${is} bytes declared ${declared}`);
    const text = utf16 ? bytes.toString('utf16le', 2) : bytes.toString('utf8');
    for (const tag of text.match(/<[A-Za-z][^>]*>/g) ?? []) {
      const names = [...tag.matchAll(/\s([\w:.-]+)\s*=/g)].map((m) => m[1]);
      if (new Set(names).size !== names.length) {
        problems.push(`${name}: an attribute twice in ${tag.slice(0, 80)}`);
        break;
      }
    }
  }
  return problems;
}

export const TRICK_CASES: HostileCase[] = [
  // --- zip
  {
    name: 'two zip entries with the same name (xl/worksheets/sheet1.xml twice, another table in the second)',
    file: 'zip-twice.xlsx',
    build: rezipped({ add: [{ name: 'xl/worksheets/sheet1.xml', data: OTHER_SHEET }] }),
    check: TWICE,
    fill: TWICE,
  },
  {
    name: 'two zip entries whose names differ only by case (one part for OPC)',
    file: 'zip-case-twice.xlsx',
    build: rezipped({ add: [{ name: 'xl/worksheets/Sheet1.xml', data: OTHER_SHEET }] }),
    check: TWICE,
    fill: TWICE,
  },
  {
    ...base,
    name: 'zip entry names that climb out of the folder (../../, absolute, a drive letter): nothing is written outside',
    // Kept in fill's output as they came (no content type, as in the input): the package check is not this case's point.
    opens: false,
    verify: async () => ['/tmp/jixiao-absolute.txt', '/jixiao-drive.txt'].filter((f) => fs.existsSync(f)),
    file: 'zip-climb.xlsx',
    build: rezipped({
      add: [
        { name: '../../jixiao-climbed.txt', data: 'x' },
        { name: '/tmp/jixiao-absolute.txt', data: 'x' },
        { name: 'C:/jixiao-drive.txt', data: 'x' },
      ],
    }),
  },
  {
    name: 'the sheet part compressed with a method Excel does not read (bzip2, method 12)',
    file: 'zip-bzip2.xlsx',
    build: rezipped({ methodOf: (n) => (n === 'xl/worksheets/sheet1.xml' ? 12 : undefined) }),
    check: /压缩方式/,
    fill: /压缩方式/,
  },
  {
    name: 'a sheet whose relationship points outside the package (TargetMode="External", file:///etc/passwd)',
    file: 'external-sheet.xlsx',
    build: () =>
      rewritten((part, xml) => (part === 'xl/_rels/workbook.xml.rels' ? xml.replace('Target="worksheets/sheet1.xml"', 'Target="file:///etc/passwd" TargetMode="External"') : xml)),
    check: /已损坏|没有找到|不在文件中|外部/,
    fill: /已损坏|没有找到|不在文件中|外部/,
  },
  // --- huge parts
  {
    name: 'every row formatted down to row 1 048 576 (an exporter that styles whole rows): fill inserts, the empty last rows fall off',
    file: 'rows-to-the-end.xlsx',
    big: true,
    check: 'report',
    fill: 'report',
    projects: 2,
    fillErr: [],
    build: () =>
      book({
        sheets: [
          {
            name: '表',
            rows: [...STACKED, ...Array.from({ length: LAST - STACKED.length }, () => [])],
            rowAttrs: Object.fromEntries(Array.from({ length: LAST - 20 }, (_, i) => [i + 21, 's="1" customFormat="1" ht="15"'])),
          },
        ],
      }),
    verify: async (out) => {
      const xml = await (await JSZip.loadAsync(out)).file('xl/worksheets/sheet1.xml')!.async('string');
      const at = xml.lastIndexOf('<row r="');
      const last = Number(xml.slice(at + 8, xml.indexOf('"', at + 8)));
      return last === LAST ? [] : [`last row ${last}`];
    },
  },
  // --- XML
  {
    ...base,
    name: 'CDATA sections in shared strings (<t><![CDATA[项目名称]]></t>)',
    file: 'cdata.xlsx',
    build: () => rewritten((part, xml) => (part === 'xl/sharedStrings.xml' ? xml.replace(/(<t\b[^>]*>)([^<]*)(<\/t>)/g, '$1<![CDATA[$2]]>$3') : xml)),
  },
  {
    ...base,
    name: 'XML comments and processing instructions between rows, cells and string items',
    file: 'comments-pi.xlsx',
    build: () =>
      rewritten((part, xml) =>
        xml
          .replace(/^(<\?xml[^>]*\?>)/, '$1<?exporter 财务系统 v8?><!-- 由财务系统导出 -->')
          .replace(/<\/row>/g, '</row><!-- 行 -->')
          .replace(/(<c\b[^>]*>)/g, '$1<!-- c -->')
          .replace(/<si>/g, '<si><!-- 串 -->')
          // Commented out: no item (the indexes after it stay), no row.
          .replace(/(<sst\b[^>]*>)/, '$1<!-- <si><t>旧的第一项</t></si> -->')
          .replace(
            '</sheetData>',
            '<!-- <row r="30"><c r="A30" t="inlineStr"><is><t>项目名称</t></is></c><c r="B30" t="inlineStr"><is><t>注释里的项目</t></is></c></row> --></sheetData>',
          ),
      ),
  },
  {
    ...base,
    name: 'a commented-out sheet, merge and hyperlink (<!-- … -->) in the workbook and sheet parts',
    file: 'commented-out.xlsx',
    build: () =>
      rewritten((part, xml) =>
        part === 'xl/workbook.xml'
          ? xml.replace('<sheets>', '<sheets><!-- <sheet name="旧表" sheetId="9" r:id="rId1"/> -->')
          : part === 'xl/worksheets/sheet1.xml'
            ? xml.replace(
                '</sheetData>',
                '</sheetData><!-- <mergeCells count="1"><mergeCell ref="A1:D30"/></mergeCells> --><!-- <hyperlinks><hyperlink ref="C4" location="表!A1"/></hyperlinks> -->',
              )
            : xml,
      ),
  },
  {
    ...base,
    name: 'every XML part in UTF-16 with a byte-order mark (encoding="UTF-16")',
    file: 'utf16-parts.xlsx',
    highlight: true,
    build: () =>
      rewritten(
        (_p, xml) => xml.replace(/encoding="UTF-8"/, 'encoding="UTF-16"'),
        (_p, xml) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]),
      ),
    verify: consistentParts,
  },
  {
    ...base,
    name: 'shared strings in GB2312 (declared, as an old exporter writes them)',
    file: 'gb2312-strings.xlsx',
    highlight: true,
    build: () =>
      rewritten(
        (part, xml) => (part === 'xl/sharedStrings.xml' ? xml.replace(/encoding="UTF-8"/, 'encoding="GB2312"') : xml),
        (part, xml) => (part === 'xl/sharedStrings.xml' ? gbk(xml) : xml),
      ),
    verify: consistentParts,
  },
  {
    ...base,
    name: "attributes in single quotes with spaces around '=' (a hand-written exporter)",
    file: 'single-quotes.xlsx',
    highlight: true,
    build: () =>
      rewritten((part, xml) =>
        part.startsWith('xl/') && !part.includes('_rels') ? xml.replace(/(<[A-Za-z][^>]*>)/g, (tag) => tag.replace(/\s([\w:]+)="([^"]*)"/g, " $1 = '$2'")) : xml,
      ),
    verify: consistentParts,
  },
];
