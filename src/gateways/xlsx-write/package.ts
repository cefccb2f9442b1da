/**
 * `fill`'s and `insert`'s plan written as edits to the package itself: the worksheets the plan
 * touches (and, when rows are inserted, every formula that points at them), styles.xml, shared
 * strings, defined names, drawing anchors, tables and chart ranges. Every other part is copied
 * byte for byte, so charts, pictures, threaded comments, pivots and macros stay.
 * What this cannot do yet it says (Unsupported) and the caller uses the ExcelJS path.
 * Inserts are done a batch at a time (batch.ts), the same batches as the ExcelJS path.
 */
import type { CellValue } from '../../sheet/grid';
import type { Edit, Plan } from '../../sheet/plan';
import { moveReferences, type RowMap } from '../../sheet/shift-formula';
import { batchAt, type Batch, type Carried, type FinalInsert } from '../exceljs/batch';
import { Package } from '../xlsx/input';
import { relationships, workbookParts } from '../xlsx/read';
import { decode } from '../xlsx/xml';
import { canonicalPackage } from './canonical';
import { cellXml, esc, SheetXml, Unsupported, type MapOf } from './sheet';
import { sheetSource } from './sheet-source';
import { existingNotes, SheetNotes, writeNotes } from './notes';
import { DateCells } from './dates';
import { movePivotSources, movePivotTable } from './pivot';
import { moveQueryTable } from './query-table';
import { moveChartFormulas, moveControlFormulas, moveTableFormulas, moveVmlFormulas } from './part-formulas';
import { OneCommentsPart } from './comments-many';
import { moveWorkbookRefs, SIDE_PARTS } from './view-refs';
import { addStylesPart, completeStyles } from './style-part';
import { limitLine, StyleBook } from './styles';
import { blankSheetParts, writeBlankSheets } from './blank-sheet';
import { signatureNotice } from './signature';
import type { FileHandle } from 'fs/promises';
import { writeZip, writeZipStreamed, writeZipToFile, type Pieces } from './zip-out';
import { ByteOut } from './row-bytes';

export { Unsupported };

/** Relationship types a sheet with inserted rows may have: their parts are moved here, or hold no rows. */
// Slicers and timelines are placed by the sheet's drawing and name their cache, never a cell: kept byte for byte;
// form controls' links are moved with the other parts' formulas (part-formulas.ts); embedded objects (OLE, packages)
// hold no cell, their anchors in the sheet and its VML move.
const MOVABLE =
  /\/(drawing|table|hyperlink|printerSettings|image|comments|threadedComment|vmlDrawing|pivotTable|queryTable|slicer|timeline|ctrlProp|oleObject|package|control|namedSheetView|tableSingleCells)$/;

