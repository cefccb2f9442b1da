/**
 * Money given only by its sources, one line per level of government (水库移民后期扶持基金 申报表: 中央资金 2888 |
 * 市级资金 151, no total): with no total on the sheet, the fiscal money is their sum — when at least two are
 * given, so that no source is taken for the whole. The same for money given only by budget kind (一般公共预算 |
 * 政府性基金预算, no 资金总额).
 */
import type { Amount } from '../domain/model';
import { memoise } from '../domain/memo';
import { parseAmount } from '../domain/value';
import { cellText, cellValue, numFormat, rowWidth, type Grid } from './grid';
import { foldHeader } from './headers';

// Levels may be named together (市县配套资金, 省市补助资金, 县区配套) or as 地方 (地方配套资金).
const SOURCE = /^(其中[:：]?)?(中央|地方|本级|(?:省|市|州|盟|县|旗|区|乡镇)+级?)(财政)?(资金|补助资金|补助|配套资金|配套|衔接资金|专项资金)$/;
// Or by budget kind (预算管理一体化 forms): 一般公共预算 | 政府性基金预算 | 国有资本经营预算 | 财政专户管理资金.
const KIND = /^(其中[:：]?)?(一般公共预算|政府性基金预算?|国有资本经营预算|财政专户管理资金)(资金|拨款|收入)?$/;
const isSource = memoise((t) => SOURCE.test(foldHeader(t)) || KIND.test(foldHeader(t)));

/** The sum of the per-level source lines in rows [from, to), or null when fewer than two carry an amount. */
export function sourcesSum(g: Grid, from: number, to: number, left: number, right: number): Amount | null {
  const parts: Amount[] = [];
  for (let r = from; r < to; r++)
    for (let c = left, w = Math.min(right, rowWidth(g, r)); c <= w; c++) {
      const t = cellText(g, r, c).trim();
      if (!t || !isSource(t)) continue;
      for (let cc = c + 1; cc <= Math.min(w, c + 3); cc++) {
        const v = cellValue(g, r, cc);
        const a = v === null || v === '' ? null : parseAmount(v, numFormat(g, r, cc));
        if (a?.value == null) continue;
        parts.push({ value: a.value, number: a.number, row: r, col: cc });
        break;
      }
    }
  if (parts.length < 2) return null;
  const value = Math.round(parts.reduce((s, a) => s + a.value!, 0) * 1e6) / 1e6;
  return { value, number: String(value), row: parts[0].row, col: parts[0].col, sumOf: parts };
}
