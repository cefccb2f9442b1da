/**
 * The writer keeps a worksheet as the bytes it came in (sheet-source.ts, sheet-rows.ts): only when those
 * bytes are what Package.text and canonicalPart would make of the part, else it takes that text. Its rows
 * are found where /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g finds them in the text, and a sheet nothing
 * touched is written as the bytes it came in.
 */
import { plain, sheetSource } from '../../../src/gateways/xlsx-write/sheet-source';
import { readRows } from '../../../src/gateways/xlsx-write/sheet-rows';
import { bodyOf, tagOf } from '../../../src/gateways/xlsx-write/row-cells';
import { canonicalPart } from '../../../src/gateways/xlsx-write/canonical';
import { SheetXml } from '../../../src/gateways/xlsx-write/sheet';
import { partString } from '../../../src/gateways/xlsx/zip';
import { hasMarkup, withoutMarkup, attr } from '../../../src/gateways/xlsx/xml';
import type { Package } from '../../../src/gateways/xlsx/input';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const SHEET = (rows: string, root = `<worksheet xmlns="${MAIN}">`, decl = DECL) => `${decl}${root}<sheetData>${rows}</sheetData></worksheet>`;

/** The text the editor read before: Package.text, then canonicalPart. */
function asText(b: Buffer): string {
  const text = partString(b);
  return canonicalPart(hasMarkup(text) ? withoutMarkup(text) : text);
}

const ROWS =
  '<row r="1" spans="1:2"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1"><f>A1*2</f></c></row><row r="2"/><row r="3" ht="20"><c r="A3"><is><t>绩效 &lt;c&gt; it\'s</t></is></c></row>';

