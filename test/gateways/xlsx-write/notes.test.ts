/**
 * Notes written by the package edit, one sheet after another: each sheet gets its own comments
 * part and VML drawing, shape-id blocks are not shared; a sheet that has notes gets the new ones
 * added to its parts, a cell that has a note gets the text appended (as the ExcelJS path does), and a
 * cell with a threaded comment gets none (Excel holds one or the other; the command says so).
 */
import { readFileSync } from 'fs';
import { Package } from '../../../src/gateways/xlsx/input';
import { workbookParts } from '../../../src/gateways/xlsx/read';
import { gridsOf } from '../../../src/gateways/xlsx/read';
import { writePlan } from '../../../src/gateways/xlsx-write/package';
import { fixture } from '../../helpers/fixtures';
import { legacyDrawingWorkbook, notedWorkbook } from './notes-fixture';
import { load, packageProblems, parts } from './package-check';

/** A note's text as ExcelJS reads it (a string, or runs). */
const noteText = (n: unknown) => (typeof n === 'string' ? n : (n as { texts: { text: string }[] }).texts.map((t) => t.text).join(''));

const note = (sheet: string, row: number, col: number, text: string) => ({ kind: 'note' as const, sheet, row, col, text });

describe('notes in the package', () => {
  const buf = readFileSync(fixture('real-05-sichuan-daying.xlsx'));
  const names = workbookParts(Package.open('', buf)).sheets.map((s) => s.name);

  test('two sheets noted in two passes: own parts, distinct shape-id blocks, ExcelJS reads every note', async () => {
    expect(names.length).toBeGreaterThanOrEqual(2);
    const once = writePlan(buf, { edits: [note(names[0], 2, 3, '第一条 & <注意>'), note(names[0], 2, 3, '第二条'), note(names[0], 1048576, 16384, '最后一格')] });
    expect(packageProblems(once)).toEqual([]);
    const twice = writePlan(once, { edits: [note(names[1], 5, 1, '另一张表')] });
    expect(packageProblems(twice)).toEqual([]);
    const p = parts(twice);
    const vml = [...p.keys()].filter((k) => k.endsWith('.vml'));
    expect(vml).toHaveLength(2);
    const blocks = vml.map((k) => /<o:idmap\b[^>]*\sdata="([^"]*)"/.exec(p.get(k)!.toString('utf8'))![1]);
    expect(new Set(blocks).size).toBe(2);
    const wb = await load(twice);
    expect(wb.getWorksheet(names[0])!.getCell(2, 3).note).toBe('第一条 & <注意>\n第二条');
    // Excel's last cell: its box stays on the sheet (ExcelJS does not read a note that far out).
    expect(p.get('xl/comments1.xml')!.toString('utf8')).toContain('<comment ref="XFD1048576" authorId="0">');
    const box = /<x:Anchor>([^<]*)<\/x:Anchor>(?:(?!<x:Anchor>)[\s\S])*?<x:Row>1048575<\/x:Row><x:Column>16383<\/x:Column>/.exec(p.get(vml[0])!.toString('utf8'));
    const anchor = box![1].split(',').map(Number);
    expect(Math.max(anchor[0], anchor[4])).toBeLessThanOrEqual(16383);
    expect(Math.max(anchor[2], anchor[6])).toBeLessThanOrEqual(1048575);
    expect(wb.getWorksheet(names[1])!.getCell(5, 1).note).toBe('另一张表');
    // The first pass's parts are carried over byte for byte by the second.
    for (const k of ['xl/comments1.xml', vml[0]]) expect(p.get(k)!.equals(parts(once).get(k)!)).toBe(true);
  });

  test('a drawing without o:idmap still claims the block of its shape ids', async () => {
    const { richWorkbook } = await import('./rich-fixture');
    const rich = await richWorkbook();
    const p0 = parts(rich);
    expect(p0.get('xl/drawings/vmlDrawing1.vml')!.toString('utf8')).not.toContain('o:idmap');
    // Such a drawing (as the rich workbook's) on the first sheet: shape 1025, block 1 taken; the next drawing gets block 2.
    const twoSheets = writePlan(buf, { edits: [note(names[0], 2, 3, 'x')] });
    const withOld = parts(twoSheets)
      .get('xl/drawings/vmlDrawing1.vml')!
      .toString('utf8')
      .replace(/<o:shapelayout\b[\s\S]*?<\/o:shapelayout>/, '');
    const { writeZip } = await import('../../../src/gateways/xlsx-write/zip-out');
    const { readDirectory } = await import('../../../src/gateways/xlsx/zip');
    const stripped = writeZip(twoSheets, readDirectory(twoSheets), [...parts(twoSheets).keys()], new Map([['xl/drawings/vmlDrawing1.vml', Buffer.from(withOld, 'utf8')]]));
    const out = parts(writePlan(stripped, { edits: [note(names[1], 5, 1, 'y')] }));
    expect(/<o:idmap\b[^>]*\sdata="([^"]*)"/.exec(out.get('xl/drawings/vmlDrawing2.vml')!.toString('utf8'))![1]).toBe('2');
  });

  test('a sheet with notes of its own: new notes join its parts; a noted cell gets the text appended', async () => {
    const once = writePlan(buf, { edits: [note(names[0], 2, 3, '原有批注')] });
    const twice = writePlan(once, { edits: [note(names[0], 4, 4, '新批注'), note(names[0], 9, 2, '再一条')] });
    expect(packageProblems(twice)).toEqual([]);
    const p = parts(twice);
    expect([...p.keys()].filter((k) => k.endsWith('.vml') || /comments\d*\.xml$/.test(k))).toHaveLength(2);
    const vml = p.get('xl/drawings/vmlDrawing1.vml')!.toString('utf8');
    expect(/<o:idmap\b[^>]*\sdata="([^"]*)"/.exec(vml)![1]).toBe('1,2');
    expect(vml.match(/id="_x0000_s2049"/g)).toHaveLength(1);
    expect(vml.match(/<v:shapetype\b/g)).toHaveLength(1);
    const ws = (await load(twice)).getWorksheet(names[0])!;
    expect([ws.getCell(2, 3).note, ws.getCell(4, 4).note, ws.getCell(9, 2).note]).toEqual(['原有批注', '新批注', '再一条']);
    // Appended as a run (as the ExcelJS path appends it); the cell's box is not drawn twice.
    const thrice = writePlan(twice, { edits: [note(names[0], 2, 3, '同一格'), note(names[0], 4, 4, '又一条')] });
    expect(packageProblems(thrice)).toEqual([]);
    const ws3 = (await load(thrice)).getWorksheet(names[0])!;
    expect([noteText(ws3.getCell(2, 3).note), noteText(ws3.getCell(4, 4).note), noteText(ws3.getCell(9, 2).note)]).toEqual(['原有批注\n同一格', '新批注\n又一条', '再一条']);
    expect(parts(thrice).get('xl/drawings/vmlDrawing1.vml')!.equals(p.get('xl/drawings/vmlDrawing1.vml')!)).toBe(true);
  });
});

