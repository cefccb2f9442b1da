/**
 * The quality bar: read → apply a plan with an insertRows in the middle → write → read back.
 * Every cell the plan does not address keeps its value, formula and style (moved like Excel
 * moves it), and merges, validations, names, conditional formats and print setup follow.
 */
import { readFileSync } from 'fs';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { applyPlan } from '../../../src/gateways/exceljs/apply';
import { readWorkbook } from '../../../src/gateways/exceljs/read';
import { writeWorkbook } from '../../../src/gateways/exceljs/write';
import type { Plan } from '../../../src/sheet/plan';
import { buildRoundtripWorkbook, MAIN, OTHER, PLAIN } from './roundtrip-fixture';
import { tempDir } from './tmp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const AT = 6;
const N = 2;
const plan: Plan = {
  edits: [
    { kind: 'insertRows', sheet: MAIN, at: AT, count: N, formatFrom: 5 },
    { kind: 'value', sheet: MAIN, row: 6, col: 2, value: '新增指标' },
    { kind: 'formula', sheet: MAIN, row: 6, col: 5, formula: 'C6*D6', cached: 0, numFormat: '0.00' },
    { kind: 'value', sheet: MAIN, row: 7, col: 4, value: 0.5, numFormat: '0.00%' },
    { kind: 'bold', sheet: MAIN, row: 7, col: 2 },
    { kind: 'fill', sheet: MAIN, row: 14, col: 3, color: '#FFC7CE' },
    { kind: 'note', sheet: MAIN, row: 14, col: 3, text: '请核对预算数' },
    { kind: 'note', sheet: MAIN, row: 4, col: 2, text: '新注释' },
    { kind: 'fill', sheet: PLAIN, row: 3, col: 3, color: '#FF0000' },
  ],
};
const addressed = new Set([`${MAIN}!B6`, `${MAIN}!E6`, `${MAIN}!D7`, `${MAIN}!B7`, `${MAIN}!C14`, `${MAIN}!B4`, `${PLAIN}!C3`]);

/** Where a row of `sheet` ends up. */
const moved = (sheet: string, r: number) => (sheet === MAIN && r >= AT ? r + N : r);

const M = `'${MAIN}'`;
/** Formulas that must change, by sheet!address before the insert; every other formula stays as it was. */
const FORMULAS: Record<string, string> = {
  [`${MAIN}!C16`]: 'SUM(C3:C17)',
  [`${MAIN}!D16`]: 'SUM($C$3:$C$17)/COUNT(C:C)',
  [`${MAIN}!E16`]: 'IF(C14>0,"C12 ok","")&C5',
  [`${MAIN}!B17`]: 'SUM(3:4)+SUM(5:14)',
  [`${OTHER}!A1`]: `${M}!C14*2`,
  [`${OTHER}!A2`]: `${M}!C4+${M}!C5+${M}!C8`,
  [`${OTHER}!A3`]: `SUM(${M}!C3:C17)+SUM(${M}!$C$8:$C$9)`,
};
function expectedFormula(sheet: string, r: number, c: number, before: string): string {
  const key = `${sheet}!${colName(c)}${r}`;
  if (FORMULAS[key]) return FORMULAS[key];
  if (sheet === MAIN && (c === 5 || c === 7) && r >= 3 && r <= 15) return before.replace(/([A-Z])\d+/g, `$1${moved(sheet, r)}`);
  return before;
}
const colName = (c: number) => String.fromCharCode(64 + c);

function snap(cell: ExcelJS.Cell): unknown {
  switch (cell.type) {
    case ExcelJS.ValueType.Formula:
      return { formula: cell.formula, result: cell.result };
    case ExcelJS.ValueType.Merge:
      return { master: cell.master.address };
    default:
      return cell.value;
  }
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

let before: ExcelJS.Workbook;
let after: ExcelJS.Workbook;
let outXml: string;

beforeAll(async () => {
  const input = tmp.path('in.xlsx');
  await buildRoundtripWorkbook().xlsx.writeFile(input);
  before = await load(input);
  const { workbook, losses } = await readWorkbook(input);
  expect(losses).toEqual([]);
  applyPlan(workbook, plan);
  const out = tmp.path('out.xlsx');
  await writeWorkbook(workbook, out, { inputPath: input });
  after = await load(out);
  outXml = await (await JSZip.loadAsync(readFileSync(out))).file('xl/worksheets/sheet1.xml')!.async('string');
});

const ws = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name)!;
type Internal = {
  _merges: Record<string, { range: string }>;
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  rowBreaks: { id: number }[];
};
const int = (w: ExcelJS.Worksheet) => w as unknown as Internal;

