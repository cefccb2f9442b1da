/**
 * Evaluation of the formula subset the Excel double understands (parsed by formula.ts): values,
 * references through the workbook state, operators and the functions listed there. Anything else
 * throws `Unsupported`, and the double keeps the cell's cached value.
 */
import { ERRORS, FormulaError, Unsupported, type Node, type Scalar, type Val } from './formula';

export interface EvalEnv {
  /** The value of a cell (already computed if it holds a formula); null when empty. */
  cell(sheet: string | null, row: number, col: number): Val;
  /** Bounds of a sheet's used cells, to clip whole-row/column ranges. */
  extent(sheet: string | null): { rows: number; cols: number };
}

function isErrorText(v: unknown): boolean {
  return typeof v === 'string' && ERRORS.includes(v);
}

function asVal(v: Val): Val {
  return isErrorText(v) ? new FormulaError(v as string) : v;
}

function toNum(v: Val): number | FormulaError {
  if (v instanceof FormulaError) return v;
  // A blank cell counts as 0; the text "" (e.g. SUBSTITUTE of a blank) is #VALUE!, as in Excel.
  if (v === null) return 0;
  if (v === '') return new FormulaError('#VALUE!');
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = v.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/.test(t)) {
    return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  }
  return new FormulaError('#VALUE!');
}

function toBool(v: Val): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  return new FormulaError('#VALUE!');
}

function toText(v: Scalar | null): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Excel's ROUND: half away from zero, tolerant of binary representation (1.005 → 1.01). */
export function excelRound(x: number, digits: number): number {
  const d = Math.trunc(digits);
  const m = Math.pow(10, d);
  const scaled = Math.abs(x) * m;
  const r = Math.round(Number(scaled.toPrecision(15)));
  return (Math.sign(x) * r) / m;
}

function compare(a: Val, b: Val): number {
  const rank = (v: Val): number => (typeof v === 'number' || v === null ? 0 : typeof v === 'string' ? 1 : 2);
  let x = a;
  let y = b;
  if (x === null) x = typeof y === 'string' ? '' : typeof y === 'boolean' ? false : 0;
  if (y === null) y = typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0;
  const rx = rank(x);
  const ry = rank(y);
  if (rx !== ry) return rx - ry;
  if (typeof x === 'string' && typeof y === 'string') {
    const p = x.toLowerCase();
    const q = y.toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const nx = Number(x);
  const ny = Number(y);
  return nx < ny ? -1 : nx > ny ? 1 : 0;
}

export function evaluate(node: Node, env: EvalEnv): Val {
  const v = ev(node, env);
  if (Array.isArray(v)) return new FormulaError('#VALUE!');
  return v;
}

type EV = Val | Val[];

function cells(node: Node & { t: 'ref' }, env: EvalEnv): Val[] {
  const ext = env.extent(node.sheet);
  const bottom = Math.min(node.bottom, ext.rows);
  const right = Math.min(node.right, ext.cols);
  const out: Val[] = [];
  for (let r = node.top; r <= bottom; r++) for (let c = node.left; c <= right; c++) out.push(asVal(env.cell(node.sheet, r, c)));
  return out;
}

function ev(node: Node, env: EvalEnv): EV {
  switch (node.t) {
    case 'num':
      return node.v;
    case 'str':
      return node.v;
    case 'bool':
      return node.v;
    case 'err':
      return new FormulaError(node.v);
    case 'ref': {
      if (node.range) return cells(node, env);
      const v = asVal(env.cell(node.sheet, node.top, node.left));
      return v === '' ? null : v; // an empty cell, however stored
    }
    case 'neg': {
      const n = toNum(scalar(ev(node.a, env)));
      return n instanceof FormulaError ? n : -n;
    }
    case 'pct': {
      const n = toNum(scalar(ev(node.a, env)));
      return n instanceof FormulaError ? n : n / 100;
    }
    case 'bin':
      return binary(node.op, scalar(ev(node.a, env)), scalar(ev(node.b, env)));
    case 'fn':
      return call(node.name, node.args, env);
    case 'arr':
      return node.v;
  }
}

function scalar(v: EV): Val {
  if (Array.isArray(v)) return v.length === 1 ? v[0] : new FormulaError('#VALUE!');
  return v;
}

function binary(op: string, a: Val, b: Val): Val {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  if (op === '&') return toText(a) + toText(b);
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
    const c = compare(a, b);
    switch (op) {
      case '=':
        return c === 0;
      case '<>':
        return c !== 0;
      case '<':
        return c < 0;
      case '>':
        return c > 0;
      case '<=':
        return c <= 0;
      default:
        return c >= 0;
    }
  }
  const x = toNum(a);
  const y = toNum(b);
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? new FormulaError('#DIV/0!') : x / y;
    case '^':
      return Math.pow(x, y);
  }
  throw new Unsupported(op);
}

/** Numbers for SUM/MIN/MAX: ranges contribute their numbers only; direct arguments are coerced. */
function numbers(args: Node[], env: EvalEnv): number[] | FormulaError {
  const out: number[] = [];
  for (const a of args) {
    const v = ev(a, env);
    if (Array.isArray(v)) {
      for (const x of v) {
        if (x instanceof FormulaError) return x;
        if (typeof x === 'number') out.push(x);
      }
    } else {
      const n = toNum(v);
      if (n instanceof FormulaError) return n;
      out.push(n);
    }
  }
  return out;
}

