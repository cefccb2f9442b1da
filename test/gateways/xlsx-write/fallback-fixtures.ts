/**
 * Workbooks for what the package writer once left to ExcelJS, each built here from the rich workbook
 * (chart, picture, note, threaded comment, macros) with hand-written XML: the parts that made it
 * fall back, and nothing copied from a real file.
 */
import JSZip from 'jszip';
import { richWorkbook } from './rich-fixture';

export const SHEET = 'xl/worksheets/sheet1.xml';

/** The rich workbook with `edit` applied to its parts. */
export async function variant(edit: (zip: JSZip, text: (p: string) => Promise<string>) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await richWorkbook());
  await edit(zip, (p) => zip.file(p)!.async('string'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Adds a content type override. */
export async function override(zip: JSZip, part: string, type: string): Promise<void> {
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`));
}

/** Dates: the 1904 date system, and cell E4 styled with a Chinese date format (built-in 31). */
export function datedWorkbook(date1904: boolean): Promise<Buffer> {
  return variant(async (zip, text) => {
    if (date1904) zip.file('xl/workbook.xml', (await text('xl/workbook.xml')).replace('<workbookPr ', '<workbookPr date1904="1" '));
    const styles = await text('xl/styles.xml');
    const n = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
    zip.file(
      'xl/styles.xml',
      styles.replace(
        /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/,
        (_w, xfs: string) => `<cellXfs count="${n + 1}">${xfs}<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`,
      ),
    );
    zip.file(SHEET, (await text(SHEET)).replace('<c r="E4" s="5">', `<c r="E4" s="${n}">`));
  });
}

/**
 * A one-variable data table below the indicator table (模拟运算表: input cell B150, formula row C151,
 * inputs B152:B153 and results C152:C153), and a two-variable one at M10:N11 beside it.
 */
export function dataTableWorkbook(): Promise<Buffer> {
  return variant(async (zip, text) => {
    const rows =
      '<row r="150"><c r="B150"><v>10</v></c></row><row r="151"><c r="C151"><f>B150*2</f><v>20</v></c></row>' +
      '<row r="152"><c r="B152"><v>1</v></c><c r="C152"><f t="dataTable" ref="C152:C153" dt2D="0" dtr="0" r1="B150"/><v>2</v></c></row>' +
      '<row r="153"><c r="B153"><v>2</v></c><c r="C153"><v>4</v></c></row>';
    const sheet = (await text(SHEET)).replace('</sheetData>', `${rows}</sheetData>`);
    // M10:N11, inputs B150 (row) and B151 (column): rows 10–11 are above every insert the plan makes.
    const two = (r: number, inner: string) => sheet.replace(new RegExp(`(<row r="${r}"[^>]*>[\\s\\S]*?)</row>`), `$1${inner}</row>`);
    let s = two(10, '<c r="M10"><f t="dataTable" ref="M10:N11" dt2D="1" dtr="1" r1="B150" r2="B151"/><v>1</v></c><c r="N10"><v>2</v></c>');
    s = s.replace(/(<row r="11"[^>]*>[\s\S]*?)<\/row>/, '$1<c r="M11"><v>3</v></c><c r="N11"><v>4</v></c></row>');
    zip.file(SHEET, s.replace(/(<row r="1[01]") spans="[^"]*"/g, '$1'));
  });
}

/**
 * No cell formats: 'no part' has no styles part at all (nor its relationship or content type),
 * 'no cellXfs' a styles part with fonts and fills but no cell format lists, 'empty' a bare
 * <styleSheet/>; the sheet's cells lose their s= (nothing for them to name).
 */
export function unstyledWorkbook(kind: 'no part' | 'no cellXfs' | 'empty'): Promise<Buffer> {
  return variant(async (zip, text) => {
    zip.file(SHEET, (await text(SHEET)).replace(/(<c\b[^>]*?)\ss="\d+"/g, '$1').replace(/(<row\b[^>]*?)\s(s|customFormat)="\d+"/g, '$1'));
    const styles = await text('xl/styles.xml');
    if (kind === 'no cellXfs')
      zip.file(
        'xl/styles.xml',
        styles.replace(/<cellStyleXfs\b[\s\S]*?<\/cellStyleXfs>|<cellXfs\b[\s\S]*?<\/cellXfs>|<cellStyles\b[\s\S]*?<\/cellStyles>|<dxfs\b[\s\S]*?<\/dxfs>/g, ''),
      );
    if (kind === 'empty')
      zip.file('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    if (kind !== 'no part') return;
    zip.remove('xl/styles.xml');
    zip.file('xl/_rels/workbook.xml.rels', (await text('xl/_rels/workbook.xml.rels')).replace(/<Relationship\b[^>]*\/styles"[^>]*\/>/, ''));
    zip.file('[Content_Types].xml', (await text('[Content_Types].xml')).replace(/<Override PartName="\/xl\/styles\.xml"[^>]*\/>/, ''));
  });
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (items: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;

/** Adds relationships to a part's rels (creating it). */
async function relate(zip: JSZip, relsPart: string, items: [string, string, string][]): Promise<void> {
  const old = zip.file(relsPart) ? await zip.file(relsPart)!.async('string') : rels([]);
  const added = rels(items).replace(/^[\s\S]*?<Relationships[^>]*>|<\/Relationships>$/g, '');
  zip.file(relsPart, old.replace('</Relationships>', `${added}</Relationships>`));
}

/**
 * A pivot cache whose source is B3:B134 of the indicator sheet (no saved records: refreshed on load),
 * and a pivot table on that sheet at `at` (e.g. M140:M142, below the rows fill inserts).
 */
export function pivotWorkbook(at: string): Promise<Buffer> {
  return variant(async (zip, text) => {
    zip.file(
      'xl/pivotCache/pivotCacheDefinition1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" saveData="0" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="B3:B134" sheet="绩效目标表"/></cacheSource><cacheFields count="1"><cacheField name="项目名称" numFmtId="0"><sharedItems count="1"><s v="x"/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>`,
    );
    zip.file(
      'xl/pivotTables/pivotTable1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" outline="1" outlineData="1"><location ref="${at}" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/><pivotFields count="1"><pivotField axis="axisRow" showAll="0"><items count="2"><item x="0"/><item t="default"/></items></pivotField></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="2"><i><x/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems></pivotTableDefinition>`,
    );
    await relate(zip, 'xl/pivotTables/_rels/pivotTable1.xml.rels', [['rId1', `${REL}/pivotCacheDefinition`, '../pivotCache/pivotCacheDefinition1.xml']]);
    await relate(zip, 'xl/worksheets/_rels/sheet1.xml.rels', [['rId9', `${REL}/pivotTable`, '../pivotTables/pivotTable1.xml']]);
    await relate(zip, 'xl/_rels/workbook.xml.rels', [['rIdPc1', `${REL}/pivotCacheDefinition`, 'pivotCache/pivotCacheDefinition1.xml']]);
    zip.file('xl/workbook.xml', (await text('xl/workbook.xml')).replace('</workbook>', '<pivotCaches><pivotCache cacheId="1" r:id="rIdPc1"/></pivotCaches></workbook>'));
    await override(zip, 'xl/pivotCache/pivotCacheDefinition1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml');
    await override(zip, 'xl/pivotTables/pivotTable1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml');
  });
}

