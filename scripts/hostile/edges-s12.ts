/**
 * Hostile cases of session 12: names and limits Excel enforces that a file need not (sheet names with
 * / \ : ? * [ ] or over 31 characters, as a finance system's export writes them; a styles part at
 * Excel's 65 430 cell formats; cells in the last row of the sheet), count attributes that lie, cells
 * written twice or out of column order, and parts that are there but empty. Two projects stacked on
 * one sheet, so `fill` inserts rows and everything below them moves.
 */
import JSZip from 'jszip';
import { Package } from '../../src/gateways/xlsx/input';
import { gridsOf } from '../../src/gateways/xlsx/read';
import type { HostileCase } from './cases';
import { edited, partTexts, STACKED } from './producers';
import { book, raw, type Cell, type SheetSpec } from './xlsx';

const SHEET = 'xl/worksheets/sheet1.xml';
const SST = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';
const sheet = (name = '表', rows: Cell[][] = STACKED, extra: Partial<SheetSpec> = {}): SheetSpec => ({ name, rows, ...extra });
const plain = () => book({ sheets: [sheet()] });
const base = { check: 'report' as const, fill: 'report' as const, projects: 2, opens: true };

/** How far fill moved 乙 on sheet `name` (its name cell was on row 11). */
function shiftOf(out: Buffer, name: string): number {
  const g = gridsOf(Package.open('', out)).find((x) => x.name === name);
  return g ? g.values.findIndex((r) => r?.[1] === '乙项目') + 1 - 11 : -1;
}

/** Problems: the output's part must hold each text (built from how far 乙 moved). */
const holds =
  (name: string, want: (s: number) => [string, string][]) =>
  async (out: Buffer): Promise<string[]> => {
    const s = shiftOf(out, name);
    if (s <= 0) return [`no rows inserted on ${name} (shift ${s})`];
    const parts = await partTexts(out);
    return want(s)
      .filter(([part, text]) => !(parts.get(part) ?? '').includes(text))
      .map(([part, text]) => `${part}: no ${text}`);
  };