describe.each([MAIN, OTHER, PLAIN])('sheet %s: cells the plan does not address', (name) => {
  test('keep value, formula, style and note, at their moved address', () => {
    const b = ws(before, name);
    const a = ws(after, name);
    let checked = 0;
    b.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const to = a.getCell(moved(name, r), c);
        if (addressed.has(`${name}!${to.address}`)) return;
        const want = snap(cell) as { formula?: string; master?: string };
        if (want && typeof want === 'object' && 'formula' in want) want.formula = expectedFormula(name, r, c, want.formula!);
        if (want && typeof want === 'object' && 'master' in want) {
          const m = /^([A-Z]+)(\d+)$/.exec(want.master!)!;
          want.master = `${m[1]}${moved(name, Number(m[2]))}`;
        }
        expect({ at: `${name}!${to.address}`, v: snap(to), style: to.style, note: to.note }).toEqual({ at: `${name}!${to.address}`, v: want, style: cell.style, note: cell.note });
        checked++;
      });
    });
    expect(checked).toBeGreaterThan(10);
  });

  test('keep row heights, hidden rows, column widths, views and page setup', () => {
    const b = ws(before, name);
    const a = ws(after, name);
    b.eachRow({ includeEmpty: true }, (row, r) => {
      const to = a.getRow(moved(name, r));
      expect([r, to.height, to.hidden]).toEqual([r, row.height, row.hidden]);
    });
    expect(a.columns?.map((c) => c.width)).toEqual(b.columns?.map((c) => c.width));
    expect(a.views).toEqual(b.views);
    const { printArea: pa, ...restA } = a.pageSetup;
    const { printArea: pb, ...restB } = b.pageSetup;
    expect(restA).toEqual(restB);
    expect(pa).toBe(name === MAIN ? 'A1:I22' : pb);
    expect(a.properties).toEqual(b.properties);
  });
});

