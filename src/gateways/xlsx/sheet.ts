/**
 * One worksheet part → the engine's Grid, sparsely: rows and cells that are not in the file are
 * never allocated, so a stray cell at XFD1048576 costs one cell. The Grid is the one the ExcelJS
 * gateway builds (values, formulas, number formats, merges, extent), cell for cell.
 */
import type { CellValue, Grid } from '../../sheet/grid';
import { address } from '../../sheet/a1';
import { translateFormula } from '../../sheet/relative';
import { serialToDate } from '../../domain/excel-date';
import { clipMerges, extent, MAX_COLS, MAX_ROWS, readMerges, trim, type Rows } from './merges';
import { CELL_CHARS, inlineString } from './strings';
import type { Styles } from './styles';
import { attr, cellAttrs, decode, elements, localStart, nameEnd, type CellAttrs } from './xml';

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

/** An ISO 8601 cell (t="d"): a date; without a zone it is read as UTC like serial dates. */
function isoDate(s: string): Date {
  const t = s.trim();
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(t) || !t.includes('T') ? t : t + 'Z');
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

/** Column letters beyond XFD, for naming a bad address. */
function colName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const put = <T>(rows: Rows<T>, r: number, c: number, v: T) => ((rows[r - 1] ??= [])[c - 1] = v);
const ROOT_CLOSED = /<\/(?:[\w.-]+:)?worksheet>\s*$/;

