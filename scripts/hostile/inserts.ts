/**
 * Hostile cases for what `fill` must keep when it inserts rows (session 10): two projects stacked on
 * '绩效 表' (乙 on rows 11–19), a marker 777 in L22 below both, and a sheet 汇总 (plus 其他 for 3-D
 * references) that points at them. fill inserts lines under each project, so 乙 moves by s1 and
 * the rows below it by s1 + s2; each case checks every reference in the output points where Excel
 * would point it (ECMA-376 Part 1, 18.17 formulas; 18.3.1.18/.32/.44 sqref, hyperlinks, tables), that
 * the parts it cannot move hold no rows and are kept byte for byte, and that no loss warning is printed.
 */
import { Package } from '../../src/gateways/xlsx/input';
import { gridsOf } from '../../src/gateways/xlsx/read';
import type { HostileCase } from './cases';
import { edited, partTexts, STACKED } from './producers';
import { book, raw, type BookSpec, type Cell, type SheetSpec } from './xlsx';

export const MAIN = '绩效 表';
export const Q = `'${MAIN}'`;
export const SHEET = 'xl/worksheets/sheet1.xml';
export const SUM_SHEET = 'xl/worksheets/sheet3.xml';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export const f = (formula: string, v: number | string = 0) =>
  raw(typeof v === 'number' ? `<c r="{ref}"><f>${formula}</f><v>${v}</v></c>` : `<c r="{ref}" t="str"><f>${formula}</f><v>${v}</v></c>`);

/** 甲 rows 1–9, 乙 rows 11–19, the marker 777 in L22; `cells` puts more cells by reference (J4, K14…; N and beyond
 * for anything below 乙: a small table two rows under 乙 in A–C is read into 乙 today). */
export function mainRows(cells: Record<string, Cell> = {}): Cell[][] {
  const rows: Cell[][] = STACKED.map((r) => [...r]);
  const all: Record<string, Cell> = { L22: 777, ...cells };
  for (const [ref, v] of Object.entries(all)) {
    const m = /^([A-Z])(\d+)$/.exec(ref)!;
    const r = Number(m[2]) - 1;
    const c = m[1].charCodeAt(0) - 65;
    while (rows.length <= r) rows.push([]);
    while (rows[r].length < c) rows[r].push(null);
    rows[r][c] = v;
  }
  return rows;
}

/** The book: '绩效 表', 其他 (a 3-D reference's end), 汇总 with `sum` cells in column A (A1, A2…). */
export function threeSheets(main: Partial<SheetSpec> = {}, sum: Cell[] = [], sumExtra: Partial<SheetSpec> = {}, spec: Partial<BookSpec> = {}): BookSpec {
  return {
    sheets: [
      { name: MAIN, rows: mainRows(), ...main },
      { name: '其他', rows: [['备注']] },
      { name: '汇总', rows: sum.length ? sum.map((v) => [v]) : [['合计']], ...sumExtra },
    ],
    ...spec,
  };
}

/** How far fill moved 乙 (s1) and the rows below both projects (the marker in L22). */
export function shifts(out: Buffer): { s1: number; below: number } {
  const g = gridsOf(Package.open('', out)).find((x) => x.name === MAIN)!;
  const s1 = g.values.findIndex((r) => r?.[1] === '乙项目') + 1 - 11;
  const below = g.values.findIndex((r) => r?.[11] === 777) + 1 - 22;
  return { s1, below };
}

/** Problems: each [part, text] the output's part must contain (text built from the shifts). */
export const expectIn =
  (want: (s: { s1: number; below: number }) => [string, string][]) =>
  async (out: Buffer): Promise<string[]> => {
    const s = shifts(out);
    if (s.s1 <= 0 || s.below <= s.s1) return [`no rows inserted (s1 ${s.s1}, below ${s.below})`];
    const parts = await partTexts(out);
    return want(s)
      .filter(([part, text]) => !(parts.get(part) ?? '').includes(text))
      .map(([part, text]) => `${part}: no ${text}`);
  };

export const base = { check: 'report' as const, fill: 'report' as const, projects: 2, fillErr: [] as RegExp[], opens: true };

// --- x14 extensions: conditional formats, validations, sparklines

const x14Cf = `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="expression" priority="1" id="{00000000-0000-0000-0000-0000000000A1}"><xm:f>$J14&gt;$J$12</xm:f><x14:dxf><font><b/></font></x14:dxf></x14:cfRule><xm:sqref>J14:J19</xm:sqref></x14:conditionalFormatting><x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="iconSet" priority="2" id="{00000000-0000-0000-0000-0000000000A2}"><x14:iconSet iconSet="3Triangles"><x14:cfvo type="percent"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>${Q}!$J$12</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>$J$22</xm:f></x14:cfvo></x14:iconSet></x14:cfRule><xm:sqref>J4:J9 J14:J19</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>`;
const x14Dv = `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="2" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>汇总!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>K14:K19</xm:sqref></x14:dataValidation><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>${Q}!$L$14:$L$19</xm:f></x14:formula1><xm:sqref>K4:K9</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`;
const sparks = `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap" dateAxis="1"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><xm:f>${Q}!$J$22:$L$22</xm:f><x14:sparklines><x14:sparkline><xm:f>${Q}!J4:L4</xm:f><xm:sqref>M4</xm:sqref></x14:sparkline><x14:sparkline><xm:f>${Q}!J14:L14</xm:f><xm:sqref>M14</xm:sqref></x14:sparkline><x14:sparkline><xm:f>${Q}!J9:L19</xm:f><xm:sqref>M19</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>`;

