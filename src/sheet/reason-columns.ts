/**
 * 自评表 that split the explanation over two columns (“偏差原因 | 改进措施”, “原因分析 | 改进措施”): a row
 * that lost points is explained when either column is filled, not only the first.
 */
import { normaliseText } from '../domain/text';
import { roleOf } from './headers';
import type { HeaderHit, Reader } from './reader';

// Worked out once per grid header, not once per row.
const MORE = new WeakMap<HeaderHit, number[]>();

/** Reason-like header columns beside the one the grid reads as its reason column. */
function moreReasonColumns(rd: Reader, h: HeaderHit): number[] {
  let out = MORE.get(h);
  if (out) return out;
  out = [];
  const first = h.cols.reason;
  if (first !== undefined) for (let c = h.left; c <= h.right; c++) if (c !== first && roleOf(rd.text(h.row, c)) === 'reason') out.push(c);
  MORE.set(h, out);
  return out;
}

/** The row's explanation from all its reason columns, joined in column order. */
export function joinedReason(rd: Reader, r: number, own: string, h: HeaderHit): string {
  const more = moreReasonColumns(rd, h);
  if (!more.length) return own;
  const parts = [own, ...more.map((c) => normaliseText(rd.own(r, c)))].filter((t) => t !== '');
  return parts.join('；');
}
