/**
 * Notes written by the package edit, one sheet after another: each sheet gets its own comments
 * part and VML drawing, shape-id blocks are not shared; a sheet that has notes gets the new ones
 * added to its parts, and a cell that has a note is left to the ExcelJS path (which appends to it).
 */
import { readFileSync } from 'fs';
import { Package } from '../../../src/gateways/xlsx/input';
import { workbookParts } from '../../../src/gateways/xlsx/read';
import { Unsupported, writePlan } from '../../../src/gateways/xlsx-write/package';
import { fixture } from '../../helpers/fixtures';
import { load, packageProblems, parts } from './package-check';

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

  test('a sheet with notes of its own: new notes join its parts; a noted cell goes the ExcelJS way', async () => {
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
    expect(() => writePlan(once, { edits: [note(names[0], 2, 3, '同一格')] })).toThrow(Unsupported);
  });
});