describe('the main sheet after the insert', () => {
  const main = () => ws(after, MAIN);

  test('merges move, and grow where they span the insertion point', () => {
    expect(
      Object.values(int(main())._merges)
        .map((m) => m.range)
        .sort(),
    ).toEqual(['A1:I1', 'A11:A17', 'A3:A10', 'H12:I13', 'H5:I5', 'H6:I6', 'H7:I7'].sort());
    expect(main().getCell('A11').value).toBe('效益指标');
    expect(main().getCell('A5').isMerged).toBe(true);
  });

  test('new rows are formatted like row 5 and empty except what the plan wrote', () => {
    const m = main();
    for (const r of [6, 7]) {
      expect(m.getRow(r).height).toBe(30);
      expect(m.getRow(r).hidden).toBe(false);
      for (let c = 1; c <= 9; c++) {
        const cell = m.getCell(r, c);
        if (addressed.has(`${MAIN}!${cell.address}`)) continue;
        expect([cell.address, cell.style]).toEqual([cell.address, m.getCell(5, c).style]);
        if (c !== 1 && c !== 9) expect([cell.address, cell.value]).toEqual([cell.address, null]);
      }
    }
  });

  test('what the plan wrote', () => {
    const m = main();
    expect(m.getCell('B6').value).toBe('新增指标');
    expect([m.getCell('E6').formula, m.getCell('E6').result]).toEqual(['C6*D6', 0]);
    expect(m.getCell('E6').numFmt).toBe('0.00');
    expect(m.getCell('D7').value).toBe(0.5);
    expect(m.getCell('D7').numFmt).toBe('0.00%');
    expect(m.getCell('B7').font?.bold).toBe(true);
    expect(m.getCell('B7').border).toEqual(m.getCell('B5').border);
    const c14 = m.getCell('C14');
    expect(c14.value).toBe(1200);
    expect(c14.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(c14.numFmt).toBe('0.00');
    expect(c14.border).toEqual(m.getCell('C13').border);
    expect(c14.note).toBe('下方的注释\n请核对预算数');
    expect(m.getCell('B4').note).toBe('新注释');
    expect(m.getCell('C13').fill).toEqual(ws(before, MAIN).getCell('C11').fill);
    const p = ws(after, PLAIN);
    expect(p.getCell('C3').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } });
    expect(p.getCell('C5').fill).toEqual(ws(before, PLAIN).getCell('C5').fill);
  });

  test('data validations move and span the new rows like Excel ranges', () => {
    const dv = int(main()).dataValidations.model;
    for (let r = 3; r <= 17; r++) {
      expect([r, dv[`B${r}`]?.type, dv[`C${r}`]?.type]).toEqual([r, 'list', 'whole']);
      expect(dv[`C${r}`].formulae).toEqual([0, 100000]);
    }
    expect(dv.B18).toBeUndefined();
    expect(dv.D18).toMatchObject({ type: 'list', formulae: ['$B$3:$B$17'] });
    expect(dv.D16).toBeUndefined();
    expect(int(ws(after, OTHER)).dataValidations.model.D9).toMatchObject({ formulae: [`${M}!$B$3:$B$17`] });
    expect(int(ws(after, PLAIN)).dataValidations.model).toEqual(int(ws(before, PLAIN)).dataValidations.model);
  });

  test('conditional formats: ranges and formulas move', () => {
    const cf = int(main()).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules.map((r) => (r as { formulae?: string[] }).formulae)])).toEqual([
      ['C3:C17', [['C3>1000']]],
      ['E14:E17', [['$C$18']]],
    ]);
    const o = int(ws(after, OTHER)).conditionalFormattings;
    expect(o.map((c) => [c.ref, (c.rules[0] as { formulae?: string[] }).formulae])).toEqual([['A1:A5', [`A1>${M}!$C$14`]]]);
  });

  test('defined names, print titles, row breaks, frozen panes', () => {
    const names = (after.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    const byName = Object.fromEntries(names.map((n) => [n.name, n.ranges.map((r) => r.replace(/^'?[^!]*'?!/, ''))]));
    expect(byName).toEqual({ 预算合计: ['$C$18'], DataRange: ['$C$3:$C$17'], Heads: ['$B$2:$B$4'] });
    expect(main().pageSetup.printTitlesRow).toBe('2:2');
    // ExcelJS itself does not read breaks back, so look at the XML.
    expect(outXml.match(/<brk id="\d+"/g)).toEqual(['<brk id="12"']);
    expect(main().views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 1 });
  });
});

test('pictures and tables below the insertion point move with their rows', async () => {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('S');
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  s.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' }), 'C10:D12');
  s.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' }), 'A1:B2');
  s.addTable({
    name: 'T1',
    ref: 'F10',
    headerRow: true,
    columns: [{ name: 'a' }, { name: 'b' }],
    rows: [
      [1, 2],
      [3, 4],
    ],
  });
  const input = tmp.path('media.xlsx');
  await wb.xlsx.writeFile(input);
  const { workbook } = await readWorkbook(input);
  applyPlan(workbook, { edits: [{ kind: 'insertRows', sheet: 'S', at: 5, count: 3, formatFrom: 4 }] });
  const out = tmp.path('media-out.xlsx');
  await writeWorkbook(workbook, out, { inputPath: input });
  const back = ws(await load(out), 'S');
  const anchors = back.getImages().map((i) => [i.range.tl.nativeRow, i.range.br?.nativeRow]);
  expect(anchors.sort()).toEqual([
    [0, 2],
    [12, 15],
  ]);
  expect((back.getTable('T1') as unknown as { table: { tableRef: string } }).table.tableRef).toBe('F13:G15');
  expect(back.getCell('F14').value).toBe(1);
});
