/**
 * One worksheet part → the engine's Grid, sparsely: rows and cells that are not in the file are
 * never allocated, so a stray cell at XFD1048576 costs one cell. The Grid is the one the ExcelJS
 * gateway builds (values, formulas, number formats, merges, extent), cell for cell.
 */
import type { CellValue, Grid, Merge } from '../../sheet/grid';
import { address } from '../../sheet/a1';
import { translateFormula } from '../../sheet/relative';
import { serialToDate } from '../../domain/excel-date';
import { clipMerges, extent, MAX_COLS, MAX_ROWS, readMerges, trim, type Rows } from './merges';
import { CELL_CHARS, inlineString } from './strings';
import type { Styles } from './styles';
import { attr, cellAttrs, cellRef, elements, localStart, markupEnd, markupText, nameEnd, type CellAttrs } from './xml';

export interface SheetContext {
  sst: (string | null)[];
  styles: Styles;
  date1904: boolean;
  /** Refuses the workbook with one line (the cell or part named in it). */
  refuse: (zh: string, en: string) => never;
}

/** Formula string results come escaped once more than cell text (ExcelJS decodes them twice). */
function decodeAgain(s: string): string {
  return s.indexOf('&') < 0 ? s : s.replace(/&(lt|gt|amp|apos|quot);/g, (_, n: string) => ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' })[n]!);
}

/**
 * An ISO 8601 cell (t="d"): the date and time as written, held as UTC like serial dates. A zone (Z,
 * +08:00) is the producer's clock: a serial has none, and 2024-12-31T00:00+08:00 is the 31st to its user.
 */
function isoDate(s: string): Date {
  const t = s.trim();
  if (!t.includes('T')) return new Date(t);
  return new Date(t.replace(/(?:[zZ]|[+-]\d\d(?::?\d\d)?)$/, '') + 'Z');
}

/** The non-negative integer written in xml[from, to), or -1 when it is anything else. */
function digits(xml: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = xml.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/**
 * A row tag's r and s (into out.row, out.s) read in one pass over xml[from, to) (from: just past the name): true only
 * when r is present, r and s are plain digits, no value holds “=” (attr, which rowTag uses, could find a name inside
 * a value) and no attribute is named hidden; otherwise false, and rowTag reads the tag as before.
 */
function plainAttrs(xml: string, from: number, to: number, out: CellAttrs): boolean {
  out.row = -1;
  out.s = 0;
  let sSeen = false;
  let i = from;
  let spaced = false;
  while (i < to) {
    let ch = xml.charCodeAt(i);
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13) {
      i++;
      spaced = true;
      continue;
    }
    // attr reads a name only after white space; a slash (an empty row) is left to it.
    if (!spaced || ch === 47) return false;
    spaced = false;
    const n0 = i;
    while (i < to && (ch = xml.charCodeAt(i)) !== 61 && ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13) i++;
    const n1 = i;
    // name = "value", spaces allowed around =, as attr reads it.
    while (i < to && xml.charCodeAt(i) === 32) i++;
    if (xml.charCodeAt(i++) !== 61) return false;
    while (i < to && xml.charCodeAt(i) === 32) i++;
    ch = xml.charCodeAt(i);
    if (i >= to || (ch !== 34 && ch !== 39)) return false;
    const v1 = xml.indexOf(ch === 34 ? '"' : "'", i + 1);
    if (v1 < 0 || v1 > to) return false;
    const v0 = i + 1;
    i = v1 + 1;
    for (let k = v0; k < v1; k++) if (xml.charCodeAt(k) === 61) return false;
    if (n1 - n0 === 6 && xml.startsWith('hidden', n0)) return false;
    if (n1 - n0 !== 1) continue;
    const name = xml.charCodeAt(n0);
    if (name !== 114 && name !== 115) continue;
    if (name === 114 ? out.row >= 0 : sSeen) continue; // attr takes the first
    const n = digits(xml, v0, v1);
    if (n < 0 || v1 === v0) return false;
    if (name === 114) out.row = n;
    else {
      out.s = n;
      sSeen = true;
    }
  }
  return out.row >= 0;
}

/** Column letters beyond XFD, for naming a bad address. */
function colName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const put = <T>(rows: Rows<T>, r: number, c: number, v: T) => ((rows[r - 1] ??= [])[c - 1] = v);
/** Columns a row's values are gathered over before its array is made (Scan.value); past them a cell goes straight in. */
const NEAR = 64;
const ROOT_CLOSED = /<\/(?:[\w.-]+:)?worksheet>\s*$/;
const key = (r: number, c: number) => (r - 1) * MAX_COLS + (c - 1);

/** What a <c> holds besides its attributes: the <v> text's bounds, a formula, an inline string. */
interface Content {
  vFrom: number;
  vTo: number;
  fText: string | undefined;
  fType: string | undefined;
  fRef: string | undefined;
  fSi: string | undefined;
  inline: string | undefined;
}

/**
 * The cells of one <sheetData>, scanned into sparse rows. The loop and each kind of tag are small
 * functions of their own: a check runs this code cold, once, and V8 optimises small functions sooner
 * and more cheaply than one large one (compiled on entering its loop, then again after a deopt: a cold
 * 10 000-row read took ~122 ms CPU that way, ~108 ms this way).
 */
class Scan {
  readonly values: Rows<CellValue> = [];
  readonly formulas: Rows<string | null> = [];
  /** Formula cells saved with no <v> (a file written by a program and never calculated): their value is unknown, not empty. */
  readonly noResult: Rows<true> = [];
  readonly fmts: Rows<string | null> = [];
  formulaCount = 0;
  hasFormat = false;
  maxRow = 0;
  maxCol = 0;
  fmtRow = 0;
  fmtCol = 0;
  fRow = 0;
  fCol = 0;
  row = 0;
  col = 0;
  /** The current row tag had no r. */
  implied = false;
  readonly a: CellAttrs = { hasRef: false, row: 0, col: 0, ref: undefined, s: 0, t: undefined };
  readonly c: Content = { vFrom: 0, vTo: 0, fText: undefined, fType: undefined, fRef: undefined, fSi: undefined, inline: undefined };
  /** Styled cells without content: a merge covering them shows their format. */
  readonly styledEmpty = new Map<number, string | null>();
  /** Those whose own format is not General, by key (keepEmptyFormats). */
  readonly formattedEmpty: number[] = [];
  readonly shared = new Map<string, { f: string | undefined; r: number; c: number }>();
  readonly rowFmts = new Map<number, string>();
  /** Rows the sheet hides (hidden="1"), in the file's order. */
  readonly hiddenRows: number[] = [];
  /** The values of row `pendRow` in its first NEAR columns, made into the row's array at its length when the row is done (flush). */
  private pend: (CellValue | undefined)[] = [];
  private pendRow = 0;
  private pendLen = 0;

  constructor(
    readonly xml: string,
    readonly styles: Styles,
    readonly sst: (string | null)[],
    readonly date1904: boolean,
    /** Hyperlinked cells, by key(row, col). */
    readonly links: Set<number>,
    readonly colFmts: [number, number, string][],
    readonly refuse: (zh: string, en: string) => never,
  ) {}

  /** Every row and cell tag in xml[from, to). */
  run(from: number, to: number): void {
    const xml = this.xml;
    let p = from;
    while (p < to) {
      const lt = xml.indexOf('<', p);
      if (lt < 0 || lt >= to) break;
      const first = xml.charCodeAt(lt + 1);
      // A comment, CDATA or processing instruction ends at its own close: a commented-out row is no row.
      if (first === 63 || first === 33) {
        p = markupEnd(xml, lt);
        continue;
      }
      const gt = xml.indexOf('>', lt);
      if (gt < 0) break;
      p = gt + 1;
      if (first === 47) continue;
      const ne = nameEnd(xml, lt + 1);
      const ns = first === 99 && ne === lt + 2 ? lt + 1 : localStart(xml, lt + 1, ne);
      if (ne - ns === 1 && xml.charCodeAt(ns) === 99) p = this.cell(lt, ne, ns, gt, to);
      else if (ne - ns === 3 && xml.startsWith('row', ns)) {
        if (!this.plainRow(ne, gt)) this.rowTag(xml.slice(lt, gt + 1));
      }
    }
  }

  /**
   * The common row tag read where it is (a 100 000-row sheet has 146 000): r and s written as plain digits, nothing
   * hidden. False, having changed nothing, for any other (rowTag reads it then).
   */
  plainRow(from: number, to: number): boolean {
    const { xml, a } = this;
    if (!plainAttrs(xml, from, to, a)) return false;
    const row = a.row;
    if (!(row >= 1 && row <= MAX_ROWS)) return false;
    this.row = row;
    this.implied = false;
    this.col = 0;
    const rf = a.s ? this.styles.numFmt[a.s] : undefined;
    if (rf) this.rowFmts.set(row, rf);
    return true;
  }

  rowTag(tag: string): void {
    const r = attr(tag, 'r');
    const row = (this.row = r === undefined ? this.row + 1 : parseInt(r, 10));
    this.implied = r === undefined;
    this.col = 0;
    if (!(row >= 1 && row <= MAX_ROWS)) this.refuse(`的第 ${r} 行超出 Excel 的范围（最多 ${MAX_ROWS} 行）。`, `row ${r} is beyond Excel's limits.`);
    const s = parseInt(attr(tag, 's') ?? '', 10);
    const rf = s ? this.styles.numFmt[s] : undefined;
    if (rf) this.rowFmts.set(row, rf);
    if (tag.includes('hidden') && HIDDEN.test(attr(tag, 'hidden') ?? '')) this.hiddenRows.push(row);
  }

  /** A row tag without r is the row its first cell's address names (a writer that left empty rows out). */
  rowFrom(row: number): void {
    const f = this.rowFmts.get(this.row);
    const h = this.hiddenRows;
    if (h.length && h[h.length - 1] === this.row) h[h.length - 1] = row;
    if (f !== undefined) {
      this.rowFmts.delete(this.row);
      this.rowFmts.set(row, f);
    }
    this.row = row;
  }

  /** One <c> whose tag is xml[lt, gt]; returns where scanning goes on. */
  cell(lt: number, ne: number, ns: number, gt: number, to: number): number {
    const xml = this.xml;
    const a = this.a;
    cellAttrs(xml, ne, gt, a);
    if (a.hasRef) {
      if (a.col === 0 || a.col > MAX_COLS || a.row > MAX_ROWS) {
        const ref = a.ref ?? `${colName(a.col)}${a.row}`;
        this.refuse(`的单元格地址“${ref}”无效或超出 Excel 的范围。`, `cell address "${ref}" is invalid or beyond Excel's limits.`);
      }
      this.col = a.col;
      if (this.implied && a.row !== this.row) this.rowFrom(a.row);
    } else this.col++;
    this.implied = false;
    if (this.row === 0) this.row = 1;
    const c = this.c;
    c.vFrom = c.vTo = 0;
    c.fText = c.fType = c.fRef = c.fSi = c.inline = undefined;
    let p = gt + 1;
    if (xml.charCodeAt(gt - 1) !== 47) {
      // Most cells are <v>text</v></c> with no markup inside the value: read it where it is.
      const end = ns === lt + 1 && xml.startsWith('<v>', gt + 1) ? xml.indexOf('<', gt + 4) : -1;
      if (end >= 0 && xml.startsWith('</v></c>', end)) {
        c.vFrom = gt + 4;
        c.vTo = end;
        p = end + 8;
      } else p = this.content(lt, ne, ns, gt, to);
    }
    this.store();
    return p;
  }

  /** The <v>, <f> and <is> of a cell in general form (prefixes, formulas, inline strings). */
  content(lt: number, ne: number, ns: number, gt: number, dataTo: number): number {
    const xml = this.xml;
    const c = this.c;
    const closeC = ns === lt + 1 ? '</c>' : `</${xml.slice(lt + 1, ne)}>`;
    const end = xml.indexOf(closeC, gt);
    const stop = end < 0 ? dataTo : end;
    let q = gt + 1;
    while (q < stop) {
      const x = xml.indexOf('<', q);
      if (x < 0 || x >= stop) break;
      const x1 = xml.charCodeAt(x + 1);
      if (x1 === 33 || x1 === 63) {
        q = markupEnd(xml, x);
        continue;
      }
      const y = xml.indexOf('>', x);
      if (y < 0) break;
      if (x1 === 47) {
        q = y + 1;
        continue;
      }
      const xe = nameEnd(xml, x + 1);
      const xs = localStart(xml, x + 1, xe);
      const len = xe - xs;
      const ch = xml.charCodeAt(xs);
      const empty = xml.charCodeAt(y - 1) === 47;
      let from = y + 1;
      let to = from;
      q = y + 1;
      if (!empty) {
        const close = xs === x + 1 && len === 1 ? (ch === 118 ? '</v>' : ch === 102 ? '</f>' : `</${xml.slice(x + 1, xe)}>`) : `</${xml.slice(x + 1, xe)}>`;
        const at = xml.indexOf(close, y);
        if (at >= 0 && at <= stop) to = at;
        else from = to;
        q = at < 0 || at > stop ? stop : at + close.length;
      }
      if (len === 1 && ch === 118) {
        c.vFrom = from;
        c.vTo = to;
        continue;
      }
      const text = xml.slice(from, to);
      if (len === 1 && ch === 102) {
        const ftag = xml.slice(x, y + 1);
        if (text) c.fText = markupText(text);
        c.fType = attr(ftag, 't');
        c.fRef = attr(ftag, 'ref');
        c.fSi = attr(ftag, 'si');
      } else if (len === 2 && xml.startsWith('is', xs)) c.inline = inlineString(text);
    }
    return end < 0 ? dataTo : end + closeC.length;
  }

  /** The number format a cell without its own inherits from its row or column. */
  inherited(r: number, c: number): string | null {
    const rf = this.rowFmts.get(r);
    if (rf) return rf;
    for (const [a, b, f] of this.colFmts) if (c >= a && c <= b) return f;
    return null;
  }

  /**
   * A value into the rows. A row array grown cell by cell holds ~17 slots for the ~5–10 a table uses (V8 grows a
   * fresh array to 16 at its first element): at 100 000 rows ~146 000 of them, kept to the end and copied by the
   * young collector. So a row's near columns wait in `pend` and become one array of the row's length (holes where
   * no value, as before); a far column (a stray cell out at XFD) goes straight in, sparse as before.
   */
  value(row: number, col: number, v: CellValue): void {
    if (col > NEAR) return void put(this.values, row, col, v);
    if (row !== this.pendRow) {
      this.flush();
      this.pendRow = row;
    }
    this.pend[col - 1] = v;
    if (col > this.pendLen) this.pendLen = col;
  }

  /** The waiting row's values into its array (a row written twice in the file adds to the one it has). */
  flush(): void {
    const n = this.pendLen;
    if (!n) return;
    const { pend, values } = this;
    const r = this.pendRow - 1;
    const have = values[r];
    const out = have ?? (values[r] = new Array<CellValue>(n));
    for (let i = 0; i < n; i++) {
      const v = pend[i];
      if (v === undefined) continue;
      out[i] = v;
      pend[i] = undefined;
    }
    this.pendLen = 0;
  }

  /** The cell just scanned (this.a, this.c at this.row, this.col) into the rows. */
  store(): void {
    const { xml, styles, a, c, row, col, links } = this;
    const { vFrom, vTo, fType, fRef, fSi, inline } = c;
    let fText = c.fText;
    let vText: string | undefined;
    let sstIndex = -1;
    const t = a.t;
    const s = a.s;
    if (vTo > vFrom) {
      // Most cells are shared-string indexes: read the digits where they are.
      if (t === 's') sstIndex = digits(xml, vFrom, vTo);
      vText = sstIndex >= 0 ? '' : markupText(xml.slice(vFrom, vTo));
    }
    const styled = !!s && styles.numFmt[s] !== undefined;
    // A cell written in the file has its own format or none; only cells a merge adds inherit.
    const fmt = styled ? styles.numFmt[s] : null;
    const isDate = styled && styles.date[s];
    const isFormula = !!fText || !!fType;
    const raw = inline ?? (vTo > vFrom ? vText : undefined);
    let value: CellValue = null;
    let formula: string | undefined;
    if (isFormula) {
      if (vText === '' && sstIndex >= 0) vText = String(sstIndex);
      if (vText) {
        if (t === 'str') value = decodeAgain(vText);
        else if (t === 'b') value = parseInt(vText, 10) !== 0;
        else if (t === 'e') value = vText;
        else value = isDate ? serialToDate(parseFloat(vText), this.date1904) : numberOrText(vText);
      }
      if (fType === 'shared' && fSi !== undefined) {
        if (fRef) this.shared.set(fSi, { f: fText, r: row, c: col });
        else if (!fText) {
          const m = this.shared.get(fSi);
          if (m?.f) fText = translateFormula(m.f, row - m.r, col - m.c);
        }
      }
      formula = fText;
    } else if (raw !== undefined) {
      if (t === 's') value = inline ?? this.sst[sstIndex >= 0 ? sstIndex : parseInt(raw, 10)] ?? null;
      else if (t === 'str') value = decodeAgain(raw);
      else if (t === 'inlineStr') value = raw;
      else if (t === 'b') value = parseInt(raw, 10) !== 0;
      else if (t === 'e') value = raw;
      else if (t === 'd') value = isoDate(raw);
      else value = isDate ? serialToDate(parseFloat(raw), this.date1904) : numberOrText(raw);
    } else if (!links.size || !links.has(key(row, col))) {
      // No content: only a merge covering the cell would show it (with its format).
      if (s && (fmt || this.colFmts.length || this.rowFmts.size)) {
        const k = key(row, col);
        this.styledEmpty.set(k, fmt);
        if (fmt && fmt !== 'General') this.formattedEmpty.push(k);
      }
      return;
    }
    // A hyperlinked cell shows its text or result; its formula is not kept.
    if (formula !== undefined && links.size && links.has(key(row, col))) formula = undefined;
    if (value !== null) {
      if (typeof value === 'string' && value.length > CELL_CHARS) {
        this.refuse(
          `的单元格 ${address(row, col)} 有 ${value.length} 个字符，超过 Excel 单元格 ${CELL_CHARS} 个字符的上限。`,
          `cell ${address(row, col)} has ${value.length} characters, over Excel's limit of ${CELL_CHARS}.`,
        );
      }
      this.value(row, col, value);
      if (row > this.maxRow) this.maxRow = row;
      if (col > this.maxCol) this.maxCol = col;
    }
    if (formula) {
      put(this.formulas, row, col, formula);
      if (vFrom === 0) put(this.noResult, row, col, true); // no <v> at all (<v></v> is a result: empty text)
      this.formulaCount++;
      if (row > this.fRow) this.fRow = row;
      if (col > this.fCol) this.fCol = col;
    }
    if (fmt && fmt !== 'General') {
      put(this.fmts, row, col, fmt);
      this.hasFormat = true;
      if (row > this.fmtRow) this.fmtRow = row;
      if (col > this.fmtCol) this.fmtCol = col;
    }
  }

  /** Merged areas, in the file's order: a covered cell shows nothing of its own, and inherits a format. */
  cover(merges: Merge[]): void {
    const { values, formulas, fmts, styledEmpty } = this;
    const cover = styledEmpty.size > 0 || this.colFmts.length > 0 || this.rowFmts.size > 0;
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      for (let r = m.top; r <= m.bottom; r++) {
        const vr = values[r - 1];
        const fr = formulas[r - 1];
        if (!vr && !fr && !cover) continue;
        for (let c = r === m.top ? m.left + 1 : m.left; c <= m.right; c++) {
          if (vr && vr[c - 1] !== undefined) vr[c - 1] = null;
          if (fr && fr[c - 1]) {
            fr[c - 1] = null;
            this.formulaCount--;
          }
          if (!cover || fmts[r - 1]?.[c - 1] !== undefined) continue;
          const k = key(r, c);
          const f = styledEmpty.has(k) ? styledEmpty.get(k) : this.inherited(r, c);
          if (f && f !== 'General') {
            put(fmts, r, c, f);
            this.hasFormat = true;
            if (r > this.fmtRow) this.fmtRow = r;
            if (c > this.fmtCol) this.fmtCol = c;
          }
        }
      }
    }
  }
}

