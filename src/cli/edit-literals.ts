/**
 * The edits fill's inserted blocks hold, made again from their flat form (edit-pack.ts) as object
 * literals: an object grown key by key from `{}` keeps its keys past the fourth in a separate
 * backing store (one more allocation and ~40 bytes an edit), and the writer holds every inserted
 * block's edits until it finishes (~200 000 at 100 000 rows), where fill's memory peaks. Each
 * literal has the keys in the planner's own order (fill.ts), so the edits are the same key for key.
 */
import type { CellValue } from '../sheet/grid';
import type { Edit } from '../sheet/plan';

/** An edit from the flat values of one packed edit (`f[i…]`: its values but kind and sheet, in key order). */
export type Maker = (sheet: string, f: unknown[], i: number) => Edit;

const MAKERS: Record<string, Maker> = {
  'value,sheet,row,col,value': (sheet, f, i) => ({ kind: 'value', sheet, row: f[i] as number, col: f[i + 1] as number, value: f[i + 2] as CellValue }),
  'value,sheet,row,col,value,numFormat': (sheet, f, i) => ({
    kind: 'value',
    sheet,
    row: f[i] as number,
    col: f[i + 1] as number,
    value: f[i + 2] as CellValue,
    numFormat: f[i + 3] as string,
  }),
  'formula,sheet,row,col,formula,cached': (sheet, f, i) => ({
    kind: 'formula',
    sheet,
    row: f[i] as number,
    col: f[i + 1] as number,
    formula: f[i + 2] as string,
    cached: f[i + 3] as CellValue,
  }),
  'formula,sheet,row,col,formula,cached,numFormat': (sheet, f, i) => ({
    kind: 'formula',
    sheet,
    row: f[i] as number,
    col: f[i + 1] as number,
    formula: f[i + 2] as string,
    cached: f[i + 3] as CellValue,
    numFormat: f[i + 4] as string,
  }),
  'bold,sheet,row,col': (sheet, f, i) => ({ kind: 'bold', sheet, row: f[i] as number, col: f[i + 1] as number }),
  'fill,sheet,row,col,color': (sheet, f, i) => ({ kind: 'fill', sheet, row: f[i] as number, col: f[i + 1] as number, color: f[i + 2] as string }),
  'insertRows,sheet,at,count,formatFrom': (sheet, f, i) => ({
    kind: 'insertRows',
    sheet,
    at: f[i] as number,
    count: f[i + 1] as number,
    formatFrom: f[i + 2] as number,
  }),
};

/** The literal maker for an edit of these keys (kind first, then sheet, as fill plans them), or null: made key by key. */
export function literalFor(keys: string[], kind: string): Maker | null {
  if (keys[0] !== 'kind' || keys[1] !== 'sheet') return null;
  return MAKERS[[kind, ...keys.slice(1)].join(',')] ?? null;
}
