/**
 * The money on one line under its own label, the unit in brackets: “项目资金（万元） | 286.00” (variant v263). The
 * same label heading a funds block (年初预算数 | 全年预算数 beside it, 年度资金总额 under it) still leaves the
 * total to the 年度资金总额 line.
 */
import { makeGrid } from '../../src/sheet/grid';
import { readBudgetLabels } from '../../src/sheet/funds';

test.each([
  ['项目资金（万元）', 286, 286],
  ['项目资金(元)', '2,860,000.00', 2860000],
  ['项目资金 （万元）', '286万元', 286],
  ['项目资金', 286, 286],
])('“%s | %p” is the budget', (label, amount, want) => {
  expect(readBudgetLabels(makeGrid('s', [[label, amount, null, null]]), 1, 2).total?.value).toBe(want);
});

test('a funds block headed 项目资金（万元）: the total is the 年度资金总额 line’s, not a figure beside the heading', () => {
  const g = makeGrid('s', [
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数'],
    [null, '年度资金总额', 960, 960, 940],
    [null, '其中：当年财政拨款', 900, 900, 880],
  ]);
  expect(readBudgetLabels(g, 1, 4).total?.value).toBe(960);
});
