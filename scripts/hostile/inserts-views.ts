/**
 * Hostile cases for what `fill` must keep and move when it inserts rows (session 11): the sheet parts that
 * name cells outside formulas — custom views (自定义视图), cell watches, scenarios (方案管理器), smart tags,
 * consolidation references, web publishing — and the parts older and newer Excel writes beside a sheet:
 * ActiveX controls, Excel 365 named sheet views (工作表视图), XML-map cells. The same two stacked projects as
 * inserts.ts (乙 on rows 11–19 moves by s1, the marker in L22 by `below`); each case checks every reference
 * in the output points where Excel would point it (ECMA-376 Part 1, 18.3.1: customSheetView, cellWatch,
 * scenario/inputCells, cellSmartTags, dataRef, webPublishItem; 18.15 singleXmlCell), that the parts holding no
 * rows are kept byte for byte, and that no loss warning is printed (the ExcelJS fallback would lose them).
 */
import type { HostileCase } from './cases';
import { edited } from './producers';
import { book } from './xlsx';
import { base, controlAnchor, DRAWING_NS, expectIn, MAIN, Q, REL, SHEET, SUM_SHEET, threeSheets } from './inserts';

const GUID = '{6F1C2A3B-4D5E-4F60-8172-93A4B5C6D7E8}';
const Z = 'Z_6F1C2A3B_4D5E_4F60_8172_93A4B5C6D7E8_';

// --- custom views: each keeps its own pane, selection and page breaks, and names its hidden rows

const VIEWS = `<customSheetViews><customSheetView guid="${GUID}" scale="85" showGridLines="0" fitToPage="1" hiddenRows="1" topLeftCell="A11"><pane ySplit="13" topLeftCell="A14" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="D14" sqref="D14:D19"/><rowBreaks count="1" manualBreakCount="1"><brk id="10" max="16383" man="1"/></rowBreaks><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/></customSheetView></customSheetViews>`;
const MAIN_BREAKS = '<rowBreaks count="1" manualBreakCount="1"><brk id="19" max="16383" man="1"/></rowBreaks>';
const VIEW_NAMES = `<definedName name="${Z}.wvu.PrintArea" hidden="1" localSheetId="0">${Q}!$A$11:$D$19</definedName><definedName name="${Z}.wvu.Rows" hidden="1" localSheetId="0">${Q}!$10:$10</definedName>`;
const WB_VIEWS = `<customWorkbookViews><customWorkbookView name="审核 - 个人视图" guid="${GUID}" mergeInterval="0" personalView="1" maximized="1" windowWidth="1280" windowHeight="800" activeSheetId="1"/></customWorkbookViews>`;

// --- cells named outside formulas: watches, scenarios, smart tags, consolidation, web publishing

const SCENARIOS = `<scenarios current="0" show="0" sqref="B12 D14"><scenario name="乙增加" locked="1" count="2" user="财务科" comment="预算调增"><inputCells r="B12" val="120"/><inputCells r="D14" val="≥100人次"/></scenario></scenarios>`;
const WATCHES = '<cellWatches><cellWatch r="D14"/><cellWatch r="L22"/></cellWatches>';
const SMART_TAGS = '<smartTags><cellSmartTags r="C14"><cellSmartTag type="0"><cellSmartTagPr key="FirstName" val="培训"/></cellSmartTag></cellSmartTags></smartTags>';
const WB_SMART = '<smartTagPr embed="1"/><smartTagTypes><smartTagType namespaceUri="urn:schemas-microsoft-com:office:smarttags" name="PersonName"/></smartTagTypes>';
const PUBLISH =
  '<webPublishItems count="1"><webPublishItem id="5460" divId="绩效_5460" sourceType="range" sourceRef="A11:D19" destinationFile="D:\\公开\\乙.htm" autoRepublish="1"/></webPublishItems>';
const WB_PUBLISH = `<webPublishObjects count="1"><webPublishObject id="1" divId="绩效_1" sourceObject="${Q}!A11:D19" destinationFile="D:\\公开\\乙项目.htm"/></webPublishObjects>`;
const CONSOLIDATE = `<dataConsolidate function="sum" topLabels="1" link="1"><dataRefs count="2"><dataRef ref="B12:D19" sheet="${MAIN}"/><dataRef name="乙表"/></dataRefs></dataConsolidate>`;

// --- ActiveX controls (a combo box bound to 乙's cells, a button): their parts hold no cell

