/**
 * Formulas after an insert are carried to the batch's final rows. For the package writer they come as
 * their shape and numbers (no moved text made and taken apart again): the same formula text as the
 * moved string, and the same package bytes.
 */
import { batchAt } from '../../../src/gateways/exceljs/batch';
import { FormulaCell } from '../../../src/gateways/xlsx-write/formula-cell';
import type { Edit } from '../../../src/sheet/plan';

const edits: Edit[] = [
  { kind: 'insertRows', sheet: 'S', at: 10, count: 2, formatFrom: 9 },
  { kind: 'formula', sheet: 'S', row: 10, col: 8, formula: 'IF(G10="","",ROUND(MIN(G10/F10,1)*8.5,2))', cached: 8.5 },
  { kind: 'insertRows', sheet: 'S', at: 5, count: 3, formatFrom: 4 },
  { kind: 'formula', sheet: 'S', row: 6, col: 8, formula: '=SUM(H15:H20)+S!A2+Other!B12', cached: 1 },
  { kind: 'formula', sheet: 'S', row: 7, col: 8, formula: 'A007+1', cached: 1 },
];

describe('batchAt(…, true): formulas carried by shape', () => {
  it('gives each formula that has a shape as shape and moved numbers, the text mover.move gives', () => {
    const text = batchAt(edits, 0).edits.filter((e) => e.kind === 'formula');
    const taken = batchAt(edits, 0, true).edits.filter((e) => e.kind === 'formula');
    expect(taken.map((e) => e.row)).toEqual(text.map((e) => e.row));
    const byShape = taken.filter((e) => 'taken' in e);
    expect(byShape.length).toBe(2);
    taken.forEach((e, i) => {
      const moved = (text[i] as Extract<Edit, { kind: 'formula' }>).formula.replace(/^=/, '');
      if (!('taken' in e)) return expect((e as Extract<Edit, { kind: 'formula' }>).formula).toBe(moved);
      const cell = new FormulaCell('<c>', e.taken.shape, e.taken.runs, '');
      expect(cell.text()).toBe(`<c><f>${moved.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</f></c>`);
    });
    // The ExcelJS path asks for text only.
    expect(batchAt(edits, 0).edits.some((e) => 'taken' in e)).toBe(false);
  });
});
