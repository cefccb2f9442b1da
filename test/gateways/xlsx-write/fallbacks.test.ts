/**
 * What the package writer once left to ExcelJS (losing charts, pictures, threads, pivots and macros,
 * with a loss warning), one family at a time: each written into the package itself now, round-trip
 * checked (parts outside the plan byte for byte, output read by ExcelJS and by our reader, content
 * types and relationships consistent) and, where ExcelJS can write it at all, equal to its cells.
 */
import { readFileSync, writeFileSync } from 'fs';
import { openForWrite } from '../../../src/cli/open-write';
import type { Edit, Plan } from '../../../src/sheet/plan';
import { tempDir } from '../exceljs/tmp';
import { dataTableWorkbook, datedWorkbook, manyCommentsWorkbook, mergedWorkbook, pivotWorkbook, queryTableWorkbook, SHEET, unstyledWorkbook } from './fallback-fixtures';
import { richWorkbook } from './rich-fixture';
import { cellName } from './notes-fixture';
import { differences, load, parts, view } from './package-check';
import { footprint, planOf, roundTrip, viaExcelJS } from './roundtrip';
import { writePlan, Unsupported } from '../../../src/gateways/xlsx-write/package';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** `fill`'s writer takes the package path: no loss warning, no notice. Files are numbered, not random: a run repeats. */
let made = 0;
async function noLossWarning(buf: Buffer, plan: Plan): Promise<void> {
  const file = tmp.path(`in-${++made}.xlsx`);
  writeFileSync(file, buf);
  const w = await openForWrite(file);
  expect(await w.apply(plan)).toEqual([]);
  const out = tmp.path(`out-${made}.xlsx`);
  await w.save(out, { inputPath: file });
  expect(readFileSync(file).equals(buf)).toBe(true);
}

const text = (buf: Buffer, part: string) => parts(buf).get(part)!.toString('utf8');
const cellOf = (xml: string, ref: string) => new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0];

describe('dates in a plan', () => {
  const day = new Date(Date.UTC(2024, 11, 31));
  const withDates = (buf: Buffer): Plan => ({
    edits: [
      ...planOf(buf).edits,
      { kind: 'value', sheet: '绩效目标表', row: 4, col: 5, value: day },
      { kind: 'value', sheet: '绩效目标表', row: 300, col: 2, value: day },
      { kind: 'value', sheet: '绩效目标表', row: 301, col: 2, value: new Date(Date.UTC(2025, 0, 2, 12)), numFormat: 'yyyy-mm-dd hh:mm' },
      { kind: 'formula', sheet: '绩效目标表', row: 302, col: 2, formula: 'B300+1', cached: new Date(Date.UTC(2025, 0, 1)) },
    ] as Edit[],
  });

  test.each([false, true])(
    'serials in the workbook’s date system (1904: %s), a date format where the cell shows none; same cells as ExcelJS',
    async (date1904) => {
      const buf = await datedWorkbook(date1904);
      const plan = withDates(buf);
      const out = await roundTrip(buf, plan);
      const xml = text(out, SHEET);
      const serial = date1904 ? 45657 - 1462 : 45657;
      expect(cellOf(xml, 'E4')).toMatch(new RegExp(`<v>${serial}</v>`));
      expect(cellOf(xml, 'B302')).toContain(`<v>${serial + 1}</v>`);
      // E4 kept its Chinese date format; B300 got built-in 14.
      const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text(out, 'xl/styles.xml'))![1].match(/<xf\b[^>]*>/g)!;
      const fmt = (ref: string) => /numFmtId="(\d+)"/.exec(xfs[Number(/\ss="(\d+)"/.exec(cellOf(xml, ref)!)![1])])![1];
      expect([fmt('E4'), fmt('B300')]).toEqual(['31', '14']);
      // ExcelJS does not know built-in 31 and writes its own short date over it (E4): the package keeps the user's format.
      expect(differences(view(await viaExcelJS(buf, plan)), view(await load(out)))).toEqual(['绩效目标表!E4']);
      const wb = await load(out);
      expect(wb.getWorksheet('绩效目标表')!.getCell('B300').value).toEqual(day);
      await noLossWarning(buf, plan);
    },
    60_000,
  );
});