function call(name: string, args: Node[], env: EvalEnv): EV {
  switch (name) {
    case 'COUNT': {
      // Numbers only; errors and text are skipped (COUNT(SEARCH({…},A1)) counts the words found).
      let n = 0;
      for (const a of args) {
        const v = ev(a, env);
        for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'number') n++;
      }
      return n;
    }
    case 'SUM':
    case 'MIN':
    case 'MAX': {
      const ns = numbers(args, env);
      if (ns instanceof FormulaError) return ns;
      if (name === 'SUM') return ns.reduce((s, x) => s + x, 0);
      if (ns.length === 0) return 0;
      return ns.reduce((m, x) => (name === 'MIN' ? Math.min(m, x) : Math.max(m, x)));
    }
    case 'ROUND': {
      if (args.length !== 2) return new FormulaError('#VALUE!');
      const x = toNum(scalar(ev(args[0], env)));
      const d = toNum(scalar(ev(args[1], env)));
      if (x instanceof FormulaError) return x;
      if (d instanceof FormulaError) return d;
      return excelRound(x, d);
    }
    case 'ABS': {
      const x = toNum(scalar(ev(args[0], env)));
      return x instanceof FormulaError ? x : Math.abs(x);
    }
    case 'IF': {
      const c = toBool(scalar(ev(args[0], env)));
      if (c instanceof FormulaError) return c;
      if (c) return args.length > 1 ? nullToZero(scalar(ev(args[1], env))) : true;
      return args.length > 2 ? nullToZero(scalar(ev(args[2], env))) : false;
    }
    case 'IFERROR': {
      const v = scalar(ev(args[0], env));
      return v instanceof FormulaError ? nullToZero(scalar(ev(args[1], env))) : nullToZero(v);
    }
    case 'AND':
    case 'OR': {
      let acc = name === 'AND';
      for (const a of args) {
        const v = ev(a, env);
        const list = Array.isArray(v) ? v.filter((x) => x !== null && typeof x !== 'string') : [v];
        for (const x of list) {
          const b = toBool(x);
          if (b instanceof FormulaError) return b;
          acc = name === 'AND' ? acc && b : acc || b;
        }
      }
      return acc;
    }
    case 'NOT': {
      const b = toBool(scalar(ev(args[0], env)));
      return b instanceof FormulaError ? b : !b;
    }
    case 'ISNUMBER':
      return typeof scalar(ev(args[0], env)) === 'number';
    case 'NA':
      return new FormulaError('#N/A');
    case 'ASC': {
      // Documented for DBCS languages (zh-CN, ja-JP …): full-width (double-byte) characters to half-width — modelled as the
      // full-width ASCII forms U+FF01–FF5E and the ideographic space; other characters (汉字, ≥, ￥) are kept. What ASC does
      // under a non-DBCS language is not documented (not modelled). VALUE's own reading of full-width digits is not modelled
      // either: “９６” is #VALUE! here (a guess), which is why the score formula reads the cell through ASC.
      const v = scalar(ev(args[0], env));
      if (v instanceof FormulaError) return v;
      return toText(v).replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
    }
    case 'N': {
      // N: a number stays, anything else (text, blank, TRUE→1 aside) is 0.
      const v = scalar(ev(args[0], env));
      if (v instanceof FormulaError) return v;
      return typeof v === 'number' ? v : v === true ? 1 : 0;
    }
    case 'VALUE': {
      const v = scalar(ev(args[0], env));
      if (v instanceof FormulaError) return v;
      if (typeof v === 'number') return v;
      if (v === null || v === '') return new FormulaError('#VALUE!');
      return toNum(toText(v));
    }
    case 'SUBSTITUTE': {
      const [t, a, b] = args.map((x) => scalar(ev(x, env)));
      for (const v of [t, a, b]) if (v instanceof FormulaError) return v;
      const from = toText(a as Scalar | null);
      return from === ''
        ? toText(t as Scalar | null)
        : toText(t as Scalar | null)
            .split(from)
            .join(toText(b as Scalar | null));
    }
    case 'SEARCH': {
      // Case-insensitive position (1-based) of the first text in the second, #VALUE! if absent;
      // an array of texts gives an array of positions.
      const find = ev(args[0], env);
      const b = scalar(ev(args[1], env));
      if (b instanceof FormulaError) return b;
      const one = (a: Val): Val => {
        if (a instanceof FormulaError) return a;
        const i = toText(b as Scalar | null)
          .toLowerCase()
          .indexOf(toText(a as Scalar | null).toLowerCase());
        return i < 0 ? new FormulaError('#VALUE!') : i + 1;
      };
      return Array.isArray(find) && args[0].t === 'arr' ? find.map(one) : one(scalar(find));
    }
    case 'LOOKUP': {
      // The vector form, approximate: Excel's binary search skips errors and text, and for a value above every
      // number it finds the last number (LOOKUP(9^9, SEARCH({…}, A1), {…}): the share of the last word found).
      // An unsorted vector searched for a smaller value is not modelled.
      if (args.length !== 3) throw new Unsupported('LOOKUP form');
      const v = scalar(ev(args[0], env));
      if (v instanceof FormulaError) return v;
      if (typeof v !== 'number') throw new Unsupported('LOOKUP of text');
      const look = ev(args[1], env);
      const res = ev(args[2], env);
      const xs = Array.isArray(look) ? look : [look];
      const ys = Array.isArray(res) ? res : [res];
      let last = -1;
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        if (typeof x !== 'number') continue;
        if (x > v) throw new Unsupported('LOOKUP in an unsorted vector');
        last = i;
      }
      if (last < 0) return new FormulaError('#N/A');
      if (ys.length !== xs.length) throw new Unsupported('LOOKUP vectors of different sizes');
      return nullToZero(ys[last]);
    }
    case 'COUNTBLANK': {
      const v = ev(args[0], env);
      const list = Array.isArray(v) ? v : [v];
      return list.filter((x) => x === null || x === '').length;
    }
  }
  throw new Unsupported(name);
}

function nullToZero(v: Val): Val {
  return v === null ? 0 : v;
}