/** A text import's query table on the indicator sheet, filling M140:N150 (its defined name ExternalData_1), sorted by column M. */
export function queryTableWorkbook(): Promise<Buffer> {
  return variant(async (zip, text) => {
    zip.file(
      'xl/queryTables/queryTable1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<queryTable xmlns="${MAIN}" name="ExternalData_1" connectionId="1" autoFormatId="16" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="1" applyPatternFormats="1" applyAlignmentFormats="0" applyWidthHeightFormats="0"><queryTableRefresh nextId="3"><queryTableFields count="2"><queryTableField id="1" name="单位"/><queryTableField id="2" name="金额"/></queryTableFields><sortState ref="M141:N150"><sortCondition ref="M141:M150"/></sortState></queryTableRefresh></queryTable>`,
    );
    zip.file(
      'xl/connections.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<connections xmlns="${MAIN}"><connection id="1" name="资金" type="6" refreshedVersion="6" background="1" saveData="1"><textPr codePage="936" sourceFile="资金.txt" delimited="1" tab="1"><textFields count="2"><textField/><textField/></textFields></textPr></connection></connections>`,
    );
    await relate(zip, 'xl/worksheets/_rels/sheet1.xml.rels', [['rId9', `${REL}/queryTable`, '../queryTables/queryTable1.xml']]);
    await relate(zip, 'xl/_rels/workbook.xml.rels', [['rIdConn', `${REL}/connections`, 'connections.xml']]);
    zip.file(
      'xl/workbook.xml',
      (await text('xl/workbook.xml')).replace(
        '<calcPr',
        '<definedNames><definedName name="ExternalData_1" localSheetId="0" hidden="1">绩效目标表!$M$140:$N$150</definedName></definedNames><calcPr',
      ),
    );
    zip.file(
      SHEET,
      (await text(SHEET)).replace(
        '</sheetData>',
        '<row r="140"><c r="M140" t="inlineStr"><is><t>单位</t></is></c><c r="N140" t="inlineStr"><is><t>金额</t></is></c></row><row r="141"><c r="M141" t="inlineStr"><is><t>甲</t></is></c><c r="N141"><v>12</v></c></row></sheetData>',
      ),
    );
    await override(zip, 'xl/queryTables/queryTable1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.queryTable+xml');
    await override(zip, 'xl/connections.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml');
  });
}

