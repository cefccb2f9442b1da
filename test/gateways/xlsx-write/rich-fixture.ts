/**
 * The seed workbook with the parts ExcelJS cannot keep: a chart and a picture on one drawing, a
 * legacy note with its VML box, a threaded comment (with its persons list) and a macro project.
 * Hand-written XML, enough for a package Excel accepts; the parts must leave `fill` unchanged.
 */
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import { fixture } from '../../helpers/fixtures';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const rels = (items: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;

const anchor = (row: number, inner: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + 8}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${inner}<xdr:clientData/></xdr:twoCellAnchor>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">${anchor(
  2,
  `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="图片 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`,
)}${anchor(
  100,
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId2"/></a:graphicData></a:graphic></xdr:graphicFrame>`,
)}</xdr:wsDr>`;

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>绩效目标表!$E$120:$E$126</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>tc={8F1D2C3B-0000-4000-8000-000000000001}</author></authors><commentList><comment ref="C120" authorId="0"><text><t>[线程批注] 请核对</t></text></comment></commentList></comments>`;

const VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>3, 15, 118, 2, 5, 15, 122, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>119</x:Row><x:Column>2</x:Column></x:ClientData></v:shape></xml>`;

const THREADED = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><threadedComment ref="C120" dT="2024-03-01T08:00:00.00" personId="{5A0B0C0D-0000-4000-8000-000000000002}" id="{8F1D2C3B-0000-4000-8000-000000000001}"><text>请核对</text></threadedComment><threadedComment ref="C120" dT="2024-03-02T08:00:00.00" personId="{5A0B0C0D-0000-4000-8000-000000000002}" id="{8F1D2C3B-0000-4000-8000-000000000003}" parentId="{8F1D2C3B-0000-4000-8000-000000000001}"><text>已核对</text></threadedComment></ThreadedComments>`;

const PERSONS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><person displayName="会计" id="{5A0B0C0D-0000-4000-8000-000000000002}" userId="kuaiji" providerId="None"/></personList>`;

/** Parts the rich workbook adds; each must come out of `fill` byte for byte, or moved only where rows were inserted. */
export const RICH_PARTS = [
  'xl/media/image1.png',
  'xl/charts/chart1.xml',
  'xl/threadedComments/threadedComment1.xml',
  'xl/persons/person.xml',
  'xl/vbaProject.bin',
  'xl/drawings/drawing1.xml',
  'xl/comments1.xml',
  'xl/drawings/vmlDrawing1.vml',
];

export async function richWorkbook(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(fixture('seed-tianjin-2024.xlsx')));
  const text = (p: string) => zip.file(p)!.async('string');
  zip.file('xl/media/image1.png', PNG);
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    rels([
      ['rId1', `${REL}/image`, '../media/image1.png'],
      ['rId2', `${REL}/chart`, '../charts/chart1.xml'],
    ]),
  );
  zip.file('xl/charts/chart1.xml', CHART);
  zip.file('xl/comments1.xml', COMMENTS);
  zip.file('xl/drawings/vmlDrawing1.vml', VML);
  zip.file('xl/threadedComments/threadedComment1.xml', THREADED);
  zip.file('xl/persons/person.xml', PERSONS);
  zip.file('xl/vbaProject.bin', Buffer.from('not really a macro project, but bytes that must survive'));
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    rels([
      ['rId1', `${REL}/drawing`, '../drawings/drawing1.xml'],
      ['rId2', `${REL}/comments`, '../comments1.xml'],
      ['rId3', `${REL}/vmlDrawing`, '../drawings/vmlDrawing1.vml'],
      ['rId4', 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', '../threadedComments/threadedComment1.xml'],
    ]),
  );
  const sheet = await text('xl/worksheets/sheet1.xml');
  zip.file('xl/worksheets/sheet1.xml', sheet.replace('</worksheet>', '<drawing r:id="rId1"/><legacyDrawing r:id="rId3"/></worksheet>'));
  const wbRels = await text('xl/_rels/workbook.xml.rels');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    wbRels.replace(
      '</Relationships>',
      `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/><Relationship Id="rIdPersons" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>`,
    ),
  );
  const types = await text('[Content_Types].xml');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      [
        '<Default Extension="png" ContentType="image/png"/>',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
        '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>',
        '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>',
        '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>',
        '</Types>',
      ].join(''),
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
