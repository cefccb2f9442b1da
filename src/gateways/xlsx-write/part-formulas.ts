/**
 * Formulas that live in a sheet's other parts, not in its cells, moved like every formula when rows
 * are inserted: a table's calculated column and totals row (ECMA-376 Part 1, 18.5.1.1, 18.5.1.4), a
 * form control's cell link and list range (its ctrlProp part, and the same again in the legacy VML
 * shape Excel also reads), and a chart's series, data-label ranges and 2016 chartEx data.
 * Each text is rewritten only when a reference in it moved.
 */
import { moveReferences } from '../../sheet/shift-formula';
import { decode } from '../xlsx/xml';
import type { MapOf } from './sheet';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => esc(s).replace(/"/g, '&quot;');

function moved(text: string, host: string, mapOf: MapOf): string | null {
  const was = decode(text);
  const now = moveReferences(was, host, mapOf);
  return now === was ? null : now;
}

/** Element texts (<tag>formula</tag>) of the given tags moved. */
function inElements(xml: string, tags: string, host: string, mapOf: MapOf): string {
  return xml.replace(new RegExp(`(<(${tags})\\b[^>]*>)([^<]*)(</\\2>)`, 'g'), (w, open: string, _tag, text: string, close: string) => {
    const now = moved(text, host, mapOf);
    return now === null ? w : open + esc(now) + close;
  });
}

/** A table part (ListObject) on sheet `host`: its column formulas moved. */
export function moveTableFormulas(xml: string, host: string, mapOf: MapOf): string {
  return xml.includes('Formula') ? inElements(xml, 'calculatedColumnFormula|totalsRowFormula', host, mapOf) : xml;
}

/** A form control's properties (ctrlProp part) on sheet `host`: cell link, list range, text box and group links. */
export function moveControlFormulas(xml: string, host: string, mapOf: MapOf): string {
  return xml.replace(/(\s(?:fmlaLink|fmlaRange|fmlaTxbx|fmlaGroup)=")([^"]*)"/g, (w, a: string, v: string) => {
    const now = moved(v, host, mapOf);
    return now === null ? w : `${a}${escAttr(now)}"`;
  });
}

/** A legacy VML drawing on sheet `host`: its controls' links (<x:FmlaLink> …). */
export function moveVmlFormulas(xml: string, host: string, mapOf: MapOf): string {
  return xml.includes(':Fmla') ? inElements(xml, 'x:FmlaLink|x:FmlaRange|x:FmlaTxbx|x:FmlaGroup|x:FmlaPict', host, mapOf) : xml;
}

/** A chart part (classic or chartEx): series, titles, data-label ranges and full references (no host: they name their sheet). */
export function moveChartFormulas(xml: string, mapOf: MapOf): string {
  return inElements(xml, 'c:f|c15:f|c15:sqref|cx:f', '', mapOf);
}
