/**
 * Session 16 (自评表): a 年度主要任务 list above the grid (任务名称 | 主要内容 | 预算数 | 执行数 | 完成情况) has a 预算数 and an
 * 执行数 like a funds header, but each row is one task's money: the budget is the 年度资金总额 line, never the first task's.
 */
import { recogniseSheet } from '../../src/sheet/recognise';
import { headsTaskList } from '../../src/sheet/funds-tasks';
import { makeGrid } from '../../src/sheet/grid';
import { SELFEVAL_HEADER, table } from '../helpers/table';

const rows = [
  ['产出指标', '数量指标', '治理河道长度', '≥2km', '2.1km', 25, 25, null],
  ['效益指标', '社会效益指标', '受益人口', '≥1.2万人', '1.3万人', 30, 30, null],
  ['满意度指标', '服务对象满意度指标', '沿河群众满意度', '≥90%', '93%', 10, 10, null],
];

describe('a 年度主要任务 list above the grid is no funds block', () => {
  test.each([
    ['任务名称', '预算数（万元）', '执行数（万元）'],
    ['主要任务', '预算数', '实际支出'],
    ['重点工作任务', '全年预算数', '全年执行数'],
  ])('%s | %s | %s', (task, budget, executed) => {
    const p = recogniseSheet(
      table(rows, {
        header: SELFEVAL_HEADER,
        above: [
          ['部门（单位）名称', '县水利局'],
          ['年度主要任务', task, '主要内容', budget, executed, '完成情况'],
          [null, '重点项目实施', '完成河道治理', 1110, 1110, '已完成'],
          [null, '日常运转保障', '保障机关运转', 740, 740, '已完成'],
          ['年度资金总额（万元）', null, 1850, '执行数（万元）', 1850, '分值', 10, 10],
        ],
        // 年度主要任务 down the list's rows; the 年度资金总额 label over two cells.
        merges: [
          { top: 2, left: 1, bottom: 4, right: 1 },
          { top: 5, left: 1, bottom: 5, right: 2 },
        ],
      }),
    ).projects[0];
    expect([p.funds.total?.value, p.funds.executed?.value]).toEqual([1850, 1850]);
  });

  test.each(['任务名称', '年度主要任务', '主要任务', '重点工作任务', '任务内容', '任务 名称'])('%s heads a task list', (t) => {
    expect(headsTaskList(makeGrid('S', [[t, '预算数', '执行数']], []), 1, 1, 3)).toBe(true);
  });
  test.each(['任务完成率', '重点任务完成数量', '年度资金总额', '项目名称'])('%s does not', (t) => {
    expect(headsTaskList(makeGrid('S', [[t, '预算数', '执行数']], []), 1, 1, 3)).toBe(false);
  });
});