describe('notes beside threaded comments and notes Excel wrote', () => {
  const cells = { threaded: ['E19', 'C7'], noted: ['E20'], bare: ['E21'] };
  let input: Buffer;
  beforeAll(async () => {
    input = await notedWorkbook(cells);
  });
  const sheet = '绩效目标表';

  test('no note on a threaded cell, its thread and placeholder kept byte for byte; others appended or added', async () => {
    const said: { zh: string }[] = [];
    const out = writePlan(input, { edits: [note(sheet, 19, 5, '不写'), note(sheet, 20, 5, '追加'), note(sheet, 21, 5, '追加到裸文本'), note(sheet, 22, 5, '新的')] }, said);
    expect(packageProblems(out)).toEqual([]);
    expect(said).toEqual([{ zh: '输出文件中工作表“绩效目标表”的 E19 已有线程批注，Excel 中一个单元格不能同时有线程批注和批注，这些单元格未加批注（标色照常）。' }]);
    const before = parts(input);
    const after = parts(out);
    for (const [k, v] of before) if (!/^xl\/(comments1\.xml|drawings\/vmlDrawing1\.vml)$/.test(k)) expect([k, after.get(k)!.equals(v)]).toEqual([k, true]);
    // Every element of the comments part that was there stays as it was, except the two appended to.
    const els = (b: Buffer) => b.toString('utf8').match(/<comment\b[\s\S]*?<\/comment>/g)!;
    const old = els(before.get('xl/comments1.xml')!);
    const now = els(after.get('xl/comments1.xml')!);
    expect(now.slice(0, 2)).toEqual(old.slice(0, 2));
    expect(now[2]).toBe(old[2].replace('</r></text>', '</r><r><t xml:space="preserve">\n追加</t></r></text>'));
    expect(now[3]).toContain('<text><r><t>只有一段 E21</t></r><r><t xml:space="preserve">\n追加到裸文本</t></r></text>');
    expect(now).toHaveLength(5);
    // The old boxes stay; one new box in a new block.
    const vml = after.get('xl/drawings/vmlDrawing1.vml')!.toString('utf8');
    for (const shape of before
      .get('xl/drawings/vmlDrawing1.vml')!
      .toString('utf8')
      .match(/<v:shape\b[\s\S]*?<\/v:shape>/g)!)
      expect(vml).toContain(shape);
    expect(vml.match(/<v:shape\b/g)).toHaveLength(5);
    expect(/<o:idmap\b[^>]*\sdata="([^"]*)"/.exec(vml)![1]).toBe('1,2');
    const ws = (await load(out)).getWorksheet(sheet)!;
    const text = (r: number, c: number) => noteText(ws.getCell(r, c).note);
    expect([text(20, 5), text(21, 5), text(22, 5)]).toEqual(['会计:\n原有批注 E20\n追加', '只有一段 E21\n追加到裸文本', '新的']);
    expect(gridsOf(Package.open('', out))).toHaveLength(gridsOf(Package.open('', input)).length);
  });

  test('only threaded cells noted: nothing but the notice changes', () => {
    const said: { zh: string }[] = [];
    const out = writePlan(input, { edits: [note(sheet, 19, 5, 'a'), note(sheet, 7, 3, 'b')] }, said);
    expect(said[0].zh).toContain('C7、E19');
    const before = parts(input);
    for (const [k, v] of parts(out)) expect([k, v.equals(before.get(k)!)]).toEqual([k, true]);
  });

  test('a thread without a placeholder (some writers): still no note there, and a new notes pair for the rest', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(input);
    zip.remove('xl/comments1.xml');
    zip.remove('xl/drawings/vmlDrawing1.vml');
    const rels = await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    zip.file('xl/worksheets/_rels/sheet1.xml.rels', rels.replace(/<Relationship Id="rId[12]"[^>]*\/>/g, ''));
    const ws = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', ws.replace('<legacyDrawing r:id="rId1"/>', ''));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace(/<Override PartName="\/xl\/comments1\.xml"[^>]*\/>/, ''));
    const bare = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(packageProblems(bare)).toEqual([]);
    const said: { zh: string }[] = [];
    const out = writePlan(bare, { edits: [note(sheet, 19, 5, 'a'), note(sheet, 30, 5, 'b')] }, said);
    expect(packageProblems(out)).toEqual([]);
    expect(said).toHaveLength(1);
    const comments = parts(out).get('xl/comments1.xml')!.toString('utf8');
    expect(comments).toContain('ref="E30"');
    expect(comments).not.toContain('ref="E19"');
    expect(parts(out).get('xl/threadedComments/threadedComment1.xml')!.equals(parts(bare).get('xl/threadedComments/threadedComment1.xml')!)).toBe(true);
  });
});

