/** Helpers shared by the VAL rules. */
import { canonicalName } from '../../text';
import { nameClass, type NameClass } from '../../units';
import type { IndicatorRow } from '../../model';
import type { Op } from '../../types';

/** Classes whose name promises a number (VAL-04). */
const QUANTITY_CLASSES: NameClass[] = ['percent', 'satisfaction', 'growth', 'persons', 'personTimes', 'occurrences', 'money', 'rateMoney', 'count'];

// nameClass falls back to “contains 成本” → money; for VAL-04 a money name must end like one, or sit on a cost row
// (“对控制基建项目成本影响程度” under 生态效益 is a degree, not an amount).
const MONEY_END = /(成本|金额|资金|费用|经费|投入|支出|总额|预算|补助|补贴|造价|标准|单价|控制数)$/;

export function quantityName(ind: IndicatorRow): Exclude<NameClass, null> | null {
  const c = nameClass(ind.level3);
  if (!c || !QUANTITY_CLASSES.includes(c)) return null;
  if ((c === 'money' || c === 'rateMoney') && !ind.cost && !MONEY_END.test(canonicalName(ind.level3))) return null;
  return c;
}

/** VAL-04 fires on this row: a quantity name with a qualitative value. */
export function val04Applies(ind: IndicatorRow): boolean {
  const t = ind.target;
  return t.kind === 'qualitative' && !t.notApplicable && t.op === null && quantityName(ind) !== null;
}

export const WRITTEN_OPS = (t: IndicatorRow['target']): Op | null => (t.op && !t.opImplicit ? t.op : null);
