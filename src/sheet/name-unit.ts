/**
 * The unit written into the 三级 name's closing bracket (“受益群众人数（人）”, “开展工程建设（个）”, “完工率（%）”),
 * as county templates print it over a column of bare figures: it is the unit of those figures, as a
 * 计量单位 column would be. Glosses in brackets (“（计算方法为…）”, “（选填）”) are not units.
 */
import { parseUnitText, unitClass } from '../domain/units';

const TAIL = /[（(]([^（）()]{1,4})[)）]\s*$/;

export function unitInName(name: string): string | null {
  const m = TAIL.exec(name);
  if (!m) return null;
  // Only a unit as such (“人”, “个”, “%”); “（校区）” reads as 校 + a noun: a gloss, not a unit.
  const u = m[1].trim();
  const parsed = parseUnitText(u);
  if (!parsed || parsed.unit !== u || parsed.postfix || parsed.changes.length) return null;
  const cls = unitClass(u);
  return cls && cls !== 'other' ? u : null;
}