describe('notes beside VML drawings that are not notes', () => {
  const sheet = '绩效目标表';

  test('a header picture (legacyDrawingHF): its drawing untouched, the notes get a pair of their own placed before it', async () => {
    const input = await legacyDrawingWorkbook('header picture');
    const out = writePlan(input, { edits: [note(sheet, 19, 5, '页眉图片旁的批注')] });
    expect(packageProblems(out)).toEqual([]);
    const before = parts(input);
    const after = parts(out);
    for (const k of ['xl/drawings/vmlDrawing1.vml', 'xl/drawings/_rels/vmlDrawing1.vml.rels', 'xl/media/image1.png'])
      expect([k, after.get(k)!.equals(before.get(k)!)]).toEqual([k, true]);
    const ws = after.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(ws).toMatch(/<legacyDrawing r:id="(rId\d+)"\/><legacyDrawingHF r:id="rId1"\/><\/worksheet>$/);
    expect(/<o:idmap\b[^>]*\sdata="([^"]*)"/.exec(after.get('xl/drawings/vmlDrawing2.vml')!.toString('utf8'))![1]).toBe('2');
    expect(noteText((await load(out)).getWorksheet(sheet)!.getCell(19, 5).note)).toBe('页眉图片旁的批注');
  });

  test("a check box in the sheet's own drawing: the note boxes join it in a new block, the check box stays as it was", async () => {
    const input = await legacyDrawingWorkbook('check box');
    const out = writePlan(input, { edits: [note(sheet, 19, 5, '复选框旁的批注'), note(sheet, 20, 5, '第二条')] });
    expect(packageProblems(out)).toEqual([]);
    const after = parts(out);
    expect([...after.keys()].filter((k) => k.endsWith('.vml'))).toEqual(['xl/drawings/vmlDrawing1.vml']);
    const vml = after.get('xl/drawings/vmlDrawing1.vml')!.toString('utf8');
    expect(vml).toContain(/<v:shape id="_x0000_s1025"[\s\S]*?<\/v:shape>/.exec(parts(input).get('xl/drawings/vmlDrawing1.vml')!.toString('utf8'))![0]);
    expect(/<o:idmap\b[^>]*\sdata="([^"]*)"/.exec(vml)![1]).toBe('1,2');
    expect(vml.match(/ObjectType="Note"/g)).toHaveLength(2);
    // The sheet keeps its one <legacyDrawing>; only the comments relationship is new.
    const ws = after.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(ws.match(/<legacyDrawing\b/g)).toHaveLength(1);
    expect(ws).toBe(parts(input).get('xl/worksheets/sheet1.xml')!.toString('utf8'));
    expect(after.get('xl/worksheets/_rels/sheet1.xml.rels')!.toString('utf8')).toMatch(/relationships\/comments" Target="..\/comments1.xml"/);
    const cells = (await load(out)).getWorksheet(sheet)!;
    expect([noteText(cells.getCell(19, 5).note), noteText(cells.getCell(20, 5).note)]).toEqual(['复选框旁的批注', '第二条']);
  });
});

