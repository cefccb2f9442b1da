/**
 * A 部门整体 自评表's 年度主要任务 list closed by a 合计 line (src/sheet/funds-task-total.ts, variants v396/v399): with no
 * 年度资金总额 line, the 合计 is the budget and its 执行数 the money spent; never a task's own figure.
 */
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';

const W = 7;
const pad = (r: CellValue[]): CellValue[] => [...r, ...Array.from({ length: W - r.length }, () => null)];
const H = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
const GRID: CellValue[][] = [
  H,
  ['产出指标', '数量指标', '资助学生人数', '≥1280人', '1300人', 45, 45],
  ['满意度指标', '服务对象满意度指标', '受助学生满意度', '≥90%', '95%', 45, 45],
];
const TASKS: CellValue[][] = [
  ['年度主要任务', '任务名称', '主要内容', '预算数（万元）', '执行数（万元）', '完成情况'],
  [null, '重点项目', '按标准发放助学金。', 150, 150, '已完成'],
  [null, '日常运转', '保障机关正常运转。', 106, 100, '已完成'],
];
const read = (lines: CellValue[][]) => recogniseSheet(makeGrid('s', [['部门（单位）名称', '县教育和体育局'], ...lines, ...GRID].map(pad))).projects;

test('a task list closed by 合计 and no 年度资金总额 line: the 合计 is the budget, its 执行数 the money spent', () => {
  const p = read([...TASKS, [null, '合计', null, 256, 250, null]]);
  expect(p).toHaveLength(1);
  expect([p[0].funds.total?.value, p[0].funds.executed?.value]).toEqual([256, 250]);
  expect(p[0].indicators).toHaveLength(2);
});

test('a letter-spaced 合    计 is the same line', () => {
  expect(read([...TASKS, [null, '合    计', null, 256, 250, null]])[0].funds.total?.value).toBe(256);
});

test('a 年度资金总额 line after the list wins over the 合计', () => {
  const p = read([...TASKS, [null, '合计', null, 256, 250, null], ['年度资金总额（万元）', 300, '执行数（万元）', 290, '分值', 10, 10]]);
  expect(p[0].funds.total?.value).toBe(300);
});

test('no 合计 line: no budget, never the first task’s figure', () => {
  expect(read(TASKS)[0].funds.total).toBeNull();
});

test('a 小计 or a sentence holding 合计 is not the closing line', () => {
  expect(read([...TASKS, [null, '小计', null, 256, 250, null]])[0].funds.total).toBeNull();
  expect(read([...TASKS, [null, '以上合计', null, 256, 250, null]])[0].funds.total).toBeNull();
});