class Strings {
  private added: string[] = [];
  private count: number;
  constructor(private xml: string | null) {
    this.count = 0;
    // Counted with indexOf: a match() array of every <si> of a large part is garbage.
    for (let i = xml ? xml.indexOf('<si') : -1; i >= 0; i = xml!.indexOf('<si', i + 3)) {
      const c = xml!.charCodeAt(i + 3);
      if (c === 62 || c === 32 || c === 47 || c === 9 || c === 10 || c === 13) this.count++;
    }
  }
  /** Shared-string index, or null when the package has no shared strings part (then: inline). */
  index(s: string): number | null {
    if (this.xml === null) return null;
    this.added.push(s);
    return this.count + this.added.length - 1;
  }
  /**
   * The part with the new items, as bytes written item by item: one string of every item joined (a 100 000-row
   * fill adds ~170 000, 5.7 MB of UTF-8), the part made again around it and then encoded was ~36 MB of heap at
   * the end of the write, when the heap was at its largest.
   */
  result(): Buffer | null {
    if (!this.xml || !this.added.length) return null;
    const xml = this.xml;
    const total = this.count + this.added.length;
    // The counts are in the start tag, the new items go before the last </sst>: no pass over the whole part.
    const open = /<sst\b[^>]*>/.exec(xml);
    if (!open) throw new Unsupported('shared strings without <sst>');
    const tag = open[0].replace(/(\suniqueCount=")\d+"/, `$1${total}"`).replace(/(\scount=")(\d+)"/, (_w, a: string, n: string) => `${a}${Number(n) + this.added.length}"`);
    const after = open.index + open[0].length;
    const out = new ByteOut();
    out.range(xml, 0, open.index);
    // An empty <sst/> opened for the items and closed after them.
    const selfClosed = tag.endsWith('/>');
    const close = selfClosed ? after : xml.lastIndexOf('</sst>');
    if (close < after) throw new Unsupported('shared strings not closed');
    out.str(selfClosed ? tag.replace(/\s*\/>$/, '>') : tag);
    out.range(xml, after, close);
    for (const s of this.added) {
      out.str('<si><t xml:space="preserve">');
      out.str(esc(s));
      out.str('</t></si>');
    }
    if (selfClosed) out.str('</sst>');
    out.range(xml, close, xml.length);
    return Buffer.concat(out.take(true));
  }
}

function content(v: CellValue, strings: Strings): { t?: string; inner: string } {
  if (v === null || v === '') return { inner: '' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Unsupported('non-finite number');
    return { inner: `<v>${v}</v>` };
  }
  if (typeof v === 'boolean') return { t: 'b', inner: `<v>${v ? 1 : 0}</v>` };
  if (v instanceof Date) throw new Unsupported('date value');
  const i = strings.index(v);
  if (i === null) return { t: 'inlineStr', inner: `<is><t xml:space="preserve">${esc(v)}</t></is>` };
  return { t: 's', inner: `<v>${i}</v>` };
}

function cached(v: CellValue): { t?: string; v: string } {
  if (v === null || v === '') return { v: '' };
  if (typeof v === 'number') return Number.isFinite(v) ? { v: `<v>${v}</v>` } : { v: '' };
  if (typeof v === 'boolean') return { t: 'b', v: `<v>${v ? 1 : 0}</v>` };
  if (v instanceof Date) throw new Unsupported('date value');
  return { t: 'str', v: `<v>${esc(v)}</v>` };
}

const inSheet = (r: number, c: number) => Number.isInteger(r) && Number.isInteger(c) && r >= 1 && c >= 1 && r <= 1048576 && c <= 16384;

function apply(e: Carried, ws: SheetXml, styles: StyleBook, strings: Strings, notes: (sheet: string) => SheetNotes, dates: DateCells): void {
  // Checked without an array per edit (a plan has a million of them).
  const outside =
    e.kind === 'merge'
      ? !inSheet(e.top, e.left) || !inSheet(e.bottom, e.right)
      : e.kind === 'insertRows'
        ? false
        : e.kind === 'copyFormat'
          ? !inSheet(e.row, e.col + (e.cols ?? 1) - 1) || !inSheet(e.row, e.col) || !inSheet(e.fromRow, e.fromCol)
          : !inSheet(e.row, e.col);
  if (outside) throw new Unsupported(`edit outside the sheet: ${JSON.stringify(e)}`);
  switch (e.kind) {
    case 'value': {
      if (e.value instanceof Date) return dates.put(ws, styles, { ...e, value: e.value });
      const s0 = ws.styleAt(e.row, e.col);
      const s = e.numFormat ? styles.derive(s0, { numFmt: e.numFormat }) : s0;
      const { t, inner } = content(e.value, strings);
      if (!inner && !t) return ws.putBlank(e.row, e.col, s);
      ws.put(e.row, e.col, cellXml(e.row, e.col, s, t, inner), s || 0);
      return;
    }
    case 'formula': {
      if (e.cached instanceof Date) return dates.put(ws, styles, { ...e, value: e.cached }, `<f>${esc(e.formula.replace(/^=/, ''))}</f>`);
      const s0 = ws.styleAt(e.row, e.col);
      const s = e.numFormat ? styles.derive(s0, { numFmt: e.numFormat }) : s0;
      const c = cached(e.cached);
      // Carried through an insert batch by shape (batch.ts): its numbers are already the final ones.
      if ('taken' in e) return ws.putTaken(e.row, e.col, s, c.t, e.taken, c.v);
      // Not replace(/^=/): it copies the whole formula (hundreds of characters) where a slice does not.
      ws.putFormula(e.row, e.col, s, c.t, e.formula.charCodeAt(0) === 61 ? e.formula.slice(1) : e.formula, c.v);
      return;
    }
    case 'fill':
      ws.restyle(e.row, e.col, styles.derive(ws.styleAt(e.row, e.col), { fill: e.color }));
      return;
    case 'bold':
      ws.restyle(e.row, e.col, styles.derive(ws.styleAt(e.row, e.col), { bold: true }));
      return;
    case 'copyFormat': {
      const s = ws.styleAt(e.fromRow, e.fromCol);
      for (let k = 0, n = e.cols ?? 1; k < n; k++) ws.restyle(e.row, e.col + k, s);
      return;
    }
    case 'merge':
      ws.merge({ top: e.top, left: e.left, bottom: e.bottom, right: e.right });
      return;
    case 'extendMerge': {
      const old = ws.mergeAt(e.row, e.col) ?? { top: e.row, left: e.col, bottom: e.row, right: e.col };
      if (e.bottom > old.bottom) ws.merge({ ...old, bottom: e.bottom });
      return;
    }
    case 'note':
      notes(e.sheet).add(e.row, e.col, e.text);
      return;
    case 'insertRows':
      throw new Error('inserts go through batchAt');
  }
}

function moveText(xml: string, tag: string, mapOf: MapOf, host = ''): string {
  return xml.replace(
    new RegExp(`(<${tag}\\b[^>]*>)([^<]*)(</${tag}>)`, 'g'),
    (_w, open: string, text: string, close: string) => open + esc(moveReferences(decode(text), host, mapOf)) + close,
  );
}

const shiftRefs = (v: string, name: string, map: RowMap) => moveReferences(v, name, (k) => (k === name.toLowerCase() ? map : undefined));

/** Parts of a sheet whose formulas move, by relationship type. */
const PART_FORMULAS: Record<string, (xml: string, host: string, mapOf: MapOf) => string> = {
  table: moveTableFormulas,
  ctrlProp: moveControlFormulas,
  vmlDrawing: moveVmlFormulas,
};

/** A sheet's drawing, notes, VML, threaded comments or table part with its rows moved; null: nothing to move. */
function moveSheetPart(type: string, xml: string, name: string, map: RowMap): string | null {
  const row0 = (n: string) => String(map(Number(n) + 1) - 1);
  // Anchors are 0-based: <xdr:row>n</xdr:row> is Excel row n + 1.
  if (type === 'drawing') return xml.replace(/(<xdr:row>)(\d+)(<\/xdr:row>)/g, (_w, a: string, n: string, b: string) => a + row0(n) + b);
  if (type === 'comments' || type === 'threadedComment')
    return xml.replace(/(<(?:comment|threadedComment)\b[^>]*?\sref=")([^"]*)"/g, (_w, a: string, v: string) => `${a}${shiftRefs(v, name, map)}"`);
  if (type === 'table')
    return xml.replace(/(<(?:table|autoFilter|sortState|sortCondition)\b[^>]*?\sref=")([^"]*)"/g, (_w, a: string, v: string) => `${a}${shiftRefs(v, name, map)}"`);
  if (type === 'pivotTable') return movePivotTable(xml, name, map);
  if (type === 'queryTable') return moveQueryTable(xml, name, map);
  if (SIDE_PARTS[type]) return SIDE_PARTS[type](xml, name, map);
  if (type !== 'vmlDrawing') return null;
  // Legacy shapes (note boxes, form controls): 0-based rows in <x:Row> and in <x:Anchor> (col, dx, row, dy, col, dx, row, dy).
  return xml
    .replace(/(<x:Row>)(\d+)(<\/x:Row>)/g, (_w, a: string, n: string, b: string) => a + row0(n) + b)
    .replace(/(<x:Anchor>)([^<]*)(<\/x:Anchor>)/g, (w, a: string, v: string, b: string) => {
      const n = v.split(',').map((x) => x.trim());
      if (n.length !== 8 || n.some((x) => !/^\d+$/.test(x))) return w;
      for (const i of [2, 6]) n[i] = row0(n[i]);
      return `${a}${n.join(', ')}${b}`;
    });
}

/** The new package bytes for `plan` applied to the package in `buf`; what it left out is said in `notices`. Throws Unsupported. */
export function writePlan(buf: Buffer, plan: Plan, notices: { zh: string }[] = []): Buffer {
  const w = packageWriter(buf);
  for (const e of plan.edits) w.add(e);
  return w.bytes(notices);
}

/** `writePlan`'s bytes, each edited worksheet deflated as its rows are written out. */
export async function writePlanStreamed(buf: Buffer, plan: Plan, notices: { zh: string }[] = []): Promise<Buffer> {
  const w = packageWriter(buf);
  for (const e of plan.edits) w.add(e);
  return w.streamed(notices);
}

/** A writer that takes a plan's edits one at a time, in plan order (`planEach`), and applies them as they come. */
export interface PackageWriter {
  /** The next edit of the plan; applied at once until the first insert (inserts are batched: the rest waits for `bytes`). */
  add(e: Edit): void;
  /** Applies the edits still waiting (the inserts' batches); `bytes` and `streamed` call it too. */
  finish(): void;
  /** The new package. Throws Unsupported. */
  bytes(notices?: { zh: string }[]): Buffer;
  /** The same bytes, each edited worksheet deflated as its rows are written out (its whole text never exists at once). */
  streamed(notices?: { zh: string }[]): Promise<Buffer>;
  /**
   * The plan applied and every part but the worksheets' rows made now (throws Unsupported); the returned
   * function writes the same bytes into an open file as they are made, so the package is never held whole.
   */
  prepare(notices?: { zh: string }[]): (fh: FileHandle) => Promise<void>;
}

/**
 * Opens the package in `buf` for a plan's edits. Throws Unsupported. `inflated`: worksheet parts of `buf`
 * already inflated (by entry name, readGridsKept), each taken out of the map when its sheet is opened.
 */
export function packageWriter(buf: Buffer, inflated?: Map<string, Buffer>): PackageWriter {
  const base = canonicalPackage(Package.open('', buf, true));
  // Without its content types no package opens in Excel: the ExcelJS path writes the whole package anew.
  if (!base.has('[Content_Types].xml')) throw new Unsupported('no content types');
  const wb = workbookParts(base);
  const blank = blankSheetParts(base, wb.sheets);
  const comments = new OneCommentsPart(base);
  const pkg = comments.pkg;
  const stylesXml = completeStyles(pkg.text(wb.styles), pkg);
  if (!StyleBook.usable(stylesXml)) throw new Unsupported('styles');
  const styles = new StyleBook(stylesXml);
  const strings = new Strings(pkg.has(wb.strings) ? pkg.text(wb.strings) : null);
  const dates = new DateCells(wb.date1904, stylesXml);
  // Parts other than worksheets, as text once an insert has moved something in them.
  const texts = new Map<string, string>();
  const text = (part: string) => texts.get(part) ?? pkg.text(part);
  const sheets = new Map<string, SheetXml>();
  const partOf = new Map(wb.sheets.map((s) => [s.name, s.part]));
  const formulaParts = [...pkg.dir.keys()].some((p) => /\/(tables|ctrlProps)\/[^/]+\.xml$|\.vml$/i.test(p));
  // The last sheet asked for kept at hand: a plan's edits come a sheet at a time.
  let last: SheetXml | undefined;
  const sheet = (name: string) => {
    if (last?.name === name) return last;
    let ws = sheets.get(name);
    if (!ws) {
      const part = partOf.get(name);
      if (!part || !pkg.has(part)) throw new Unsupported(`no sheet ${name}`);
      const entry = pkg.name(part);
      const given = inflated?.get(entry);
      inflated?.delete(entry);
      ws = new SheetXml(name, sheetSource(pkg, part, comments.edits(part), given));
      sheets.set(name, ws);
    }
    return (last = ws);
  };
  // Each sheet's relationships read once (an insert batch asked for them up to three times a sheet).
  const rels = new Map<string, ReturnType<typeof relationships>>();
  const relsOf = (name: string) => {
    const part = partOf.get(name)!;
    let r = rels.get(part);
    if (!r) rels.set(part, (r = relationships(pkg, part)));
    return r;
  };
  const notes = new Map<string, SheetNotes>();
  const notesOf = (name: string) => {
    let n = notes.get(name);
    if (!n) {
      comments.noted(partOf.get(name)!, text);
      rels.clear(); // merging its notes may drop some of the sheet's relationships
      existingNotes(pkg, partOf.get(name)!); // throws early where the ExcelJS path must write them
      notes.set(name, (n = new SheetNotes(name)));
    }
    return n;
  };
  const insert = (batch: Batch) => {
    const mapOf: MapOf = (k) => batch.maps.get(k);
    for (const [name, n] of notes) {
      const map = batch.maps.get(name.toLowerCase());
      if (map) n.move(map);
    }
    // The batch's inserts by sheet, in batch order (a filter per sheet was sheets × inserts: 1 000 small sheets, a million tests).
    const inserted = new Map<string, FinalInsert[]>();
    for (const i of batch.inserts) (inserted.get(i.sheet) ?? inserted.set(i.sheet, []).get(i.sheet)!).push(i);
    for (const name of inserted.keys()) {
      for (const rel of relsOf(name).values()) if (!MOVABLE.test(rel.type)) throw new Unsupported(`sheet ${name} has ${rel.type.split('/').pop()}`);
    }
    movePivotSources(pkg, text, texts, batch.maps);
    for (const { name } of wb.sheets) if (pkg.has(partOf.get(name)!)) sheet(name).moveFormulas(mapOf);
    for (const [name, here] of inserted) {
      const map = batch.maps.get(name.toLowerCase())!;
      sheet(name).insert(map, here);
      for (const rel of relsOf(name).values()) {
        if (!pkg.has(rel.target)) continue;
        const next = moveSheetPart(rel.type.split('/').pop() ?? '', text(rel.target), name, map);
        if (next !== null) texts.set(rel.target, next);
      }
    }
    // Tables and form controls on any sheet: their formulas may point at the moved rows.
    if (formulaParts)
      for (const { name } of wb.sheets)
        for (const rel of relsOf(name).values()) {
          const move = PART_FORMULAS[rel.type.split('/').pop() ?? ''];
          if (move && pkg.has(rel.target)) texts.set(rel.target, move(text(rel.target), name, mapOf));
        }
    for (const [part] of pkg.dir) if (/(^|\/)charts\/[^/]+\.xml$/i.test(part)) texts.set(part, moveChartFormulas(text(part), mapOf));
    texts.set('xl/workbook.xml', moveWorkbookRefs(moveText(text('xl/workbook.xml'), 'definedName', mapOf), mapOf));
  };
  // From the first insert on, edits wait: a batch reaches over the edits after its insert.
  const edits: Edit[] = [];
  const add = (e: Edit) => {
    if (edits.length || e.kind === 'insertRows') edits.push(e);
    else apply(e, sheet(e.sheet), styles, strings, notesOf, dates);
  };
  const finish = () => {
    let i = 0;
    while (i < edits.length) {
      const e = edits[i];
      if (e.kind !== 'insertRows') {
        apply(e, sheet(e.sheet), styles, strings, notesOf, dates);
        i++;
        continue;
      }
      const batch = batchAt(edits, i, true);
      // The batch's edits are carried to its final coordinates: the originals, and each carried edit once
      // applied, let go (at 100 000 rows both copies, formulas and all, were alive through the whole batch).
      edits.fill(undefined as unknown as Edit, i, batch.end);
      insert(batch);
      const carried = batch.edits;
      for (let k = 0; k < carried.length; k++) {
        const x = carried[k];
        carried[k] = undefined as unknown as Edit;
        apply(x, sheet(x.sheet), styles, strings, notesOf, dates);
      }
      i = batch.end;
    }
    edits.length = 0;
  };
  /** The plan applied: parts replaced (`changed`), worksheets to write out (`streamed`), the zip's order. */
  const parts = (notices: { zh: string }[]) => {
    const changed = new Map<string, Buffer>();
    for (const [part, xml] of texts) if (xml !== pkg.text(part)) changed.set(part, Buffer.from(xml, 'utf8'));
    let drop = false;
    const added: string[] = [];
    const streamed = new Map<string, Pieces>();
    for (const [name, ws] of sheets) {
      const part = partOf.get(name)!;
      const n = notes.get(name);
      const wrap = n?.at.size ? writeNotes(pkg, part, n, changed, added, notices) : undefined;
      streamed.set(part, () => ws.pieces(wrap));
      if (ws.formulasChanged) drop = true;
    }
    writeBlankSheets(blank, changed, streamed, notices);
    signatureNotice(pkg, notices);
    const st = styles.result();
    if (st !== null && !pkg.has(wb.styles)) addStylesPart(pkg, wb.styles, changed, added);
    if (st !== null) changed.set(wb.styles, Buffer.from(st, 'utf8'));
    if (styles.unstyled) notices.push({ zh: limitLine(styles.unstyled) });
    const ss = strings.result();
    if (ss !== null) changed.set(wb.strings, ss);
    // Parts named as the code or a relationship spells them, replacing the entry that holds them (another case).
    for (const [part, bytes] of [...changed]) {
      if (pkg.name(part) === part) continue;
      changed.delete(part);
      changed.set(pkg.name(part), bytes);
    }
    let order = [...pkg.dir.keys()].filter((p) => !p.endsWith('/')).concat(added);
    if (drop) order = dropCalcChain(pkg, order, changed);
    order = comments.finish(changed, order);
    return { order, changed, streamed };
  };
  return {
    add,
    finish,
    bytes(notices = []) {
      finish();
      const p = parts(notices);
      for (const [part, pieces] of p.streamed) p.changed.set(part, Buffer.concat([...pieces()]));
      return writeZip(buf, pkg.dir, p.order, p.changed);
    },
    async streamed(notices = []) {
      finish();
      const p = parts(notices);
      return writeZipStreamed(buf, pkg.dir, p.order, p.changed, p.streamed);
    },
    prepare(notices = []) {
      finish();
      const p = parts(notices);
      // Each sheet's head and tail made now (a note's drawing may refuse): what is left to make is its rows.
      const started = new Map<string, Pieces>();
      for (const [part, pieces] of p.streamed) {
        const it = pieces()[Symbol.iterator]();
        const first = it.next();
        started.set(part, function* () {
          if (!first.done) yield first.value;
          for (let n = it.next(); !n.done; n = it.next()) yield n.value;
        });
      }
      return (fh) => writeZipToFile(fh, buf, pkg.dir, p.order, p.changed, started);
    },
  };
}

/** Excel rebuilds a missing calculation chain; a stale one (cells moved or new formulas) makes it repair the file. */
function dropCalcChain(pkg: Package, order: string[], changed: Map<string, Buffer>): string[] {
  const part = 'xl/calcChain.xml';
  if (!pkg.has(part)) return order;
  // Content types may already carry the notes' additions.
  const text = (p: string) => changed.get(p)?.toString('utf8') ?? pkg.text(p);
  const relsPart = 'xl/_rels/workbook.xml.rels';
  const rels = text(relsPart).replace(/<Relationship\b[^>]*Target="[^"]*calcChain\.xml"[^>]*\/>/g, '');
  changed.set(relsPart, Buffer.from(rels, 'utf8'));
  const types = text('[Content_Types].xml').replace(/<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/g, '');
  changed.set('[Content_Types].xml', Buffer.from(types, 'utf8'));
  return order.filter((p) => p !== part);
}
