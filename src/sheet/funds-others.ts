/**
 * 资金总额及构成 | 总额4800万元 | 财政拨款：4500万元 | 自有资金：0万元 | 其他：300万元 (乡镇 forms, numbered 二、三、 or not): the
 * money that is not fiscal comes in several parts. When the first such part read does not close the total and all of them
 * together do, they are the other money together (CST-01 then finds nothing wrong where nothing is).
 */
import type { Amount, Funds } from '../domain/model';
import { amountInLabel } from './amount-text';
import { cellText, rowWidth, type Grid } from './grid';
import { foldHeader } from './headers';

const OTHER_PART = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．])?(自有资金|自筹资金|单位自筹|单位资金|社会资金|其他资金|其他)$/;
const close = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 0.005;

/** Rows [from, to), columns left..right above the grid; f as readBudgetLabels read it. */
export function otherParts(g: Grid, from: number, to: number, left: number, right: number, f: Funds): void {
  if (f.total?.value == null || f.fiscal?.value == null) return;
  const want = f.total.value - f.fiscal.value;
  if (f.other && close(f.other.value, want)) return;
  const parts: Amount[] = [];
  for (let r = from; r < to; r++) {
    for (let c = left, w = Math.min(right, rowWidth(g, r)); c <= w; c++) {
      const t = foldHeader(cellText(g, r, c));
      const a = t ? amountInLabel(t, r, c) : null;
      if (a && OTHER_PART.test(t.split(/[:：]/)[0])) parts.push(a);
    }
  }
  if (parts.length < 2) return;
  const sum = Math.round(parts.reduce((s, a) => s + a.value!, 0) * 1e6) / 1e6;
  if (!close(sum, want)) return;
  f.other = { value: sum, number: String(sum), row: parts[0].row, col: parts[0].col, sumOf: parts };
  f.otherLine = true;
}
