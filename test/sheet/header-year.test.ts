/**
 * Headers naming the year in words (src/sheet/header-year.ts): 本年 / 当年 columns are the year's, 上年 columns
 * are history and take no role (v153); a “预算：N万元” field names the budget (v154).
 */
import { analyse } from '../../src/engine/analyse';
import { readBudgetLabels } from '../../src/sheet/funds';
import { makeGrid, type CellValue } from '../../src/sheet/grid';
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

describe('several years’ columns of one role (2023年指标值 | 2024年指标值, v127)', () => {
  const head = (...cols: string[]) => headerColumns(['一级指标', '二级指标', '三级指标', ...cols]);
  test('the latest year is the target, in either order', () => {
    expect(head('2023年指标值', '2024年指标值')?.target).toBe(5);
    expect(head('2025年度指标值', '2024年度指标值', '备注')?.target).toBe(4);
    expect(head('2022年指标值', '2023年指标值', '2024年指标值')?.target).toBe(6);
  });
  test('and the latest year’s 实际完成值 is the actual', () => {
    expect(head('2024年指标值', '2023年实际完成值', '2024年实际完成值')).toMatchObject({ target: 4, actual: 6 });
  });
  test('the years do not decide when one column names none or two name the same year: the first, as before', () => {
    expect(head('指标值', '2024年指标值')?.target).toBe(4);
    expect(head('2024年指标值', '2024年指标值')?.target).toBe(4);
  });
  test('the older year’s column is context, not a doubt; a column without a year still is one', () => {
    const rows = (header: string[]) =>
      analyse([
        makeGrid('S', [
          ['项目名称', '河道治理'],
          ['一级指标', '二级指标', '三级指标', ...header],
          ['产出指标', '数量指标', '治理河道长度', '≥2km', '≥3km'],
        ]),
      ]);
    expect(rows(['2023年指标值', '2024年指标值']).projects[0].project.doubts).toEqual([]);
    expect(rows(['指标值', '目标值']).projects[0].project.doubts).toHaveLength(1);
  });
});

describe('the year stated above the table decides between years’ columns', () => {
  const targetsOf = (above: CellValue[][], header: string[]) => {
    const a = analyse([
      makeGrid('S', [...above, ['项目名称', '河道治理'], ['一级指标', '二级指标', '三级指标', ...header], ['产出指标', '数量指标', '治理河道长度', '≥2km', '≥3km', '≥4km']]),
    ]);
    return a.projects[0].project.indicators[0].target.raw;
  };
  const YEARS = ['2024年指标值', '2025年指标值', '2026年指标值'];
  test('“2024年度项目支出绩效目标表” over 2024 | 2025 | 2026: the 2024 column', () => expect(targetsOf([['2024年度项目支出绩效目标表']], YEARS)).toBe('≥2km'));
  test('“（2025年度）”: the 2025 column', () => expect(targetsOf([['（2025年度）']], YEARS)).toBe('≥3km'));
  test('no year stated, or a period (2024—2026年): the latest', () => {
    expect(targetsOf([], YEARS)).toBe('≥4km');
    expect(targetsOf([['2024—2026年中期绩效目标表']], YEARS)).toBe('≥4km');
  });
  test('a stated year no column names: the latest', () => expect(targetsOf([['2023年度项目支出绩效目标表']], YEARS)).toBe('≥4km'));
});
