import { readFileSync, writeFileSync } from 'fs';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { posix } from 'path';
import { readWorkbook } from '../../../src/gateways/exceljs/read';
import { writeWorkbook } from '../../../src/gateways/exceljs/write';
import { tempDir } from './tmp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

async function plain(name: string, extra?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表1');
  ws.getCell('A1').value = 1;
  wb.addWorksheet('表2').getCell('A1').value = 2;
  extra?.(wb);
  const file = tmp.path(name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Adds a part with its content type and a relationship from `from` (a part path). */
async function addPart(zip: JSZip, from: string, part: string, xml: string | Buffer, contentType: string, relType: string): Promise<string> {
  zip.file(part, xml);
  const ct = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', ct.replace('</Types>', `<Override PartName="/${part}" ContentType="${contentType}"/></Types>`));
  const dir = from.slice(0, from.lastIndexOf('/'));
  const relsPath = `${dir}/_rels/${from.slice(dir.length + 1)}.rels`;
  const rels =
    (await zip.file(relsPath)?.async('string')) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const id = `rIdJx${Object.keys(zip.files).length}`;
  const target = posix.relative(dir, part);
  zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${relType}" Target="${target}"/></Relationships>`));
  return id;
}

async function patch(file: string, f: (zip: JSZip) => Promise<void>): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  await f(zip);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

async function addDrawing(zip: JSZip, body: string): Promise<void> {
  const sheet = 'xl/worksheets/sheet1.xml';
  const id = await addPart(
    zip,
    sheet,
    'xl/drawings/drawing1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">${body}</xdr:wsDr>`,
    'application/vnd.openxmlformats-officedocument.drawing+xml',
    `${R}/drawing`,
  );
  const xml = await zip.file(sheet)!.async('string');
  zip.file(sheet, xml.replace('</worksheet>', `<drawing r:id="${id}"/></worksheet>`));
}

const anchor = (inner: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>10</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${inner}<xdr:clientData/></xdr:twoCellAnchor>`;

describe('losses', () => {
  test('a plain workbook, with an image and a table, has none and keeps them on write', async () => {
    const file = await plain('plain.xlsx', (wb) => {
      const ws = wb.getWorksheet('表1')!;
      ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'C3:D5');
      ws.addTable({ name: 'T1', ref: 'F1', headerRow: true, columns: [{ name: 'a' }, { name: 'b' }], rows: [[1, 2]] });
    });
    const { workbook, losses } = await readWorkbook(file);
    expect(losses).toEqual([]);
    const out = tmp.path('plain-out.xlsx');
    await writeWorkbook(workbook, out, { inputPath: file });
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(zip.file(/^xl\/media\/image1\.png$/)).toHaveLength(1);
    expect(zip.file(/^xl\/tables\/table1\.xml$/)).toHaveLength(1);
  });

  test('chart, threaded comment, persons and VBA are listed, with their sheet', async () => {
    const file = await plain('rich.xlsx');
    await patch(file, async (zip) => {
      await addDrawing(
        zip,
        anchor(
          `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdJxChart"/></a:graphicData></a:graphic></xdr:graphicFrame>`,
        ),
      );
      const chartRel = await addPart(
        zip,
        'xl/drawings/drawing1.xml',
        'xl/charts/chart1.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>`,
        'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
        `${R}/chart`,
      );
      const d = await zip.file('xl/drawings/drawing1.xml')!.async('string');
      zip.file('xl/drawings/drawing1.xml', d.replace('rIdJxChart', chartRel));
      await addPart(
        zip,
        'xl/worksheets/sheet2.xml',
        'xl/threadedComments/threadedComment1.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="A1" dT="2024-01-01T00:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>请核对</text></threadedComment></ThreadedComments>`,
        'application/vnd.ms-excel.threadedcomments+xml',
        'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
      );
      await addPart(
        zip,
        'xl/workbook.xml',
        'xl/persons/person.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="张三" id="{00000000-0000-0000-0000-000000000001}" userId="zs" providerId="None"/></personList>`,
        'application/vnd.ms-excel.person+xml',
        'http://schemas.microsoft.com/office/2017/10/relationships/person',
      );
      await addPart(
        zip,
        'xl/workbook.xml',
        'xl/vbaProject.bin',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
        'application/vnd.ms-office.vbaProject',
        'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
      );
    });
    const { losses, grids, workbook } = await readWorkbook(file);
    expect(grids.map((g) => g.name)).toEqual(['表1', '表2']);
    // The claim behind the list: ExcelJS really drops these parts.
    const out = tmp.path('rich-out.xlsx');
    await writeWorkbook(workbook, out, { inputPath: file });
    const written = Object.keys((await JSZip.loadAsync(readFileSync(out))).files);
    expect(written.filter((p) => /charts|threadedComments|persons|vbaProject/.test(p))).toEqual([]);
    expect(losses).toEqual(
      expect.arrayContaining([
        { part: 'xl/charts/chart1.xml', sheet: '表1', zh: '图表（xl/charts/chart1.xml）无法保留', en: 'Chart (xl/charts/chart1.xml) cannot be kept' },
        expect.objectContaining({ part: 'xl/threadedComments/threadedComment1.xml', sheet: '表2', zh: expect.stringMatching(/^线程批注.*无法保留$/) }),
        expect.objectContaining({ part: 'xl/persons/person.xml' }),
        expect.objectContaining({ part: 'xl/vbaProject.bin', zh: '宏代码 VBA（xl/vbaProject.bin）无法保留' }),
      ]),
    );
    expect(losses).toHaveLength(4);
  });

  test('shapes, sparklines, column breaks and formula names are listed', async () => {
    const file = await plain('marks.xlsx');
    await patch(file, async (zip) => {
      await addDrawing(
        zip,
        anchor(
          `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="文本框 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1" cy="1"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:sp>`,
        ),
      );
      const s2 = 'xl/worksheets/sheet2.xml';
      const xml = await zip.file(s2)!.async('string');
      zip.file(
        s2,
        xml.replace(
          '</worksheet>',
          '<colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/></colBreaks><extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>表2!A1:A1</xm:f><xm:sqref>B1</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst></worksheet>',
        ),
      );
      const wbXml = await zip.file('xl/workbook.xml')!.async('string');
      zip.file(
        'xl/workbook.xml',
        wbXml.replace(/<definedNames>|<calcPr/, (m) =>
          m === '<calcPr' ? '<definedNames><definedName name="税率">0.06</definedName><definedName name="甲" localSheetId="0">表1!$A$1</definedName></definedNames><calcPr' : m,
        ),
      );
    });
    const { losses } = await readWorkbook(file);
    const byPart = losses.map((l) => [l.part, l.sheet, l.zh]);
    expect(byPart).toEqual(
      expect.arrayContaining([
        ['xl/drawings/drawing1.xml', '表1', '形状或文本框（xl/drawings/drawing1.xml）无法保留'],
        ['xl/worksheets/sheet2.xml', '表2', '迷你图（xl/worksheets/sheet2.xml）无法保留'],
        ['xl/worksheets/sheet2.xml', '表2', '列分页符（xl/worksheets/sheet2.xml）无法保留'],
        ['xl/workbook.xml', undefined, '名称“税率”（xl/workbook.xml）无法保留'],
        ['xl/workbook.xml', undefined, '名称“甲”的工作表范围无法保留，将变为整个工作簿范围'],
      ]),
    );
    expect(losses).toHaveLength(5);
  });

  test('row page breaks survive a read and write (ExcelJS drops them on read)', async () => {
    const file = await plain('breaks.xlsx', (wb) => wb.getWorksheet('表1')!.getRow(20).addPageBreak());
    const { workbook } = await readWorkbook(file);
    const out = tmp.path('breaks-out.xlsx');
    await writeWorkbook(workbook, out, { inputPath: file });
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<rowBreaks[^>]*><brk id="20"[^>]*man="1"\/><\/rowBreaks>/);
  });
});