// Parts the editor reads differently from their bytes: each must be refused by `plain`.
const NOT_PLAIN: [string, Buffer][] = [
  ['a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SHEET(ROWS))])],
  ['another declared encoding', Buffer.from(SHEET(ROWS, undefined, '<?xml version="1.0" encoding="GB2312"?>'))],
  ['a comment', Buffer.from(SHEET(`${ROWS}<!-- a row --><row r="9"/>`))],
  ['a processing instruction', Buffer.from(SHEET(`<?mso-application progid="Excel.Sheet"?>${ROWS}`))],
  ['CDATA', Buffer.from(SHEET('<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c></row>'))],
  ['single quotes', Buffer.from(SHEET("<row r='1'><c r='A1'><v>1</v></c></row>"))],
  ['spaces around =', Buffer.from(SHEET('<row r = "1"><c r="A1"><v>1</v></c></row>'))],
  ['a prefix', Buffer.from(`${DECL}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"/></x:sheetData></x:worksheet>`)],
  ['cells without r', Buffer.from(SHEET('<row r="1"><c><v>1</v></c><c t="s"><v>0</v></c></row>'))],
  ['a row without r', Buffer.from(SHEET('<row><c r="A1"><v>1</v></c></row><row spans="1:1"><c r="A2"/></row>'))],
  ['a cell <c/>', Buffer.from(SHEET('<row r="1"><c/><c r="B1"/></row>'))],
  ['a tab before r', Buffer.from(SHEET('<row r="1"><c\ts="1"><v>1</v></c></row>'))],
  ['a no-break space after <c', Buffer.from(SHEET('<row r="1"><c\u00a0r="A1"><v>1</v></c></row>'))],
  [
    'invalid UTF-8',
    Buffer.concat([Buffer.from(SHEET('<row r="1"><c r="A1" t="inlineStr"><is><t>')), Buffer.from([0xc3, 0x28]), Buffer.from('</t></is></c></row></sheetData></worksheet>')]),
  ],
];

const PLAIN: [string, string][] = [
  ['rows as Excel writes them', SHEET(ROWS)],
  ['no declaration', SHEET(ROWS, undefined, '')],
  ['an apostrophe in text and in a formula', SHEET(`<row r="1"><c r="A1"><f>'My Sheet'!A1&amp;"it's"</f><v>1</v></c></row>`)],
  ['no rows', SHEET('')],
  ['r not first but every cell has one', SHEET('<row r="1"><c s="1" r="A1"/></row>')],
];

describe('plain: the bytes are kept only when they are the text the editor would read', () => {
  it.each(NOT_PLAIN)('refuses %s', (_what, b) => {
    expect(plain(b)).toBe(false);
  });

  it.each(PLAIN)('%s: plain exactly when the text is the bytes', (_what, xml) => {
    const b = Buffer.from(xml, 'utf8');
    if (plain(b)) expect(asText(b)).toBe(xml);
  });

  it('Excel-shaped sheets are plain (the bytes are kept), a match across a piece boundary still found', () => {
    const big = Array.from({ length: 20000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="1"><v>${i}</v></c><c r="B${i + 1}" t="s"><v>3</v></c></row>`).join('');
    expect(plain(Buffer.from(SHEET(big)))).toBe(true);
    expect(plain(Buffer.from(SHEET(ROWS)))).toBe(true);
    // A cell without r in every position around the 1 MB pieces the check reads.
    for (let pad = 1048560; pad < 1048600; pad += 3) {
      const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(pad)}</t></is></c><c><v>1</v></c></row>`;
      expect(plain(Buffer.from(SHEET(rows)))).toBe(false);
    }
  });

  it('sheetSource takes the text the view gives when the bytes are not plain', () => {
    const entries = new Map<string, Buffer>([['xl/worksheets/sheet1.xml', NOT_PLAIN[2][1]]]);
    const pkg = {
      dir: new Map(),
      buf: Buffer.alloc(0),
      name: (p: string) => p,
      text: (p: string) => asText(entries.get(p)!),
    } as unknown as Package;
    expect(sheetSource(pkg, 'xl/worksheets/sheet1.xml').toString('utf8')).toBe(asText(NOT_PLAIN[2][1]));
  });
});

describe('readRows finds the rows the pattern found', () => {
  const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
  const BODIES = [
    ROWS,
    '<row r="1"/> <row r="2" /><row r="3"></row>\n<row r="4"><c r="A4"/></row>',
    '<rows r="9"/><row r="1"><c r="A1"/></row><rowBreaks/>',
    '<row r="1" spans="1:3"><c r="A1"/></row><row r="2"><c r="A2"/>',
    '<row r="5"><c r="A5"><is><t>&lt;/row&gt;</t></is></c></row><row  r="6"><c r="A6"/></row><row r="7" s="2" customFormat="1"/>',
    '<row r="00012" x14ac:dyDescent="0.25"><c r="A12"/></row>',
    '',
  ];
  it.each(BODIES.map((b) => [b]))('%s', (rows) => {
    const b = Buffer.from(rows, 'utf8');
    const got = readRows(b, 0, b.length).map((row) => [row.r, tagOf(row), bodyOf(row)]);
    const want = (rows.match(ROW) ?? []).map((el) => {
      const tag = el.slice(0, el.indexOf('>') + 1);
      const closed = tag.endsWith('/>');
      return [Number(attr(tag, 'r')), closed ? tag.replace(/\s*\/>$/, '>') : tag, closed ? '' : el.slice(tag.length, -'</row>'.length)];
    });
    expect(got).toEqual(want);
  });
});

describe('a sheet as bytes', () => {
  it('nothing touched: its rows written as the bytes they came in (non-ASCII and all)', () => {
    const xml = SHEET(ROWS + '<row r="4" ht="30" customHeight="1"><c r="A4" t="inlineStr"><is><t>𝒳 预算 😀</t></is></c></row>');
    const ws = new SheetXml('S', Buffer.from(xml, 'utf8'));
    expect(ws.xml()).toBe(xml.replace('<row r="2"/>', '<row r="2"/>'));
  });

  it('the same bytes from the text or the bytes, with edits', () => {
    const xml = SHEET(ROWS);
    const a = new SheetXml('S', xml);
    const b = new SheetXml('S', Buffer.from(xml, 'utf8'));
    for (const ws of [a, b]) {
      ws.put(3, 2, '<c r="B3" s="2"><v>5</v></c>', 2);
      ws.restyle(1, 1, 4);
    }
    expect(b.bytes()).toEqual(a.bytes());
    expect(b.styleAt(3, 1)).toBe(0);
    expect(b.cell(3, 1)).toBe('<c r="A3"><is><t>绩效 &lt;c&gt; it\'s</t></is></c>');
  });
});

describe('a body cell tells its style from its bytes, as attr reads its start tag', () => {
  const CELLS = [
    '<c r="A1" s="3"><v>1</v></c>',
    '<c r="B1" t="s" s="12"><v>0</v></c>',
    "<c r='C1' s='7'/>",
    '<c r="D1" s = "5"/>',
    '<c r="E1" xs="2" s="9"/>',
    '<c r="F1" s="&#52;"/>',
    '<c r="G1"/>',
    '<c r="H1" cs="4"/>',
    '<c r="I1" s="00042" t="n"><v>2</v></c>',
    '<c r="J1"\ts="6"/>',
    '<c r="K1" s="x"/>',
    '<c r="L1" s=""/>',
  ];
  it('every cell', () => {
    const ws = new SheetXml('S', SHEET(`<row r="1">${CELLS.join('')}</row>`));
    CELLS.forEach((cell, i) => expect([i, ws.styleAt(1, i + 1)]).toEqual([i, Number(attr(cell.slice(0, cell.indexOf('>') + 1), 's') ?? 0)]));
  });
});
