/** The <mergeCell> areas of a sheet's tail, read in place: the tags and addresses the generic XML helpers would give. */
import { readMerges } from '../../../src/gateways/xlsx/merges';

const areas = (xml: string) => readMerges(`</sheetData>${xml}`).merges.map((m) => [m.top, m.left, m.bottom, m.right]);

describe('readMerges', () => {
  test('plain, prefixed, single-quoted, reversed and $-row areas, in the file order', () => {
    expect(areas(`<mergeCells count="4"><mergeCell ref="A1:E1"/><x:mergeCell ref='C4:B$3'/><mergeCell  ref = "B2" /></mergeCells>`)).toEqual([
      [1, 1, 1, 5],
      [3, 2, 4, 3],
      [2, 2, 2, 2],
    ]);
  });

  test('what is not a plain address inside Excel’s limits is skipped; text after a second colon is ignored', () => {
    expect(areas(`<mergeCell ref="A1:"/><mergeCell ref=":B2"/><mergeCell ref="$$A1:B2"/><mergeCell ref="A0:B2"/><mergeCell ref="A1:XFE2"/>`)).toEqual([]);
    expect(areas(`<mergeCell ref="A1:B2:C9"/><mergeCell ref="a1:c3"/>`)).toEqual([
      [1, 1, 2, 2],
      [1, 1, 3, 3],
    ]);
  });

  test('corners written absolute ($A$14:$A$19), as some producers write them, read as ExcelJS and the package edit read them', () => {
    expect(areas(`<mergeCell ref="$A$14:$A$19"/><mergeCell ref="$B4:$D$4"/>`)).toEqual([
      [14, 1, 19, 1],
      [4, 2, 4, 4],
    ]);
  });

  test('only mergeCell tags count: not mergeCells, not a longer name, not another attribute', () => {
    expect(areas(`<mergeCellx ref="A1:B2"/><mergeCell xr:ref="A1:B9" ref="E5:F6"/><conditionalFormatting sqref="A1:B2"/>`)).toEqual([[5, 5, 6, 6]]);
  });

  test('an element with content is passed over to its end; one never closed ends the list', () => {
    expect(areas(`<mergeCell ref="A1:B2"><mergeCell ref="C1:D2"/></mergeCell><mergeCell ref="E1:F2"/>`)).toEqual([
      [1, 1, 2, 2],
      [1, 5, 2, 6],
    ]);
    expect(areas(`<mergeCell ref="A1:B2"><mergeCell ref="C1:D2"/>`)).toEqual([[1, 1, 2, 2]]);
  });

  test('the common tag read in place gives what the general reading gives: entities, spacing, a comment, < or > in the value', () => {
    expect(areas(`<mergeCell ref="A1&#58;B2"/><mergeCell ref="C3:D4" /><mergeCell ref="G7<H8"/><!-- --><mergeCell ref="I9:J10"/>`)).toEqual([
      [1, 1, 2, 2],
      [3, 3, 4, 4],
      [9, 9, 10, 10],
    ]);
    // A > inside the value ends the tag there: an element never closed, which ends the list.
    expect(areas(`<mergeCell ref="A1:B2"/><mergeCell ref="E5>F6"/><mergeCell ref="I9:J10"/>`)).toEqual([[1, 1, 2, 2]]);
    expect(areas(`<mergeCell ref="A1:B2"/><mergeCell ref="A3"/><mergeCell ref="Z9:A1:Q5"/>`)).toEqual([
      [1, 1, 2, 2],
      [3, 1, 3, 1],
      [1, 1, 9, 26],
    ]);
  });

  test('an area over more than 10 000 cells asks for clipping', () => {
    expect(readMerges(`<mergeCell ref="A1:B5000"/>`).huge).toBe(false);
    expect(readMerges(`<mergeCell ref="A1:B5001"/>`).huge).toBe(true);
  });
});
