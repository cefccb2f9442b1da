/**
 * 指标值 over 下限值 | 上限值 on a two-row head (or 指标值下限 | 指标值上限 in one row): a ≥ target fills the 下限, a ≤
 * target the 上限, an exact one both, a range each its end. The 下限 column is the 指标值, the 上限 one its upper
 * bound (targetUpper); the row's target is written back as one text (“≥90%”, “≤420万元”, “90%~95%”). Pure but for
 * the reader.
 */
import { percentFormat, shownWithWords } from '../domain/format-words';
import { canonNumber } from '../domain/value-read';
import type { CellValue } from './grid';
import { foldHeader } from './headers';
import type { HeaderHit, Reader } from './reader';

const LOWER = /^(指标值|目标值)?(下限|下限值|最低值|最小值)$/;
const UPPER = /^(指标值|目标值)?(上限|上限值|最高值|最大值)$/;

/** A 下限 column right of the 三级 with an 上限 column beside it, on a head with no 指标值 column. */
function bare(rd: Reader, h: HeaderHit): number | undefined {
  const own = (c: number) => foldHeader(rd.own(h.row, c)).replace(/[()]/g, '');
  for (let c = h.cols.level3! + 1; c < h.right; c++) if (LOWER.test(own(c)) && UPPER.test(own(c + 1))) return c;
  return undefined;
}

/** The 下限 / 上限 sub-columns of the 指标值: the 下限 is the target, the 上限 its upper bound. */
export function boundSubColumns(rd: Reader, h: HeaderHit): void {
  // 下限值 | 上限值 with no 指标值 over them: the 下限 column is where the target is.
  const t = h.cols.target ?? (h.cols.level3 === undefined ? undefined : bare(rd, h));
  if (t === undefined) return;
  const own = (c: number) => foldHeader(rd.own(h.row, c)).replace(/[()]/g, '');
  const parent = h.row > 1 ? rd.across(h.row - 1, t) : '';
  const sibling = (c: number) => (LOWER.test(own(c)) || UPPER.test(own(c))) && (!parent || rd.across(h.row - 1, c) === parent || /^(指标值|目标值)/.test(own(c)));
  const lo = [t - 1, t, t + 1].find((c) => c >= h.left && c <= h.right && LOWER.test(own(c)) && sibling(c));
  const hi = [t - 1, t, t + 1, t + 2].find((c) => c >= h.left && c <= h.right && c !== lo && UPPER.test(own(c)) && sibling(c));
  if (lo === undefined || hi === undefined || Math.abs(lo - hi) !== 1 || (lo !== t && hi !== t)) return;
  h.cols.target = lo;
  h.cols.targetUpper = hi;
}

/**
 * A bound as Excel shows it: 0.9 under '0%' is “90%”, 12000 under '#,##0"平方米"' is “12000平方米” — once joined
 * into “≥…” the cell's number format no longer reaches the value reader, so it is applied here.
 */
function text(v: CellValue, fmt?: string | null): string {
  if (v === null || v === undefined || v instanceof Date) return '';
  if (typeof v !== 'number' || !fmt) return String(v).trim();
  const words = shownWithWords(v, fmt);
  if (words !== null) return words;
  if (percentFormat(fmt)) return `${canonNumber(String(Number((v * 100).toPrecision(12))))}%`;
  return String(v);
}
/** A figure with its unit and nothing else: no operator, no date (2024年10月), no deadline words (底前, 以内). */
const FIGURE = /^\d+(?:\.\d+)?\s*[^\d\s≥≤<>=]*$/;
const DEADLINE = /(前|后|以内|以前|之前)$/;
const figure = (t: string): boolean => FIGURE.test(t) && !DEADLINE.test(t);

/** The one target a 下限 and an 上限 cell state: ≥ the 下限, ≤ the 上限, = both when equal, a range when they differ. */
export function boundedTarget(lower: CellValue, upper: CellValue, lowerFmt?: string | null, upperFmt?: string | null): CellValue {
  const lo = text(lower, lowerFmt);
  const hi = text(upper, upperFmt);
  if (!hi) return lo && figure(lo) ? `≥${lo}` : lower;
  if (!lo) return figure(hi) ? `≤${hi}` : upper;
  if (lo === hi || !figure(lo) || !figure(hi)) return lower;
  return `${lo}~${hi}`;
}