// --- formulas on another sheet, shared and array ones among them

/** 汇总!A1:A6 one shared formula over 乙's targets, B1 an array formula over 乙's names. */
const sharedElsewhere = (): Cell[][] =>
  Array.from({ length: 6 }, (_, i) => [
    raw(i === 0 ? `<c r="{ref}" t="str"><f t="shared" ref="A1:A6" si="0">${Q}!D14</f><v>x</v></c>` : `<c r="{ref}" t="str"><f t="shared" si="0"/><v>x</v></c>`),
    i === 0 ? raw(`<c r="{ref}"><f t="array" ref="B1">SUM(LEN(${Q}!C14:C19))</f><v>0</v></c>`) : null,
  ]);

const OTHER_FORMULAS: Cell[] = [
  f(`${Q}!B12`, 100),
  f(`SUM(${Q}!D14:D19)`),
  f(`SUM(${Q}!B:B)`),
  f(`SUM(${Q}!12:12)`),
  f(`SUM(${Q}!$14:$19)`),
  f(`SUM(${Q}!D4:D19)`),
  f(`SUM('${MAIN}:其他'!B12)`),
  f(`INDIRECT("${Q}!B12")`),
  f(`${Q}!B12+乙预算`),
  f(`OFFSET(${Q}!$A$11,0,0,COUNTA(${Q}!$A:$A),4)`),
  f(`其他!A1&amp;${Q}!L22`, '备注777'),
];

// --- names, filters, hyperlinks, validations and formats in the sheet

const NAMES = [
  `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${Q}!$A$13:$D$19</definedName>`,
  `<definedName name="_xlnm.Print_Area" localSheetId="0">${Q}!$A$1:$D$9,${Q}!$A$11:$D$19</definedName>`,
  `<definedName name="_xlnm.Print_Titles" localSheetId="0">${Q}!$13:$13</definedName>`,
  `<definedName name="乙表">${Q}!$A$11:$D$19</definedName>`,
  `<definedName name="乙动态">OFFSET(${Q}!$A$14,0,0,COUNTA(${Q}!$C$14:$C$19),4)</definedName>`,
  `<definedName name="乙预算">${Q}!$B$12</definedName>`,
  `<definedName name="三维">'${MAIN}:其他'!$B$12</definedName>`,
  `<definedName name="本表标记" localSheetId="2">${Q}!$L$22</definedName>`,
].join('');
const namesMoved = (s: { s1: number; below: number }): [string, string][] => {
  const [a, b] = [s.s1, s.below];
  return [
    ['xl/workbook.xml', `hidden="1">${Q}!$A$${13 + a}:$D$${19 + a}<`],
    ['xl/workbook.xml', `${Q}!$A$1:$D$9,${Q}!$A$${11 + a}:$D$${19 + a}<`],
    ['xl/workbook.xml', `${Q}!$${13 + a}:$${13 + a}<`],
    ['xl/workbook.xml', `"乙表">${Q}!$A$${11 + a}:$D$${19 + a}<`],
    ['xl/workbook.xml', `OFFSET(${Q}!$A$${14 + a},0,0,COUNTA(${Q}!$C$${14 + a}:$C$${19 + a}),4)<`],
    ['xl/workbook.xml', `"乙预算">${Q}!$B$${12 + a}<`],
    // A 3-D reference names the same cell on every sheet it spans: an insert into one of them does not move it.
    ['xl/workbook.xml', `"三维">'${MAIN}:其他'!$B$12<`],
    ['xl/workbook.xml', `localSheetId="2">${Q}!$L$${22 + b}<`],
  ];
};

const FILTER = '<autoFilter ref="A13:D19"><sortState ref="A14:D19"><sortCondition descending="1" ref="D14:D19"/></sortState></autoFilter>';
const HYPERLINKS = `<hyperlinks><hyperlink ref="J14" location="${Q}!B12" display="乙预算"/><hyperlink ref="J4" location="${Q}!A11:D19"/><hyperlink ref="J5" location="乙预算"/><hyperlink ref="J6" location="汇总!A1"/></hyperlinks>`;
const VALIDATIONS =
  '<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="K4:K9"><formula1>$L$14:$L$19</formula1></dataValidation><dataValidation type="whole" allowBlank="1" sqref="K14:K19"><formula1>$L$12</formula1><formula2>$L$22</formula2></dataValidation></dataValidations>';
const FORMATS =
  '<conditionalFormatting sqref="K4:K9"><cfRule type="expression" priority="1"><formula>$K4&lt;&gt;$K14</formula></cfRule></conditionalFormatting><conditionalFormatting sqref="K14:K19"><cfRule type="cellIs" operator="greaterThan" priority="2"><formula>$K$12</formula></cfRule></conditionalFormatting>';

// --- a table (ListObject) below both projects, a slicer and a timeline on it