/** Columns of each row's cells (1-based) in every sheet part of the output. */
async function rowColumns(out: Buffer): Promise<[string, number[]][]> {
  const rows: [string, number[]][] = [];
  for (const [part, xml] of await partTexts(out)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(part)) continue;
    for (const row of xml.matchAll(/<row\b[^>]*\sr="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
      const cols = [...row[2].matchAll(/<c\b[^>]*\sr="([A-Z]+)\d+"/g)].map((c) => [...c[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0));
      rows.push([`${part} row ${row[1]}`, cols]);
    }
  }
  return rows;
}
const ascending = (cols: number[]) => cols.every((c, i) => i === 0 || c > cols[i - 1]);

/** No cell twice in a row, and every row fill wrote into (cells right of the table, column E on) in column order: Excel repairs others. */
async function cellOrder(out: Buffer): Promise<string[]> {
  return (await rowColumns(out))
    .filter(([, cols]) => new Set(cols).size < cols.length || (cols.some((c) => c > 4) && !ascending(cols)))
    .map(([where, cols]) => `${where}: columns ${cols.join(',')}`);
}

// --- names Excel forbids

const FORBIDDEN = '2024/2025 绩效目标';
// 32 characters (the name here before had 30: under the limit).
const LONG_NAME = '二〇二五年度市级教师能力提升培训项目支出绩效目标申报表（附件一）';
const odd = (name: string) => `'${name.replace(/'/g, "''")}'`;
const formulasAt = (name: string): Cell[][] => [[raw(`<c r="{ref}"><f>${odd(name)}!B12</f><v>100</v></c>`)], [raw(`<c r="{ref}"><f>SUM(${odd(name)}!D14:D19)</f><v>0</v></c>`)]];

// --- Excel's cell-format limit

const XF_LIMIT = 65430;
/** A styles part with `n` distinct cell formats (a font size each), as an export that formats each cell on its own writes. */
const manyXfs = (n: number) => (x: string) =>
  x
    .replace(/<fonts count="1">.*?<\/fonts>/, `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><sz val="12"/><name val="宋体"/></font></fonts>`)
    .replace(
      /<cellXfs count="2">.*?<\/cellXfs>/,
      `<cellXfs count="${n}"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>${Array.from({ length: n - 2 }, (_, i) => `<xf numFmtId="0" fontId="${i % 2}" borderId="0" xfId="0" applyAlignment="1"><alignment indent="${i}"/></xf>`).join('')}</cellXfs>`,
    );
async function xfCount(out: Buffer, full = false): Promise<string[]> {
  const xml = (await partTexts(out)).get(STYLES) ?? '';
  const cell = (/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '').match(/<xf\b/g)?.length ?? 0;
  const style = (/<cellStyleXfs\b[^>]*>([\s\S]*?)<\/cellStyleXfs>/.exec(xml)?.[1] ?? '').match(/<xf\b/g)?.length ?? 0;
  const fills = (/<fills\b[^>]*>([\s\S]*?)<\/fills>/.exec(xml)?.[1] ?? '').match(/<fill\b/g)?.length ?? 0;
  const probs = cell + style - 1 > XF_LIMIT ? [`${cell} cell formats and ${style} style formats: over Excel's ${XF_LIMIT}`] : [];
  if (fills > XF_LIMIT) probs.push(`${fills} fills`);
  if (full && cell + style - 1 < XF_LIMIT) probs.push(`${cell} cell formats: the room left under the limit was not used`);
  const max = Math.max(
    0,
    ...[...(await partTexts(out))].filter(([p]) => p.startsWith('xl/worksheets/')).flatMap(([, x]) => [...x.matchAll(/<c\b[^>]*\ss="(\d+)"/g)].map((m) => Number(m[1]))),
  );
  if (max >= cell) probs.push(`a cell uses format ${max} of ${cell}`);
  return probs;
}

// --- rows at the sheet's end

const LAST = 1048576;

export const EDGE_CASES: HostileCase[] = [
  {
    ...base,
    name: 'sheet names with characters Excel forbids (/ \\ : ? * [ ]) from a finance system’s export; formulas on another sheet moved',
    file: 'forbidden-names.xlsx',
    highlight: true,
    like: () => book({ sheets: [sheet(FORBIDDEN), sheet('说明[1]', [['见表']]), sheet('附:表?*\\', formulasAt(FORBIDDEN))] }),
    sameGrid: true,
    build: () => book({ sheets: [sheet(FORBIDDEN), sheet('说明[1]', [['见表']]), sheet('附:表?*\\', formulasAt(FORBIDDEN))] }),
    verify: holds(FORBIDDEN, (s) => [
      ['xl/worksheets/sheet3.xml', `<f>${odd(FORBIDDEN)}!B${12 + s}</f>`],
      ['xl/worksheets/sheet3.xml', `SUM(${odd(FORBIDDEN)}!D${14 + s}:D${19 + s})`],
    ]),
  },
  {
    ...base,
    name: 'a forbidden sheet name where fill needs the ExcelJS path (a row written twice): filled, the name kept (was refused)',
    file: 'forbidden-fallback.xlsx',
    build: () => edited({ sheets: [sheet(FORBIDDEN)] }, { [SHEET]: (x) => x.replace('</sheetData>', '<row r="20"/><row r="20"/></sheetData>') }),
    verify: async (out) => ((await partTexts(out)).get('xl/workbook.xml')?.includes(`name="${FORBIDDEN}"`) ? [] : [`no sheet named ${FORBIDDEN}`]),
  },
  {
    ...base,
    name: 'two sheets with the very same name (a converter’s workbook.xml): check reads both, fill names the clash in one line',
    file: 'twin-names.xlsx',
    projects: undefined,
    fill: /有两个工作表都叫“表”.*改名后再试/,
    build: () => book({ sheets: [sheet(), sheet('表', [['见上表']])] }),
  },
  {
    ...base,
    name: 'a package without [Content_Types].xml (a tool that zipped the folder by hand): fill’s output has one and opens',
    file: 'no-content-types.xlsx',
    like: plain,
    sameGrid: true,
    build: async () => {
      const zip = await JSZip.loadAsync(await plain());
      zip.remove('[Content_Types].xml');
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    },
    verify: async (out) => ((await partTexts(out)).has('[Content_Types].xml') ? [] : ['no [Content_Types].xml in the output']),
  },
  {
    ...base,
    name: 'the workbook’s relationships part missing (xl/_rels/workbook.xml.rels): named as damaged, not “no table in sheets (none)”',
    file: 'no-workbook-rels.xlsx',
    projects: undefined,
    check: /已损坏.*xl\/_rels\/workbook\.xml\.rels/,
    fill: /已损坏.*xl\/_rels\/workbook\.xml\.rels/,
    build: async () => {
      const zip = await JSZip.loadAsync(await plain());
      zip.remove('xl/_rels/workbook.xml.rels');
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    },
  },
  {
    ...base,
    name: 'a sheet name of 32 characters (over Excel’s 31) on the table; formulas on another sheet moved',
    file: 'long-name.xlsx',
    highlight: true,
    build: () => book({ sheets: [sheet(LONG_NAME), sheet('汇总', formulasAt(LONG_NAME))] }),
    verify: holds(LONG_NAME, (s) => [['xl/worksheets/sheet2.xml', `<f>${odd(LONG_NAME)}!B${12 + s}</f>`]]),
  },
  {
    ...base,
    name: 'a styles part at Excel’s limit of 65 430 cell formats: fill --highlight adds none past it',
    file: 'xf-limit.xlsx',
    highlight: true,
    like: plain,
    fillErr: [/单元格格式已达 Excel 的上限（65 430 种），\d+ 个单元格未能标色/],
    build: () => edited({ sheets: [sheet()] }, { [STYLES]: manyXfs(XF_LIMIT) }),
    verify: xfCount,
  },
  {
    ...base,
    name: 'a styles part four formats short of Excel’s limit: fill --highlight uses the room, then stops',
    file: 'xf-near-limit.xlsx',
    highlight: true,
    like: plain,
    fillErr: [/单元格格式已达 Excel 的上限（65 430 种），\d+ 个单元格未能标色/],
    build: () => edited({ sheets: [sheet()] }, { [STYLES]: manyXfs(XF_LIMIT - 4) }),
    verify: (out) => xfCount(out, true),
  },
  {
    ...base,
    name: 'count and uniqueCount attributes that lie (shared strings, cellXfs, fonts, fills)',
    file: 'counts-lie.xlsx',
    highlight: true,
    like: plain,
    sameGrid: true,
    build: () =>
      edited(
        { sheets: [sheet()] },
        {
          [SST]: (x) => x.replace(/count="\d+" uniqueCount="\d+"/, 'count="1" uniqueCount="1"'),
          [STYLES]: (x) =>
            x.replace('<cellXfs count="2">', '<cellXfs count="1">').replace('<fonts count="1">', '<fonts count="9">').replace('<fills count="2">', '<fills count="1">'),
        },
      ),
  },
  {
    ...base,
    name: 'cells out of column order within rows (D before A), as a hand-written exporter emits them',
    file: 'cells-order.xlsx',
    highlight: true,
    like: plain,
    sameGrid: true,
    build: () =>
      edited(
        { sheets: [sheet()] },
        { [SHEET]: (x) => x.replace(/(<row [^>]*>)(.*?)(<\/row>)/g, (_, a: string, cells: string, z: string) => a + (cells.match(/<c\b.*?<\/c>/g) ?? []).reverse().join('') + z) },
      ),
    verify: cellOrder,
  },
  {
    ...base,
    name: 'a cell written twice in its row (the copy first, then the real value)',
    file: 'cell-twice.xlsx',
    highlight: true,
    like: plain,
    build: () => edited({ sheets: [sheet()] }, { [SHEET]: (x) => x.replace(/(<row r="14"[^>]*>)/, '$1<c r="D14"><v>7</v></c>') }),
    verify: cellOrder,
  },
  {
    ...base,
    name: 'a second sheet whose part is empty (0 bytes): the table checked and filled, the empty sheet named in one line (was refused)',
    file: 'empty-part.xlsx',
    like: plain,
    checkErr: [/^注意：.*工作表“空”.*0 字节/],
    fillErr: [/^注意：工作表“空”.*0 字节.*空白工作表/],
    build: () => edited({ sheets: [sheet(), sheet('空', [['x']])] }, { 'xl/worksheets/sheet2.xml': () => '' }),
    verify: async (out) =>
      /<worksheet\b[\s\S]*<\/worksheet>\s*$/.test((await partTexts(out)).get('xl/worksheets/sheet2.xml') ?? '') ? [] : ['xl/worksheets/sheet2.xml is not a worksheet'],
  },
  {
    ...base,
    name: 'the only sheet’s part empty (0 bytes): named as damaged, not “no table”',
    file: 'empty-only-part.xlsx',
    projects: undefined,
    check: /工作表“表”.*已损坏/,
    fill: /工作表“表”.*已损坏/,
    build: () => edited({ sheets: [sheet()] }, { [SHEET]: () => '' }),
  },
  {
    ...base,
    name: 'a second sheet with no sheetData at all (a producer that leaves an empty sheet bare)',
    file: 'no-sheetdata.xlsx',
    highlight: true,
    build: () => edited({ sheets: [sheet(), sheet('无数据', [['y']])] }, { 'xl/worksheets/sheet2.xml': (x) => x.replace(/<sheetData>.*<\/sheetData>/, '') }),
  },
  {
    ...base,
    name: 'remarks typed beside the table (right of the header’s last column) on indicator rows: fill writes its columns around them, never over',
    file: 'remarks-beside.xlsx',
    highlight: true,
    build: () =>
      book({
        sheets: [
          sheet(
            '表',
            STACKED.map((r, i) => (i === 4 || i === 15 ? [...r, '待核实'] : i === 7 ? [...r, 0.5] : r)),
          ),
        ],
      }),
  },
  {
    ...base,
    name: 'a dimension that lies small (A1:A1 over a 19-row table)',
    file: 'dim-small.xlsx',
    like: plain,
    sameGrid: true,
    highlight: true,
    build: () => book({ sheets: [sheet('表', STACKED, { beforeData: '<dimension ref="A1:A1"/>' })] }),
  },
  {
    ...base,
    name: 'merges written reversed, absolute and in lower case (D4:A4, $A$14:$A$19, a4:a9)',
    file: 'merge-spellings.xlsx',
    like: () => book({ sheets: [sheet('表', STACKED, { merges: ['A4:B4', 'A14:A19', 'A4:A9'] })] }),
    build: () => book({ sheets: [sheet('表', STACKED, { merges: ['B4:A4', '$A$14:$A$19', 'a4:a9'] })] }),
    sameGrid: true,
  },
  {
    ...base,
    name: 'error and boolean cells (#N/A, #DIV/0!, TRUE) among the targets and beside the table',
    file: 'errors-bools.xlsx',
    highlight: true,
    build: () =>
      book({
        sheets: [
          sheet(
            '表',
            STACKED.map((r, i) =>
              i === 4 ? [...r, raw('<c r="{ref}" t="e"><v>#N/A</v></c>')] : i === 15 ? [r[0], r[1], r[2], raw('<c r="{ref}" t="e"><f>1/0</f><v>#DIV/0!</v></c>'), true] : r,
            ),
          ),
        ],
      }),
  },
  {
    ...base,
    name: 'a value in the sheet’s last row (1 048 576): fill cannot insert without pushing it off, as Excel refuses',
    file: 'last-row.xlsx',
    fill: /第 1048576 行有内容.*不予插入/,
    build: () =>
      edited({ sheets: [sheet()] }, { [SHEET]: (x) => x.replace('</sheetData>', `<row r="${LAST}"><c r="A${LAST}" t="inlineStr"><is><t>末行</t></is></c></row></sheetData>`) }),
  },
  {
    ...base,
    name: 'formulas reaching the sheet’s last row (D14:D1048576) and a reference near it on another sheet',
    file: 'to-last-row.xlsx',
    build: () =>
      book({
        sheets: [
          sheet(),
          sheet('汇总', [
            [raw(`<c r="{ref}"><f>SUM(表!D14:D${LAST})</f><v>0</v></c>`)],
            [raw(`<c r="{ref}"><f>表!A${LAST - 1}</f><v>0</v></c>`)],
            [raw(`<c r="{ref}"><f>SUM(表!$A$1:$D$${LAST})</f><v>0</v></c>`)],
          ]),
        ],
      }),
    // Excel keeps a range's end at the last row and makes a reference pushed off the sheet #REF!.
    verify: holds('表', (s) => [
      ['xl/worksheets/sheet2.xml', `<f>SUM(表!D${14 + s}:D${LAST})</f>`],
      ['xl/worksheets/sheet2.xml', `<f>表!#REF!</f>`],
      ['xl/worksheets/sheet2.xml', `<f>SUM(表!$A$1:$D$${LAST})</f>`],
    ]),
  },
  {
    ...base,
    name: 'an Excel 4.0 macro sheet (xl/macrosheets/) before the table',
    file: 'macrosheet.xlsx',
    like: undefined,
    keeps: ['xl/macrosheets/sheet1.xml'],
    build: () => macroBook(),
  },
];

async function macroBook(): Promise<Buffer> {
  const spec = { sheets: [sheet()] };
  return edited(
    {
      ...spec,
      parts: {
        'xl/macrosheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xm:macrosheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><sheetData><row r="1"><c r="A1" t="str"><f>RETURN()</f><v></v></c></row></sheetData></xm:macrosheet>`,
      },
      types: ['<Override PartName="/xl/macrosheets/sheet1.xml" ContentType="application/vnd.ms-excel.macrosheet+xml"/>'],
      workbookRels: ['<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet" Target="macrosheets/sheet1.xml"/>'],
    },
    { 'xl/workbook.xml': (x) => x.replace('<sheets>', '<sheets><sheet name="宏1" sheetId="9" r:id="rId90"/>') },
  );
}
