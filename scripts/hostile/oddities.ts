/**
 * Hostile cases for what real producers and broken tools write that the corpus lacked: ISO date cells
 * with a zone or fraction, Apple Numbers' packages (text as t="str", no shared strings, its own part
 * names and formats), parts outside xl/, shared strings as runs only, _xHHHH_ escapes and characters
 * outside the BMP, numbers in exponent form or with "+", Chinese built-in date formats (27–36, 50–58),
 * sheet names differing by case, a one-cell sheet claiming the whole grid, merges over merges, rows out
 * of order, a 16 000-cell row, local zip headers that disagree with the directory. Two stacked projects
 * each, so `fill` inserts rows and everything below moves; each reads like the plain workbook.
 */
import JSZip from 'jszip';
import type { HostileCase } from './cases';
import { edited, STACKED } from './producers';
import { reZip } from './zip-forms';
import { book, colLetters, esc, raw, type Cell, type SheetSpec } from './xlsx';

const sheet = (rows: Cell[][] = STACKED, extra: Partial<SheetSpec> = {}): SheetSpec => ({ name: '表', rows, ...extra });
const plain = () => book({ sheets: [sheet()] });
const SHEET = 'xl/worksheets/sheet1.xml';
const SST = 'xl/sharedStrings.xml';
const base = { check: 'report' as const, fill: 'report' as const, projects: 2, fillErr: [] as RegExp[], like: plain, sameGrid: true, opens: true };

/** Both projects' 完成时间 target (rows 6 and 16) as the given cell. */
const dated = (cell: string) => STACKED.map((r, i) => (i === 5 || i === 15 ? [r[0], r[1], r[2], raw(cell)] : r));
const serialDate = () => book({ sheets: [sheet(dated('<c r="{ref}" s="1"><v>45657</v></c>'))] });
const isoCase = (name: string, file: string, v: string): HostileCase => ({
  ...base,
  name,
  file,
  like: serialDate,
  build: () => book({ sheets: [sheet(dated(`<c r="{ref}" t="d"><v>${v}</v></c>`))] }),
});

/** A package changed as a zip: parts moved, removed or rewritten. */
async function repack(buf: Promise<Buffer>, change: (zip: JSZip, text: (p: string) => Promise<string>) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await buf);
  await change(zip, (p) => zip.file(p)!.async('string'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function move(zip: JSZip, from: string, to: string, target: string) {
  zip.file(to, await zip.file(from)!.async('nodebuffer'));
  zip.remove(from);
  const rels = 'xl/_rels/workbook.xml.rels';
  const name = from.slice(3);
  zip.file(rels, (await zip.file(rels)!.async('string')).replace(`Target="${name}"`, `Target="${target}"`));
  const types = '[Content_Types].xml';
  zip.file(types, (await zip.file(types)!.async('string')).replace(`PartName="/${from}"`, `PartName="/${to}"`));
}

/** Apple Numbers: every text a t="str" cell with no formula, no shared strings part, formats from 164 on, its own names. */
const NUMBERS_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts><fonts count="1"><font><sz val="10"/><name val="PingFang SC"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" applyNumberFormat="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>`;
function numbersSheet(rows: Cell[][]): string {
  const body = rows
    .map((r, i) => {
      const cells = r.map((v, j) => {
        const ref = `${colLetters(j + 1)}${i + 1}`;
        if (v === null) return '';
        if (typeof v === 'number') return `<c r="${ref}" s="2" t="n"><v>${v}</v></c>`;
        return `<c r="${ref}" s="1" t="str"><v>${esc(String(v))}</v></c>`;
      });
      return `<row r="${i + 1}">${cells.join('')}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:D19"/><sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews><sheetFormatPr defaultColWidth="16" defaultRowHeight="18" customHeight="1"/><sheetData>${body}</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/></worksheet>`;
}
const NUMBERS_NAME = '工作表 1 - 表格 1';
const numbersBook = () =>
  repack(book({ sheets: [{ name: NUMBERS_NAME, xml: numbersSheet(STACKED as Cell[][]) }] }), async (zip, text) => {
    zip.remove(SST);
    const rels = 'xl/_rels/workbook.xml.rels';
    zip.file(rels, (await text(rels)).replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ''));
    const types = '[Content_Types].xml';
    zip.file(types, (await text(types)).replace(/<Override PartName="\/xl\/sharedStrings.xml"[^>]*\/>/, ''));
    zip.file('xl/styles.xml', NUMBERS_STYLES);
    await move(zip, SHEET, 'xl/worksheets/sheet1_1.xml', 'worksheets/sheet1_1.xml');
  });