const TABLE_ROWS: Record<string, Cell> = {
  N22: '名称',
  O22: '金额',
  P22: '合计',
  ...Object.fromEntries(
    [23, 24, 25].flatMap((r) => [
      [`N${r}`, `附${r}`],
      [`O${r}`, r],
      [`P${r}`, f(`附表[[#This Row],[金额]]+$B$12`, r + 100)],
    ]),
  ),
  J4: f('SUM(附表[金额])', 72),
  J5: f('COUNTA(附表[#Data])+$O$22', 9),
};
const TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="附表" displayName="附表" ref="N22:P25" totalsRowShown="0"><autoFilter ref="N22:P25"/><tableColumns count="3"><tableColumn id="1" name="名称"/><tableColumn id="2" name="金额"/><tableColumn id="3" name="合计" dataDxfId="0"><calculatedColumnFormula>附表[[#This Row],[金额]]+$B$12</calculatedColumnFormula></tableColumn></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
const tableRel = (id: string) => `<Relationship Id="${id}" Type="${REL}/table" Target="../tables/table1.xml"/>`;
const tableType = `<Override PartName="/xl/tables/table1.xml" ContentType="${TYPE}.table+xml"/>`;

const SLICER_NS = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const SLICER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<slicers xmlns="${SLICER_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x xr10" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10"><slicer name="金额" cache="切片器_金额" caption="金额" rowHeight="241300"/></slicers>`;
const SLICER_CACHE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<slicerCacheDefinition xmlns="${SLICER_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="切片器_金额" sourceName="金额"><extLst><x:ext uri="{2F2917AC-EB37-4324-AD4E-5DD8C200BD13}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:tableSlicerCache tableId="1" column="2"/></x:ext></extLst></slicerCacheDefinition>`;
const TIMELINE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<timelines xmlns="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><timeline name="日期" cache="NativeTimeline_日期" caption="日期" level="2" selectionLevel="2" scrollPosition="2024-01-01T00:00:00"/></timelines>`;
const TIMELINE_CACHE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<timelineCacheDefinition xmlns="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" name="NativeTimeline_日期" sourceName="日期"><pivotTables><pivotTable tabId="3" name="数据透视表1"/></pivotTables><state minimalRefreshVersion="6" lastRefreshVersion="6" pivotCacheId="1" filterType="unknown"><selection startDate="2024-01-01T00:00:00" endDate="2024-12-31T00:00:00"/><bounds startDate="2024-01-01T00:00:00" endDate="2025-01-01T00:00:00"/></state></timelineCacheDefinition>`;
const SLICER_DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice xmlns:sle15="http://schemas.microsoft.com/office/drawing/2012/slicer" Requires="sle15"><xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>17</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>21</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>27</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="金额"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2010/slicer"><sle:slicer xmlns:sle="http://schemas.microsoft.com/office/drawing/2010/slicer" name="金额"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></mc:Choice><mc:Fallback/></mc:AlternateContent></xdr:wsDr>`;
const SLICER_LIST = `<extLst><ext uri="{A8765BA9-456A-4dab-B4F3-ACF838C121DE}" xmlns:x14="${X14}"><x14:slicerList><x14:slicer r:id="rId3"/></x14:slicerList></ext><ext uri="{7E03D99C-DC04-49d9-9315-930204A7B6E9}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineRefs><x15:timelineRef r:id="rId4"/></x15:timelineRefs></ext></extLst>`;
const WB_CACHES = `<extLst><ext uri="{BBE1A952-AA13-448e-AADC-164F8A28A991}" xmlns:x14="${X14}"><x14:slicerCaches><x14:slicerCache r:id="rId91"/></x14:slicerCaches></ext><ext uri="{D0CA8CA8-9F24-4464-BF8E-62219DCF47F9}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineCacheRefs><x15:timelineCacheRef r:id="rId92"/></x15:timelineCacheRefs></ext></extLst>`;

// --- an external workbook's link part

const EXTERNAL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="${MAIN}"/></sheetNames><definedNames><definedName name="乙预算" refersTo="=${Q}!$B$12"/></definedNames><sheetDataSet><sheetData sheetId="0"><row r="12"><cell r="B12"><v>90</v></cell></row><row r="14"><cell r="D14" t="str"><v>≥90人次</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`;
const EXTERNAL_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="file:///D:/%E9%A2%84%E7%AE%97/2023.xlsx" TargetMode="External"/></Relationships>`;

const CALC_CHAIN = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="J14" i="1"/><c r="J4"/><c r="A1" i="3"/><c r="A2"/></calcChain>`;

// --- charts (classic and 2016 chartEx) and form controls on the sheet fill inserts rows into

export const DRAWING_NS = 'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"';
const anchor = (from: number, to: number, inner: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>18</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${inner}<xdr:clientData/></xdr:twoCellAnchor>`;
const frame = (id: number, data: string) =>
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="图表 ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData ${data}</a:graphicData></a:graphic></xdr:graphicFrame>`;
const CHART_DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${DRAWING_NS} xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchor(
  13,
  19,
  frame(2, `uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/>`),
)}<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" Requires="cx1">${anchor(
  21,
  27,
  frame(
    3,
    `uri="http://schemas.microsoft.com/office/drawing/2014/chartex"><cx:chart xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:r="${REL}" r:id="rId2"/>`,
  ),
)}</mc:Choice><mc:Fallback/></mc:AlternateContent></xdr:wsDr>`;
const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:c15="http://schemas.microsoft.com/office/drawing/2012/chart"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>${Q}!$C$13</c:f></c:strRef></c:tx><c:cat><c:strRef><c:extLst><c:ext uri="{02D57815-91ED-43cb-92C2-25804820EDAC}"><c15:fullRef><c15:sqref>${Q}!$C$14:$C$19</c15:sqref></c15:fullRef></c:ext></c:extLst><c:f>${Q}!$C$14:$C$19</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${Q}!$L$14:$L$22</c:f></c:numRef></c:val><c:extLst><c:ext uri="{02D57815-91ED-43cb-92C2-25804820EDAC}"><c15:datalabelsRange><c15:f>${Q}!$D$14:$D$19</c15:f></c15:datalabelsRange></c:ext></c:extLst></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea></c:chart></c:chartSpace>`;
const CHART_EX = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cx:chartSpace xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex"><cx:chartData><cx:data id="0"><cx:strDim type="cat"><cx:f dir="row">_xlchart.v1.0</cx:f></cx:strDim><cx:numDim type="size"><cx:f dir="row">${Q}!$L$14:$L$19</cx:f></cx:numDim></cx:data></cx:chartData><cx:chart><cx:plotArea><cx:plotAreaRegion><cx:series layoutId="treemap" uniqueId="{00000000-0000-0000-0000-0000000000C1}"><cx:dataId val="0"/></cx:series></cx:plotAreaRegion></cx:plotArea></cx:chart></cx:chartSpace>`;
const chartRels = `<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2014/relationships/chartEx" Target="../charts/chartEx1.xml"/>`;

