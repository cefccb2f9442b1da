/**
 * The operator left to the 备注 column (some county forms): 指标值 a bare figure, 计量单位 beside it, and 备注 saying
 * “不低于” / “不高于” / “≥” / “以上”. Read as the row's 符号 only when the 备注 holds nothing else (an operator, at most
 * followed by 该值 / 此值 / （含）) and the figure has no operator of its own. Pure.
 */
import { readOp } from '../domain/value-read';
import type { CellValue } from './grid';

const TAIL = /^(?:该值|此值|目标值|指标值)?(?:[（(]含[）)])?$/;
const AFTER: Record<string, string> = { 以上: '≥', 及以上: '≥', 以下: '≤', 及以下: '≤', 以内: '≤' };

/** The 备注's operator for a target cell with none of its own, or ''. */
export function remarkOp(remark: string, target: CellValue): string {
  const t = remark.replace(/\s+/g, '');
  if (!t) return '';
  const bare = typeof target === 'number' || (typeof target === 'string' && /^\s*[\d.]/.test(target));
  if (!bare) return '';
  if (AFTER[t]) return AFTER[t];
  const o = readOp(t);
  return o && TAIL.test(t.slice(o.len)) ? o.symbol : '';
}
