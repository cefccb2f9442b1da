import type { CellView } from '../../src/preview/data';

/** The text a cell of the preview grid shows: its own, or that of the merge covering it. */
export function shown(g: CellView[][], row: number, col: number): string {
  for (let r = row; r >= 1; r--)
    for (let c = col; c >= 1; c--) {
      const v = g[r - 1][c - 1];
      if (!v.covered && r + v.rowSpan - 1 >= row && c + v.colSpan - 1 >= col) return v.text.replace(/\s/g, '');
    }
  return '';
}
