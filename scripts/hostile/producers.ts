/**
 * Hostile cases for workbooks other producers write: zip containers (stored entries, data
 * descriptors, ZIP64, comments, odd order), part names in another case or as absolute / `../`
 * targets, content types by Default, the Open XML SDK's prefixed parts, LibreOffice's attribute
 * spellings, WPS's cell-picture parts, shared and array formulas, ISO dates, phonetic guides, hidden
 * and chart / dialog sheets first, print areas and titles, outlines, frozen panes and x14 lists.
 * Two projects stacked on one sheet, so `fill` inserts rows and everything below them must move.
 * Each reads like the plain workbook and fills through the package edit (no loss warning).
 */
import JSZip from 'jszip';
import { Package } from '../../src/gateways/xlsx/input';
import { gridsOf } from '../../src/gateways/xlsx/read';
import type { HostileCase } from './cases';
import { HEADER, INDICATORS } from './content';
import { reZip, type ZipForm } from './zip-forms';
import { book, raw, type BookSpec, type Cell, type SheetSpec } from './xlsx';

const ROWS = INDICATORS;
const block = (name: string, rows: Cell[][] = ROWS): Cell[][] => [['项目名称', name], ['预算数', 100, '其中：财政资金', 100], HEADER, ...rows];
/** Project 甲 on rows 1–9, a blank row, project 乙 on rows 11–19: fill inserts rows under 甲. */
export const STACKED: Cell[][] = [...block('甲项目'), [], ...block('乙项目')];

const sheet = (extra: Partial<SheetSpec> = {}, rows = STACKED): SheetSpec => ({ name: '表', rows, ...extra });
const plain = () => book({ sheets: [sheet()] });

/** A book whose generated parts are then edited as text (part → edit). */
export async function edited(spec: BookSpec, edits: Record<string, (xml: string) => string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await book(spec));
  for (const [part, edit] of Object.entries(edits)) zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const rezipped = (form: ZipForm) => async () => reZip(await plain(), form);

/** Every part's text, by name. */
export async function partTexts(buf: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, string>();
  for (const n of Object.keys(zip.files)) if (!zip.files[n].dir) out.set(n, await zip.files[n].async('string'));
  return out;
}

/** Problems found in the output's part `part` (empty: none). */
const inPart =
  (part: string, ...checks: [RegExp | string, string][]) =>
  async (out: Buffer): Promise<string[]> => {
    const xml = (await partTexts(out)).get(part);
    if (xml === undefined) return [`no ${part} in the output`];
    return checks.filter(([re]) => (typeof re === 'string' ? !xml.includes(re) : !re.test(xml))).map(([, why]) => why);
  };

const SHEET = 'xl/worksheets/sheet1.xml';
const base = { check: 'report' as const, fill: 'report' as const, projects: 2, fillErr: [] as RegExp[], like: plain, opens: true };

// --- producers' spellings

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** The Open XML SDK's way: every SpreadsheetML element under `x:`. */
const prefixedX = (xml: string) => xml.replace(/<(\/?)(?![\w.-]+:)([A-Za-z][\w.-]*)/g, '<$1x:$2').replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);

/** LibreOffice's spellings: booleans as true/false, every default attribute written out, t="n". */
const LIBRE_ROW = `customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"`;
const libreRows = Object.fromEntries(STACKED.map((_, i) => [i + 1, LIBRE_ROW]));
const libreStacked: Cell[][] = STACKED.map((r) => r.map((v) => (typeof v === 'number' ? raw(`<c r="{ref}" s="0" t="n"><v>${v}</v></c>`) : v)));

