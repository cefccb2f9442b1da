/**
 * A1 addresses as Excel spells them — the one home for column letters, cells ("B12", "$B$12"),
 * ranges ("A1:C9"), whole rows ("5:7"), whole columns ("C:D"), sheet-qualified ("Sheet1!A1",
 * "'My Sheet'!A1") and multi-area lists ("A1, B2:B4"). Rows and columns are 1-based.
 * Used by the sheet model, the engine, every gateway, the CLI, the preview and the Excel double.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of cells, 1-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column letters → number (A → 1, AA → 27). */
export function colNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

/** Column number → letters (1 → A, 27 → AA). */
export function colLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > MAX_COLS) throw new RangeError(`列号无效：${col}`);
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

// Columns A…ZZ spelled once: every finding names its cell.
const LETTERS: (string | undefined)[] = Array.from({ length: 703 }, (_, i) => (i ? colLetters(i) : undefined));

/** (12, 2) → "B12". */
export function address(row: number, col: number): string {
  return `${LETTERS[col] ?? colLetters(col)}${row}`;
}

/** "B12" → {row: 12, col: 2}; accepts $ signs. */
export function parseAddress(a: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a.trim());
  if (!m) throw new Error(`不是单元格地址：${a}`);
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

/** Does a sheet name need quotes in an address? (Excel quotes names that are not plain words.) */
export function needsQuotes(sheet: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet)) return true;
  // Names that read as a cell reference or R1C1 reference must be quoted.
  return /^[A-Za-z]{1,3}\d+$/.test(sheet) || /^[Rr]\d*([Cc]\d*)?$/.test(sheet) || /^[Cc]\d*$/.test(sheet);
}

export function quoteSheet(sheet: string): string {
  return needsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
}

/** "A1", "A1:C9", "5:7", "C:D" for a rectangle (whole rows/columns spelt as Excel does). */
export function rectAddress(r: Rect): string {
  const wholeRows = r.left === 1 && r.right === MAX_COLS;
  const wholeCols = r.top === 1 && r.bottom === MAX_ROWS;
  if (wholeRows && !wholeCols) return `${r.top}:${r.bottom}`;
  if (wholeCols && !wholeRows) return `${colLetters(r.left)}:${colLetters(r.right)}`;
  const a = `${colLetters(r.left)}${r.top}`;
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${colLetters(r.right)}${r.bottom}`;
}

/** "'My Sheet'!A1:C9": a rectangle named with its sheet. */
export function qualified(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${rectAddress(r)}`;
}

/** Split off an optional sheet prefix: "'My Sheet'!A1" → { sheet: "My Sheet", ref: "A1" }. */
export function splitSheet(address: string): { sheet: string | null; ref: string } {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i];
      i++;
    }
    if (s[i + 1] !== '!') throw new Error(`bad address ${address}`);
    return { sheet: name, ref: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: s };
  return { sheet: s.slice(0, bang), ref: s.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const ROW = /^\$?(\d+)$/;
const COL = /^\$?([A-Za-z]{1,3})$/;

function part(p: string): { row?: number; col?: number } | null {
  let m = CELL.exec(p);
  if (m) return { col: colNumber(m[1]), row: Number(m[2]) };
  m = ROW.exec(p);
  if (m) return { row: Number(m[1]) };
  m = COL.exec(p);
  if (m) return { col: colNumber(m[1]) };
  return null;
}

/** Parse one rectangle reference without a sheet prefix. Returns null when it is not one. */
export function parseRect(ref: string): Rect | null {
  const pieces = ref.trim().split(':');
  if (pieces.length > 2 || pieces.length === 0) return null;
  const a = part(pieces[0]);
  const b = pieces.length === 2 ? part(pieces[1]) : a;
  if (!a || !b) return null;
  let rect: Rect;
  if (a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined) {
    rect = { top: a.row, left: a.col, bottom: b.row, right: b.col };
  } else if (pieces.length === 2 && a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined) {
    rect = { top: a.row, left: 1, bottom: b.row, right: MAX_COLS };
  } else if (pieces.length === 2 && a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined) {
    rect = { top: 1, left: a.col, bottom: MAX_ROWS, right: b.col };
  } else {
    return null;
  }
  const n: Rect = {
    top: Math.min(rect.top, rect.bottom),
    bottom: Math.max(rect.top, rect.bottom),
    left: Math.min(rect.left, rect.right),
    right: Math.max(rect.left, rect.right),
  };
  if (n.top < 1 || n.left < 1 || n.bottom > MAX_ROWS || n.right > MAX_COLS) return null;
  return n;
}

/** Parse "A1, B2:B4" (each area optionally sheet-qualified). */
export function parseAreas(address: string): { sheet: string | null; rect: Rect }[] {
  const out: { sheet: string | null; rect: Rect }[] = [];
  // Split on commas that are not inside quotes.
  const parts: string[] = [];
  let cur = '';
  let inQ = false;
  for (const ch of address) {
    if (ch === "'") inQ = !inQ;
    if (ch === ',' && !inQ) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p.trim()) throw new Error(`bad address ${address}`);
    const { sheet, ref } = splitSheet(p);
    const rect = parseRect(ref);
    if (!rect) throw new Error(`bad address ${address}`);
    out.push({ sheet, rect });
  }
  return out;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}
