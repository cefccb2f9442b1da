/**
 * The formula subset the Excel double evaluates: numbers, strings, TRUE/FALSE, cell and range
 * references (optionally sheet-qualified), + - * / ^ & %, comparisons, and the functions
 * ROUND, MIN, MAX, SUM, ABS, IF, AND, OR, NOT, IFERROR. Anything else is `Unsupported`: the
 * double then keeps the cell's last cached value (or shows "#NAME?" for a new formula).
 *
 * Also rewrites references when rows are inserted or deleted, as Excel does. Evaluation: formula-eval.ts.
 */
import { MAX_ROWS, colLetters, colNumber, quoteSheet } from '../sheet/a1';

export type Scalar = number | string | boolean;
export class FormulaError {
  constructor(readonly code: string) {}
}
export type Val = Scalar | null | FormulaError;

export class Unsupported extends Error {}

type Tok =
  | { t: 'num'; v: number; s: number; e: number }
  | { t: 'str'; v: string; s: number; e: number }
  | { t: 'ref'; ref: RefTok; s: number; e: number }
  | { t: 'fn'; v: string; s: number; e: number }
  | { t: 'name'; v: string; s: number; e: number }
  | { t: 'op'; v: string; s: number; e: number }
  | { t: 'err'; v: string; s: number; e: number };

export interface RefPart {
  row?: number;
  rowAbs: boolean;
  col?: number;
  colAbs: boolean;
}
export interface RefTok {
  sheet: string | null;
  a: RefPart;
  b: RefPart | null;
}

export const ERRORS = ['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!'];

function parseRefPart(text: string): RefPart | null {
  let m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text);
  if (m) return { colAbs: !!m[1], col: colNumber(m[2]), rowAbs: !!m[3], row: Number(m[4]) };
  m = /^(\$?)(\d+)$/.exec(text);
  if (m) return { rowAbs: !!m[1], row: Number(m[2]), colAbs: false };
  m = /^(\$?)([A-Za-z]{1,3})$/.exec(text);
  if (m) return { colAbs: !!m[1], col: colNumber(m[2]), rowAbs: false };
  return null;
}

function partText(p: RefPart): string {
  return (p.col !== undefined ? (p.colAbs ? '$' : '') + colLetters(p.col) : '') + (p.row !== undefined ? (p.rowAbs ? '$' : '') + String(p.row) : '');
}

function refText(r: RefTok): string {
  const pre = r.sheet !== null ? `${quoteSheet(r.sheet)}!` : '';
  return pre + partText(r.a) + (r.b ? ':' + partText(r.b) : '');
}

/** Tokenise a formula (without the leading '='). */
export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const word = /[A-Za-z0-9_.$\u0080-\uFFFF]/;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ' || ch === '\n' || ch === '\t') {
      i++;
      continue;
    }
    const s = i;
    if (ch === '"') {
      let v = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Unsupported('unterminated string');
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            v += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += src[i++];
      }
      out.push({ t: 'str', v, s, e: i });
      continue;
    }
    if (ch === '#') {
      const e = ERRORS.find((x) => src.startsWith(x, i));
      if (!e) throw new Unsupported('error literal');
      i += e.length;
      out.push({ t: 'err', v: e, s, e: i });
      continue;
    }
    if (/[0-9.]/.test(ch)) {
      // A number, unless it is a whole-row reference such as 5:7.
      const m = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
      const rowRef = /^(\$?\d+:\$?\d+)/.exec(src.slice(i));
      if (rowRef && !m?.[0].includes('.')) {
        const ref = parseRefToken(rowRef[1], null);
        if (ref) {
          i += rowRef[1].length;
          out.push({ t: 'ref', ref, s, e: i });
          continue;
        }
      }
      if (!m) throw new Unsupported('number');
      i += m[0].length;
      out.push({ t: 'num', v: Number(m[0]), s, e: i });
      continue;
    }
    if (ch === "'" || word.test(ch)) {
      // Sheet prefix?
      let sheet: string | null = null;
      let j = i;
      if (ch === "'") {
        let name = '';
        j++;
        for (;;) {
          if (j >= src.length) throw new Unsupported('quoted name');
          if (src[j] === "'") {
            if (src[j + 1] === "'") {
              name += "'";
              j += 2;
              continue;
            }
            j++;
            break;
          }
          name += src[j++];
        }
        if (src[j] !== '!') throw new Unsupported('quoted name');
        sheet = name;
        j++;
      } else {
        let k = j;
        while (k < src.length && word.test(src[k])) k++;
        if (src[k] === '!') {
          sheet = src.slice(j, k);
          j = k + 1;
        }
      }
      let k = j;
      while (k < src.length && (word.test(src[k]) || src[k] === ':')) k++;
      let text = src.slice(j, k);
      // Function call?
      if (sheet === null && src[k] === '(' && /^[A-Za-z_][A-Za-z0-9_.]*$/.test(text)) {
        i = k;
        out.push({ t: 'fn', v: text.toUpperCase(), s, e: i });
        continue;
      }
      // Trim a trailing ':' (not part of a reference).
      while (text.endsWith(':')) {
        text = text.slice(0, -1);
        k--;
      }
      const ref = parseRefToken(text, sheet);
      if (ref) {
        i = k;
        out.push({ t: 'ref', ref, s, e: i });
        continue;
      }
      if (sheet === null && /^(TRUE|FALSE)$/i.test(text)) {
        i = k;
        out.push({ t: 'name', v: text.toUpperCase(), s, e: i });
        continue;
      }
      throw new Unsupported(`name ${text}`);
    }
    const two = src.slice(i, i + 2);
    if (two === '<=' || two === '>=' || two === '<>') {
      i += 2;
      out.push({ t: 'op', v: two, s, e: i });
      continue;
    }
    if ('+-*/^&=<>%(),{};'.includes(ch)) {
      i++;
      out.push({ t: 'op', v: ch, s, e: i });
      continue;
    }
    throw new Unsupported(`character ${ch}`);
  }
  return out;
}