describe('data tables (模拟运算表)', () => {
  test('rows inserted above a data table move its range and input cells; one beside the inserts keeps its range', async () => {
    const buf = await dataTableWorkbook();
    const plan = planOf(buf);
    expect(plan.edits.some((e) => e.kind === 'insertRows')).toBe(true);
    const m = footprint(plan).map('绩效目标表');
    const out = await roundTrip(buf, plan);
    const xml = text(out, SHEET);
    expect(cellOf(xml, `C${m(152)}`)).toContain(`<f t="dataTable" ref="C${m(152)}:C${m(153)}" dt2D="0" dtr="0" r1="B${m(150)}"/>`);
    expect(cellOf(xml, 'M10')).toContain(`<f t="dataTable" ref="M10:N11" dt2D="1" dtr="1" r1="B${m(150)}" r2="B${m(151)}"/>`);
    expect(cellOf(xml, `C${m(151)}`)).toContain(`<f>B${m(150)}*2</f>`);
    await noLossWarning(buf, plan);
  }, 60_000);

  test('no insert: the data tables stay as they were', async () => {
    const buf = await dataTableWorkbook();
    const plan = { edits: planOf(buf).edits.filter((e) => e.kind !== 'insertRows' && e.kind !== 'merge' && e.row < 100) } as Plan;
    const xml = text(await roundTrip(buf, plan), SHEET);
    expect(cellOf(xml, 'C152')).toBe(cellOf(text(buf, SHEET), 'C152'));
  }, 60_000);

  test('rows inserted through a data table (Excel refuses that) are left to the other path', async () => {
    const buf = await dataTableWorkbook();
    const plan: Plan = { edits: [{ kind: 'insertRows', sheet: '绩效目标表', at: 153, count: 1, formatFrom: 152 }] };
    expect(() => writePlan(buf, plan)).toThrow(Unsupported);
  });
});