export const controlAnchor = (row: number) =>
  `<anchor moveWithCells="1"><from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></from><to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></to></anchor>`;
const control = (shape: number, rid: string, name: string, row: number) =>
  `<mc:AlternateContent><mc:Choice Requires="x14"><control shapeId="${shape}" r:id="${rid}" name="${name}"><controlPr defaultSize="0" autoFill="0" autoLine="0" autoPict="0">${controlAnchor(row)}</controlPr></control></mc:Choice></mc:AlternateContent>`;
const CONTROLS = `<legacyDrawing r:id="rId2"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ${DRAWING_NS}><mc:Choice Requires="x14"><controls>${control(1025, 'rId3', 'Check Box 1', 13)}${control(1026, 'rId4', 'Drop Down 2', 14)}</controls></mc:Choice></mc:AlternateContent>`;
const CTRL_NS = 'xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"';
const CHECKBOX = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<formControlPr ${CTRL_NS} objectType="CheckBox" fmlaLink="$K$14" lockText="1" noThreeD="1"/>`;
const DROP = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<formControlPr ${CTRL_NS} objectType="Drop" dropStyle="combo" dx="16" fmlaLink="${Q}!$K$15" fmlaRange="$L$14:$L$19" sel="1"/>`;
const vmlShape = (id: number, kind: string, row: number, fmla: string) =>
  `<v:shape id="_x0000_s${id}" type="#_x0000_t201" style="position:absolute;visibility:visible" filled="f" stroked="f"><x:ClientData ObjectType="${kind}"><x:Anchor>10, 0, ${row}, 0, 11, 0, ${row + 1}, 0</x:Anchor>${fmla}</x:ClientData></v:shape>`;
const CONTROLS_VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>${vmlShape(
  1025,
  'Checkbox',
  13,
  '<x:FmlaLink>$K$14</x:FmlaLink>',
)}${vmlShape(1026, 'Drop', 14, `<x:FmlaLink>${Q}!$K$15</x:FmlaLink><x:FmlaRange>$L$14:$L$19</x:FmlaRange>`)}</xml>`;

/** An embedded Word document (an OLE object) on 乙: its package and picture kept, its anchors moved. */
const oleObject = (full: boolean) =>
  `<oleObject progId="Word.Document.12" shapeId="1025" r:id="rId3">${full ? `<objectPr defaultSize="0" r:id="rId4">${controlAnchor(13)}</objectPr>` : ''}</oleObject>`;
const OLE = `<legacyDrawing r:id="rId2"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ${DRAWING_NS}><mc:Choice Requires="x14"><oleObjects><mc:AlternateContent><mc:Choice Requires="x14">${oleObject(true)}</mc:Choice><mc:Fallback>${oleObject(false)}</mc:Fallback></mc:AlternateContent></oleObjects></mc:Choice><mc:Fallback><oleObjects>${oleObject(false)}</oleObjects></mc:Fallback></mc:AlternateContent>`;
const OLE_VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shape id="_x0000_s1025" type="#_x0000_t75" style="position:absolute;visibility:visible"><v:imagedata o:relid="rId4" o:title=""/><x:ClientData ObjectType="Pict"><x:SizeWithCells/><x:Anchor>10, 0, 13, 0, 11, 0, 14, 0</x:Anchor><x:CF>Pict</x:CF></x:ClientData></v:shape></xml>`;

