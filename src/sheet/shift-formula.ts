/**
 * Shifts A1 references the way Excel does when rows are inserted into one sheet. Only the
 * references that point at that sheet move; text in string literals, structured references,
 * external workbooks and whole-column references are left alone.
 */
export interface RowShift {
  /** Sheet the rows are inserted into. */
  sheet: string;
  /** First row that moves down. */
  at: number;
  count: number;
}

export const MAX_ROW = 1048576;

/** A single row number: moves when at or below the insertion point. */
export function shiftRow(row: number, s: RowShift): number {
  return row >= s.at ? row + s.count : row;
}

/** A span of rows: moves whole when it starts at or below `at`, grows when `at` falls inside it. */
export function shiftSpan(top: number, bottom: number, s: RowShift): [number, number] {
  if (top >= s.at) return [top + s.count, Math.min(bottom + s.count, MAX_ROW)];
  if (bottom >= s.at) return [top, Math.min(bottom + s.count, MAX_ROW)];
  return [top, bottom];
}

const QUOTED = "'(?:[^']|'')+'";
const BARE = '[A-Za-z_\\u00A0-\\uFFFF][\\w.\\u00A0-\\uFFFF]*(?::[A-Za-z_\\u00A0-\\uFFFF][\\w.\\u00A0-\\uFFFF]*)?';
const CELL = '\\$?[A-Za-z]{1,3}\\$?\\d+';
const REF = `(${CELL})(?::(${CELL}))?|(\\$?\\d+):(\\$?\\d+)|\\$?[A-Za-z]{1,3}:\\$?[A-Za-z]{1,3}`;
// A reference must not run on into a name, a function call or a sheet prefix.
const TOKEN = new RegExp(`(?:(${QUOTED}|${BARE})!)?(?:${REF})(?![\\w.(!\\[\\u00A0-\\uFFFF])`, 'y');
const IDENT = /[\w.$\u00A0-\uFFFF]/;
const CELL_PARTS = /^(\$?[A-Za-z]{1,3})(\$?)(\d+)$/;

function sheetName(prefix: string): string {
  return prefix.startsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
}

function setRow(cellRef: string, row: number): string {
  const m = CELL_PARTS.exec(cellRef)!;
  return `${m[1]}${m[2]}${row}`;
}

function rowOf(ref: string): number {
  return Number(/\d+$/.exec(ref)![0]);
}

/** Where rows of one sheet end up after some inserts. */
export type RowMap = (row: number) => number;

/** A row through several inserts in order (those of other sheets are skipped by the caller). */
function sequential(shifts: RowShift[]): RowMap {
  return (row) => {
    let r = row;
    for (let i = 0; i < shifts.length; i++) {
      const s = shifts[i];
      r = shiftRow(r, s);
    }
    return r;
  };
}

// A span's ends move independently (shiftSpan: the top moves when at or below `at`, the bottom
// too, or alone when `at` falls inside), the bottom stopping at the sheet's last row.
function spanThrough(top: number, bottom: number, through: RowMap): [number, number] {
  return [through(top), Math.min(through(bottom), MAX_ROW)];
}

function shiftCells(a: string, b: string | undefined, through: RowMap): string {
  if (b === undefined) {
    const r = through(rowOf(a));
    return r > MAX_ROW ? '#REF!' : setRow(a, r);
  }
  const ra = rowOf(a);
  const rb = rowOf(b);
  const [top, bottom] = spanThrough(Math.min(ra, rb), Math.max(ra, rb), through);
  const [na, nb] = ra <= rb ? [top, bottom] : [bottom, top];
  if (na > MAX_ROW || nb > MAX_ROW) return '#REF!';
  return `${setRow(a, na)}:${setRow(b, nb)}`;
}