describe('a package without cell formats', () => {
  test.each(['no part', 'no cellXfs', 'empty'] as const)(
    '%s: the lists are made, entry 0 the default every cell showed; same cells as the ExcelJS path',
    async (kind) => {
      const buf = await unstyledWorkbook(kind);
      const plan = planOf(buf, true);
      expect(plan.edits.some((e) => e.kind === 'fill')).toBe(true);
      const out = await roundTrip(buf, plan);
      const styles = text(out, 'xl/styles.xml');
      for (const list of ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs']) expect(styles).toMatch(new RegExp(`<${list} count="\\d+"`));
      expect(styles).toContain('<cellXfs count="');
      expect(/<cellXfs[^>]*>(<xf\b[^>]*>)/.exec(styles)![1]).toBe('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
      expect(differences(view(await viaExcelJS(buf, plan)), view(await load(out)))).toEqual([]);
      await noLossWarning(buf, plan);
    },
    60_000,
  );

  test('a plan that formats nothing leaves the package without styles as it was', async () => {
    const buf = await unstyledWorkbook('no part');
    const plan: Plan = { edits: [{ kind: 'value', sheet: '绩效目标表', row: 300, col: 1, value: 'x' }] };
    expect(parts(writePlan(buf, plan)).has('xl/styles.xml')).toBe(false);
  });
});

describe('pivot tables beside inserted rows', () => {
  const CACHE = 'xl/pivotCache/pivotCacheDefinition1.xml';
  const TABLE = 'xl/pivotTables/pivotTable1.xml';

  test('a cache whose source is the sheet gets its range moved and grown; a pivot table below the inserts moves; nothing else in them changes', async () => {
    const buf = await pivotWorkbook('M140:M142');
    const plan = planOf(buf);
    const m = footprint(plan).map('绩效目标表');
    expect(m(134)).toBeGreaterThan(134);
    const out = await roundTrip(buf, plan, /^xl\/pivot(Cache|Tables)\//);
    expect(text(out, CACHE)).toBe(text(buf, CACHE).replace('ref="B3:B134"', `ref="B3:B${m(134)}"`));
    expect(text(out, TABLE)).toBe(text(buf, TABLE).replace('ref="M140:M142"', `ref="M${m(140)}:M${m(142)}"`));
    await noLossWarning(buf, plan);
  }, 60_000);

  test('a pivot table the inserted rows would go through (Excel refuses that) leaves the plan to the other path', async () => {
    const buf = await pivotWorkbook('M5:M134');
    expect(() => writePlan(buf, planOf(buf))).toThrow(Unsupported);
  });
});

describe('query tables', () => {
  test('rows inserted above a query table: its defined name and its sort move; its connection is kept', async () => {
    const buf = await queryTableWorkbook();
    const plan = planOf(buf);
    const m = footprint(plan).map('绩效目标表');
    expect(m(140)).toBeGreaterThan(140);
    const out = await roundTrip(buf, plan, /^xl\/queryTables\//);
    const QT = 'xl/queryTables/queryTable1.xml';
    expect(text(out, QT)).toBe(
      text(buf, QT)
        .replace('ref="M141:N150"', `ref="M${m(141)}:N${m(150)}"`)
        .replace('ref="M141:M150"', `ref="M${m(141)}:M${m(150)}"`),
    );
    expect(text(out, 'xl/workbook.xml')).toContain(`>绩效目标表!$M$${m(140)}:$N$${m(150)}</definedName>`);
    expect(cellOf(text(out, SHEET), `M${m(140)}`)).toContain('单位');
    await noLossWarning(buf, plan);
  }, 60_000);
});

describe('a merge that cuts through a merged area', () => {
  const merge = (ref: string): Edit => {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)!;
    const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { kind: 'merge', sheet: '绩效目标表', top: Number(m[2]), left: col(m[1]), bottom: Number(m[4]), right: col(m[3]) };
  };
  const merges = (buf: Buffer) => [...text(buf, SHEET).matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]);

  test('takes the areas it cuts in (their bounding box, again until nothing is cut), as Excel does, when that clears no value the plan did not', async () => {
    const buf = await mergedWorkbook();
    const plan: Plan = {
      edits: [...planOf(buf).edits.filter((e) => e.kind !== 'insertRows' && e.kind !== 'merge' && e.kind !== 'extendMerge'), ...['M150:M153', 'P150:P152', 'V150:V152'].map(merge)],
    };
    // Every cell of the grown boxes is the merge's (ExcelJS reads a merged cell as its first cell's value).
    const boxes = [
      [150, 153, 13, 14],
      [150, 152, 16, 17],
      [150, 152, 22, 24],
    ].flatMap(([t, b, l, r]) => Array.from({ length: (b - t + 1) * (r - l + 1) }, (_, i) => `绩效目标表!${t + Math.floor(i / (r - l + 1))}:${l + (i % (r - l + 1))}`));
    const out = await roundTrip(buf, plan, undefined, boxes);
    const after = merges(out);
    expect(after).toEqual(expect.arrayContaining(['M150:N153', 'P150:Q152', 'V150:X152', 'S151:T151']));
    for (const gone of ['M150:N150', 'P151:Q151', 'V152:W152', 'W150:X150']) expect(after).not.toContain(gone);
    expect(after.length).toBe(merges(buf).length - 4 + 3);
    const ws = (await load(out)).getWorksheet('绩效目标表')!;
    expect([ws.getCell('M150').value, ws.getCell('T152').value, ws.getCell('V150').value]).toEqual(['甲', '丙', null]);
    // What the plan's own area held goes, as with any merge: 乙 was inside P150:P152, 己 inside V150:V152.
    expect([ws.getCell('P151').value, ws.getCell('V152').value]).toEqual([null, null]);
    await noLossWarning(buf, plan);
  }, 60_000);

  test('a box that would clear a value outside the plan’s area is not written here', async () => {
    const buf = await mergedWorkbook();
    expect(() => writePlan(buf, { edits: [merge('S150:S152')] })).toThrow(Unsupported);
    // Nor one whose box starts above the plan's first cell, which held the value the plan meant to keep.
    expect(() => writePlan(buf, { edits: [{ kind: 'value', sheet: '绩效目标表', row: 150, col: 14, value: 'x' }, merge('N150:N152')] })).toThrow(Unsupported);
  });
});

describe('several comments parts on one sheet', () => {
  test('--highlight: the notes become one part (no text lost, a box for each), the others go with their relationships and content types', async () => {
    const first = planOf(await richWorkbook(), true).edits.find((e) => e.kind === 'note')!;
    const x = cellName((first as { row: number }).row, (first as { col: number }).col);
    const buf = await manyCommentsWorkbook([x]);
    const plan = planOf(buf, true);
    const m = footprint(plan).map('绩效目标表');
    const xm = x.replace(/\d+$/, (r) => String(m(Number(r))));
    const out = await roundTrip(
      buf,
      plan,
      undefined,
      [xm, 'B3', 'A2'].map((ref) => `绩效目标表!${/\d+$/.exec(ref)![0]}:${ref.charCodeAt(0) - 64}`),
    );
    const p = parts(out);
    expect([p.has('xl/comments2.xml'), p.has('xl/comments3.xml')]).toEqual([false, false]);
    expect(text(out, 'xl/worksheets/_rels/sheet1.xml.rels').match(/\/comments"/g)!.length).toBe(1);
    expect(text(out, '[Content_Types].xml')).not.toMatch(/comments[23]\.xml/);
    const ws = (await load(out)).getWorksheet('绩效目标表')!;
    const note = (ref: string) => {
      const n = ws.getCell(ref).note as string | { texts: { text: string }[] };
      return typeof n === 'string' ? n : n.texts.map((t) => t.text).join('');
    };
    expect(note('B3')).toBe('第二份：B3\n第三份：B3');
    expect(note('A2')).toBe('第三份：A2');
    expect(note(xm)).toMatch(new RegExp(`^第二份：${x}\n.+`));
    expect(text(out, 'xl/comments1.xml')).toContain('<author>tc={8F1D2C3B-0000-4000-8000-000000000001}</author><author>会计</author><author>审核</author>');
    await noLossWarning(buf, plan);
  }, 60_000);

  test('a plan with no note on that sheet leaves its parts as they were', async () => {
    const buf = await manyCommentsWorkbook(['D5']);
    const out = writePlan(buf, planOf(buf));
    for (const part of ['xl/comments2.xml', 'xl/comments3.xml', 'xl/worksheets/_rels/sheet1.xml.rels', '[Content_Types].xml'])
      expect(parts(out).get(part)!.equals(parts(buf).get(part)!)).toBe(true);
  });
});