export const INSERT_CASES: HostileCase[] = [
  {
    ...base,
    name: 'x14 conditional formats and data validations in <extLst> (xm:sqref, xm:f) below and across the inserts',
    file: 'x14-lists.xlsx',
    build: () => book(threeSheets({ tail: `<extLst>${x14Cf}${x14Dv}</extLst>` })),
    verify: expectIn(({ s1: a, below: b }) => [
      [SHEET, `<xm:f>$J${14 + a}&gt;$J$${12 + a}</xm:f>`],
      [SHEET, `<xm:sqref>J${14 + a}:J${19 + a}</xm:sqref>`],
      [SHEET, `<xm:f>${Q}!$J$${12 + a}</xm:f>`],
      [SHEET, `<xm:f>$J$${22 + b}</xm:f>`],
      [SHEET, `<xm:sqref>J4:J9 J${14 + a}:J${19 + a}</xm:sqref>`],
      [SHEET, '<xm:f>汇总!$A$1:$A$3</xm:f>'],
      [SHEET, `<xm:sqref>K${14 + a}:K${19 + a}</xm:sqref>`],
      [SHEET, `<xm:f>${Q}!$L$${14 + a}:$L$${19 + a}</xm:f></x14:formula1><xm:sqref>K4:K9</xm:sqref>`],
    ]),
  },
  {
    ...base,
    name: 'sparklines (x14:sparklineGroups) above, below and across the inserts',
    file: 'sparklines.xlsx',
    build: () => book(threeSheets({ tail: `<extLst>${sparks}</extLst>` })),
    verify: expectIn(({ s1: a, below: b }) => [
      [SHEET, `<xm:f>${Q}!$J$${22 + b}:$L$${22 + b}</xm:f>`],
      [SHEET, `<xm:f>${Q}!J4:L4</xm:f><xm:sqref>M4</xm:sqref>`],
      [SHEET, `<xm:f>${Q}!J${14 + a}:L${14 + a}</xm:f><xm:sqref>M${14 + a}</xm:sqref>`],
      [SHEET, `<xm:f>${Q}!J9:L${19 + a}</xm:f><xm:sqref>M${19 + a}</xm:sqref>`],
    ]),
  },
  {
    ...base,
    name: 'formulas on another sheet pointing at moved rows: cells, ranges, whole rows and columns, 3-D, INDIRECT, OFFSET',
    file: 'other-sheet-refs.xlsx',
    build: () =>
      edited(threeSheets({}, OTHER_FORMULAS), {
        'xl/workbook.xml': (x) => x.replace('</sheets>', `</sheets><definedNames><definedName name="乙预算">${Q}!$B$12</definedName></definedNames>`),
      }),
    verify: expectIn(({ s1: a, below: b }) =>
      [
        `${Q}!B${12 + a}`,
        `SUM(${Q}!D${14 + a}:D${19 + a})`,
        `SUM(${Q}!B:B)`,
        `SUM(${Q}!${12 + a}:${12 + a})`,
        `SUM(${Q}!$${14 + a}:$${19 + a})`,
        `SUM(${Q}!D4:D${19 + a})`,
        `SUM('${MAIN}:其他'!B12)`,
        `INDIRECT("${Q}!B12")`,
        `${Q}!B${12 + a}+乙预算`,
        `OFFSET(${Q}!$A$${11 + a},0,0,COUNTA(${Q}!$A:$A),4)`,
        `其他!A1&amp;${Q}!L${22 + b}`,
      ].map((t) => [SUM_SHEET, `<f>${t}</f>`]),
    ),
  },
  {
    ...base,
    name: 'a shared formula and an array formula on another sheet pointing at moved rows',
    file: 'shared-elsewhere.xlsx',
    build: () => book(threeSheets({}, [], { rows: sharedElsewhere() })),
    verify: expectIn(({ s1: a }) => [
      ...Array.from({ length: 6 }, (_, i): [string, string] => [SUM_SHEET, `<c r="A${i + 1}" t="str"><f>${Q}!D${14 + i + a}</f>`]),
      [SUM_SHEET, `<f t="array" ref="B1">SUM(LEN(${Q}!C${14 + a}:C${19 + a}))</f>`],
    ]),
  },
  {
    ...base,
    name: 'defined names: filter database, two-area print area, print titles below, ranges, OFFSET, 3-D, a name local to another sheet',
    file: 'names-all.xlsx',
    build: () => edited(threeSheets(), { 'xl/workbook.xml': (x) => x.replace('</sheets>', `</sheets><definedNames>${NAMES}</definedNames>`) }),
    verify: expectIn(namesMoved),
  },
  {
    ...base,
    name: 'autoFilter with a sort state on 乙 (moved with its rows)',
    file: 'autofilter.xlsx',
    build: () =>
      edited(threeSheets({ afterData: FILTER }), {
        'xl/workbook.xml': (x) => x.replace('</sheets>', `</sheets><definedNames>${NAMES.split('</definedName>')[0]}</definedName></definedNames>`),
      }),
    verify: expectIn(({ s1: a }) => [
      [SHEET, `<autoFilter ref="A${13 + a}:D${19 + a}"><sortState ref="A${14 + a}:D${19 + a}"><sortCondition descending="1" ref="D${14 + a}:D${19 + a}"/>`],
    ]),
  },
  {
    ...base,
    name: 'hyperlinks whose location is a moved cell, on the sheet and on another sheet',
    file: 'hyperlinks.xlsx',
    build: () => book(threeSheets({ tail: HYPERLINKS }, [], { tail: `<hyperlinks><hyperlink ref="A1" location="${Q}!A11"/></hyperlinks>` })),
    verify: expectIn(({ s1: a }) => [
      [SHEET, `<hyperlink ref="J${14 + a}" location="${Q}!B${12 + a}" display="乙预算"/>`],
      [SHEET, `<hyperlink ref="J4" location="${Q}!A${11 + a}:D${19 + a}"/>`],
      [SHEET, '<hyperlink ref="J5" location="乙预算"/>'],
      [SHEET, '<hyperlink ref="J6" location="汇总!A1"/>'],
      [SUM_SHEET, `<hyperlink ref="A1" location="${Q}!A${11 + a}"/>`],
    ]),
  },
  {
    ...base,
    name: 'data validation lists and conditional formats whose formulas point at moved rows',
    file: 'lists-formats.xlsx',
    build: () =>
      book(
        threeSheets({ tail: `${FORMATS}${VALIDATIONS}` }, [], {
          tail: `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B1"><formula1>${Q}!$C$14:$C$19</formula1></dataValidation></dataValidations>`,
        }),
      ),
    verify: expectIn(({ s1: a, below: b }) => [
      [SHEET, `<formula>$K4&lt;&gt;$K${14 + a}</formula>`],
      [SHEET, `<conditionalFormatting sqref="K${14 + a}:K${19 + a}"><cfRule type="cellIs" operator="greaterThan" priority="2"><formula>$K$${12 + a}</formula>`],
      [SHEET, `sqref="K4:K9"><formula1>$L$${14 + a}:$L$${19 + a}</formula1>`],
      [SHEET, `sqref="K${14 + a}:K${19 + a}"><formula1>$L$${12 + a}</formula1><formula2>$L$${22 + b}</formula2>`],
      [SUM_SHEET, `<formula1>${Q}!$C$${14 + a}:$C$${19 + a}</formula1>`],
    ]),
  },
  {
    ...base,
    name: 'a table (ListObject) below the inserts: its range, filter and calculated column moved, structured references kept',
    file: 'table-below.xlsx',
    build: () =>
      book(
        threeSheets(
          { rows: mainRows(TABLE_ROWS), tail: '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' },
          [f('SUM(附表[金额])', 72), f(`SUM(附表[[#Headers],[金额]]:${Q}!B25)`)],
          {},
          { sheetRels: { 1: tableRel('rId1') }, parts: { 'xl/tables/table1.xml': TABLE }, types: [tableType] },
        ),
      ),
    verify: expectIn(({ s1: a, below: b }) => [
      ['xl/tables/table1.xml', `ref="N${22 + b}:P${25 + b}" totalsRowShown="0"><autoFilter ref="N${22 + b}:P${25 + b}"/>`],
      ['xl/tables/table1.xml', `<calculatedColumnFormula>附表[[#This Row],[金额]]+$B$${12 + a}</calculatedColumnFormula>`],
      [SHEET, `<c r="P${23 + b}"><f>附表[[#This Row],[金额]]+$B$${12 + a}</f>`],
      [SHEET, '<f>SUM(附表[金额])</f>'],
      [SHEET, `<f>COUNTA(附表[#Data])+$O$${22 + b}</f>`],
      [SUM_SHEET, `<f>SUM(附表[[#Headers],[金额]]:${Q}!B${25 + b})</f>`],
    ]),
  },
  {
    ...base,
    name: 'a slicer and a timeline on the sheet fill inserts rows into (their parts kept byte for byte)',
    file: 'slicers.xlsx',
    keeps: ['xl/slicers/slicer1.xml', 'xl/slicerCaches/slicerCache1.xml', 'xl/timelines/timeline1.xml', 'xl/timelineCaches/timelineCache1.xml'],
    build: () =>
      edited(
        threeSheets(
          { rows: mainRows(TABLE_ROWS), tail: `<drawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts>${SLICER_LIST}` },
          [],
          {},
          {
            sheetRels: {
              1: [
                tableRel('rId1'),
                `<Relationship Id="rId2" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`,
                '<Relationship Id="rId3" Type="http://schemas.microsoft.com/office/2007/relationships/slicer" Target="../slicers/slicer1.xml"/>',
                '<Relationship Id="rId4" Type="http://schemas.microsoft.com/office/2011/relationships/timeline" Target="../timelines/timeline1.xml"/>',
              ].join(''),
            },
            workbookRels: [
              '<Relationship Id="rId91" Type="http://schemas.microsoft.com/office/2007/relationships/slicerCache" Target="slicerCaches/slicerCache1.xml"/>',
              '<Relationship Id="rId92" Type="http://schemas.microsoft.com/office/2011/relationships/timelineCache" Target="timelineCaches/timelineCache1.xml"/>',
            ],
            parts: {
              'xl/tables/table1.xml': TABLE,
              'xl/drawings/drawing1.xml': SLICER_DRAWING,
              'xl/slicers/slicer1.xml': SLICER,
              'xl/slicerCaches/slicerCache1.xml': SLICER_CACHE,
              'xl/timelines/timeline1.xml': TIMELINE,
              'xl/timelineCaches/timelineCache1.xml': TIMELINE_CACHE,
            },
            types: [
              tableType,
              '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
              '<Override PartName="/xl/slicers/slicer1.xml" ContentType="application/vnd.ms-excel.slicer+xml"/>',
              '<Override PartName="/xl/slicerCaches/slicerCache1.xml" ContentType="application/vnd.ms-excel.slicerCache+xml"/>',
              '<Override PartName="/xl/timelines/timeline1.xml" ContentType="application/vnd.ms-excel.timeline+xml"/>',
              '<Override PartName="/xl/timelineCaches/timelineCache1.xml" ContentType="application/vnd.ms-excel.timelineCache+xml"/>',
            ],
          },
        ),
        {
          'xl/workbook.xml': (x) =>
            x
              .replace('<workbook ', '<workbook xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" ')
              .replace(
                '</sheets>',
                '</sheets><definedNames><definedName name="切片器_金额">#N/A</definedName><definedName name="NativeTimeline_日期">#N/A</definedName></definedNames>',
              )
              .replace('</workbook>', `${WB_CACHES}</workbook>`),
        },
      ),
    verify: expectIn(({ below: b }) => [
      ['xl/drawings/drawing1.xml', `<xdr:row>${21 + b}</xdr:row>`],
      ['xl/drawings/drawing1.xml', `<xdr:row>${27 + b}</xdr:row>`],
      ['xl/tables/table1.xml', `ref="N${22 + b}:P${25 + b}"`],
      ['xl/workbook.xml', `${WB_CACHES}</workbook>`],
      [SHEET, SLICER_LIST],
    ]),
  },
  {
    ...base,
    name: 'an external workbook link: its part kept byte for byte, references into it never moved',
    file: 'external-link.xlsx',
    keeps: ['xl/externalLinks/externalLink1.xml', 'xl/externalLinks/_rels/externalLink1.xml.rels'],
    build: () =>
      edited(
        threeSheets(
          { rows: mainRows({ J4: f(`[1]${MAIN.replace(' ', '')}!B12+${Q}!B12`, 190) }) },
          [f(`'[1]${MAIN}'!B12+${Q}!B12`, 190), f(`SUM('[1]${MAIN}'!D14:D19)`), f('[1]!乙预算', 90)],
          {},
          {
            workbookRels: [`<Relationship Id="rId93" Type="${REL}/externalLink" Target="externalLinks/externalLink1.xml"/>`],
            parts: { 'xl/externalLinks/externalLink1.xml': EXTERNAL, 'xl/externalLinks/_rels/externalLink1.xml.rels': EXTERNAL_RELS },
            types: [`<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="${TYPE}.externalLink+xml"/>`],
          },
        ),
        {
          'xl/workbook.xml': (x) =>
            x.replace(
              '</sheets>',
              `</sheets><externalReferences><externalReference r:id="rId93"/></externalReferences><definedNames><definedName name="上年预算">'[1]${MAIN}'!$B$12</definedName></definedNames>`,
            ),
        },
      ),
    verify: expectIn(({ s1: a }) => [
      [SHEET, `<f>[1]${MAIN.replace(' ', '')}!B12+${Q}!B${12 + a}</f>`],
      [SUM_SHEET, `<f>'[1]${MAIN}'!B12+${Q}!B${12 + a}</f>`],
      [SUM_SHEET, `<f>SUM('[1]${MAIN}'!D14:D19)</f>`],
      [SUM_SHEET, '<f>[1]!乙预算</f>'],
      ['xl/workbook.xml', `<definedName name="上年预算">'[1]${MAIN}'!$B$12</definedName>`],
    ]),
  },
  {
    ...base,
    name: 'a calculation chain over formulas that move (no stale chain left for Excel to repair)',
    file: 'calc-chain.xlsx',
    build: () =>
      book(
        threeSheets(
          { rows: mainRows({ J4: f('$B$2', 100), J14: f('$B$12', 100) }) },
          [f(`${Q}!B12`, 100), f(`${Q}!B2`, 100)],
          {},
          {
            workbookRels: ['<Relationship Id="rId94" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>'],
            parts: { 'xl/calcChain.xml': CALC_CHAIN },
            types: [`<Override PartName="/xl/calcChain.xml" ContentType="${TYPE}.calcChain+xml"/>`],
          },
        ),
      ),
    verify: async (out) => {
      const parts = await partTexts(out);
      const problems = await expectIn(({ s1: a }) => [
        [SHEET, `<c r="J${14 + a}"><f>$B$${12 + a}</f>`],
        [SUM_SHEET, `<f>${Q}!B${12 + a}</f>`],
      ])(out);
      const chain = parts.get('xl/calcChain.xml');
      // Excel rebuilds a missing chain; a stale one (J14 is now a plain cell) makes it offer a repair.
      if (chain !== undefined) problems.push('calcChain.xml kept (stale after the inserts)');
      if (/calcChain/.test(parts.get('[Content_Types].xml') ?? '') || /calcChain/.test(parts.get('xl/_rels/workbook.xml.rels') ?? '')) problems.push('calcChain still named');
      return problems;
    },
  },
  {
    ...base,
    name: 'a chart and a 2016 chart (chartEx) over 乙: series, data-label ranges and full references moved',
    file: 'charts.xlsx',
    build: () =>
      edited(
        threeSheets(
          { tail: '<drawing r:id="rId1"/>' },
          [],
          {},
          {
            sheetRels: { 1: `<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>` },
            parts: {
              'xl/drawings/drawing1.xml': CHART_DRAWING,
              'xl/drawings/_rels/drawing1.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${chartRels}</Relationships>`,
              'xl/charts/chart1.xml': CHART,
              'xl/charts/chartEx1.xml': CHART_EX,
            },
            types: [
              '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
              '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
              '<Override PartName="/xl/charts/chartEx1.xml" ContentType="application/vnd.ms-office.chartex+xml"/>',
            ],
          },
        ),
        { 'xl/workbook.xml': (x) => x.replace('</sheets>', `</sheets><definedNames><definedName name="_xlchart.v1.0" hidden="1">${Q}!$C$14:$C$19</definedName></definedNames>`) },
      ),
    verify: expectIn(({ s1: a, below: b }) => [
      ['xl/charts/chart1.xml', `<c:f>${Q}!$C$${13 + a}</c:f>`],
      ['xl/charts/chart1.xml', `<c15:sqref>${Q}!$C$${14 + a}:$C$${19 + a}</c15:sqref></c15:fullRef></c:ext></c:extLst><c:f>${Q}!$C$${14 + a}:$C$${19 + a}</c:f>`],
      ['xl/charts/chart1.xml', `<c:f>${Q}!$L$${14 + a}:$L$${22 + b}</c:f>`],
      ['xl/charts/chart1.xml', `<c15:f>${Q}!$D$${14 + a}:$D$${19 + a}</c15:f>`],
      ['xl/charts/chartEx1.xml', '<cx:f dir="row">_xlchart.v1.0</cx:f>'],
      ['xl/charts/chartEx1.xml', `<cx:f dir="row">${Q}!$L$${14 + a}:$L$${19 + a}</cx:f>`],
      ['xl/workbook.xml', `hidden="1">${Q}!$C$${14 + a}:$C$${19 + a}</definedName>`],
      ['xl/drawings/drawing1.xml', `<xdr:row>${13 + a}</xdr:row>`],
      ['xl/drawings/drawing1.xml', `<xdr:row>${27 + b}</xdr:row>`],
    ]),
  },
  {
    ...base,
    name: 'form controls (a check box and a drop-down) on 乙: their cell links, list ranges and anchors moved',
    file: 'form-controls.xlsx',
    build: () =>
      book(
        threeSheets(
          { tail: CONTROLS },
          [],
          {},
          {
            sheetRels: {
              1: [
                `<Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`,
                `<Relationship Id="rId3" Type="${REL}/ctrlProp" Target="../ctrlProps/ctrlProp1.xml"/>`,
                `<Relationship Id="rId4" Type="${REL}/ctrlProp" Target="../ctrlProps/ctrlProp2.xml"/>`,
              ].join(''),
            },
            parts: { 'xl/drawings/vmlDrawing1.vml': CONTROLS_VML, 'xl/ctrlProps/ctrlProp1.xml': CHECKBOX, 'xl/ctrlProps/ctrlProp2.xml': DROP },
            types: [
              '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
              '<Override PartName="/xl/ctrlProps/ctrlProp1.xml" ContentType="application/vnd.ms-excel.controlproperties+xml"/>',
              '<Override PartName="/xl/ctrlProps/ctrlProp2.xml" ContentType="application/vnd.ms-excel.controlproperties+xml"/>',
            ],
          },
        ),
      ),
    verify: expectIn(({ s1: a }) => [
      ['xl/ctrlProps/ctrlProp1.xml', `fmlaLink="$K$${14 + a}"`],
      ['xl/ctrlProps/ctrlProp2.xml', `fmlaLink="${Q}!$K$${15 + a}" fmlaRange="$L$${14 + a}:$L$${19 + a}"`],
      [SHEET, controlAnchor(13 + a)],
      [SHEET, controlAnchor(14 + a)],
      ['xl/drawings/vmlDrawing1.vml', `<x:Anchor>10, 0, ${13 + a}, 0, 11, 0, ${14 + a}, 0</x:Anchor><x:FmlaLink>$K$${14 + a}</x:FmlaLink>`],
      ['xl/drawings/vmlDrawing1.vml', `<x:FmlaLink>${Q}!$K$${15 + a}</x:FmlaLink><x:FmlaRange>$L$${14 + a}:$L$${19 + a}</x:FmlaRange>`],
    ]),
  },
  {
    ...base,
    name: 'an embedded Word document (OLE object) on 乙: kept byte for byte, its anchors moved',
    file: 'ole-object.xlsx',
    keeps: ['xl/embeddings/Microsoft_Word_Document.docx', 'xl/media/image1.emf'],
    build: () =>
      book(
        threeSheets(
          { tail: OLE },
          [],
          {},
          {
            sheetRels: {
              1: [
                `<Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`,
                `<Relationship Id="rId3" Type="${REL}/package" Target="../embeddings/Microsoft_Word_Document.docx"/>`,
                `<Relationship Id="rId4" Type="${REL}/image" Target="../media/image1.emf"/>`,
              ].join(''),
            },
            parts: {
              'xl/drawings/vmlDrawing1.vml': OLE_VML,
              'xl/drawings/_rels/vmlDrawing1.vml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId4" Type="${REL}/image" Target="../media/image1.emf"/></Relationships>`,
              'xl/embeddings/Microsoft_Word_Document.docx': Buffer.from('504b0506000000000000000000000000000000000000', 'hex'),
              'xl/media/image1.emf': Buffer.from('0100000064000000', 'hex'),
            },
            types: [
              '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
              '<Default Extension="docx" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document"/>',
              '<Default Extension="emf" ContentType="image/x-emf"/>',
            ],
          },
        ),
      ),
    verify: expectIn(({ s1: a }) => [
      [SHEET, controlAnchor(13 + a)],
      ['xl/drawings/vmlDrawing1.vml', `<x:Anchor>10, 0, ${13 + a}, 0, 11, 0, ${14 + a}, 0</x:Anchor>`],
    ]),
  },
];
