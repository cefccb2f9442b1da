/**
 * A 自评表's funds heads over two rows (“预算数” merged over 年初 | 全年, 执行数 / 分值 / 执行率 / 得分 merged down; or
 * “资金情况” over 年初预算数 | 全年预算数 | 全年执行数): the second row names the columns under a head that spans
 * several, and its names win over the spanning head's (the 全年 column is the budget, not the 年初 one under 预算数's
 * first cell).
 */
import type { Merge } from './grid';

export type SubRole = 'initial' | 'total' | 'executed' | 'rate' | 'weight' | 'score';

// Sub-heads as a two-row head writes them: the short words under 预算数 / 执行数, or the whole names.
const INITIAL = /^年初(预算数?|数)?$/;
const YEAR = /^(全年|调整后|调整|全年预算数?|调整后预算数?|全年数)$/;
const DONE = /^(全年执行数?|预算执行数|执行数|实际执行数?|实际支出数?|全年支出数)$/;
const RATE = /^(预算)?执行率(\(%\))?$/;
const WEIGHT = /^(分值|权重)$/;
const SCORE = /^(自评)?得分$/;

function subRole(child: string, parent: string | undefined): SubRole | null {
  if (INITIAL.test(child)) return 'initial';
  if (DONE.test(child)) return 'executed';
  if (RATE.test(child)) return 'rate';
  if (WEIGHT.test(child)) return 'weight';
  if (SCORE.test(child)) return 'score';
  // 全年 under 执行数 is the year's spending; under 预算数 (or a head of no role) the year's budget.
  if (YEAR.test(child)) return parent === 'executed' ? 'executed' : 'total';
  return null;
}

/**
 * The roles the row under header row r gives to the columns of r's heads that span several columns, or null
 * when it gives none. text(row, col) is a cell's folded text, role(row, col) its funds role in the header row, merge
 * the merge at a cell.
 */
export function subHeadRoles(
  r: number,
  left: number,
  right: number,
  text: (row: number, col: number) => string,
  role: (col: number) => string | undefined,
  merge: (row: number, col: number) => Merge | undefined,
): Map<SubRole, number> | null {
  let out: Map<SubRole, number> | null = null;
  for (let c = left; c <= right; c++) {
    const child = text(r + 1, c);
    // Cheap test first: the amounts row under a one-row header holds numbers, not these words.
    if (!child || child.length > 8 || !/[年调执实全预支分权得]/.test(child)) continue;
    const m = merge(r, c);
    if (!m || m.right === m.left || m.bottom !== r) continue;
    const sub = subRole(child, role(m.left));
    if (!sub) continue;
    out ??= new Map();
    if (!out.has(sub)) out.set(sub, c);
  }
  return out;
}