function shiftRows(a: string, b: string, through: RowMap): string {
  const dollar = (x: string) => (x.startsWith('$') ? '$' : '');
  const [top, bottom] = spanThrough(rowOf(a), rowOf(b), through);
  return `${dollar(a)}${top}:${dollar(b)}${bottom}`;
}

/** Shifts the references in `formula` (no leading '='), a formula that lives on sheet `host`. */
export function shiftFormula(formula: string, host: string, s: RowShift): string {
  return shiftFormulaAll(formula, host, [s]);
}

/**
 * The same through several inserts, in order, parsing the formula once (a plan with hundreds of
 * inserted blocks and tens of thousands of formulas must not re-tokenise each formula per insert).
 */
export function shiftFormulaAll(formula: string, host: string, shifts: RowShift[]): string {
  if (!shifts.length) return formula;
  const bySheet = new Map<string, RowShift[]>();
  for (let i = 0; i < shifts.length; i++) {
    const s = shifts[i];
    const k = s.sheet.toLowerCase();
    if (!bySheet.has(k)) bySheet.set(k, []);
    bySheet.get(k)!.push(s);
  }
  const maps = new Map([...bySheet].map(([k, list]) => [k, sequential(list)]));
  return moveReferences(formula, host, (sheet) => maps.get(sheet));
}

/** Moves the row numbers of the references to each sheet by that sheet's RowMap (lower-case name; none: unmoved). */
export function moveReferences(formula: string, host: string, mapOf: (sheet: string) => RowMap | undefined): string {
  return mapReferences(formula, (ref) => {
    const sheet = ref.prefix === undefined ? host : sheetName(ref.prefix);
    const through = !ref.external && !sheet.includes('[') && !sheet.includes(':') ? mapOf(sheet.toLowerCase()) : undefined;
    if (!through) return ref.text;
    const head = ref.prefix === undefined ? '' : `${ref.prefix}!`;
    if (ref.c1 !== undefined) return head + shiftCells(ref.c1, ref.c2, through);
    if (ref.r1 !== undefined) return head + shiftRows(ref.r1, ref.r2!, through);
    return ref.text;
  });
}

/** One A1 reference found in a formula: cells (c1[:c2]), whole rows (r1:r2) or whole columns (neither). */
export interface RefMatch {
  text: string;
  /** Sheet prefix as written (quoted or bare), without the '!'. */
  prefix?: string;
  c1?: string;
  c2?: string;
  r1?: string;
  r2?: string;
  /** After an external-workbook marker such as [1]. */
  external: boolean;
}

/**
 * Rewrites every A1 reference of a formula (no leading '='), leaving string literals, structured
 * references, names and function calls as they are. The one tokenizer for row shifts and copies.
 */
export function mapReferences(formula: string, f: (ref: RefMatch) => string): string {
  let out = '';
  let i = 0;
  let external = false;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']' && --depth === 0) break;
      }
      // [1]Sheet!A1 points into another workbook; Table[Col] is a structured reference.
      external = /^\[\d+\]$/.test(formula.slice(i, j + 1));
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (i > 0 && IDENT.test(formula[i - 1])) {
      out += ch;
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(formula);
    if (!m) {
      out += ch;
      i++;
      external = false;
      continue;
    }
    const [text, prefix, c1, c2, r1, r2] = m;
    out += f({ text, prefix, c1, c2, r1, r2, external });
    external = false;
    i += text.length;
  }
  return out;
}

/** Shifts a space-separated list of ranges on the target sheet itself ("A1:B5 D7"), as in sqref. */
export function shiftSqref(sqref: string, s: RowShift): string {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => shiftFormula(part, s.sheet, s))
    .join(' ');
}

/** A space-separated list of ranges on the sheet itself ("A1:B5 D7"), as in sqref, moved by the row map. */
export function moveSqref(text: string, sheet: string, map: RowMap): string {
  const only = (k: string) => (k === sheet.toLowerCase() ? map : undefined);
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => moveReferences(part, sheet, only))
    .join(' ');
}