function parseRefToken(text: string, sheet: string | null): RefTok | null {
  const pieces = text.split(':');
  if (pieces.length > 2) return null;
  const a = parseRefPart(pieces[0]);
  if (!a) return null;
  if (pieces.length === 1) {
    if (a.row === undefined || a.col === undefined) return null;
    return { sheet, a, b: null };
  }
  const b = parseRefPart(pieces[1]);
  if (!b) return null;
  const aCell = a.row !== undefined && a.col !== undefined;
  const bCell = b.row !== undefined && b.col !== undefined;
  const rows = a.col === undefined && b.col === undefined;
  const cols = a.row === undefined && b.row === undefined;
  if (!(aCell && bCell) && !rows && !cols) return null;
  return { sheet, a, b };
}

// ---------------------------------------------------------------- parser

export type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'err'; v: string }
  | { t: 'ref'; sheet: string | null; top: number; left: number; bottom: number; right: number; range: boolean }
  | { t: 'fn'; name: string; args: Node[] }
  | { t: 'bin'; op: string; a: Node; b: Node }
  | { t: 'neg'; a: Node }
  | { t: 'pct'; a: Node }
  | { t: 'arr'; v: Val[] };

const FUNCS = new Set([
  'COUNT',
  'ROUND',
  'MIN',
  'MAX',
  'SUM',
  'ABS',
  'IF',
  'AND',
  'OR',
  'NOT',
  'IFERROR',
  'ISNUMBER',
  'VALUE',
  'SUBSTITUTE',
  'N',
  'COUNTBLANK',
  'SEARCH',
  'NA',
  'LOOKUP',
  'ASC',
]);

const cache = new Map<string, Node>();

/** Parse a formula (with or without its leading '='); throws Unsupported outside the subset. */
export function parse(formula: string): Node {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  const hit = cache.get(src);
  if (hit) return hit;
  const toks = tokenize(src);
  let p = 0;
  const peek = (): Tok | undefined => toks[p];
  const isOp = (v: string): boolean => {
    const t = toks[p];
    return !!t && t.t === 'op' && t.v === v;
  };
  const expect = (v: string): void => {
    if (!isOp(v)) throw new Unsupported(`expected ${v}`);
    p++;
  };
  const binLevel = (ops: string[], next: () => Node) => (): Node => {
    let a = next();
    for (;;) {
      const t = peek();
      if (t && t.t === 'op' && ops.includes(t.v)) {
        p++;
        a = { t: 'bin', op: t.v, a, b: next() };
      } else return a;
    }
  };
  const primary = (): Node => {
    const t = peek();
    if (!t) throw new Unsupported('unexpected end');
    p++;
    switch (t.t) {
      case 'num':
        return { t: 'num', v: t.v };
      case 'str':
        return { t: 'str', v: t.v };
      case 'err':
        return { t: 'err', v: t.v };
      case 'name':
        return { t: 'bool', v: t.v === 'TRUE' };
      case 'ref': {
        const r = t.ref;
        const b = r.b ?? r.a;
        const top = Math.min(r.a.row ?? 1, b.row ?? 1);
        const bottom = r.a.row === undefined ? MAX_ROWS : Math.max(r.a.row, b.row ?? r.a.row);
        const left = Math.min(r.a.col ?? 1, b.col ?? 1);
        const right = r.a.col === undefined ? 16384 : Math.max(r.a.col, b.col ?? r.a.col);
        return { t: 'ref', sheet: r.sheet, top, left, bottom, right, range: r.b !== null };
      }
      case 'fn': {
        if (!FUNCS.has(t.v)) throw new Unsupported(`function ${t.v}`);
        expect('(');
        const args: Node[] = [];
        if (!isOp(')')) {
          for (;;) {
            args.push(expr());
            if (isOp(',')) {
              p++;
              continue;
            }
            break;
          }
        }
        expect(')');
        return { t: 'fn', name: t.v, args };
      }
      case 'op':
        if (t.v === '(') {
          const e = expr();
          expect(')');
          return e;
        }
        if (t.v === '-') return { t: 'neg', a: unary() };
        if (t.v === '+') return unary();
        if (t.v === '{') {
          // An array constant: literals separated by , (and ; between rows, read as one list).
          const v: Val[] = [];
          for (;;) {
            const x = unary();
            if (x.t === 'num' || x.t === 'str' || x.t === 'bool') v.push(x.v);
            else if (x.t === 'neg' && x.a.t === 'num') v.push(-x.a.v);
            else throw new Unsupported('array constant element');
            if (isOp(',') || isOp(';')) {
              p++;
              continue;
            }
            break;
          }
          expect('}');
          return { t: 'arr', v };
        }
        throw new Unsupported(`operator ${t.v}`);
    }
  };
  const postfix = (): Node => {
    let a = primary();
    while (isOp('%')) {
      p++;
      a = { t: 'pct', a };
    }
    return a;
  };
  const unary = (): Node => {
    if (isOp('-')) {
      p++;
      return { t: 'neg', a: unary() };
    }
    if (isOp('+')) {
      p++;
      return unary();
    }
    return postfix();
  };
  const power = binLevel(['^'], unary);
  const term = binLevel(['*', '/'], power);
  const additive = binLevel(['+', '-'], term);
  const concat = binLevel(['&'], additive);
  const comparison = binLevel(['=', '<>', '<', '>', '<=', '>='], concat);
  function expr(): Node {
    return comparison();
  }
  const node = expr();
  if (p !== toks.length) throw new Unsupported('trailing tokens');
  if (cache.size > 50000) cache.clear();
  cache.set(src, node);
  return node;
}

