/**
 * A 自评表's funds line of label | amount pairs whose budget label is the 目标表's word (“年度资金总额（万元）| 256 |
 * 全年执行数 | 250 | 执行率 | …”, v201): the 全年执行数 beside its label is read, and the execution scored from it.
 */
import { recogniseSheet } from '../../src/sheet/recognise';
import { SELFEVAL_HEADER, table } from '../helpers/table';

const row = ['产出指标', '数量指标', '资助学生人数', '1280人', '1280人', 90, 90, null];

test.each([
  ['年度资金总额（万元）', 256],
  ['资金总额', 256],
  ['项目总预算', 256],
])('“%s | %d | 全年执行数 | 250 | 执行率 | 97.66%% | 分值 | 10”', (label, total) => {
  const p = recogniseSheet(
    table([row], {
      header: SELFEVAL_HEADER,
      above: [
        ['项目名称', '普通高中国家助学金'],
        [label, total, '全年执行数', 250, '执行率', '97.66%', '分值', 10],
      ],
    }),
  ).projects[0];
  expect([p.funds.total?.value, p.funds.executed?.value, p.funds.weight?.value]).toEqual([256, 250, 10]);
  expect(p.funds.rateValue).toBeCloseTo(0.9766, 6);
});

test('a 目标表’s 年度资金总额 line with no 执行数 is not a funds header', () => {
  const p = recogniseSheet(
    table([row.slice(0, 4)], {
      above: [
        ['项目名称', '助学金'],
        ['年度资金总额', 256, '其中：财政拨款', 200],
      ],
    }),
  ).projects[0];
  expect([p.funds.total?.value, p.funds.executed]).toEqual([256, null]);
});