/** Shared strings as two runs each (no <t> directly under <si>), the second with xml:space. */
const asRuns = (x: string) =>
  x.replace(/<si><t xml:space="preserve">([^<]*)<\/t><\/si>/g, (_, t: string) => {
    const cs = Array.from(t);
    const h = Math.ceil(cs.length / 2);
    return `<si><r><rPr><sz val="11"/><rFont val="宋体"/><charset val="134"/></rPr><t>${cs.slice(0, h).join('')}</t></r><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">${cs.slice(h).join('')}</t></r></si>`;
  });

/** Names and headers with characters outside the BMP and a line break. */
const WIDE: Cell[][] = STACKED.map((r) => r.map((v) => (v === '甲项目' ? '甲项目😀' : v === '乙项目' ? '乙项目𠀀' : v === '三级指标' ? '三级\n指标' : v)));
/** The same text as Excel escapes it: _xHHHH_ for the line break, surrogate halves one by one (ECMA-376 Part 1, 22.9.2.19). */
const xEscape = (s: string) =>
  s.replace(/\n|[\ud800-\udbff][\udc00-\udfff]/g, (c) => Array.from({ length: c.length }, (_, k) => `_x${c.charCodeAt(k).toString(16).toUpperCase().padStart(4, '0')}_`).join(''));
const escapedSst = (x: string) => x.replace(/<t xml:space="preserve">([^<]*)<\/t>/g, (_, t: string) => `<t xml:space="preserve">${xEscape(t)}</t>`);
const charRefs = (x: string) => x.replace(/[\ud800-\udbff][\udc00-\udfff]/g, (c) => `&#x${c.codePointAt(0)!.toString(16)};`);

/** Budget cells (B2, D2, B12, D12) spelled as exponents or with a plus sign. */
const SPELLED = ['1E+2', '+100', '1.0E2', '10000E-2'];
const spelled = () => {
  let k = 0;
  return STACKED.map((r, i) => (i === 1 || i === 11 ? r.map((v) => (typeof v === 'number' ? raw(`<c r="{ref}"><v>${SPELLED[k++ % 4]}</v></c>`) : v)) : r));
};

/** Styles whose cellXfs 2.. use the Chinese built-in date formats by id only. */
const CN_IDS = [27, 28, 30, 31, 36, 50, 52, 57, 58];
const cnStyles = (x: string) =>
  x.replace(
    /<cellXfs count="2">(.*)<\/cellXfs>/,
    (_, xs: string) => `<cellXfs count="${2 + CN_IDS.length}">${xs}${CN_IDS.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join('')}</cellXfs>`,
  );
/** 甲's date as 年月日 (31), 乙's as 年月日 too through 57's sibling: both show the same day. */
const cnDated = () =>
  STACKED.map((r, i) => (i === 5 ? [r[0], r[1], r[2], raw('<c r="{ref}" s="5"><v>45657</v></c>')] : i === 15 ? [r[0], r[1], r[2], raw('<c r="{ref}" s="5"><v>45657</v></c>')] : r));

/** Rows of project 乙 written before project 甲's (Excel writes them in order; some tools do not). */
const rowsOutOfOrder = (x: string) => {
  const rows = x.match(/<row [^>]*>.*?<\/row>/g)!;
  const at = (r: string) => Number(/r="(\d+)"/.exec(r)![1]);
  const sorted = [...rows.filter((r) => at(r) > 10), ...rows.filter((r) => at(r) <= 10).reverse()];
  return x.replace(rows.join(''), sorted.join(''));
};

const WIDE_ROW: Cell[] = Array.from({ length: 16000 }, (_, j) => j + 1);