/** WPS: pictures in cells (=DISPIMG("ID…",1)) kept in xl/cellimages.xml, found through the workbook's relationships. */
const CELL_IMAGES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="ID_7A1C"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm></xdr:spPr></xdr:pic></etc:cellImage></etc:cellImages>`;
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const DISPIMG = raw('<c r="{ref}" t="str"><f>_xlfn.DISPIMG("ID_7A1C",1)</f><v>=DISPIMG("ID_7A1C",1)</v></c>');

/** Shared formulas (master J4 / J14, children below) and an array formula beside each project. */
function formulaRows(): Cell[][] {
  return STACKED.map((r, i) => {
    const row = i + 1;
    const first = row === 4 || row === 14;
    const inTable = (row >= 4 && row <= 9) || (row >= 14 && row <= 19);
    if (!inTable) return r;
    const si = row < 10 ? 0 : 1;
    const len = String(r[2]).length;
    const shared = first ? `<f t="shared" ref="J${row}:J${row + 5}" si="${si}">LEN(C${row})</f>` : `<f t="shared" si="${si}"/>`;
    const cells: Cell[] = [...r, null, null, null, null, null, raw(`<c r="{ref}">${shared}<v>${len}</v></c>`)];
    if (first) cells.push(raw(`<c r="{ref}"><f t="array" ref="K${row}:K${row}">SUM(LEN(C${row}:C${row + 5}))</f><v>0</v></c>`));
    return cells;
  });
}

/** The formulas of column J and K in the output, as our reader gives them (shared ones expanded). */
async function formulasMoved(out: Buffer): Promise<string[]> {
  const xml = (await partTexts(out)).get(SHEET) ?? '';
  const problems: string[] = [];
  // Every J cell's formula (written or expanded) must point at its own row's C cell.
  for (const m of xml.matchAll(/<c r="J(\d+)"[^>]*>(?:<f[^>]*>([^<]*)<\/f>|<f[^>]*\/>)/g)) {
    const text = m[2];
    if (text !== undefined && text !== `LEN(C${m[1]})`) problems.push(`J${m[1]}: ${text}`);
  }
  const arrays = [...xml.matchAll(/<c r="K(\d+)"[^>]*><f t="array" ref="K(\d+):K(\d+)">SUM\(LEN\(C(\d+):C(\d+)\)\)<\/f>/g)];
  if (arrays.length !== 2) problems.push(`${arrays.length} array formulas`);
  for (const a of arrays) if (a[1] !== a[2] || a[2] !== a[3] || a[1] !== a[4] || Number(a[5]) - Number(a[4]) !== 5) problems.push(`array at K${a[1]}: ${a[0]}`);
  if (!/<c r="J2[0-9]"/.test(xml)) problems.push('project 乙 not moved down');
  return problems;
}

/** How far fill moved project 乙 (its name cell, row 11 in the input) in the output's first sheet. */
function shiftOf(out: Buffer): number {
  const g = gridsOf(Package.open('', out)).find((x) => x.name === '表' || x.name === '绩效 表')!;
  return g.values.findIndex((r) => r?.[1] === '乙项目') + 1 - 11;
}

/** One shared-formula group over both projects (master J4, ref J4:J19), relative to its row and absolute to 乙's budget. */
const sharedSpan = (): Cell[][] =>
  STACKED.map((r, i) => {
    const row = i + 1;
    if (!((row >= 4 && row <= 9) || (row >= 14 && row <= 19))) return r;
    const f = row === 4 ? '<f t="shared" ref="J4:J19" si="0">LEN(C4)+$B$12</f>' : '<f t="shared" si="0"/>';
    return [...r, null, null, null, null, null, raw(`<c r="{ref}">${f}<v>${String(r[2]).length + 100}</v></c>`)];
  });

async function sharedSpanMoved(out: Buffer): Promise<string[]> {
  const xml = (await partTexts(out)).get(SHEET) ?? '';
  const budget = 12 + shiftOf(out);
  const wrong = [...xml.matchAll(/<c r="J(\d+)"[^>]*><f>([^<]*)<\/f>/g)].filter((m) => m[2] !== `LEN(C${m[1]})+$B$${budget}`).map((m) => `J${m[1]}: ${m[2]}`);
  const count = [...xml.matchAll(/<c r="J\d+"[^>]*><f[ >]/g)].length;
  return [...wrong, ...(count === 12 ? [] : [`${count} formulas in J`]), ...(shiftOf(out) > 0 ? [] : ['no rows inserted'])];
}

/** A multi-cell array formula over both projects (K4:K19): rows inserted inside it grow it. */
const arraySpan = (): Cell[][] =>
  STACKED.map((r, i) =>
    i + 1 < 4 ? r : [...r, ...Array(10 - r.length).fill(null), raw(`<c r="{ref}">${i + 1 === 4 ? '<f t="array" ref="K4:K19">LEN(C4:C19)</f>' : ''}<v>1</v></c>`)],
  );

async function arrayGrown(out: Buffer): Promise<string[]> {
  const last = 19 + shiftOf(out);
  const want = `<c r="K4"><f t="array" ref="K4:K${last}">LEN(C4:C${last})</f>`;
  return (await partTexts(out)).get(SHEET)?.includes(want) ? [] : [`no ${want}`];
}

const NAMES = `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'绩效 表'!$A$3:$D$19</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">'绩效 表'!$A:$D</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">'绩效 表'!$A:$A,'绩效 表'!$3:$3</definedName><definedName name="乙预算">'绩效 表'!$B$12</definedName></definedNames>`;

async function namesMoved(out: Buffer): Promise<string[]> {
  const s = shiftOf(out);
  const want = NAMES.replace('$D$19', `$D$${19 + s}`).replace('$B$12', `$B$${12 + s}`);
  return s > 0 && (await partTexts(out)).get('xl/workbook.xml')?.includes(want) ? [] : [`no ${want}`];
}

const PRINT =
  '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">表!$A$1:$D$19</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">表!$3:$3</definedName></definedNames>';

const x14 = (sqref: string) =>
  `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{00000000-0000-0000-0000-000000000001}"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule><xm:sqref>${sqref}</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;
