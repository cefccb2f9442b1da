/**
 * Hostile cases of session 13: sheet names Excel forbids on fill's ExcelJS path (the whole-workbook
 * rewrite used when the package edit cannot write a part), a sheet part that is empty while the others
 * are whole, and more odd or damaged packages from other producers.
 */
import JSZip from 'jszip';
import type { HostileCase } from './cases';
import { edited, partTexts, STACKED } from './producers';
import { book, raw, type Cell, type SheetSpec } from './xlsx';

const SHEET = 'xl/worksheets/sheet1.xml';
const sheet = (name = '表', rows: Cell[][] = STACKED, extra: Partial<SheetSpec> = {}): SheetSpec => ({ name, rows, ...extra });
export const plain = () => book({ sheets: [sheet()] });
const base = { check: 'report' as const, fill: 'report' as const, projects: 2, opens: true };
const odd = (name: string) => `'${name.replace(/'/g, "''")}'`;
const formulasAt = (name: string): Cell[][] => [[raw(`<c r="{ref}"><f>${odd(name)}!B12</f><v>100</v></c>`)], [raw(`<c r="{ref}"><f>SUM(${odd(name)}!D14:D19)</f><v>0</v></c>`)]];
/** A row written twice: the package edit leaves such a sheet to the ExcelJS path. */
const rowTwice = (x: string) => x.replace('</sheetData>', '<row r="40"/><row r="40"/></sheetData>');

