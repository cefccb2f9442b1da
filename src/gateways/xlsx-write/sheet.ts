/**
 * One worksheet part edited as text: rows stay the strings they were unless an edit, a shift or
 * a formula change touches them, and the parts around <sheetData> are kept except for the
 * references that an insert moves.
 */
import { type Merge } from '../../sheet/grid';
import { colLetters, colNumber } from '../../sheet/a1';
import { translateFormula } from '../../sheet/relative';
import { MAX_ROW, moveSqref, type RowMap } from '../../sheet/shift-formula';
import { flatten, ReferenceMover, type Shape } from '../../sheet/move-memo';
import type { FinalInsert } from '../exceljs/batch';
import { attr, decode } from '../xlsx/xml';
import { setAttr } from './styles';
import { isDataTable, moveDataTable } from './data-table';
import { mergeBox } from './merge-overlap';
import { movePane, moveSelection, moveTailFormulas, moveTailRows } from './view-refs';
import { allCells, cellStyle, eachEl, elStyle, fitSet, getCell, getEl, hasF, looked, newRow, parseCells, setCell, startTag, tagOf, Unsupported, type Row } from './row-cells';
import { formulaKinds, readRows, withRows } from './sheet-rows';
import { blankOf, blankText, esc, FormulaCell, type CellEl } from './formula-cell';
import { eachMerge } from './merge-refs';
import { MergeList } from './merge-list';
import { ByteOut, writeRow } from './row-bytes';

export type MapOf = (sheet: string) => RowMap | undefined;

export { esc, parseCells, Unsupported };
const unsupported = (why: string): never => {
  throw new Unsupported(why);
};