const OUTLINE_HEAD =
  '<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr><sheetViews><sheetView workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A4" sqref="A4"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" outlineLevelRow="1"/>';
const grouped = Object.fromEntries([4, 5, 6, 7, 8, 9, 14, 15, 16, 17, 18, 19].map((r) => [r, 'outlineLevel="1"']));

export const PRODUCER_CASES: HostileCase[] = [
  // --- zip containers (APPNOTE.TXT): what other zip writers put around the same parts
  { ...base, name: 'zip entries stored, not deflated', file: 'zip-stored.xlsx', build: rezipped({ stored: true }) },
  { ...base, name: 'zip sizes in data descriptors (a streaming writer)', file: 'zip-descriptor.xlsx', build: rezipped({ descriptor: true }) },
  { ...base, name: 'ZIP64 records on a small package', file: 'zip64.xlsx', build: rezipped({ zip64: true }) },
  { ...base, name: 'ZIP64 with data descriptors', highlight: true, file: 'zip64-descriptor.xlsx', build: rezipped({ zip64: true, descriptor: true }) },
  { ...base, name: 'a zip comment and entry comments', file: 'zip-comment.xlsx', build: rezipped({ comment: '由财务系统导出 2024', entryComment: 'exported' }) },
  {
    ...base,
    name: 'zip entry names with backslashes (an old Windows zip tool)',
    file: 'zip-backslash.xlsx',
    build: rezipped({ rename: (n) => n.replace(/\//g, '\\') }),
  },
  {
    ...base,
    name: 'a zip comment that holds an end-of-directory signature',
    file: 'zip-comment-eocd.xlsx',
    build: rezipped({ comment: `导出 PK\u0005\u0006${'\u0000'.repeat(18)} 完` }),
  },
  { ...base, name: 'zip entries in reverse order ([Content_Types].xml last)', file: 'zip-order.xlsx', build: rezipped({ order: (n) => [...n].reverse() }) },
  // --- part names: OPC compares them without case (ECMA-376 Part 2, 9.1.1.1); targets may be absolute or climb
  {
    ...base,
    name: 'part names in another case than their relationships',
    highlight: true,
    file: 'odd-case.xlsx',
    build: rezipped({ rename: (n) => n.replace('worksheets/sheet1.xml', 'Worksheets/Sheet1.xml').replace('sharedStrings.xml', 'SharedStrings.xml') }),
  },
  {
    ...base,
    name: 'part names in another case: the workbook part and its relationships (xl/Workbook.xml)',
    file: 'odd-case-workbook.xlsx',
    build: async () =>
      reZip(await edited({ sheets: [sheet()] }, { 'xl/workbook.xml': (x) => x.replace('</sheets>', `</sheets>${PRINT}`) }), {
        rename: (n) => n.replace('xl/workbook.xml', 'xl/Workbook.xml').replace('xl/_rels/workbook.xml.rels', 'xl/_rels/Workbook.xml.rels'),
      }),
    // The print area is in the workbook part: fill's inserts must reach it under its own name.
    verify: async (out) => {
      const parts = await partTexts(out);
      const names = [...parts.keys()].filter((n) => n.toLowerCase() === 'xl/workbook.xml');
      const grown = /_xlnm\.Print_Area" localSheetId="0">表!\$A\$1:\$D\$(2\d|3\d)</.test(parts.get('xl/Workbook.xml') ?? '');
      return [...(names.join() === 'xl/Workbook.xml' ? [] : [`workbook parts: ${names.join()}`]), ...(grown ? [] : ['print area not grown with the inserted rows'])];
    },
  },
  {
    ...base,
    name: 'relationship targets absolute (/xl/worksheets/sheet1.xml)',
    file: 'abs-targets.xlsx',
    build: () => edited({ sheets: [sheet()] }, { 'xl/_rels/workbook.xml.rels': (x) => x.replace(/Target="(?!\/)/g, 'Target="/xl/') }),
  },
  {
    ...base,
    name: 'relationship targets through ../ (../xl/worksheets/sheet1.xml)',
    file: 'dotdot-targets.xlsx',
    build: () => edited({ sheets: [sheet()] }, { 'xl/_rels/workbook.xml.rels': (x) => x.replace(/Target="(?!\/)/g, 'Target="../xl/') }),
  },
  {
    ...base,
    name: 'content types by Default extension only (no Override for the sheet)',
    file: 'default-types.xlsx',
    highlight: true,
    build: () =>
      edited(
        { sheets: [sheet()] },
        {
          '[Content_Types].xml': (x) =>
            x
              .replace(/<Override PartName="\/xl\/worksheets\/[^>]*>/g, '')
              .replace(
                '<Default Extension="xml" ContentType="application/xml"/>',
                '<Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
              ),
        },
      ),
  },
  // --- producers
  {
    ...base,
    name: 'rows without r over cells with r, an empty row left out',
    file: 'rows-no-r.xlsx',
    highlight: true,
    build: () => edited({ sheets: [sheet()] }, { [SHEET]: (x) => x.replace(/<row r="\d+"/g, '<row') }),
  },
  {
    ...base,
    name: 'Open XML SDK: x: prefixes, absolute targets, its own relationship ids',
    highlight: true,
    file: 'openxml-sdk.xlsx',
    build: () =>
      edited(
        { sheets: [sheet()] },
        {
          'xl/workbook.xml': (x) => prefixedX(x).replace(/r:id="rId1"/, 'r:id="R9f3c2a1b7e4d4c55"'),
          'xl/_rels/workbook.xml.rels': (x) => x.replace(/Target="(?!\/)/g, 'Target="/xl/').replace('Id="rId1"', 'Id="R9f3c2a1b7e4d4c55"'),
          [SHEET]: prefixedX,
          'xl/sharedStrings.xml': prefixedX,
          'xl/styles.xml': prefixedX,
          '_rels/.rels': (x) => x.replace('Target="xl/', 'Target="/xl/'),
        },
      ),
  },
  {
    ...base,
    name: 'LibreOffice: true/false attributes, t="n", defaults written out',
    highlight: true,
    file: 'libreoffice.xlsx',
    build: () =>
      edited(
        {
          sheets: [
            sheet({
              rows: libreStacked,
              rowAttrs: libreRows,
              beforeData:
                '<sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:D19"/><sheetViews><sheetView showFormulas="false" showGridLines="true" tabSelected="true" workbookViewId="0"><selection pane="topLeft" activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr defaultColWidth="11.53515625" defaultRowHeight="12.8" zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0"/><cols><col collapsed="false" customWidth="true" hidden="false" outlineLevel="0" max="4" min="1" style="0" width="18.5"/></cols>',
            }),
          ],
        },
        { 'xl/workbook.xml': (x) => x.replace('<sheets>', '<workbookPr backupFile="false" showObjects="all" date1904="false"/><sheets>') },
      ),
  },
  {
    ...base,
    name: 'Google Sheets: outline summary flags, an empty drawing on every sheet, numbers as 100.0',
    file: 'google-sheets.xlsx',
    highlight: true,
    keeps: ['xl/drawings/drawing1.xml'],
    build: () =>
      book({
        sheets: [
          sheet({
            rows: STACKED.map((r) => r.map((v) => (typeof v === 'number' ? raw(`<c r="{ref}" s="0"><v>${v.toFixed(1)}</v></c>`) : v))),
            merges: ['A4:A6', 'A14:A16'],
            beforeData:
              '<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr customHeight="1" defaultColWidth="14.43" defaultRowHeight="15.75"/><cols><col customWidth="1" min="1" max="4" width="20.0"/></cols>',
            tail: '<drawing r:id="rId1"/>',
          }),
        ],
        sheetRels: { 1: '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>' },
        parts: {
          'xl/drawings/drawing1.xml':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:x3Unk="http://schemas.microsoft.com/office/drawing/2010/slicer" xmlns:sle15="http://schemas.microsoft.com/office/drawing/2012/slicer"/>',
        },
        types: ['<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'],
      }),
    like: () => book({ sheets: [sheet({ merges: ['A4:A6', 'A14:A16'] })] }),
  },
  {
    ...base,
    name: 'WPS: a picture in a cell (DISPIMG) and its cellimages part',
    highlight: true,
    file: 'wps-cellimages.xlsx',
    keeps: ['xl/cellimages.xml', 'xl/_rels/cellimages.xml.rels', 'xl/media/image1.png', 'docProps/custom.xml'],
    like: undefined,
    build: () =>
      book({
        sheets: [
          sheet(
            {},
            STACKED.map((r, i) => (i === 13 ? [...r, null, null, null, null, null, DISPIMG] : r)),
          ),
        ],
        workbookRels: ['<Relationship Id="rId90" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/>'],
        parts: {
          'xl/cellimages.xml': CELL_IMAGES,
          'xl/_rels/cellimages.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`,
          'xl/media/image1.png': PNG,
          'docProps/custom.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16250</vt:lpwstr></property></Properties>`,
        },
        types: [
          '<Override PartName="/xl/cellimages.xml" ContentType="application/vnd.wps-officedocument.cellimage+xml"/>',
          '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
        ],
      }),
    verify: inPart(SHEET, [/<c r="J(1[5-9]|2\d)" t="str"><f>_xlfn\.DISPIMG\("ID_7A1C",1\)<\/f>/, 'the DISPIMG cell not kept (moved with its row)']),
  },
  // --- formulas and values
  {
    ...base,
    name: 'shared and array formulas beside the table, moved by the inserts',
    file: 'shared-formulas.xlsx',
    like: undefined,
    build: () => book({ sheets: [sheet({}, formulaRows())] }),
    verify: formulasMoved,
  },
  {
    ...base,
    name: 'one shared formula group over both projects, absolute to a cell below the inserts',
    file: 'shared-span.xlsx',
    like: undefined,
    build: () => book({ sheets: [sheet({}, sharedSpan())] }),
    verify: sharedSpanMoved,
  },
  {
    ...base,
    name: 'a multi-cell array formula over both projects (rows inserted inside it)',
    file: 'array-span.xlsx',
    like: undefined,
    build: () => book({ sheets: [sheet({}, arraySpan())] }),
    verify: arrayGrown,
  },
  {
    ...base,
    name: 'filter database, whole-column print area, two-part print titles and a name below the inserts',
    file: 'names-quoted.xlsx',
    like: () => book({ sheets: [{ name: '绩效 表', rows: STACKED }] }),
    build: () => edited({ sheets: [{ name: '绩效 表', rows: STACKED }] }, { 'xl/workbook.xml': (x) => x.replace('</sheets>', `</sheets>${NAMES}`) }),
    verify: namesMoved,
  },
  {
    ...base,
    name: 'ISO 8601 date cells (t="d") as targets',
    file: 'iso-dates.xlsx',
    build: () =>
      book({
        sheets: [
          sheet(
            {},
            STACKED.map((r, i) => (i === 5 || i === 15 ? [r[0], r[1], r[2], raw('<c r="{ref}" t="d"><v>2024-12-31</v></c>')] : r)),
          ),
        ],
      }),
    like: () =>
      book({
        sheets: [
          sheet(
            {},
            STACKED.map((r, i) => (i === 5 || i === 15 ? [r[0], r[1], r[2], raw('<c r="{ref}" s="1"><v>45657</v></c>')] : r)),
          ),
        ],
      }),
  },
  {
    ...base,
    name: 'phonetic guides (<rPh>) in shared strings',
    file: 'phonetic.xlsx',
    build: () =>
      edited(
        { sheets: [sheet()] },
        { 'xl/sharedStrings.xml': (x) => x.replace(/<\/t><\/si>/g, '</t><rPh sb="0" eb="2"><t>ヨミ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>') },
      ),
  },
  // --- sheets and names
  {
    ...base,
    name: 'a veryHidden list sheet, a chartsheet and a dialogsheet before the table',
    highlight: true,
    file: 'sheets-first.xlsx',
    like: undefined,
    build: () =>
      edited(
        {
          sheets: [{ name: '下拉选项', rows: [['产出指标'], ['效益指标']], state: 'veryHidden' }, sheet()],
          workbookRels: [
            '<Relationship Id="rId80" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>',
            '<Relationship Id="rId81" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/dialogsheet" Target="dialogsheets/sheet1.xml"/>',
          ],
          parts: {
            'xl/chartsheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr/><sheetViews><sheetView workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></chartsheet>`,
            'xl/dialogsheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dialogsheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></dialogsheet>`,
          },
          types: [
            '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>',
            '<Override PartName="/xl/dialogsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml"/>',
          ],
        },
        {
          'xl/workbook.xml': (x) => x.replace('<sheets>', '<sheets><sheet name="图表" sheetId="80" r:id="rId80"/><sheet name="对话框" sheetId="81" state="hidden" r:id="rId81"/>'),
        },
      ),
    keeps: ['xl/chartsheets/sheet1.xml', 'xl/dialogsheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
  },
  {
    ...base,
    name: 'print area and print titles on the sheet fill inserts rows into',
    file: 'print-names.xlsx',
    build: () => edited({ sheets: [sheet()] }, { 'xl/workbook.xml': (x) => x.replace('</sheets>', `</sheets>${PRINT}`) }),
    verify: inPart(
      'xl/workbook.xml',
      [/<definedName name="_xlnm\.Print_Area" localSheetId="0">表!\$A\$1:\$D\$(2\d|3\d)<\/definedName>/, 'print area not grown with the inserted rows'],
      ['<definedName name="_xlnm.Print_Titles" localSheetId="0">表!$3:$3</definedName>', 'print titles (row 3, above the inserts) changed'],
    ),
  },
  {
    ...base,
    name: 'grouped rows, frozen panes and an x14 extension list',
    highlight: true,
    file: 'outline.xlsx',
    build: () => book({ sheets: [sheet({ beforeData: OUTLINE_HEAD, rowAttrs: grouped, afterData: x14('B14:B19') })] }),
    verify: inPart(
      SHEET,
      [OUTLINE_HEAD.slice(0, OUTLINE_HEAD.indexOf('<sheetFormatPr')), 'sheetPr / frozen pane (above the inserts) not kept as they were'],
      [/<xm:sqref>B(1[5-9]|2\d):B(2\d)<\/xm:sqref>/, 'the x14 data bar on project 乙 not moved with its rows'],
      [/<row r="2\d"[^>]*outlineLevel="1"/, 'project 乙 rows lost their outline level'],
    ),
  },
  {
    ...base,
    name: 'x14 extension list and outline on a sheet fill does not insert into (kept byte for byte)',
    file: 'outline-kept.xlsx',
    projects: 1,
    like: () => book({ sheets: [sheet({}, block('甲项目'))] }),
    // The data bar is on the table's own rows, above anything fill inserts.
    build: () => book({ sheets: [sheet({ beforeData: OUTLINE_HEAD, rowAttrs: grouped, afterData: x14('B4:B9') }, block('甲项目'))] }),
    verify: inPart(SHEET, [OUTLINE_HEAD, 'sheetPr / views / format not kept byte for byte'], [x14('B4:B9'), 'the x14 extension list not kept byte for byte']),
  },
];
