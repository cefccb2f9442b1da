/**
 * Session 22: a 自评表 whose 年度资金总额 line was left at 0 over filled 其中 lines (a published county form's shape). The
 * JSON report and the execution score took the 其中 lines' sum as the budget (90), but the text report's project line and
 * --explain said “预算 0 万元”: the two reports disagreed on the same sheet.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { fullReport } from '../../src/engine/report';
import { formatExplain, projectLine } from '../../src/cli/text';
import { readingOf } from '../../src/engine/reading';
import { makeGrid, type CellValue } from '../../src/sheet/grid';

const grid = (total: CellValue) =>
  makeGrid('自评表', [
    ['项目支出绩效自评表'],
    ['项目名称', '基建工程委托业务项目'],
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额：', total, total, total, 10, 0, 0],
    ['其中：本年财政拨款', 60, 60, 59.97, null, null, null],
    ['上年结转资金', 30, 30, 30, null, null, null],
    ['其他资金', null, null, null, null, null, null],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '委托业务数量', '≥50个', '50个', 50, 50, null],
    ['效益指标', '社会效益指标', '报告采纳率', '≥90%', '95%', 30, 30, null],
    ['满意度指标', '服务对象满意度指标', '委托单位满意度', '≥90%', '96%', 10, 10, null],
    ['总分', null, null, null, null, 100, 90, null],
  ]);

test.each([
  ['0', 0, '“其中”各行之和 C5 + C6；总额行 C4 为 0'],
  ['left empty', null, '“其中”各行之和 C5 + C6；总额行未填'],
])('年度资金总额 %s over filled 其中 lines: the text report says the budget the JSON says (90 万元)', (_, total, how) => {
  const a = analyse([grid(total)], DEFAULT_CONFIG);
  const json = fullReport([{ file: 'x.xlsx', analysis: a }]).files[0].projects[0].budget;
  expect(json.total).toBe(90);
  expect(projectLine(a.projects[0])).toContain('预算 90 万元');
  expect(formatExplain('x.xlsx', a)).toContain(`预算：90 万元（${how}）`);
});

test('a filled 年度资金总额 line is the budget, as before', () => {
  const a = analyse([grid(90)], DEFAULT_CONFIG);
  expect(projectLine(a.projects[0])).toContain('预算 90 万元');
  expect(formatExplain('x.xlsx', a)).toContain('预算：90 万元（C4）');
});

test('the pane’s 识别结果 view names the same budget and cells', () => {
  const a = analyse([grid(0)], DEFAULT_CONFIG);
  expect(readingOf(a.projects[0].project, undefined).budget).toEqual({ value: 90, cells: 'C5 + C6' });
  expect(readingOf(analyse([grid(90)], DEFAULT_CONFIG).projects[0].project, undefined).budget).toEqual({ value: 90, cells: 'C4' });
});
