/**
 * The seed workbook with notes as Excel writes them beside threaded comments: each thread (MS-XLSX
 * CT_ThreadedComment, with the persons list) has its legacy placeholder in the comments part (author
 * "tc={id}") and a VML box; plain notes carry formatted runs (author in bold, then the text) or,
 * as some generators write them, one bare <t>. Hand-written XML built here, not a copied file.
 */
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import { colLetters, colNumber } from '../../../src/sheet/a1';
import { fixture } from '../../helpers/fixtures';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const guid = (k: number) => `{0A1B2C3D-0000-4000-8000-${String(k).padStart(12, '0')}}`;
const PERSON = '{5A0B0C0D-0000-4000-8000-0000000000AA}';
const at = (ref: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  return { row: Number(m[2]) - 1, col: colNumber(m[1]) - 1 };
};

const RUN_FONT = '<sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/>';

export interface NotedCells {
  /** Cells with a thread (top comment + one reply). */
  threaded: string[];
  /** Cells with a note as Excel writes it (runs). */
  noted: string[];
  /** Cells with a note of one bare <t>. */
  bare?: string[];
}

function box(id: number, ref: string): string {
  const { row, col } = at(ref);
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:100pt;height:56pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" o:insetmode="auto">` +
    '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${Math.max(0, row - 1)}, 2, ${col + 3}, 15, ${row + 3}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

/** The seed's first sheet with these threads and notes. */
export async function notedWorkbook(cells: NotedCells): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(fixture('seed-tianjin-2024.xlsx')));
  const text = (p: string) => zip.file(p)!.async('string');
  const bare = cells.bare ?? [];
  const authors = [...cells.threaded.map((_, k) => `tc=${guid(2 * k + 1)}`), '会计'];
  const comments = [
    ...cells.threaded.map(
      (ref, k) =>
        `<comment ref="${ref}" authorId="${k}" shapeId="0" xr:uid="${guid(2 * k + 1)}"><text><t>[Threaded comment]\n\n线程批注（新版 Excel 中可回复）：\n    第 ${k + 1} 条讨论</t></text></comment>`,
    ),
    ...cells.noted.map(
      (ref) =>
        `<comment ref="${ref}" authorId="${authors.length - 1}" shapeId="0" xr:uid="{0A1B2C3D-0000-4000-8000-0000000${ref.padStart(5, '0')}}"><text><r><rPr><b/>${RUN_FONT}</rPr><t>会计:</t></r><r><rPr>${RUN_FONT}</rPr><t xml:space="preserve">\n原有批注 ${ref}</t></r></text></comment>`,
    ),
    ...bare.map((ref) => `<comment ref="${ref}" authorId="${authors.length - 1}"><text><t>只有一段 ${ref}</t></text></comment>`),
  ];
  zip.file(
    'xl/comments1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors>${authors.map((a) => `<author>${a}</author>`).join('')}</authors><commentList>${comments.join('')}</commentList></comments>`,
  );
  const all = [...cells.threaded, ...cells.noted, ...bare];
  zip.file(
    'xl/drawings/vmlDrawing1.vml',
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\n <o:shapelayout v:ext="edit">\n  <o:idmap v:ext="edit" data="1"/>\n </o:shapelayout>' +
      '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
      all.map((ref, i) => box(1025 + i, ref)).join('') +
      '</xml>',
  );
  const threads = cells.threaded.flatMap((ref, k) => [
    `<threadedComment ref="${ref}" dT="2024-03-0${(k % 8) + 1}T08:00:00.00" personId="${PERSON}" id="${guid(2 * k + 1)}"><text>第 ${k + 1} 条讨论</text></threadedComment>`,
    `<threadedComment ref="${ref}" dT="2024-03-0${(k % 8) + 1}T09:00:00.00" personId="${PERSON}" id="${guid(2 * k + 2)}" parentId="${guid(2 * k + 1)}"><text>已回复</text></threadedComment>`,
  ]);
  zip.file(
    'xl/threadedComments/threadedComment1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${threads.join('')}</ThreadedComments>`,
  );
  zip.file(
    'xl/persons/person.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><person displayName="会计" id="${PERSON}" userId="kuaiji" providerId="None"/></personList>`,
  );
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/><Relationship Id="rId2" Type="${REL}/comments" Target="../comments1.xml"/><Relationship Id="rId1" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
  );
  const sheet = await text('xl/worksheets/sheet1.xml');
  zip.file('xl/worksheets/sheet1.xml', sheet.replace('</worksheet>', '<legacyDrawing r:id="rId1"/></worksheet>'));
  const wbRels = await text('xl/_rels/workbook.xml.rels');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    wbRels.replace(
      '</Relationships>',
      '<Relationship Id="rIdPersons" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>',
    ),
  );
  const types = await text('[Content_Types].xml');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
        '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>' +
        '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export const cellName = (row: number, col: number) => `${colLetters(col)}${row}`;

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';

/**
 * The seed with a VML drawing that is not for notes: a picture in the page header (<legacyDrawingHF>,
 * its own drawing) or a form control (a check box in the sheet's <legacyDrawing>, where notes go too).
 */
export async function legacyDrawingWorkbook(kind: 'header picture' | 'check box'): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(fixture('seed-tianjin-2024.xlsx')));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  if (kind === 'header picture') {
    zip.file('xl/media/image1.png', PNG);
    zip.file(
      'xl/drawings/vmlDrawing1.vml',
      `<xml ${VML_NS}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock v:ext="edit" aspectratio="t"/></v:shapetype><v:shape id="LH" o:spid="_x0000_s1025" type="#_x0000_t75" style="position:absolute;margin-left:0;margin-top:0;width:60pt;height:20pt;z-index:1"><v:imagedata o:relid="rId1" o:title="单位标志"/><o:lock v:ext="edit" rotation="t"/></v:shape></xml>`,
    );
    zip.file(
      'xl/drawings/_rels/vmlDrawing1.vml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/image" Target="../media/image1.png"/></Relationships>`,
    );
    zip.file(
      'xl/worksheets/sheet1.xml',
      sheet
        .replace('<rowBreaks', '<headerFooter><oddHeader>&amp;L&amp;G</oddHeader></headerFooter><rowBreaks')
        .replace('</worksheet>', '<legacyDrawingHF r:id="rId1"/></worksheet>'),
    );
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>'));
  } else {
    zip.file(
      'xl/drawings/vmlDrawing1.vml',
      `<xml ${VML_NS}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path shadowok="f" o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/><o:lock v:ext="edit" shapetype="t"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t201" style="position:absolute;margin-left:300pt;margin-top:30pt;width:60pt;height:16pt;z-index:1" filled="f" stroked="f" o:insetmode="auto"><v:textbox style="mso-direction-alt:auto" o:singleclick="f"><div style="text-align:left"><font face="宋体" size="180">已审核</font></div></v:textbox><x:ClientData ObjectType="Checkbox"><x:Anchor>6, 0, 2, 0, 7, 0, 3, 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:AutoLine>False</x:AutoLine><x:TextVAlign>Center</x:TextVAlign><x:Checked>1</x:Checked><x:NoThreeD/></x:ClientData></v:shape></xml>`,
    );
    zip.file('xl/worksheets/sheet1.xml', sheet.replace('</worksheet>', '<legacyDrawing r:id="rId1"/></worksheet>'));
  }
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
