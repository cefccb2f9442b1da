/**
 * Formulas as Excel copies them: relative references move with the cell, absolute ones ($) stay.
 * `relativeKey` names what a formula means independently of where it sits (R1C1 in spirit), so
 * two cells with the same key hold the same formula up to a copy; `translateFormula` is that copy.
 */
import { MAX_ROW, mapReferences } from './shift-formula';
import { colLetters, colNumber } from './a1';

export const MAX_COL = 16384;

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const ROW = /^(\$?)(\d+)$/;
const COL = /^(\$?)([A-Za-z]{1,3})$/;

function part(abs: string, n: number, base: number, tag: string): string {
  return abs ? `${tag}${n}` : `${tag}[${n - base}]`;
}

/**
 * The formula (no leading '=') at (row, col) with every reference written relative to that cell,
 * or null when it holds something a copy could move differently (external or 3-D references).
 */
export function relativeKey(formula: string, row: number, col: number): string | null {
  let ok = true;
  const key = mapReferences(formula, (ref) => {
    if (ref.external || (ref.prefix !== undefined && /[[:]/.test(ref.prefix))) ok = false;
    const head = ref.prefix === undefined ? '' : `${ref.prefix}!`;
    const cell = (a: string) => {
      const m = CELL.exec(a)!;
      return part(m[1], colNumber(m[2].toUpperCase()), col, 'C') + part(m[3], Number(m[4]), row, 'R');
    };
    if (ref.c1 !== undefined) return head + cell(ref.c1) + (ref.c2 !== undefined ? ':' + cell(ref.c2) : '');
    const [a, b] = ref.text.slice(head.length).split(':');
    if (ref.r1 !== undefined) {
      const [x, y] = [ROW.exec(a)!, ROW.exec(b)!];
      return `${head}${part(x[1], Number(x[2]), row, 'R')}:${part(y[1], Number(y[2]), row, 'R')}`;
    }
    const [x, y] = [COL.exec(a), COL.exec(b)];
    if (!x || !y) {
      ok = false;
      return ref.text;
    }
    return `${head}${part(x[1], colNumber(x[2].toUpperCase()), col, 'C')}:${part(y[1], colNumber(y[2].toUpperCase()), col, 'C')}`;
  });
  return ok ? key : null;
}

/** The formula (no leading '=') copied `dr` rows down and `dc` columns right; #REF! where it falls off the sheet. */
export function translateFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  const moveRow = (abs: string, n: number) => (abs ? n : n + dr);
  const moveCol = (abs: string, n: number) => (abs ? n : n + dc);
  const okRow = (n: number) => n >= 1 && n <= MAX_ROW;
  const okCol = (n: number) => n >= 1 && n <= MAX_COL;
  return mapReferences(formula, (ref) => {
    if (ref.external) return ref.text;
    const head = ref.prefix === undefined ? '' : `${ref.prefix}!`;
    const body = ref.text.slice(head.length);
    let bad = false;
    const moved = body
      .split(':')
      .map((p) => {
        const c = CELL.exec(p);
        if (c) {
          const cn = moveCol(c[1], colNumber(c[2].toUpperCase()));
          const rn = moveRow(c[3], Number(c[4]));
          if (!okRow(rn) || !okCol(cn)) bad = true;
          return `${c[1]}${colLetters(Math.max(1, cn))}${c[3]}${rn}`;
        }
        const r = ROW.exec(p);
        if (r) {
          const rn = moveRow(r[1], Number(r[2]));
          if (!okRow(rn)) bad = true;
          return `${r[1]}${rn}`;
        }
        const k = COL.exec(p);
        if (k) {
          const cn = moveCol(k[1], colNumber(k[2].toUpperCase()));
          if (!okCol(cn)) bad = true;
          return `${k[1]}${colLetters(Math.max(1, cn))}`;
        }
        return p;
      })
      .join(':');
    return bad ? '#REF!' : head + moved;
  });
}