const escAttr = (s: string) => esc(s).replace(/"/g, '&quot;');

/** Where `name` (e.g. '<sheetData') first starts a tag in b from `from` on (as /<sheetData\b/ finds it), or -1. */
function tagAt(b: Buffer, name: string, from: number): number {
  for (let i = b.indexOf(name, from); i >= 0; i = b.indexOf(name, i + 1)) {
    const k = b[i + name.length];
    if (!((k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k === 95)) return i;
  }
  return -1;
}

/** A cell's element with its own reference, style and type set, and `inner` as its content. */
export function cellXml(row: number, col: number, s: number | undefined, t: string | undefined, inner: string): string {
  const head = `<c r="${colLetters(col)}${row}"${s ? ` s="${s}"` : ''}${t ? ` t="${t}"` : ''}`;
  return inner ? `${head}>${inner}</c>` : `${head}/>`;
}

/** Elements the schema puts after <mergeCells> (CT_Worksheet order), to place a new one before. */
const AFTER_MERGES = [
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

export class SheetXml {
  private head: string;
  private tail: string;
  /**
   * The rows by ascending r, found by binary search (lookAt): a Map of them by number was ~7 MB of the heap
   * at 100 000 rows, made again by every insert batch.
   */
  private rows: Row[] = [];
  private merges = new MergeList();
  private mergesChanged = false;
  private colStyles: { min: number; max: number; s: number }[] = [];
  /** Formulas the plan wrote or an insert moved: the workbook's calculation chain is stale. */
  formulasChanged = false;
  /** Whether the part has shared or array formulas at all (the plan writes neither): else no cell is searched for them. */
  private kinds: { shared: boolean; arrays: boolean } | undefined = undefined;
  private get shared(): boolean {
    return (this.kinds ??= formulaKinds(this.src)).shared;
  }
  private get arrays(): boolean {
    return (this.kinds ??= formulaKinds(this.src)).arrays;
  }
  /** The part's bytes as they came (its rows lie in them). */
  private readonly src: Buffer;

  constructor(
    readonly name: string,
    xml: string | Buffer,
  ) {
    // The part as bytes (sheet-source.ts): rows are where they lie in them, decoded only when an edit looks.
    const b = typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml;
    const at = tagAt(b, '<sheetData', 0);
    const gt = at < 0 ? -1 : b.indexOf(62, at);
    const closed = gt >= 0 && b[gt - 1] === 47;
    const start = gt + 1;
    const end = gt < 0 ? -1 : closed ? start : b.indexOf('</sheetData>', start);
    // A prefixed <x:sheetData> lies outside the rows (inside them a '<' is always a tag's): looked for there.
    const head = end < 0 ? b.toString('utf8') : b.toString('utf8', 0, at);
    const tail = end < 0 ? '' : b.toString('utf8', closed ? start : end + '</sheetData>'.length);
    const prefixed = (x: string) => x.includes(':sheetData') && /<\w+:sheetData\b/.test(x);
    if (tagAt(b, '<worksheet', 0) < 0 || prefixed(head) || prefixed(tail)) throw new Unsupported('prefixed worksheet');
    if (gt < 0) throw new Unsupported('no sheetData');
    if (end < 0) throw new Unsupported('sheetData not closed');
    this.head = head + '<sheetData>';
    this.tail = '</sheetData>' + tail;
    this.rows = readRows(b, start, end);
    // Some tools write rows out of order; Excel reads them by r, and so do we: put them in order (a row twice stays refused).
    if (this.rows.some((row, i) => i > 0 && row.r <= this.rows[i - 1].r)) {
      this.rows.sort((a, b) => a.r - b.r);
      if (this.rows.some((row, i) => i > 0 && row.r === this.rows[i - 1].r)) throw new Unsupported('a row written twice');
    }
    eachMerge(this.tail, range, (top, left, bottom, right) => this.merges.push(top, left, bottom, right));
    for (const t of this.head.match(/<col\b[^>]*>/g) ?? []) {
      const s = Number(attr(t, 'style') ?? 0);
      if (s) this.colStyles.push({ min: Number(attr(t, 'min')), max: Number(attr(t, 'max')), s });
    }
    this.src = b;
  }

  /** Where row r is in this.rows, or -(where it would go) - 1; the last answer's neighbourhood first (edits come row by row). */
  private lookAt(r: number): number {
    const rows = this.rows;
    let i = this.lastI;
    if (i < rows.length && rows[i].r === r) return i;
    if (++i < rows.length && rows[i].r === r) return (this.lastI = i);
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const x = rows[mid].r;
      if (x === r) return (this.lastI = mid);
      if (x < r) lo = mid + 1;
      else hi = mid;
    }
    return -lo - 1;
  }
  private lastI = 0;

  private row(r: number): Row {
    const i = this.lookAt(r);
    if (i >= 0) return this.rows[i];
    const row = newRow(r, `<row r="${r}">`, '');
    this.rows.splice(-i - 1, 0, row);
    return row;
  }

  /**
   * The row numbered r for a cell to be set in. Rows left are made to size (fitSet) a few hundred at a
   * time, not each time the plan leaves one: fill formats its new columns one column at a time, down a
   * project's rows and back up for the next column, so each row was sliced and scanned again ~4 times.
   */
  private setIn(r: number): Row {
    const row = this.row(r);
    if (row !== this.lastSet) {
      if (this.lastSet) this.left.add(this.lastSet);
      this.left.delete(row);
      if (this.left.size >= SheetXml.fitAfter) {
        for (const x of this.left) fitSet(x);
        this.left.clear();
      }
      this.lastSet = row;
    }
    return row;
  }
  private lastSet: Row | undefined = undefined;
  /** How many rows left by the plan wait to be made to size together. */
  static fitAfter = 512;
  /** Rows set in and left, not yet made to size. */
  private left = new Set<Row>();

  /** The row numbered r, the last one asked for kept at hand: a plan's edits come row by row. */
  private rowAt(r: number): Row | undefined {
    if (r === this.lastR) return this.lastRow;
    const i = this.lookAt(r);
    if (i < 0) return undefined;
    this.lastR = r;
    return (this.lastRow = this.rows[i]);
  }
  private lastR = 0;
  private lastRow: Row | undefined = undefined;

  /** The cell's element, if it has one. */
  cell(r: number, c: number): string | undefined {
    const row = this.rowAt(r);
    return row ? getCell(row, c) : undefined;
  }

  /**
   * The xf a cell shows: its own, else its row's (customFormat), else its column's. Read from the row each
   * time (a search of its few cells): a Map of the cells asked for lately, keyed by r × 16384 + c (past
   * 2^31 from row 131 072 on), cost more to keep than the lookups it saved.
   */
  styleAt(r: number, c: number): number {
    const row = this.rowAt(r);
    // A formula cell kept by shape answers from its start tag, a body cell from its bytes: neither is made into text.
    const s = row && cellStyle(row, c);
    if (s !== undefined) return s;
    const tag = row && tagOf(row);
    if (tag && /\scustomFormat="(1|true)"/.test(tag)) return Number(attr(tag, 's') ?? 0);
    return this.colStyles.find((x) => x.min <= c && c <= x.max)?.s ?? 0;
  }

  /** Sets a cell's element (`_s`: its style when the caller built it; styleAt reads it from the element). */
  put(r: number, c: number, el: string, _s?: number): void {
    this.putIn(this.setIn(r), c, el);
  }
  /** Sets an empty cell of style s, as put(r, c, cellXml(r, c, s, undefined, ''), s || 0) does. */
  putBlank(r: number, c: number, s: number): void {
    const n = blankOf(s);
    if (n === null) return this.put(r, c, cellXml(r, c, s, undefined, ''), s || 0);
    setCell(this.setIn(r), c, n);
  }
  private putIn(row: Row, c: number, el: string): void {
    setCell(row, c, el);
    if (el.includes('<f')) this.formulasChanged = true;
  }

  /**
   * Sets a formula cell (formula without '='; `value`: its <v> element or nothing), kept by its formula's
   * shape when it has one (formula-cell.ts): the same bytes when written out.
   */
  putFormula(r: number, c: number, s: number, t: string | undefined, formula: string, value: string): void {
    const taken = this.taker.take(formula);
    if (!taken) return this.put(r, c, cellXml(r, c, s, t, `<f>${esc(formula)}</f>${value}`), s || 0);
    this.putTaken(r, c, s, t, taken, value);
  }

  /** Sets a formula cell given as its shape and numbers (ReferenceMover.take, or carried so by an insert batch). */
  putTaken(r: number, c: number, s: number, t: string | undefined, taken: { shape: Shape; runs: number[] }, value: string): void {
    const tag = `<c r="${colLetters(c)}${r}"${s ? ` s="${s}"` : ''}${t ? ` t="${t}"` : ''}>`;
    flatten(tag);
    flatten(value);
    setCell(this.setIn(r), c, new FormulaCell(tag, taken.shape, taken.runs, value));
    this.formulasChanged = true;
  }
  /** Takes formulas apart into shapes (no rows move: its maps are never asked). */
  private readonly taker = new ReferenceMover(this.name, () => undefined);

  /** Sets a cell's style, keeping its content. */
  restyle(r: number, c: number, s: number): void {
    const row = this.rowAt(r);
    const kept = row && getEl(row, c);
    if (kept instanceof FormulaCell) {
      kept.tag = setAttr(kept.tag, 's', String(s));
      flatten(kept.tag);
      return;
    }
    // The cell found once (cell() would look it up again), set in the row at hand.
    if (kept === undefined) {
      const n = blankOf(s);
      if (n === null) return this.putIn(row ?? this.row(r), c, cellXml(r, c, s, undefined, ''));
      setCell(row ?? this.row(r), c, n);
      return;
    }
    // An empty cell with a style: its style changed in place (s="0" kept apart from no s: -1); one without s goes as text (s is put first).
    if (typeof kept === 'number' && kept !== 0 && blankOf(s) !== null) {
      setCell(row!, c, s || -1);
      return;
    }
    const text = typeof kept === 'number' ? blankText(kept, r, c) : kept;
    const tag = startTag(text);
    this.putIn(row!, c, setAttr(tag, 's', String(s)) + text.slice(tag.length));
  }

  mergeAt(r: number, c: number): Merge | undefined {
    return this.merges.find(r, c);
  }

  /** Merges an area: merges inside it are absorbed, covered cells keep their style and lose their value. */
  merge(asked: Merge): void {
    const m = mergeBox(asked, this.merges, (r, c) => /<(v|f|is)\b/.test(this.cell(r, c) ?? '')) ?? unsupported('partial merge overlap that would clear a value');
    this.merges.dropInside(m);
    this.merges.push(m.top, m.left, m.bottom, m.right);
    this.mergesChanged = true;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const el = this.cell(r, c);
        if (el && /<(v|f|is)\b/.test(el)) this.put(r, c, cellXml(r, c, Number(attr(startTag(el), 's') ?? 0), undefined, ''));
      }
    }
  }

  /** Every formula's references moved (cells, conditional formats, validations, x14 extensions); shared formulas unshared first. */
  moveFormulas(mapOf: MapOf): void {
    const mover = new ReferenceMover(this.name, mapOf);
    const move = (f: string) => esc(mover.move(decode(f)));
    const masters = new Map<string, { f: string; r: number; c: number }>();
    if (this.shared)
      for (const row of this.rows) {
        if (!looked(row) && !hasF(row)) continue;
        for (const [c, el] of allCells(row)) {
          if (!el.includes('shared')) continue;
          const m = /<f\b([^>]*)>([^<]*)<\/f>/.exec(el);
          if (m && /\st="shared"/.test(m[1]) && m[2]) masters.set(attr(m[0], 'si') ?? '', { f: decode(m[2]), r: row.r, c });
        }
      }
    // A row's cells holding a formula (column, element, …), taken before any is set: a pair per cell of every row was garbage.
    const withF: (number | string)[] = [];
    // A formula cell kept by shape moves its numbers; one whose row would fall off the sheet goes as text below (#REF!).
    const keep = (c: number, el: CellEl) => {
      if (typeof el === 'number') return;
      if (typeof el !== 'string') {
        if (el.move(this.name, mapOf)) this.formulasChanged = true;
        else withF.push(c, el.text());
      } else if (el.includes('<f')) withF.push(c, el);
    };
    for (const row of this.rows) {
      const inBody = hasF(row);
      if (!looked(row) && !inBody) continue;
      withF.length = 0;
      // A body without formulas: only the cells set since can hold one (each body cell was made, only to be passed over).
      if (inBody || row.cells) eachEl(row, keep);
      else if (row.set) for (let i = 0; i < row.set.length; i += 2) keep(row.set[i] as number, row.set[i + 1] as CellEl);
      for (let i = 0; i < withF.length; i += 2) {
        const c = withF[i] as number;
        const el = withF[i + 1] as string;
        const k = el.indexOf('<f');
        if (isDataTable(el)) {
          const moved = moveDataTable(el, (f) => mover.move(f));
          if (!moved) throw new Unsupported('rows inserted inside a data table');
          setCell(row, c, moved);
          continue;
        }
        // A plain <f>text</f> (every formula the plan writes): moved without the pattern below.
        const j = el.startsWith('<f>', k) ? el.indexOf('<', k + 3) : -1;
        if (j >= 0 && el.startsWith('</f>', j)) {
          const moved = el.slice(0, k + 3) + move(el.slice(k + 3, j)) + el.slice(j);
          flatten(moved);
          if (moved !== el) {
            setCell(row, c, moved);
            this.formulasChanged = true;
          }
          continue;
        }
        const next = el.replace(/<f\b([^>]*?)(?:\/>|>([^<]*)<\/f>)/, (whole, attrs: string, text: string | undefined) => {
          let f = text === undefined ? '' : decode(text);
          if (/\st="shared"/.test(attrs)) {
            const m = masters.get(attr(whole, 'si') ?? '');
            if (!m) return whole;
            f = m.r === row.r && m.c === c ? m.f : translateFormula(m.f, row.r - m.r, c - m.c);
            attrs = '';
          }
          const ref = attr(whole, 'ref');
          const kept = attrs.replace(/\s(t|ref|si)="[^"]*"/g, '');
          const arr = /\st="array"/.test(attrs) && ref ? ` t="array" ref="${ref}"` : '';
          return `<f${arr}${kept}>${move(esc(f))}</f>`;
        });
        if (next !== el) {
          setCell(row, c, next);
          this.formulasChanged = true;
        }
      }
    }
    const inTail = (s: string) =>
      s
        .replace(/(<(formula|formula1|formula2|xm:f)>)([^<]*)(<\/\2>)/g, (_w, open: string, _n, text: string, close: string) => open + move(text) + close)
        // A hyperlink to a place in the workbook names a cell (or a defined name, kept) in its location.
        .replace(/(<hyperlink\b[^>]*?\slocation=")([^"]*)"/g, (w, a: string, v: string) => {
          const was = decode(v);
          const now = mover.move(was);
          return now === was ? w : `${a}${escAttr(now)}"`;
        });
    this.tail = moveTailFormulas(inTail(this.tail), (f) => mover.move(f), this.name, mapOf);
  }

  /** The rows moved to their final places, new rows formatted like their sources, merges and ranges moved. */
  insert(map: RowMap, inserts: FinalInsert[]): void {
    for (const row of this.rows) {
      const r = map(row.r);
      if (r !== row.r) {
        row.r = r;
        row.moved = true;
      }
      if (looked(row) && this.arrays)
        for (const [c, el] of allCells(row))
          if (el.includes('"array"') && /<f\b[^>]*\st="array"/.test(el))
            setCell(
              row,
              c,
              el.replace(/(<f\b[^>]*\sref=")([^"]*)"/, (_w, a: string, ref: string) => `${a}${moveSqref(ref, this.name, map)}"`),
            );
    }
    this.lastR = 0;
    // A row pushed past the last one falls off when it holds no cell (a format only, as an exporter styling whole rows writes), as in Excel.
    while (this.rows.length && this.rows[this.rows.length - 1].r > MAX_ROW && !allCells(this.rows[this.rows.length - 1]).length) this.rows.pop();
    if (this.rows.length && this.rows[this.rows.length - 1].r > MAX_ROW) throw new Unsupported('rows pushed past the last row');
    // A merge reaching the last row stays there, as Excel keeps it.
    this.merges.moveRows(map, MAX_ROW);
    // Column spans merged on each new row (never every cell of a merge: one may cover the sheet).
    const fresh = inserts.flatMap((i) => i.rows).sort((x, y) => x - y);
    const spans = new Map<number, [number, number][]>();
    const merges = this.merges;
    const cover = (i: number) => {
      const top = merges.top(i);
      const bottom = merges.bottom(i);
      let lo = 0;
      let hi = fresh.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (fresh[mid] < top) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < fresh.length && fresh[k] <= bottom; k++) (spans.get(fresh[k]) ?? spans.set(fresh[k], []).get(fresh[k])!).push([merges.left(i), merges.right(i)]);
    };
    // One-row merges by row, as their indices in the list.
    const oneRow = new Map<number, number[]>();
    for (let i = 0; i < merges.length; i++) {
      cover(i);
      const top = merges.top(i);
      if (top === merges.bottom(i)) (oneRow.get(top) ?? oneRow.set(top, []).get(top)!).push(i);
    }
    const added: Row[] = [];
    // The rows made here, by number, until they join this.rows (an insert may copy a row an earlier one made).
    const made = new Map<number, Row>();
    for (const ins of inserts) {
      const from = made.get(ins.source) ?? this.rowAt(ins.source);
      // The source row's styled cells (column, style, …), read once for all the rows it formats.
      const styled: number[] = [];
      if (from)
        eachEl(from, (c, el) => {
          const s = elStyle(el);
          if (s) styled.push(c, s);
        });
      const plain = (from ? tagOf(from) : '<row>').replace(/\s(hidden|spans|collapsed)="[^"]*"/g, '');
      for (const r of ins.rows) {
        const row = newRow(r, setAttr(plain, 'r', String(r)), '');
        row.at = [];
        for (let i = 0; i < styled.length; i += 2) setCell(row, styled[i], blankOf(styled[i + 1]) ?? cellXml(r, styled[i], styled[i + 1], undefined, ''));
        fitSet(row);
        added.push(row);
        made.set(r, row);
      }
      for (const m of [...(oneRow.get(ins.source) ?? [])]) {
        const left = merges.left(m);
        const right = merges.right(m);
        for (const r of ins.rows) {
          if ((spans.get(r) ?? []).some(([l, x]) => l <= right && left <= x)) continue;
          const copy = merges.push(r, left, r, right);
          cover(copy);
          (oneRow.get(r) ?? oneRow.set(r, []).get(r)!).push(copy);
        }
      }
    }
    this.rows = withRows(this.rows, added);
    this.lastR = 0;
    this.lastI = 0;
    this.mergesChanged = true;
    this.formulasChanged = true;
    const only = new ReferenceMover(this.name, (k) => (k === this.name.toLowerCase() ? map : undefined));
    // moveSqref, each range through the memo.
    const ref = (s: string) =>
      s
        .split(/\s+/)
        .filter(Boolean)
        .map((part) => only.move(part))
        .join(' ');
    this.head = this.head
      .replace(/(<dimension\b[^>]*\sref=")([^"]*)"/, (_w, a: string, v: string) => `${a}${ref(v)}"`)
      .replace(/<pane\b[^>]*>/g, (tag) => movePane(tag, map))
      .replace(/<selection\b[^>]*>/g, (tag) => moveSelection(tag, ref));
    // Not <mergeCell>: insert() sets mergesChanged, so mergedTail() writes that block anew from this.merges.
    this.tail = this.tail
      .replace(
        /(<(?:conditionalFormatting|dataValidation|hyperlink|autoFilter|sortState|sortCondition|protectedRange|ignoredError)\b[^>]*?\s(?:sqref|ref)=")([^"]*)"/g,
        (_w, a: string, v: string) => `${a}${escAttr(ref(decode(v)))}"`,
      )
      .replace(/<xm:sqref>([^<]*)<\/xm:sqref>/g, (_w, v: string) => `<xm:sqref>${ref(v)}</xm:sqref>`)
      // Form controls' and OLE objects' anchors (0-based rows), as in the drawing part.
      .replace(/(<xdr:row>)(\d+)(<\/xdr:row>)/g, (_w, a: string, n: string, b: string) => `${a}${map(Number(n) + 1) - 1}${b}`);
    this.tail = moveTailRows(this.tail, ref, map);
  }

  /**
   * The part as UTF-8, a few thousand rows at a time: one string of a 100 000-row sheet (and its
   * flattening) would cost more memory and time than the bytes themselves.
   */
  bytes(wrap: (head: string, tail: string) => [string, string] = (h, t) => [h, t]): Buffer {
    return Buffer.concat([...this.pieces(wrap)]);
  }

  /** The part's bytes in pieces of a few hundred KB (the writer deflates them as they come). */
  *pieces(wrap: (head: string, tail: string) => [string, string] = (h, t) => [h, t]): Generator<Buffer> {
    const [head, tail] = wrap(this.head, this.mergedTail());
    yield Buffer.from(head, 'utf8');
    const out = new ByteOut();
    for (const row of this.rows) {
      writeRow(out, row);
      if (out.ready) yield* out.take();
    }
    out.str(tail);
    yield* out.take(true);
  }

  xml(): string {
    return this.bytes().toString('utf8');
  }

  /** The part after <sheetData>, with the merges as they are now. */
  private mergedTail(): string {
    let tail = this.tail;
    if (this.mergesChanged) {
      const block = this.merges.length ? mergeCellsXml(this.merges) : '';
      const old = /<mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/mergeCells>)/.exec(tail);
      if (old) tail = tail.slice(0, old.index) + block + tail.slice(old.index + old[0].length);
      else {
        const next = new RegExp(`<(${AFTER_MERGES.join('|')})\\b`).exec(tail);
        const at = next ? next.index : tail.lastIndexOf('</worksheet>');
        tail = tail.slice(0, at) + block + tail.slice(at);
      }
    }
    return tail;
  }
}

function range(ref: string): Merge {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref);
  if (!m) throw new Unsupported(`merge ${ref}`);
  const [r0, c0] = [Number(m[2]), colNumber(m[1].toUpperCase())];
  const [r1, c1] = m[3] ? [Number(m[4]), colNumber(m[3].toUpperCase())] : [r0, c0];
  // Corners written the other way round (D4:A4) name the same area, as the reader takes them.
  return { top: Math.min(r0, r1), left: Math.min(c0, c1), bottom: Math.max(r0, r1), right: Math.max(c0, c1) };
}

/** The <mergeCells> block of the list, each area as `${colLetters(left)}${top}:${colLetters(right)}${bottom}`. */
function mergeCellsXml(list: MergeList): string {
  const refs = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) refs[i] = `<mergeCell ref="${colLetters(list.left(i))}${list.top(i)}:${colLetters(list.right(i))}${list.bottom(i)}"/>`;
  return `<mergeCells count="${list.length}">${refs.join('')}</mergeCells>`;
}