/**
 * The own number format of each empty cell inside the grid: fill (and 自评) format an empty 实际完成值 cell 0.00% under a %
 * target and write the score formula that reads a number typed there as a percent; a second fill that read the cell as
 * General wrote the other formula (a 160 % typed later scored 1.6). Cells of a merge already took theirs (cover).
 */
function keepEmptyFormats(sc: Scan, rows: number, cols: number): void {
  const { fmts, styledEmpty } = sc;
  for (const k of sc.formattedEmpty) {
    const r = Math.floor(k / MAX_COLS) + 1;
    const c = (k % MAX_COLS) + 1;
    if (r > rows || c > cols || fmts[r - 1]?.[c - 1] !== undefined) continue;
    put(fmts, r, c, styledEmpty.get(k) as string);
    sc.hasFormat = true;
  }
}

/**
 * A number cell's <v> as the number it spells; one that is no number ("1,00" from an exporter writing its
 * locale's decimal comma, "NaN", "1 000") is the text as written — parseFloat read "1,00" as 1.
 */
function numberOrText(v: string): CellValue {
  const n = parseFloat(v);
  return n === +v ? n : v.trim() === '' ? null : v;
}

const HIDDEN = /^(1|true)$/;

/** The columns a <col min= max=> covers; a hidden span over the sheet's far columns is not listed cell by cell. */
function spanOf(tag: string): number[] {
  const min = parseInt(attr(tag, 'min') ?? '0', 10);
  const max = Math.min(parseInt(attr(tag, 'max') ?? '0', 10), min + 255);
  const out: number[] = [];
  for (let c = Math.max(1, min); c <= max; c++) out.push(c);
  return out;
}

