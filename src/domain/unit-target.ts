/**
 * The unit of the target's an actual is compared in, when the actual counts in what the target's unit names too (实务惯例):
 * - the alternative in the unit's brackets: “40套” under “≥36台(套)”, “5项” under “≥5个（项）” — the same count;
 * - a rate's own quantity with its “per” left off: “1000元” under “1000元/人”, “17元” under “17元/人·天”, “0.08万元” under
 *   “≥1000元/人” — the figure asked for is per person; an accountant writing the rate's figure leaves the “/人” out (not a
 *   count per period: “4次” under “1次/季度” is a year's four).
 * - percentage points and percent (“95个百分点” under “≥95%”, “提高3%” under “较上年提高2个百分点”): accountants write either for a rate.
 * Else the target's unit. Scoring, SE-03 and SE-09 compare (sameCount, unitFactor) against what this returns. Pure.
 */
import { alternatives } from './units';
import { unitFactor } from './unit-scale';

const POINTS = /^个?百分点$/;
const PERIOD = /^(?:年度?|半年|季度?|月|个月|周|旬|日|天|学期|学年|小时|次)(?:·|$)/;

export function targetUnitFor(actual: string | null | undefined, t: { unit: string | null; rawUnit: string | null }): string | null {
  const tu = t.unit;
  if (!actual || !tu || actual === tu || actual === 'date') return tu;
  // Percentage points and percent of a rate: the same figure (“95个百分点” for 95 %, “提高3%” under “提高2个百分点”).
  const percent = (u: string) => u === '%' || POINTS.test(u);
  if (percent(actual) && percent(tu)) return actual;
  const alt = t.rawUnit ? alternatives(t.rawUnit) : null;
  if (alt && alt[0] === tu && alt[1] === actual) return actual;
  const slash = tu.indexOf('/');
  // A count per period (“1次/季度”) is not the period's count: “4次” is a year's (units.ts sameCount reads “次/年” so).
  if (slash <= 0 || actual.includes('/') || PERIOD.test(tu.slice(slash + 1))) return tu;
  const head = tu.slice(0, slash);
  return head === actual || unitFactor(actual, head) ? head : tu;
}
