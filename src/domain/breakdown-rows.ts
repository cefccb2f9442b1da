/**
 * 其中 rows that break a weighted indicator down (“★补助家畜家禽养殖数量 | 20 | ≥190只 …” then “其中羊养殖数量 | | ≥180只
 * | 180只 | ”, as 衔接资金 自评表 print them): on a sheet that gives 分值, a row named 其中… with neither 分值 nor 得分,
 * right under a weighted indicator of the same 二级 (or under another such row), is a part of that indicator, not
 * a row left unweighted — it does not keep the project's total from being given. Pure.
 */
import type { IndicatorRow } from './model';

const PART = /^其中/;

/** Indexes (into `rows`) of the breakdown rows. */
export function breakdownRows(rows: IndicatorRow[]): Set<number> {
  const out = new Set<number>();
  if (!rows.some((x) => x.sheetWeight !== null)) return out;
  for (let i = 1; i < rows.length; i++) {
    const x = rows[i];
    if (x.sheetWeight !== null || x.sheetScore !== null || !PART.test(x.level3)) continue;
    const above = rows[i - 1];
    if (above.level2Text !== x.level2Text || above.row !== x.row - 1) continue;
    if (above.sheetWeight !== null || out.has(i - 1)) out.add(i);
  }
  return out;
}