export function readSheet(xml: string, name: string, ctx: SheetContext): Grid {
  const { styles, sst, date1904 } = ctx;
  const refuse = (zh: string, en: string): never => ctx.refuse(`工作表“${name}”${zh}`, `sheet "${name}": ${en}`);
  const values: Rows<CellValue> = [];
  const formulas: Rows<string | null> = [];
  const fmts: Rows<string | null> = [];
  let formulaCount = 0;
  let hasFormat = false;
  let maxRow = 0;
  let maxCol = 0;
  let fmtRow = 0;
  let fmtCol = 0;
  let fRow = 0;
  let fCol = 0;

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
  const ownFmt = (s: number) => styles.numFmt[s];
  const colFmts: [number, number, string][] = [];
  for (const { tag } of elements(head, 'col')) {
    const s = parseInt(attr(tag, 'style') ?? '', 10);
    const f = s ? ownFmt(s) : undefined;
    if (f) colFmts.push([parseInt(attr(tag, 'min') ?? '0', 10), parseInt(attr(tag, 'max') ?? '0', 10), f]);
  }
  const rowFmts = new Map<number, string>();
  const inherited = (r: number, c: number): string | null => {
    const rf = rowFmts.get(r);
    if (rf) return rf;
    for (const [a, b, f] of colFmts) if (c >= a && c <= b) return f;
    return null;
  };

  const links = new Set<string>();
  for (const { tag } of elements(tail, 'hyperlink')) {
    const ref = attr(tag, 'ref');
    if (ref && attr(tag, 'r:id')) links.add(ref);
  }

  /** Styled cells without content: a merge covering them shows their format. */
  const styledEmpty = new Map<number, string | null>();
  const shared = new Map<string, { f: string | undefined; r: number; c: number }>();
  const key = (r: number, c: number) => (r - 1) * MAX_COLS + (c - 1);

  let p = dataFrom;
  let row = 0;
  let col = 0;
  const a: CellAttrs = { hasRef: false, row: 0, col: 0, ref: undefined, s: 0, t: undefined };
  while (p < dataTo) {
    const lt = xml.indexOf('<', p);
    if (lt < 0 || lt >= dataTo) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    p = gt + 1;
    const first = xml.charCodeAt(lt + 1);
    if (first === 47 || first === 63 || first === 33) continue;
    const ne = nameEnd(xml, lt + 1);
    const ns = localStart(xml, lt + 1, ne);
    const isCell = ne - ns === 1 && xml.charCodeAt(ns) === 99;
    if (!isCell) {
      if (ne - ns !== 3 || !xml.startsWith('row', ns)) continue;
      const tag = xml.slice(lt, gt + 1);
      const r = attr(tag, 'r');
      row = r === undefined ? row + 1 : parseInt(r, 10);
      col = 0;
      if (!(row >= 1 && row <= MAX_ROWS)) refuse(`的第 ${r} 行超出 Excel 的范围（最多 ${MAX_ROWS} 行）。`, `row ${r} is beyond Excel's limits.`);
      const s = parseInt(attr(tag, 's') ?? '', 10);
      const rf = s ? ownFmt(s) : undefined;
      if (rf) rowFmts.set(row, rf);
      continue;
    }
    cellAttrs(xml, ne, gt, a);
    if (a.hasRef) {
      if (a.col === 0 || a.col > MAX_COLS || a.row > MAX_ROWS) {
        const ref = a.ref ?? `${colName(a.col)}${a.row}`;
        refuse(`的单元格地址“${ref}”无效或超出 Excel 的范围。`, `cell address "${ref}" is invalid or beyond Excel's limits.`);
      }
      col = a.col;
    } else col++;
    if (row === 0) row = 1;
    // The cell's content: <v>, <f>, <is>.
    let vText: string | undefined;
    let vFrom = 0;
    let vTo = 0;
    let sstIndex = -1;
    let fText: string | undefined;
    let fType: string | undefined;
    let fRef: string | undefined;
    let fSi: string | undefined;
    let inline: string | undefined;
    if (xml.charCodeAt(gt - 1) !== 47) {
      const closeC = ns === lt + 1 ? '</c>' : `</${xml.slice(lt + 1, ne)}>`;
      const end = xml.indexOf(closeC, gt);
      const stop = end < 0 ? dataTo : end;
      let q = gt + 1;
      while (q < stop) {
        const x = xml.indexOf('<', q);
        if (x < 0 || x >= stop) break;
        const y = xml.indexOf('>', x);
        if (y < 0) break;
        if (xml.charCodeAt(x + 1) === 47) {
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
          vFrom = from;
          vTo = to;
          continue;
        }
        const text = xml.slice(from, to);
        if (len === 1 && ch === 102) {
          const ftag = xml.slice(x, y + 1);
          if (text) fText = decode(text);
          fType = attr(ftag, 't');
          fRef = attr(ftag, 'ref');
          fSi = attr(ftag, 'si');
        } else if (len === 2 && xml.startsWith('is', xs)) inline = inlineString(text);
      }
      p = end < 0 ? dataTo : end + closeC.length;
    }
    const t = a.t;
    const s = a.s;
    if (vTo > vFrom) {
      // Most cells are shared-string indexes: read the digits where they are.
      if (t === 's') sstIndex = digits(xml, vFrom, vTo);
      vText = sstIndex >= 0 ? '' : decode(xml.slice(vFrom, vTo));
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
        else value = isDate ? serialToDate(parseFloat(vText), date1904) : parseFloat(vText);
      }
      if (fType === 'shared' && fSi !== undefined) {
        if (fRef) shared.set(fSi, { f: fText, r: row, c: col });
        else if (!fText) {
          const m = shared.get(fSi);
          if (m?.f) fText = translateFormula(m.f, row - m.r, col - m.c);
        }
      }
      formula = fText;
    } else if (raw !== undefined) {
      if (t === 's') value = sst[sstIndex >= 0 && inline === undefined ? sstIndex : parseInt(raw, 10)] ?? null;
      else if (t === 'str') value = decodeAgain(raw);
      else if (t === 'inlineStr') value = raw;
      else if (t === 'b') value = parseInt(raw, 10) !== 0;
      else if (t === 'e') value = raw;
      else if (t === 'd') value = isoDate(raw);
      else value = isDate ? serialToDate(parseFloat(raw), date1904) : parseFloat(raw);
    } else if (!links.size || !links.has(address(row, col))) {
      // No content: only a merge covering the cell would show it (with its format).
      if (s && (fmt || colFmts.length || rowFmts.size)) styledEmpty.set(key(row, col), fmt);
      continue;
    }
    // A hyperlinked cell shows its text or result; its formula is not kept.
    if (formula !== undefined && links.size && links.has(address(row, col))) formula = undefined;
    if (value !== null) {
      if (typeof value === 'string' && value.length > CELL_CHARS) {
        refuse(
          `的单元格 ${address(row, col)} 有 ${value.length} 个字符，超过 Excel 单元格 ${CELL_CHARS} 个字符的上限。`,
          `cell ${address(row, col)} has ${value.length} characters, over Excel's limit of ${CELL_CHARS}.`,
        );
      }
      put(values, row, col, value);
      if (row > maxRow) maxRow = row;
      if (col > maxCol) maxCol = col;
    }
    if (formula) {
      put(formulas, row, col, formula);
      formulaCount++;
      if (row > fRow) fRow = row;
      if (col > fCol) fCol = col;
    }
    if (fmt && fmt !== 'General') {
      put(fmts, row, col, fmt);
      hasFormat = true;
      if (row > fmtRow) fmtRow = row;
      if (col > fmtCol) fmtCol = col;
    }
  }

  // Merged areas, in the file's order; a covered cell shows nothing of its own.
  const { merges, huge } = readMerges(tail);
  if (huge) formulaCount -= clipMerges(merges, values, formulas, refuse);
  const cover = styledEmpty.size > 0 || colFmts.length > 0 || rowFmts.size > 0;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const vr = values[r - 1];
      const fr = formulas[r - 1];
      if (!vr && !fr && !cover) continue;
      for (let c = r === m.top ? m.left + 1 : m.left; c <= m.right; c++) {
        if (vr && vr[c - 1] !== undefined) vr[c - 1] = null;
        if (fr && fr[c - 1]) {
          fr[c - 1] = null;
          formulaCount--;
        }
        if (!cover || fmts[r - 1]?.[c - 1] !== undefined) continue;
        const k = key(r, c);
        const f = styledEmpty.has(k) ? styledEmpty.get(k) : inherited(r, c);
        if (f && f !== 'General') {
          put(fmts, r, c, f);
          hasFormat = true;
          if (r > fmtRow) fmtRow = r;
          if (c > fmtCol) fmtCol = c;
        }
      }
    }
  }
  if (huge) [maxRow, maxCol] = extent(values);
  let rowCount = maxRow;
  let colCount = maxCol;
  for (const m of merges) {
    if (m.bottom > rowCount) rowCount = m.bottom;
    if (m.right > colCount) colCount = m.right;
  }
  const grid: Grid = { name, values, merges, rowCount, colCount };
  // Formulas and formats outside the extent are not part of the grid.
  if (formulaCount > 0) {
    if (fRow > rowCount || fCol > colCount) trim(formulas, rowCount, colCount);
    grid.formulas = formulas;
  }
  if (hasFormat) {
    if (fmtRow > rowCount || fmtCol > colCount) trim(fmts, rowCount, colCount);
    grid.numFormats = fmts;
  }
  return grid;
}