const AX_NS = 'http://schemas.microsoft.com/office/2006/activeX';
const axControl = (shape: number, rid: string, name: string, row: number, pr: string) =>
  `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14"><control shapeId="${shape}" r:id="${rid}" name="${name}"><controlPr defaultSize="0" autoLine="0"${pr} r:id="rId6">${controlAnchor(row)}</controlPr></control></mc:Choice><mc:Fallback><control shapeId="${shape}" r:id="${rid}" name="${name}"/></mc:Fallback></mc:AlternateContent>`;
const ACTIVEX = `<legacyDrawing r:id="rId2"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ${DRAWING_NS}><mc:Choice Requires="x14"><controls>${axControl(
  1025,
  'rId3',
  'ComboBox1',
  14,
  ` linkedCell="K15" listFillRange="${Q}!L14:L19"`,
)}${axControl(1026, 'rId4', 'CommandButton1', 13, '')}</controls></mc:Choice><mc:Fallback><controls><control shapeId="1025" r:id="rId3" name="ComboBox1"/><control shapeId="1026" r:id="rId4" name="CommandButton1"/></controls></mc:Fallback></mc:AlternateContent>`;
const axPart = (classid: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ax:ocx xmlns:ax="${AX_NS}" xmlns:r="${REL}" ax:classid="${classid}" ax:persistence="persistStreamInit" r:id="rId1"/>`;
const axRels = (n: number) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/activeXControlBinary" Target="activeX${n}.bin"/></Relationships>`;
const axShape = (id: number, row: number) =>
  `<v:shape id="_x0000_s${id}" type="#_x0000_t201" style="position:absolute;visibility:visible" stroked="f" o:insetmode="auto"><v:imagedata o:relid="rId1" o:title=""/><x:ClientData ObjectType="Pict"><x:SizeWithCells/><x:Anchor>10, 0, ${row}, 0, 11, 0, ${row + 1}, 0</x:Anchor><x:CF>Pict</x:CF><x:AutoPict/></x:ClientData></v:shape>`;
const AX_VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>${axShape(1025, 14)}${axShape(1026, 13)}</xml>`;

// --- Excel 365 named sheet views: a filter and a sort over 乙, in their own part

const NSV_NS = 'http://schemas.microsoft.com/office/spreadsheetml/2019/namedsheetviews';
const NSV = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<namedSheetViews xmlns="${NSV_NS}" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><namedSheetView name="审核视图" id="{0A1B2C3D-0000-4000-8000-00000000000A}"><nsvFilter filterId="{0A1B2C3D-0000-4000-8000-00000000000B}" ref="A13:D19"><columnFilter colId="3"><filter colId="3"><x:filters><x:filter val="≥90人次"/></x:filters></filter></columnFilter><sortRules><sortRule colId="3" id="{0A1B2C3D-0000-4000-8000-00000000000C}"><richSortCondition ref="D14:D19" descending="1"/></sortRule></sortRules></nsvFilter></namedSheetView></namedSheetViews>`;

// --- an XML map's single cells (单个映射单元格): 乙's budget bound to an element of a schema

const SINGLE_CELLS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<singleXmlCells xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><singleXmlCell id="1" r="B12" connectionId="0"><xmlCellPr id="1" uniqueName="预算数"><xmlPr mapId="1" xpath="/项目/预算数" xmlDataType="double"/></xmlCellPr></singleXmlCell><singleXmlCell id="2" r="L22" connectionId="0"><xmlCellPr id="2" uniqueName="标记"><xmlPr mapId="1" xpath="/项目/标记" xmlDataType="integer"/></xmlCellPr></singleXmlCell></singleXmlCells>`;
const XML_MAPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<MapInfo xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" SelectionNamespaces=""><Schema ID="Schema1"><xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns=""><xsd:element name="项目"><xsd:complexType><xsd:sequence><xsd:element name="预算数" type="xsd:double"/><xsd:element name="标记" type="xsd:integer"/></xsd:sequence></xsd:complexType></xsd:element></xsd:schema></Schema><Map ID="1" Name="项目_映射" RootElement="项目" SchemaID="Schema1" ShowImportExportValidationErrors="false" AutoFit="true" Append="false" PreserveSortAFLayout="true" PreserveFormat="true"/></MapInfo>`;

const wb = (insert: string, tail = '') => ({ 'xl/workbook.xml': (x: string) => x.replace('</sheets>', `</sheets>${insert}`).replace('</workbook>', `${tail}</workbook>`) });

export const VIEW_CASES: HostileCase[] = [
  {
    ...base,
    name: 'custom views (自定义视图) on the sheet fill inserts rows into: their panes, selections, page breaks and hidden-row names moved',
    file: 'custom-views.xlsx',
    build: () =>
      edited(
        threeSheets({ afterData: VIEWS, tail: `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${MAIN_BREAKS}` }),
        wb(`<definedNames>${VIEW_NAMES}</definedNames>${WB_VIEWS}`),
      ),
    verify: expectIn(({ s1: a, below: b }) => [
      [SHEET, `hiddenRows="1" topLeftCell="A${11 + a}"><pane ySplit="${13 + a}" topLeftCell="A${14 + a}" activePane="bottomLeft" state="frozen"/>`],
      [
        SHEET,
        `<selection pane="bottomLeft" activeCell="D${14 + a}" sqref="D${14 + a}:D${19 + a}"/><rowBreaks count="1" manualBreakCount="1"><brk id="${10 + a}" max="16383" man="1"/>`,
      ],
      [SHEET, `</customSheetViews>`],
      [SHEET, `footer="0.3"/><rowBreaks count="1" manualBreakCount="1"><brk id="${19 + b}" max="16383" man="1"/></rowBreaks>`],
      ['xl/workbook.xml', `.wvu.PrintArea" hidden="1" localSheetId="0">${Q}!$A$${11 + a}:$D$${19 + a}</definedName>`],
      ['xl/workbook.xml', `.wvu.Rows" hidden="1" localSheetId="0">${Q}!$${10 + a}:$${10 + a}</definedName>`],
      ['xl/workbook.xml', WB_VIEWS],
    ]),
  },
  {
    ...base,
    name: 'cell watches (监视窗口), scenarios (方案管理器) and smart tags on 乙: the cells they name moved',
    file: 'watches-scenarios.xlsx',
    build: () => edited(threeSheets({ afterData: SCENARIOS, tail: `${WATCHES}${SMART_TAGS}` }), wb(WB_SMART)),
    verify: expectIn(({ s1: a, below: b }) => [
      [SHEET, `<scenarios current="0" show="0" sqref="B${12 + a} D${14 + a}">`],
      [SHEET, `<inputCells r="B${12 + a}" val="120"/><inputCells r="D${14 + a}" val="≥100人次"/>`],
      [SHEET, `<cellWatches><cellWatch r="D${14 + a}"/><cellWatch r="L${22 + b}"/></cellWatches>`],
      [SHEET, `<cellSmartTags r="C${14 + a}">`],
      ['xl/workbook.xml', WB_SMART],
    ]),
  },
  {
    ...base,
    name: 'a consolidation (合并计算) on 汇总 and web publishing (发布为网页) over 乙: their source ranges moved',
    file: 'consolidate-publish.xlsx',
    build: () =>
      edited(
        threeSheets({ tail: PUBLISH }, [], { afterData: CONSOLIDATE }),
        wb(`<definedNames><definedName name="乙表">${Q}!$A$11:$D$19</definedName></definedNames>`, WB_PUBLISH),
      ),
    verify: expectIn(({ s1: a }) => [
      [SUM_SHEET, `<dataRef ref="B${12 + a}:D${19 + a}" sheet="${MAIN}"/><dataRef name="乙表"/>`],
      [SHEET, `sourceType="range" sourceRef="A${11 + a}:D${19 + a}"`],
      ['xl/workbook.xml', `sourceObject="${Q}!A${11 + a}:D${19 + a}"`],
    ]),
  },
  {
    ...base,
    name: 'ActiveX controls (a combo box and a button) on 乙: their parts kept byte for byte, linked cell, list range and anchors moved',
    file: 'activex.xlsx',
    keeps: ['xl/activeX/activeX1.xml', 'xl/activeX/activeX1.bin', 'xl/activeX/activeX2.xml', 'xl/activeX/activeX2.bin', 'xl/activeX/_rels/activeX1.xml.rels'],
    build: () =>
      book(
        threeSheets(
          { tail: ACTIVEX },
          [],
          {},
          {
            sheetRels: {
              1: [
                `<Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`,
                `<Relationship Id="rId3" Type="${REL}/control" Target="../activeX/activeX1.xml"/>`,
                `<Relationship Id="rId4" Type="${REL}/control" Target="../activeX/activeX2.xml"/>`,
                `<Relationship Id="rId6" Type="${REL}/image" Target="../media/image1.emf"/>`,
              ].join(''),
            },
            parts: {
              'xl/drawings/vmlDrawing1.vml': AX_VML,
              'xl/drawings/_rels/vmlDrawing1.vml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/image" Target="../media/image1.emf"/></Relationships>`,
              'xl/activeX/activeX1.xml': axPart('{8BD21D30-EC42-11CE-9E0D-00AA006002F3}'),
              'xl/activeX/_rels/activeX1.xml.rels': axRels(1),
              'xl/activeX/activeX1.bin': Buffer.from('d0cf11e0a1b11ae1000000000000000000000000000000003e000300feff0900', 'hex'),
              'xl/activeX/activeX2.xml': axPart('{D7053240-CE69-11CD-A777-00DD01143C57}'),
              'xl/activeX/_rels/activeX2.xml.rels': axRels(2),
              'xl/activeX/activeX2.bin': Buffer.from('d0cf11e0a1b11ae1000000000000000000000000000000003e000300feff0901', 'hex'),
              'xl/media/image1.emf': Buffer.from('0100000064000000', 'hex'),
            },
            types: [
              '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
              '<Default Extension="emf" ContentType="image/x-emf"/>',
              '<Override PartName="/xl/activeX/activeX1.xml" ContentType="application/vnd.ms-office.activeX+xml"/>',
              '<Override PartName="/xl/activeX/activeX2.xml" ContentType="application/vnd.ms-office.activeX+xml"/>',
              '<Override PartName="/xl/activeX/activeX1.bin" ContentType="application/vnd.ms-office.activeX"/>',
              '<Override PartName="/xl/activeX/activeX2.bin" ContentType="application/vnd.ms-office.activeX"/>',
            ],
          },
        ),
      ),
    verify: expectIn(({ s1: a }) => [
      [SHEET, `name="ComboBox1"><controlPr defaultSize="0" autoLine="0" linkedCell="K${15 + a}" listFillRange="${Q}!L${14 + a}:L${19 + a}" r:id="rId6">${controlAnchor(14 + a)}`],
      [SHEET, `name="CommandButton1"><controlPr defaultSize="0" autoLine="0" r:id="rId6">${controlAnchor(13 + a)}`],
      ['xl/drawings/vmlDrawing1.vml', `<x:Anchor>10, 0, ${14 + a}, 0, 11, 0, ${15 + a}, 0</x:Anchor>`],
      ['xl/drawings/vmlDrawing1.vml', `<x:Anchor>10, 0, ${13 + a}, 0, 11, 0, ${14 + a}, 0</x:Anchor>`],
    ]),
  },
  {
    ...base,
    name: 'a named sheet view (Excel 365 工作表视图) filtering and sorting 乙: its ranges moved',
    file: 'named-sheet-view.xlsx',
    build: () =>
      book(
        threeSheets(
          {},
          [],
          {},
          {
            sheetRels: {
              1: '<Relationship Id="rId7" Type="http://schemas.microsoft.com/office/2019/04/relationships/namedSheetView" Target="../namedSheetViews/namedSheetView1.xml"/>',
            },
            parts: { 'xl/namedSheetViews/namedSheetView1.xml': NSV },
            types: ['<Override PartName="/xl/namedSheetViews/namedSheetView1.xml" ContentType="application/vnd.ms-excel.namedsheetviews+xml"/>'],
          },
        ),
      ),
    verify: expectIn(({ s1: a }) => [
      ['xl/namedSheetViews/namedSheetView1.xml', `<nsvFilter filterId="{0A1B2C3D-0000-4000-8000-00000000000B}" ref="A${13 + a}:D${19 + a}">`],
      ['xl/namedSheetViews/namedSheetView1.xml', `<richSortCondition ref="D${14 + a}:D${19 + a}" descending="1"/>`],
    ]),
  },
  {
    ...base,
    name: 'XML-map cells (单个映射单元格) on 乙 and below: the cells they bind moved, the map kept byte for byte',
    file: 'xml-map-cells.xlsx',
    keeps: ['xl/xmlMaps.xml'],
    build: () =>
      book(
        threeSheets(
          {},
          [],
          {},
          {
            sheetRels: { 1: `<Relationship Id="rId8" Type="${REL}/tableSingleCells" Target="../tables/tableSingleCells1.xml"/>` },
            workbookRels: [`<Relationship Id="rId95" Type="${REL}/xmlMaps" Target="xmlMaps.xml"/>`],
            parts: { 'xl/tables/tableSingleCells1.xml': SINGLE_CELLS, 'xl/xmlMaps.xml': XML_MAPS },
            types: [
              '<Override PartName="/xl/tables/tableSingleCells1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.tableSingleCells+xml"/>',
              '<Override PartName="/xl/xmlMaps.xml" ContentType="application/xml"/>',
            ],
          },
        ),
      ),
    verify: expectIn(({ s1: a, below: b }) => [
      ['xl/tables/tableSingleCells1.xml', `<singleXmlCell id="1" r="B${12 + a}" connectionId="0">`],
      ['xl/tables/tableSingleCells1.xml', `<singleXmlCell id="2" r="L${22 + b}" connectionId="0">`],
    ]),
  },
];
