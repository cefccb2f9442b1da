/**
 * An amount written with its own money unit (“2.5亿元” in a 专项债券 table's 项目总投资, “120万元” on a
 * sheet in 元) is restated in the sheet's unit, so the budget, the cost checks and the fill lines all
 * speak one unit (换算后比较, 实务惯例). Amounts typed as bare numbers are already in the sheet's unit.
 */
import Big from 'big.js';
import type { Amount, Funds, MoneyUnit } from '../domain/model';
import { unitFactor } from '../domain/unit-scale';
import { cellValue, type Grid } from './grid';

// The other scale the reader settles per project: a 权重 column of fractions read as points (0.3 = 30 分).
export { fractionWeights } from './weight-fractions';

const WRITTEN = /(\d[\d,，]*(?:\.\d+)?)\s*(亿元|万元|千元|元|亿|万)?/g;

/** The money unit written right after this amount in its cell's text, or null. */
function writtenUnit(g: Grid, a: Amount): MoneyUnit | null {
  const v = cellValue(g, a.row, a.col);
  if (typeof v !== 'string' || a.value === null) return null;
  for (const m of v.matchAll(WRITTEN)) {
    if (Number(m[1].replace(/[,，]/g, '')) !== a.value) continue;
    if (!m[2]) return null;
    return (m[2].endsWith('元') ? m[2] : `${m[2]}元`) as MoneyUnit;
  }
  return null;
}

function restated(g: Grid, a: Amount | null, unit: MoneyUnit): Amount | null {
  if (!a || a.value === null || a.number === null) return a;
  if (a.sumOf) {
    const parts = a.sumOf.map((x) => restated(g, x, unit)!);
    if (parts.every((x, i) => x === a.sumOf![i])) return a;
    const sum = parts.reduce((s, x) => s.plus(x.number ?? 0), new Big(0));
    return { ...a, value: sum.toNumber(), number: sum.toFixed(), sumOf: parts };
  }
  const own = writtenUnit(g, a);
  const f = own ? unitFactor(own, unit) : null;
  if (!f) return a;
  const n = new Big(a.number).times(f.mul).div(f.div);
  return { ...a, value: n.toNumber(), number: n.toFixed() };
}

/** The funds' amounts in the sheet's money unit, the 其中 lines too (an amount shared by two fields stays one object). */
export function fundsInUnit(g: Grid, f: Funds, unit: MoneyUnit): void {
  const done = new Map<Amount, Amount | null>();
  const one = (a: Amount | null): Amount | null => {
    if (!a) return a;
    if (!done.has(a)) done.set(a, restated(g, a, unit));
    return done.get(a)!;
  };
  f.total = one(f.total);
  f.initial = one(f.initial);
  f.fiscal = one(f.fiscal);
  f.other = one(f.other);
  f.executed = one(f.executed);
  for (let i = 0, list = f.parts; i < list.length; i++) {
    const part = list[i];
    part.total = one(part.total);
    part.executed = one(part.executed);
  }
}
