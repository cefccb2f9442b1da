/**
 * A funds block whose total line is 0 or left empty over filled 其中 lines (财政拨款 | 上年结转 …, a published county
 * 自评表's quirk): the budget and the spending are the 其中 lines' sums. One rule for the execution score, the reports and
 * the pane's 识别结果 view, so they never name two budgets for one sheet.
 */
import { dec } from './decimal';
import type { Amount, Funds } from './model';

export interface PartsBudget {
  budget: number;
  executed: number;
  /** The 其中 lines' budget cells that make the sum. */
  cells: Amount[];
}

export function partsBudget(f: Funds): PartsBudget | null {
  const total = f.total?.value ?? null;
  if ((total !== 0 && total !== null) || !f.parts.length) return null;
  const sum = (k: 'total' | 'executed') => f.parts.reduce((acc, x) => acc.plus(x[k]?.value ?? 0), dec(0));
  if (!sum('total').gt(0)) return null;
  return {
    budget: Number(sum('total').toString()),
    executed: Number(sum('executed').toString()),
    cells: f.parts.flatMap((x) => (x.total?.value ? [x.total] : [])),
  };
}
