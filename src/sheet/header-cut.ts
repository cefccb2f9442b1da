/**
 * A head cut mid-word over two header rows (a table converted from PDF or typed into narrow cells): “年度指标”
 * above “值”, “指标” above “名称”. Neither part names a column; together they do, so the lower row reads the whole.
 */
import type { Role } from '../domain/model';

export function joinedHead(upper: string, own: string, roleOf: (text: string) => Role | null): string {
  if (!upper || own.length > 4 || roleOf(upper)) return own;
  const whole = upper + own;
  return roleOf(whole) ? whole : own;
}
