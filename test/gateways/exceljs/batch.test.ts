/**
 * A plan's inserts done in one batch leave the workbook exactly as doing them one at a time does:
 * random plans (inserts anywhere, edits between them, some on the rows the inserts copy) on a
 * workbook with merges, formulas across sheets, validations, conditional formats and names.
 */
import * as ExcelJS from 'exceljs';
import { applyEdit, applyPlan } from '../../../src/gateways/exceljs/apply';
import { batchAt } from '../../../src/gateways/exceljs/batch';
import type { Edit } from '../../../src/sheet/plan';

function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s % n;
  };
}

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('A');
  const b = wb.addWorksheet('B b');
  for (let r = 1; r <= 30; r++) {
    a.getCell(r, 1).value = `一级${Math.floor(r / 5)}`;
    a.getCell(r, 2).value = r;
    a.getCell(r, 2).border = { bottom: { style: r % 2 ? 'thin' : 'double' } };
    a.getCell(r, 3).value = { formula: `B${r}*2+'B b'!A${r}`, result: r * 2 } as ExcelJS.CellFormulaValue;
    b.getCell(r, 1).value = r;
    b.getCell(r, 2).value = { formula: `SUM(A!B1:B${r})+A${r}`, result: 0 } as ExcelJS.CellFormulaValue;
    a.getCell(r, 4).dataValidation = { type: 'list', allowBlank: true, formulae: [`$B$1:$B$${r}`] };
  }
  for (let r = 1; r <= 26; r += 5) a.mergeCells(r, 1, r + 3, 1);
  for (let r = 3; r <= 30; r += 7) a.mergeCells(r, 5, r, 7);
  a.addConditionalFormatting({ ref: 'B2:B20', rules: [{ type: 'expression', priority: 1, formulae: ['B2>A$25'], style: {} }] });
  wb.definedNames.add("'A'!$B$3:$B$12", 'money');
  return wb;
}

function plan(seed: number): Edit[] {
  const r = rng(seed);
  const edits: Edit[] = [];
  let rows = { A: 30, 'B b': 30 } as Record<string, number>;
  for (let i = 0; i < 12; i++) {
    const sheet = r(4) ? 'A' : 'B b';
    if (r(3) === 0) {
      const at = 2 + r(rows[sheet]);
      const count = 1 + r(3);
      edits.push({ kind: 'insertRows', sheet, at, count, formatFrom: r(2) ? at - 1 : 1 + r(rows[sheet]) });
      rows = { ...rows, [sheet]: rows[sheet] + count };
      continue;
    }
    const row = 1 + r(rows[sheet]);
    const col = 8 + r(3);
    switch (r(6)) {
      case 0:
        edits.push({ kind: 'value', sheet, row, col, value: i, numFormat: '0.00%' });
        break;
      case 1:
        edits.push({ kind: 'formula', sheet, row, col, formula: `A!B${1 + r(rows.A)}+'B b'!A${1 + r(rows['B b'])}`, cached: 0 });
        break;
      case 2:
        edits.push({ kind: 'fill', sheet, row, col: 2, color: '#FFC7CE' });
        break;
      case 3:
        edits.push({ kind: 'note', sheet, row, col, text: `n${i}` });
        break;
      case 4:
        edits.push({ kind: 'bold', sheet, row, col: 2 });
        break;
      default:
        // Every other one a run of two columns from one source cell (fill's new columns of a row).
        edits.push({ kind: 'copyFormat', sheet, row, col, fromRow: 1 + r(rows[sheet]), fromCol: 2, ...(i % 2 ? { cols: 2 } : {}) });
    }
  }
  return edits;
}

async function dump(wb: ExcelJS.Workbook): Promise<unknown> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => cells.push([c.address, c.type, c.value, c.style, c.note])));
    const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges)
      .map((m) => m.range)
      .sort();
    const w = ws as unknown as { dataValidations: { model: unknown }; conditionalFormattings: unknown };
    return { cells, merges, dv: w.dataValidations.model, cf: w.conditionalFormattings, names: again.definedNames.model };
  });
}

describe('inserts in one batch', () => {
  test.each(Array.from({ length: 40 }, (_, i) => i + 1))('random plan %i: batched equals one by one', async (seed) => {
    const edits = plan(seed);
    const one = book();
    for (const e of edits) applyEdit(one, e);
    const all = book();
    applyPlan(all, { edits });
    expect(await dump(all)).toEqual(await dump(one));
  });

  test('a fill plan (bottom-up blocks, contents after each insert) is one batch', () => {
    const edits: Edit[] = [];
    for (const at of [90, 60, 30]) {
      edits.push({ kind: 'insertRows', sheet: 'A', at, count: 2, formatFrom: at - 1 });
      edits.push({ kind: 'formula', sheet: 'A', row: at, col: 3, formula: `SUM(C1:C${at - 1})`, cached: 0 });
    }
    const b = batchAt(edits, 0);
    expect(b.end).toBe(edits.length);
    expect(b.inserts.map((i) => i.rows)).toEqual([
      [94, 95],
      [62, 63],
      [30, 31],
    ]);
    // The formula written after the first insert moves with the two inserts above it.
    expect(b.edits[0]).toMatchObject({ row: 94, formula: 'SUM(C1:C93)' });
  });

  test('an edit on the row a later insert copies ends the batch before that insert', () => {
    const edits: Edit[] = [
      { kind: 'insertRows', sheet: 'A', at: 20, count: 1, formatFrom: 19 },
      { kind: 'fill', sheet: 'A', row: 9, col: 2, color: '#FFC7CE' },
      { kind: 'insertRows', sheet: 'A', at: 10, count: 1, formatFrom: 9 },
    ];
    expect(batchAt(edits, 0).end).toBe(2);
  });

  test('a merge that reaches a later insert or the row it copies ends the batch before that insert; one beside it does not', () => {
    const merge = (top: number, bottom: number): Edit => ({ kind: 'merge', sheet: 'A', top, left: 1, bottom, right: 2 });
    const ins = (at: number): Edit => ({ kind: 'insertRows', sheet: 'A', at, count: 1, formatFrom: at - 1 });
    const end = (edits: Edit[]) => batchAt(edits, 0).end;
    expect(end([ins(400), merge(150, 152), ins(151)])).toBe(2);
    expect(end([ins(400), merge(10, 12), ins(151)])).toBe(3);
    // Either side of a 64-row block's edge, and a merge taller than many blocks.
    expect(end([ins(400), merge(60, 63), ins(65)])).toBe(3);
    expect(end([ins(400), merge(60, 63), ins(64)])).toBe(2);
    expect(end([ins(400), merge(60, 63), { kind: 'insertRows', sheet: 'A', at: 300, count: 1, formatFrom: 62 }])).toBe(2);
    expect(end([ins(20000), merge(1, 9000), ins(5000)])).toBe(2);
    expect(end([ins(20000), merge(1, 9000), ins(9500)])).toBe(3);
    expect(end([ins(20000), merge(100, 101), { kind: 'insertRows', sheet: 'A', at: 9500, count: 6000, formatFrom: 9499 }])).toBe(3);
    expect(end([ins(20000), merge(9400, 9499), { kind: 'insertRows', sheet: 'A', at: 9500, count: 6000, formatFrom: 9499 }])).toBe(2);
    expect(end([ins(400), { kind: 'merge', sheet: 'B b', top: 150, left: 1, bottom: 152, right: 2 }, ins(151)])).toBe(3);
  });
});