// ---------------------------------------------------------------- reference shifting

/**
 * Rewrite a formula's references after rows were inserted (count > 0) or deleted (count < 0) at
 * row `at` of sheet `target`; `home` is the sheet holding the formula. Returns the formula
 * unchanged if nothing moved. Formulas outside the subset are rewritten too (references only).
 */
export function shiftRows(formula: string, home: string, target: string, at: number, count: number): string {
  return rewriteRefs(formula, home, target, (r) => shiftRef(r, at, count));
}

/**
 * Rewrite the references of `formula` that point at sheet `target` through `move` (null = the
 * reference is gone: #REF!). Returns the formula unchanged if nothing moved.
 */
export function rewriteRefs(formula: string, home: string, target: string, move: (r: RefTok) => RefTok | null): string {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  let toks: Tok[];
  try {
    toks = tokenize(src);
  } catch {
    return formula;
  }
  let out = '';
  let last = 0;
  let changed = false;
  for (const t of toks) {
    if (t.t !== 'ref') continue;
    const sheet = t.ref.sheet ?? home;
    if (sheet !== target) continue;
    const moved = move(t.ref);
    if (moved === t.ref) continue;
    const text = moved === null ? '#REF!' : refText(moved);
    if (text !== src.slice(t.s, t.e)) {
      out += src.slice(last, t.s) + text;
      last = t.e;
      changed = true;
    }
  }
  if (!changed) return formula;
  return '=' + out + src.slice(last);
}

function shiftRef(r: RefTok, at: number, count: number): RefTok | null {
  const b = r.b;
  if (r.a.row === undefined) return r; // whole columns
  if (count > 0) {
    const mv = (row: number): number => (row >= at ? row + count : row);
    const a2 = { ...r.a, row: mv(r.a.row) };
    const b2 = b ? { ...b, row: mv(b.row as number) } : null;
    if ((a2.row as number) > MAX_ROWS || (b2 && (b2.row as number) > MAX_ROWS)) return null;
    return { sheet: r.sheet, a: a2, b: b2 };
  }
  const n = -count;
  const end = at + n - 1;
  if (!b) {
    const row = r.a.row;
    if (row >= at && row <= end) return null;
    return { sheet: r.sheet, a: { ...r.a, row: row > end ? row - n : row }, b: null };
  }
  const top = Math.min(r.a.row, b.row as number);
  const bottom = Math.max(r.a.row, b.row as number);
  if (top >= at && bottom <= end) return null;
  const nt = top >= at && top <= end ? at : top > end ? top - n : top;
  const nb = bottom >= at && bottom <= end ? at - 1 : bottom > end ? bottom - n : bottom;
  const aIsTop = r.a.row <= (b.row as number);
  return {
    sheet: r.sheet,
    a: { ...r.a, row: aIsTop ? nt : nb },
    b: { ...b, row: aIsTop ? nb : nt },
  };
}