/** Problems: the output's workbook.xml must name each sheet exactly so. */
const names =
  (...want: string[]) =>
  async (out: Buffer): Promise<string[]> => {
    const wb = (await partTexts(out)).get('xl/workbook.xml') ?? '';
    const decode = (v: string) =>
      v
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const have = [...wb.matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map((m) => decode(m[1]));
    return want.filter((n) => !have.includes(n)).map((n) => `no sheet named ${n} in xl/workbook.xml (${have.join(', ')})`);
  };

const QUOTED = "绩效目标'";
const LONG_NAME = '二〇二五年度市级教师能力提升培训项目支出绩效目标申报表（附件一之二）';

export const EDGE13_CASES: HostileCase[] = [
  {
    ...base,
    name: 'sheet names with : [ ] and an apostrophe last where fill needs the ExcelJS path: filled, the names and formulas kept',
    file: 'forbidden-exceljs.xlsx',
    build: () => edited({ sheets: [sheet(QUOTED), sheet('附:表[1]', formulasAt(QUOTED))] }, { [SHEET]: rowTwice }),
    verify: names(QUOTED, '附:表[1]'),
  },
  {
    ...base,
    name: 'a sheet name of 34 characters where fill needs the ExcelJS path: kept whole, not cut to 31',
    file: 'long-exceljs.xlsx',
    fillErr: [],
    build: () => edited({ sheets: [sheet(LONG_NAME), sheet('汇总', formulasAt(LONG_NAME))] }, { [SHEET]: rowTwice }),
    verify: names(LONG_NAME),
  },
  {
    ...base,
    name: 'numbers written with a decimal comma (<v>1,00</v>) by a locale-broken exporter: read as the text they are, never as 1',
    file: 'decimal-comma.xlsx',
    like: () =>
      book({
        sheets: [
          sheet(
            '表',
            STACKED.map((r) => r.map((v) => (v === 100 ? '1,00' : v))),
          ),
        ],
      }),
    sameGrid: true,
    build: () => edited({ sheets: [sheet()] }, { [SHEET]: (x) => x.replace(/<v>100<\/v>/g, '<v>1,00</v>') }),
  },
  {
    ...base,
    name: 'the shared strings part missing while the workbook still names it: damaged, not “no table”',
    file: 'no-sst-part.xlsx',
    projects: undefined,
    check: /已损坏.*xl\/sharedStrings\.xml/,
    fill: /已损坏.*xl\/sharedStrings\.xml/,
    build: async () => {
      const zip = await JSZip.loadAsync(await plain());
      zip.remove('xl/sharedStrings.xml');
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    },
  },
  {
    ...base,
    name: 'shared-string indexes that are not indexes (abc, -1, 1.5): those cells empty, as out-of-range ones',
    file: 'sst-not-index.xlsx',
    build: () =>
      edited(
        { sheets: [sheet()] },
        {
          [SHEET]: (x) =>
            x.replace(/(<row r="1[4-6]"[^>]*><c [^>]*t="s"><v>)\d+(<\/v>)/g, (_, a: string, b: string) => `${a}${['abc', '-1', '1.5'][Number(/r="1(\d)"/.exec(a)![1]) - 4]}${b}`),
        },
      ),
  },
  {
    ...base,
    name: 'rows numbered 0 and 1 048 577 (beyond the sheet): one line naming the row',
    file: 'row-zero.xlsx',
    projects: undefined,
    check: /第 0 行超出 Excel 的范围/,
    fill: /第 0 行超出 Excel 的范围/,
    build: () =>
      edited(
        { sheets: [sheet()] },
        { [SHEET]: (x) => x.replace('</sheetData>', '<row r="0"><c r="A0"><v>1</v></c></row><row r="1048577"><c r="A1048577"><v>2</v></c></row></sheetData>') },
      ),
  },
  {
    ...base,
    name: 'a cell in column XFE (past the last column): one line naming the address',
    file: 'col-xfe.xlsx',
    projects: undefined,
    check: /单元格地址“XFE30”无效或超出 Excel 的范围/,
    fill: /单元格地址“XFE30”无效或超出 Excel 的范围/,
    build: () => edited({ sheets: [sheet()] }, { [SHEET]: (x) => x.replace('</sheetData>', '<row r="30"><c r="XFE30"><v>3</v></c></row></sheetData>') }),
  },
  {
    ...base,
    name: '3 000 bytes appended after the zip (a download manager or mail gateway): read as the workbook it holds',
    file: 'trailing-junk.xlsx',
    like: plain,
    sameGrid: true,
    build: async () => Buffer.concat([await plain(), Buffer.alloc(3000, 0x41)]),
  },
  {
    ...base,
    name: 'a cell format naming number format 200, which the styles part never defines: read as General',
    file: 'numfmt-undefined.xlsx',
    like: plain,
    sameGrid: true,
    highlight: true,
    build: () =>
      edited(
        { sheets: [sheet()] },
        {
          'xl/styles.xml': (x) => x.replace('<xf numFmtId="14" applyNumberFormat="1"/>', '<xf numFmtId="200" applyNumberFormat="1"/>'),
          [SHEET]: (x) => x.replace(/<c r="B2"/, '<c r="B2" s="1"'),
        },
      ),
  },
  {
    ...base,
    name: 'custom XML parts (customXml/item1.xml, itemProps1.xml) of a document management system: kept byte for byte',
    file: 'custom-xml.xlsx',
    keeps: ['customXml/item1.xml', 'customXml/itemProps1.xml', 'customXml/_rels/item1.xml.rels'],
    build: () =>
      book({
        sheets: [sheet()],
        parts: {
          'customXml/item1.xml':
            '<?xml version="1.0" encoding="UTF-8" standalone="no"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle=""/>',
          'customXml/itemProps1.xml':
            '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6E1B9A0C-1A2B-4C3D-8E9F-0A1B2C3D4E5F}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
          'customXml/_rels/item1.xml.rels':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>',
        },
        types: ['<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'],
        workbookRels: ['<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>'],
      }),
  },
  {
    ...base,
    name: 'read-only recommended with a write-reservation password (<fileSharing>): kept in the workbook fill writes',
    file: 'file-sharing.xlsx',
    highlight: true,
    build: () =>
      edited(
        { sheets: [sheet()] },
        { 'xl/workbook.xml': (x) => x.replace('<sheets>', '<fileSharing readOnlyRecommended="1" userName="财务科" reservationPassword="CC3D"/><sheets>') },
      ),
    verify: async (out) =>
      (await partTexts(out)).get('xl/workbook.xml')?.includes('<fileSharing readOnlyRecommended="1" userName="财务科" reservationPassword="CC3D"/>') ? [] : ['<fileSharing> lost'],
  },
  {
    ...base,
    name: 'an Excel template (.xltx content type) renamed .xlsx: filled, its content type kept',
    file: 'template.xlsx',
    keeps: ['[Content_Types].xml'],
    build: () => edited({ sheets: [sheet()] }, { '[Content_Types].xml': (x) => x.replace('spreadsheetml.sheet.main+xml', 'spreadsheetml.template.main+xml') }),
  },
  {
    ...base,
    name: 'a digitally signed workbook (_xmlsignatures/): fill says in one line that the signature no longer holds',
    file: 'signed.xlsx',
    fillErr: [/^注意：.*数字签名.*/],
    build: () =>
      book({
        sheets: [sheet()],
        parts: {
          '_xmlsignatures/origin.sigs': '',
          '_xmlsignatures/sig1.xml':
            '<?xml version="1.0" encoding="UTF-8"?><Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="idPackageSignature"><SignedInfo/><SignatureValue>AAAA</SignatureValue></Signature>',
          '_xmlsignatures/_rels/origin.sigs.rels':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature" Target="sig1.xml"/></Relationships>',
        },
        types: [
          '<Default Extension="sigs" ContentType="application/vnd.openxmlformats-package.digital-signature-origin"/>',
          '<Override PartName="/_xmlsignatures/sig1.xml" ContentType="application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"/>',
        ],
      }),
  },
  {
    ...base,
    name: 'two sheets whose relationships lead to one part (a converter’s bug): damaged, not every project twice',
    file: 'one-part-two-sheets.xlsx',
    projects: undefined,
    check: /已损坏.*“表”和“副本”指向同一个部件 xl\/worksheets\/sheet1\.xml/,
    fill: /已损坏.*“表”和“副本”指向同一个部件 xl\/worksheets\/sheet1\.xml/,
    build: () => edited({ sheets: [sheet(), sheet('副本', [['x']])] }, { 'xl/_rels/workbook.xml.rels': (x) => x.replace('worksheets/sheet2.xml', 'worksheets/sheet1.xml') }),
  },
  {
    ...base,
    name: 'shared formulas on another sheet whose master cell is missing (t="shared" si="0", no ref anywhere): their cached values kept',
    file: 'shared-orphans.xlsx',
    build: () => book({ sheets: [sheet(), sheet('汇总', [[raw('<c r="{ref}"><f t="shared" si="0"/><v>5</v></c>')], [raw('<c r="{ref}"><f t="shared" si="0"/><v>6</v></c>')]])] }),
  },
  {
    ...base,
    name: 'number cells with an empty value (<v></v>, <v/>) where the budget is: read as empty',
    file: 'empty-v.xlsx',
    build: () => edited({ sheets: [sheet()] }, { [SHEET]: (x) => x.replace(/<v>100<\/v>/, '<v></v>').replace(/<v>100<\/v>/, '<v/>') }),
  },
  {
    ...base,
    name: 'the table on a hidden sheet behind a visible 说明 sheet: checked, filled, still hidden',
    file: 'hidden-table.xlsx',
    build: () => book({ sheets: [sheet('说明', [['见下页']]), { ...sheet(), state: 'hidden' }] }),
    verify: async (out) =>
      /<sheet\b[^>]*name="表"[^>]*state="hidden"|<sheet\b[^>]*state="hidden"[^>]*name="表"/.test((await partTexts(out)).get('xl/workbook.xml') ?? '')
        ? []
        : ['表 no longer hidden'],
  },
  {
    ...base,
    name: 'text cells as t="inlineStr" with the text in <v> instead of <is> (an exporter’s shortcut): read as the text',
    file: 'inline-v.xlsx',
    like: plain,
    sameGrid: true,
    build: async () => {
      const zip = await JSZip.loadAsync(await plain());
      const sst = [...(await zip.file('xl/sharedStrings.xml')!.async('string')).matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map((m) => m[1]);
      const xml = (await zip.file(SHEET)!.async('string')).replace(/t="s"><v>(\d+)<\/v>/g, (_, i: string) => `t="inlineStr"><v>${sst[Number(i)]}</v>`);
      zip.file(SHEET, xml);
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    },
  },
];