/**
 * Merged areas below the indicator table for plans to cut through: M150:N150 (甲), P151:Q151 (乙),
 * S151:T151 with a value in T152 (丙), and V152:W152 (己) beside an empty W150:X150.
 */
export function mergedWorkbook(): Promise<Buffer> {
  return variant(async (zip, text) => {
    const s = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const rows = `<row r="150">${s('M150', '甲')}</row><row r="151">${s('P151', '乙')}${s('S151', '戊')}</row><row r="152">${s('T152', '丙')}${s('V152', '己')}</row>`;
    const extra = ['M150:N150', 'P151:Q151', 'S151:T151', 'V152:W152', 'W150:X150'];
    zip.file(
      SHEET,
      (await text(SHEET))
        .replace('</sheetData>', `${rows}</sheetData>`)
        .replace(/<mergeCells count="(\d+)">/, (_w, n: string) => `<mergeCells count="${Number(n) + extra.length}">${extra.map((r) => `<mergeCell ref="${r}"/>`).join('')}`),
    );
  });
}

/**
 * The rich workbook's sheet with two more comments parts beside its own (Excel keeps one per sheet):
 * comments2 notes `cells` (author 会计) and B3 (author 审核), comments3 notes B3 again and A2. None of
 * them has a box in the sheet's drawing.
 */
export function manyCommentsWorkbook(cells: string[]): Promise<Buffer> {
  const note = (ref: string, author: number, t: string) => `<comment ref="${ref}" authorId="${author}"><text><r><rPr><b/><sz val="9"/></rPr><t>${t}</t></r></text></comment>`;
  const part = (authors: string[], notes: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors>${authors.map((a) => `<author>${a}</author>`).join('')}</authors><commentList>${notes}</commentList></comments>`;
  return variant(async (zip) => {
    zip.file('xl/comments2.xml', part(['会计', '审核'], cells.map((c) => note(c, 0, `第二份：${c}`)).join('') + note('B3', 1, '第二份：B3')));
    zip.file('xl/comments3.xml', part(['审核'], note('B3', 0, '第三份：B3') + note('A2', 0, '第三份：A2')));
    await relate(zip, 'xl/worksheets/_rels/sheet1.xml.rels', [
      ['rId7', `${REL}/comments`, '../comments2.xml'],
      ['rId8', `${REL}/comments`, '../comments3.xml'],
    ]);
    await override(zip, 'xl/comments2.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
    await override(zip, 'xl/comments3.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
  });
}
