/**
 * A stray value at XFD1048576 beside a normal table (a slip of the keyboard), and merges over
 * the whole sheet, cost what exists: the same findings as without them, and no dense grid.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { analyse } from '../../../src/engine/analyse';
import { fileReport } from '../../../src/engine/report';
import { readGrids } from '../../../src/gateways/xlsx/read';
import type { Grid } from '../../../src/sheet/grid';
import { fixture } from '../../helpers/fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-far-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The seed workbook with extra rows at the end of its sheet data and extra merges. */
async function variant(name: string, rows: string, merges: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(fixture('seed-tianjin-2024.xlsx')));
  const part = 'xl/worksheets/sheet1.xml';
  let xml = await zip.file(part)!.async('string');
  xml = xml.replace('</sheetData>', `${rows}</sheetData>`);
  xml = /<mergeCells\b/.test(xml) ? xml.replace('</mergeCells>', `${merges}</mergeCells>`) : xml.replace('</sheetData>', `</sheetData><mergeCells>${merges}</mergeCells>`);
  zip.file(part, xml);
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

/** Cells the grid holds (values, formulas, formats), counting only what exists in its sparse arrays. */
function cells(g: Grid): number {
  let n = 0;
  for (const rows of [g.values, g.formulas ?? [], g.numFormats ?? []] as unknown[][][]) {
    for (const k of Object.keys(rows)) n += Object.keys(rows[Number(k)]).length;
  }
  return n;
}

const FAR = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>';

async function findings(file: string) {
  const grids = await readGrids(file);
  const { file: _, ...report } = fileReport('x', analyse(grids));
  return { grids, report };
}

describe('far cells and huge merges cost what exists', () => {
  let plain: Awaited<ReturnType<typeof findings>>;
  beforeAll(async () => {
    plain = await findings(fixture('seed-tianjin-2024.xlsx'));
  });

  it('a value at XFD1048576: one more cell, the same findings', async () => {
    // The dense grid took minutes of CPU and 4 GB. Measured as this process's CPU, not the wall clock: a
    // loaded 2-core machine stretched a 1 s read past the old 5 s wall bound. The row arrays held are the
    // repeatable guard: one more row, not a million.
    const cpu = process.cpuUsage();
    const far = await findings(await variant('far', FAR, ''));
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1000).toBeLessThan(30_000);
    const [g] = far.grids;
    expect([g.rowCount, g.colCount]).toEqual([1048576, 16384]);
    expect(Object.keys(g.values).length).toBe(Object.keys(plain.grids[0].values).length + 1);
    expect(cells(g)).toBe(cells(plain.grids[0]) + 1);
    expect(far.report).toEqual(plain.report);
  });

  it('an empty merge H1:XFD1048576 is clipped to the data and changes nothing found', async () => {
    const huge = await findings(await variant('huge-merge', '', '<mergeCell ref="H1:XFD1048576"/>'));
    const [g] = huge.grids;
    const m = g.merges[g.merges.length - 1];
    expect((m.bottom - m.top + 1) * (m.right - m.left + 1)).toBeLessThanOrEqual(plain.grids[0].rowCount);
    expect(huge.report).toEqual(plain.report);
  });

  it('a far cell inside a huge merge is hidden by it, and the merge is clipped', async () => {
    const both = await findings(await variant('far-in-merge', FAR, '<mergeCell ref="H1:XFD1048576"/>'));
    const [g] = both.grids;
    expect(g.rowCount).toBe(plain.grids[0].rowCount);
    expect(both.report).toEqual(plain.report);
  });

  it('a merge of a million cells around data is refused in one line', async () => {
    const file = await variant('far-and-merge', FAR, '<mergeCell ref="H1:XFD1048575"/>');
    await expect(readGrids(file)).rejects.toThrow(/合并区域 H1:XFD1048575 .*超过上限/);
  });
});