export function readSheet(xml: string, name: string, ctx: SheetContext): Grid {
  const { styles, sst, date1904 } = ctx;
  const refuse = (zh: string, en: string): never => ctx.refuse(`工作表“${name}”${zh}`, `sheet "${name}": ${en}`);

  const open = /<(?:([\w.-]+):)?sheetData(?=[\s/>])[^>]*>/.exec(xml);
  const dataFrom = open ? open.index + open[0].length : xml.length;
  const selfClosed = !open || open[0].endsWith('/>');
  const closeTag = `</${open?.[1] ? open[1] + ':' : ''}sheetData>`;
  const dataTo = selfClosed ? dataFrom : Math.max(dataFrom, xml.indexOf(closeTag, dataFrom));
  // A part cut short or broken (no </sheetData>, no closing root tag) is damaged: reading up to the break
  // would report a table with rows missing, or “no table”, instead of saying so.
  if ((!selfClosed && xml.indexOf(closeTag, dataFrom) < 0) || !ROOT_CLOSED.test(xml.slice(-256)))
    refuse('的 XML 已损坏（内容不完整，文件可能被截断或改坏），无法读取。', 'the XML is damaged (incomplete: the file may be truncated or corrupted).');
  const head = xml.slice(0, open ? open.index : xml.length);
  const tail = selfClosed ? xml.slice(dataFrom) : xml.slice(dataTo);

  // Styles inherited by cells without one of their own: a row's (s=) or a column's (<col style=>).
  const colFmts: [number, number, string][] = [];
  const hiddenCols: number[] = [];
  for (const { tag } of elements(head, 'col')) {
    if (HIDDEN.test(attr(tag, 'hidden') ?? '')) hiddenCols.push(...spanOf(tag));
    const s = parseInt(attr(tag, 'style') ?? '', 10);
    const f = s ? styles.numFmt[s] : undefined;
    if (f) colFmts.push([parseInt(attr(tag, 'min') ?? '0', 10), parseInt(attr(tag, 'max') ?? '0', 10), f]);
  }

  // By number, not by address: a sheet with a hyperlink asks this of every cell without content (styled empty
  // cells out to far columns: millions), and an address string per cell cost ~15 % of such a check. Only a ref
  // that is exactly one cell's address marks it (a range, “d1” or “$E$1” never did).
  const links = new Set<number>();
  for (const { tag } of elements(tail, 'hyperlink')) {
    const ref = attr(tag, 'ref');
    const at = ref && attr(tag, 'r:id') ? cellRef(ref) : null;
    if (at && at[1] <= MAX_COLS && at[0] <= MAX_ROWS && address(at[0], at[1]) === ref) links.add(key(at[0], at[1]));
  }

  const sc = new Scan(xml, styles, sst, date1904, links, colFmts, refuse);
  sc.run(dataFrom, dataTo);
  sc.flush();
  const { values, formulas, fmts } = sc;

  // Merged areas, in the file's order; a covered cell shows nothing of its own.
  const { merges, huge } = readMerges(tail);
  if (huge) sc.formulaCount -= clipMerges(merges, values, formulas, refuse);
  sc.cover(merges);
  let { maxRow, maxCol } = sc;
  if (huge) [maxRow, maxCol] = extent(values);
  let rowCount = maxRow;
  let colCount = maxCol;
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    if (m.bottom > rowCount) rowCount = m.bottom;
    if (m.right > colCount) colCount = m.right;
  }
  if (sc.formattedEmpty.length) keepEmptyFormats(sc, rowCount, colCount);
  const grid: Grid = { name, values, merges, rowCount, colCount };
  if (hiddenCols.length) grid.hiddenCols = hiddenCols;
  // A hidden row with no cells (rows hidden down to the sheet's end) is nothing to read.
  const hiddenRows = sc.hiddenRows.length ? sc.hiddenRows.filter((r) => r <= rowCount && values[r - 1]).sort((a, b) => a - b) : [];
  if (hiddenRows.length) grid.hiddenRows = hiddenRows;
  // Formulas and formats outside the extent are not part of the grid.
  if (sc.formulaCount > 0) {
    if (sc.fRow > rowCount || sc.fCol > colCount) trim(formulas, rowCount, colCount);
    grid.formulas = formulas;
    if (sc.noResult.length) grid.noResult = sc.noResult;
  }
  if (sc.hasFormat) {
    if (sc.fmtRow > rowCount || sc.fmtCol > colCount) trim(fmts, rowCount, colCount);
    grid.numFormats = fmts;
  }
  return grid;
}
