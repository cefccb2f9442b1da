/**
 * A table's (ListObject's) column formulas live in its part, not only in its cells: a calculated
 * column's and a totals row's formula are moved like every formula when rows are inserted
 * (ECMA-376 Part 1, 18.5.1.1 calculatedColumnFormula, 18.5.1.4 totalsRowFormula), so a new row
 * Excel adds to the table gets the same formula as the cells already have.
 */
import { moveReferences } from '../../sheet/shift-formula';
import { decode } from '../xlsx/xml';
import type { MapOf } from './sheet';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The table part's text with its column formulas moved; `host`: the sheet the table is on. */
export function moveTableFormulas(xml: string, host: string, mapOf: MapOf): string {
  if (!xml.includes('Formula')) return xml;
  return xml.replace(/(<(calculatedColumnFormula|totalsRowFormula)\b[^>]*>)([^<]*)(<\/\2>)/g, (w, open: string, _tag, text: string, close: string) => {
    const was = decode(text);
    const now = moveReferences(was, host, mapOf);
    return now === was ? w : open + esc(now) + close;
  });
}
