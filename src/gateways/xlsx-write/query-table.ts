/**
 * Query tables (数据 → 自文本/自网站 imports into a range): the range a worksheet's query table fills
 * is the one its defined name (ExternalData_n) names, and defined names move with inserted rows
 * already; the query table part itself holds only its sort's ranges (<sortState>, <sortCondition>,
 * ECMA-376 Part 1, 18.12.6 and 18.3.1.92), moved here like the sheet's own.
 */
import { moveReferences, type RowMap } from '../../sheet/shift-formula';
import { decode } from '../xlsx/xml';

export function moveQueryTable(xml: string, sheet: string, map: RowMap): string {
  const move = (ref: string) => moveReferences(ref, sheet, (k) => (k === sheet.toLowerCase() ? map : undefined));
  return xml.replace(/(<(?:sortState|sortCondition)\b[^>]*?\sref=")([^"]*)"/g, (_w, a: string, v: string) => `${a}${move(decode(v))}"`);
}
