/**
 * Hostile cases for reading (session 10): phonetic guides where the corpus had none (inline strings,
 * after rich-text runs), 1904 dates compared day for day with 1900 serials, Strict Open XML with two
 * projects (fill inserts and must keep the package Strict), and files that are not .xlsx at all under
 * their own or a borrowed name: WPS .et and .xls (BIFF in a compound file), Word and PowerPoint
 * compound files, OpenDocument and Apple Numbers packages. Each reads like the plain workbook, or is
 * refused in one Chinese line that names what the file is.
 */
import type { HostileCase } from './cases';
import { edited, partTexts, STACKED } from './producers';
import { book, raw, type Cell } from './xlsx';

const sheet = (rows: Cell[][] = STACKED) => ({ name: '表', rows });
const plain = () => book({ sheets: [sheet()] });
const SST = 'xl/sharedStrings.xml';
const SHEET = 'xl/worksheets/sheet1.xml';
const base = { check: 'report' as const, fill: 'report' as const, projects: 2, fillErr: [] as RegExp[], like: plain, sameGrid: true, opens: true };

/** A reading above every inline string's text (ECMA-376 Part 1, 18.4.6 rPh): not part of the cell's value. */
const rphInline = (x: string) => x.replace(/<\/t><\/is>/g, '</t><rPh sb="0" eb="1"><t>ヨミ</t></rPh><phoneticPr fontId="0" type="noConversion"/></is>');
/** Each shared string as two runs, then a reading. */
const rphAfterRuns = (x: string) =>
  x.replace(/<si><t xml:space="preserve">([^<]*)<\/t><\/si>/g, (_w, t: string) => {
    const cs = Array.from(t);
    const h = Math.ceil(cs.length / 2);
    return `<si><r><t>${cs.slice(0, h).join('')}</t></r><r><rPr><b/></rPr><t xml:space="preserve">${cs.slice(h).join('')}</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh><phoneticPr fontId="1"/></si>`;
  });

/** Both projects' 完成时间 (rows 6 and 16) as a date serial with the date format. */
const dated = (serial: number) => STACKED.map((r, i) => (i === 5 || i === 15 ? [r[0], r[1], r[2], raw(`<c r="{ref}" s="1"><v>${serial}</v></c>`)] : r));

/** A compound file (OLE2) just deep enough for sniffing: its signature, then its stream names in UTF-16. */
function compound(streams: string[]): Buffer {
  const body = Buffer.alloc(4096);
  let at = 512;
  for (const n of streams) {
    body.write(n, at, 'utf16le');
    at += 128;
  }
  return Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), body]);
}
const XLS = () => Promise.resolve(compound(['Workbook', '\u0005SummaryInformation', '\u0005DocumentSummaryInformation']));
const zipOf = async (files: Record<string, string>) => {
  const JSZip = (await import('jszip')).default;
  const z = new JSZip();
  for (const [n, c] of Object.entries(files)) z.file(n, c);
  return z.generateAsync({ type: 'nodebuffer' });
};

const MAIN_T = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_T = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const FORMAT_CASES: HostileCase[] = [
  {
    ...base,
    name: 'phonetic guides (<rPh>) in inline strings',
    file: 'rph-inline.xlsx',
    like: () => book({ sheets: [sheet()], inline: true }),
    build: () => edited({ sheets: [sheet()], inline: true }, { [SHEET]: rphInline }),
  },
  { ...base, name: 'phonetic guides after rich-text runs in shared strings', file: 'rph-runs.xlsx', build: () => edited({ sheets: [sheet()] }, { [SST]: rphAfterRuns }) },
  {
    ...base,
    name: 'dates, 1904 system, the same days as 1900 serials',
    file: 'dates-1904-days.xlsx',
    like: () => book({ sheets: [sheet(dated(45657))] }),
    build: () => book({ sheets: [sheet(dated(44195))], date1904: true }),
  },
  {
    ...base,
    name: 'Strict Open XML with two projects: fill inserts and keeps the package Strict',
    file: 'strict-stacked.xlsx',
    highlight: true,
    build: () => book({ sheets: [sheet()], strict: true }),
    verify: async (out) => {
      const parts = await partTexts(out);
      return [...parts].filter(([n, x]) => /\.(xml|rels)$/.test(n) && (x.includes(MAIN_T) || x.includes(REL_T))).map(([n]) => `${n}: a Transitional namespace in a Strict package`);
    },
  },
  // Not an .xlsx: one line that says what the file is and what to do.
  { name: 'a WPS .et workbook given as .et', file: '绩效.et', build: XLS, check: /WPS.*\.et/, fill: /WPS.*\.et/ },
  { name: 'a WPS .et workbook renamed .xlsx', file: 'wps.xlsx', build: XLS, check: /旧版 \.xls|\.et/, fill: /旧版 \.xls|\.et/ },
  { name: 'an .xls workbook given as .xls', file: '绩效.xls', build: XLS, check: /旧版 \.xls/, fill: /旧版 \.xls/ },
  { name: 'a Word 97–2003 document renamed .xlsx', file: 'doc.xlsx', build: async () => compound(['WordDocument', '1Table']), check: /Word/, fill: /Word/ },
  {
    name: 'a PowerPoint 97–2003 file renamed .xlsx',
    file: 'ppt.xlsx',
    build: async () => compound(['PowerPoint Document', 'Current User']),
    check: /PowerPoint/,
    fill: /PowerPoint/,
  },
  {
    name: 'an OpenDocument spreadsheet (.ods) renamed .xlsx',
    file: 'ods.xlsx',
    build: () => zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>', 'META-INF/manifest.xml': '<manifest/>' }),
    check: /OpenDocument|\.ods/,
    fill: /OpenDocument|\.ods/,
  },
  {
    name: 'an Apple Numbers file renamed .xlsx',
    file: 'numbers-native.xlsx',
    build: () => zipOf({ 'Index/Document.iwa': 'x', 'Metadata/Properties.plist': 'x' }),
    check: /Numbers/,
    fill: /Numbers/,
  },
  {
    name: 'an .xlsb given as .xlsb',
    file: '绩效.xlsb',
    build: () => zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': 'x' }),
    check: /xlsb/,
    fill: /xlsb/,
  },
];