test('a Strict package gets its notes in Strict terms (main and relationships namespaces, relationship types)', async () => {
  const { book } = await import('../../../scripts/hostile/xlsx');
  const { project } = await import('../../../scripts/hostile/cases');
  const input = await book({ sheets: [{ name: '表', rows: project() }], strict: true });
  const out = writePlan(input, { edits: [note('表', 4, 4, '严格格式')] });
  expect(packageProblems(out)).toEqual([]);
  const p = parts(out);
  expect(p.get('xl/comments1.xml')!.toString('utf8')).toContain('<comments xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main">');
  const rels = p.get('xl/worksheets/_rels/sheet1.xml.rels')!.toString('utf8');
  expect(rels).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/comments"');
  expect(rels).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/vmlDrawing"');
  expect(rels).not.toContain('schemas.openxmlformats.org/officeDocument');
  const ws = p.get('xl/worksheets/sheet1.xml')!.toString('utf8');
  const prefix = /<legacyDrawing ([\w.-]+):id=/.exec(ws)![1];
  expect(ws).toContain(`xmlns:${prefix}="http://purl.oclc.org/ooxml/officeDocument/relationships"`);
  expect(gridsOf(Package.open('', out))[0].values).toEqual(gridsOf(Package.open('', input))[0].values);
});