export const ODDITY_CASES: HostileCase[] = [
  isoCase('ISO date cells (t="d") in UTC with Z', 'iso-z.xlsx', '2024-12-31T00:00:00Z'),
  isoCase('ISO date cells (t="d") at local midnight with +08:00', 'iso-zone.xlsx', '2024-12-31T00:00:00+08:00'),
  isoCase('ISO date cells (t="d") with a fraction of a second', 'iso-fraction.xlsx', '2024-12-31T00:00:00.000'),
  {
    ...base,
    name: 'Apple Numbers: text as t="str" without formulas, no shared strings, formats from 164, its own part name',
    file: 'numbers.xlsx',
    like: () => book({ sheets: [{ name: NUMBERS_NAME, rows: STACKED }] }),
    build: numbersBook,
  },
  {
    ...base,
    name: 'the sheet and shared strings outside xl/ (/custom/sheet1.xml)',
    file: 'outside-xl.xlsx',
    highlight: true,
    build: () =>
      repack(plain(), async (zip) => {
        await move(zip, SHEET, 'custom/sheet1.xml', '/custom/sheet1.xml');
        await move(zip, SST, 'custom/strings.xml', '../custom/strings.xml');
      }),
  },
  { ...base, name: 'shared strings as rich-text runs only (no <t> under <si>)', file: 'sst-runs.xlsx', build: () => edited({ sheets: [sheet()] }, { [SST]: asRuns }) },
  {
    ...base,
    name: 'shared strings with _xHHHH_ escapes: a line break and surrogate halves',
    file: 'sst-escapes.xlsx',
    like: () => book({ sheets: [sheet(WIDE)] }),
    build: () => edited({ sheets: [sheet(WIDE)] }, { [SST]: escapedSst }),
  },
  {
    ...base,
    name: 'characters outside the BMP (emoji, 𠀀) as character references',
    file: 'sst-astral.xlsx',
    like: () => book({ sheets: [sheet(WIDE)] }),
    build: () => edited({ sheets: [sheet(WIDE)] }, { [SST]: charRefs }),
  },
  { ...base, name: 'numbers in exponent form and with a leading +', file: 'exponents.xlsx', build: () => book({ sheets: [sheet(spelled())] }) },
  {
    ...base,
    name: 'Chinese built-in date formats by id only (27–36, 50–58)',
    file: 'cn-date-ids.xlsx',
    like: serialDate,
    build: () => edited({ sheets: [sheet(cnDated())] }, { 'xl/styles.xml': cnStyles }),
  },
  {
    ...base,
    name: 'two sheets whose names differ only by case',
    file: 'case-names.xlsx',
    like: undefined,
    build: () =>
      book({
        sheets: [
          { name: 'Sheet1', rows: STACKED.slice(0, 9) },
          { name: 'SHEET1', rows: STACKED.slice(10) },
        ],
      }),
  },
  {
    ...base,
    name: 'a one-cell sheet whose dimension is A1:XFD1048576',
    file: 'one-cell-dim.xlsx',
    like: () => book({ sheets: [sheet(), { name: '说明', rows: [['见表']] }] }),
    build: () => book({ sheets: [sheet(), { name: '说明', rows: [['见表']], beforeData: '<dimension ref="A1:XFD1048576"/>' }] }),
  },
  {
    ...base,
    name: 'merges over merges (overlapping, contained, repeated) on both projects',
    file: 'merge-tangle.xlsx',
    like: undefined,
    build: () => book({ sheets: [sheet(STACKED, { merges: ['A4:A7', 'A6:A9', 'A4:B4', 'A14:A19', 'A14:A19', 'A15:A16', 'B14:B15'] })] }),
  },
  { ...base, name: 'row elements out of order', file: 'rows-order.xlsx', highlight: true, build: () => edited({ sheets: [sheet()] }, { [SHEET]: rowsOutOfOrder }) },
  {
    ...base,
    name: 'a row written twice (its second copy empty)',
    file: 'row-twice.xlsx',
    highlight: true,
    build: () => edited({ sheets: [sheet()] }, { [SHEET]: (x) => x.replace('</sheetData>', '<row r="20"/><row r="20"/></sheetData>') }),
  },
  {
    ...base,
    name: 'a row of 16 000 numbers below the tables',
    file: 'wide-row.xlsx',
    like: undefined,
    build: () => book({ sheets: [sheet([...STACKED, [], WIDE_ROW])] }),
  },
  {
    ...base,
    name: 'zip local header names that differ from the central directory',
    file: 'zip-local-names.xlsx',
    build: async () => reZip(await plain(), { localName: (n) => n.toUpperCase().replace(/\//g, '_') }),
  },
];
