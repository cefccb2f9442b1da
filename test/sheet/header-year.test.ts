/**
 * Headers naming the year in words (src/sheet/header-year.ts): 本年 / 当年 columns are the year's, 上年 columns
 * are history and take no role (v153); a “预算：N万元” field names the budget (v154).
 */
import { readBudgetLabels } from '../../src/sheet/funds';
import { makeGrid } from '../../src/sheet/grid';
import { headerColumns, roleOf } from '../../src/sheet/headers';

test.each([
  ['本年指标值', 'target'],
  ['本年度目标值', 'target'],
  ['当年指标值', 'target'],
  ['当年实际完成值', 'actual'],
  ['上年指标值', null],
  ['上年度实际完成值', null],
  ['去年目标值', null],
])('%s → %s', (t, role) => expect(roleOf(t)).toBe(role));

test('上年指标值 before 本年指标值: the target is this year’s column', () => {
  expect(headerColumns(['一级指标', '二级指标', '三级指标', '上年指标值', '本年指标值', '指标解释'])?.target).toBe(5);
});

test('“预算：138万元” in a field names the budget; “预算执行率：95%” does not', () => {
  const g = makeGrid('s', [['主管部门：县文化局', null, '预算：138万元']]);
  expect(readBudgetLabels(g, 1, 2).total?.value).toBe(138);
  expect(readBudgetLabels(makeGrid('s', [['预算执行率：95%']]), 1, 2).total).toBeNull();
});
