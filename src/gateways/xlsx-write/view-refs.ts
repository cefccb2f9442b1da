/**
 * Cells a worksheet names outside its formulas, moved when rows are inserted, as Excel moves them
 * (ECMA-376 Part 1, 18.3.1): the panes, selections and page breaks of the sheet's view and of each
 * custom view (自定义视图, <customSheetView>), cell watches (监视窗口), scenarios' input cells (方案管理器),
 * smart tags, web publishing's source range; with a reference that may name another sheet: an ActiveX
 * control's linked cell and list range (<controlPr>), a consolidation's source (<dataRef>); and the parts
 * beside a sheet that name its cells: Excel 365 named sheet views (工作表视图) and XML-map cells. Each
 * only where the sheet or part has such an element: a plain sheet's text is not searched again.
 */
import { moveReferences, type RowMap } from '../../sheet/shift-formula';
import { attr, decode } from '../xlsx/xml';
import { setAttr } from './styles';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A frozen pane's split and first cell below it, grown by the rows inserted above the split. */
export function movePane(tag: string, map: RowMap): string {
  const y = Number(attr(tag, 'ySplit') ?? 0);
  if (!y || !/state="frozen/.test(tag)) return tag;
  const grown = map(y) - y;
  if (!grown) return tag;
  let out = setAttr(tag, 'ySplit', String(y + grown));
  const tl = attr(tag, 'topLeftCell');
  const m = tl ? /^([A-Z]+)(\d+)$/.exec(tl) : null;
  if (m) out = setAttr(out, 'topLeftCell', `${m[1]}${Number(m[2]) + grown}`);
  return out;
}

/** A selection's active cell and ranges moved (`ref` moves a space-separated list of ranges). */
export function moveSelection(tag: string, ref: (s: string) => string): string {
  let out = tag;
  const a = attr(tag, 'activeCell');
  if (a) out = setAttr(out, 'activeCell', ref(a));
  const s = attr(tag, 'sqref');
  if (s) out = setAttr(out, 'sqref', ref(s));
  return out;
}

/** Attributes naming this sheet's cells, by element: moved as ranges on the sheet. */
const CELL_ATTRS = /(<(?:customSheetView|cellWatch|scenarios|inputCells|cellSmartTags|webPublishItem)\b[^>]*?\s(?:topLeftCell|r|sqref|sourceRef)=")([^"]*)"/g;

/**
 * The part of a worksheet after <sheetData>, its rows moved by `map`: every page-break list (the sheet's
 * and each custom view's), custom views' panes and selections, and the cells named by CELL_ATTRS.
 */
export function moveTailRows(tail: string, ref: (s: string) => string, map: RowMap): string {
  let out = tail.includes('<rowBreaks')
    ? tail.replace(/<rowBreaks\b[\s\S]*?<\/rowBreaks>/g, (block) => block.replace(/(<brk\b[^>]*\sid=")(\d+)"/g, (_w, a: string, id: string) => `${a}${map(Number(id) + 1) - 1}"`))
    : tail;
  if (out.includes('<customSheetView'))
    out = out.replace(/<customSheetViews\b[\s\S]*?<\/customSheetViews>/g, (block) =>
      block.replace(/<pane\b[^>]*>/g, (tag) => movePane(tag, map)).replace(/<selection\b[^>]*>/g, (tag) => moveSelection(tag, ref)),
    );
  // Each attribute list moved once: a scenario's sqref may list several cells (B12 D14).
  if (/<(customSheetView|cellWatch|scenarios|cellSmartTags|webPublishItem)\b/.test(out)) out = out.replace(CELL_ATTRS, (_w, a: string, v: string) => `${a}${esc(ref(decode(v)))}"`);
  return out;
}

/**
 * References in a worksheet's tail that may name any sheet, moved by `move` (a formula mover for this
 * sheet): ActiveX controls' linked cell and list range; a consolidation's sources, each on its `sheet`.
 */
export function moveTailFormulas(tail: string, move: (f: string) => string, host: string, mapOf: (sheet: string) => RowMap | undefined): string {
  let out = tail;
  if (out.includes('<controlPr'))
    out = out.replace(/<controlPr\b[^>]*>/g, (tag) =>
      tag.replace(/(\s(?:linkedCell|listFillRange)=")([^"]*)"/g, (w, a: string, v: string) => {
        const was = decode(v);
        const now = move(was);
        return now === was ? w : `${a}${esc(now)}"`;
      }),
    );
  if (out.includes('<dataRef'))
    out = out.replace(/<dataRef\b[^>]*>/g, (tag) => {
      const r = attr(tag, 'ref');
      if (!r || attr(tag, 'name') !== undefined || attr(tag, 'r:id') !== undefined) return tag;
      const sheet = attr(tag, 'sheet') ?? host;
      const now = onSheet(r, sheet, mapOf);
      return now === r ? tag : setAttr(tag, 'ref', now);
    });
  return out;
}

/** A range written without its sheet (`ref`), on sheet `sheet`, moved. */
function onSheet(ref: string, sheet: string, mapOf: (sheet: string) => RowMap | undefined): string {
  const map = mapOf(sheet.toLowerCase());
  return map ? moveReferences(ref, sheet, (k) => (k === sheet.toLowerCase() ? map : undefined)) : ref;
}

/** The workbook's own references to cells outside defined names: web publishing's source objects. */
export function moveWorkbookRefs(xml: string, mapOf: (sheet: string) => RowMap | undefined): string {
  if (!xml.includes('<webPublishObject')) return xml;
  return xml.replace(/(<webPublishObject\b[^>]*?\ssourceObject=")([^"]*)"/g, (w, a: string, v: string) => {
    const was = decode(v);
    const now = moveReferences(was, '', mapOf);
    return now === was ? w : `${a}${esc(now)}"`;
  });
}

/** Parts beside a sheet that name its cells by reference: named sheet views' ranges, XML-map cells. */
export const SIDE_PARTS: Record<string, (xml: string, sheet: string, map: RowMap) => string> = {
  namedSheetView: (xml, sheet, map) => moveAttrs(xml, /(<(?:\w+:)?(?:nsvFilter|richSortCondition|sortCondition)\b[^>]*?\sref=")([^"]*)"/g, sheet, map),
  tableSingleCells: (xml, sheet, map) => moveAttrs(xml, /(<(?:\w+:)?singleXmlCell\b[^>]*?\sr=")([^"]*)"/g, sheet, map),
};

function moveAttrs(xml: string, re: RegExp, sheet: string, map: RowMap): string {
  const key = sheet.toLowerCase();
  return xml.replace(re, (_w, a: string, v: string) => `${a}${esc(moveReferences(decode(v), sheet, (k) => (k === key ? map : undefined)))}"`);
}
