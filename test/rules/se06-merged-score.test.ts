/**
 * One 得分 cell merged down over the rows of a 二级 (数量指标 16 over two rows, 10 + 6): each row's share was compared with
 * its own score, so a right total gave two false SE-06 errors (8 against 10, 8 against 6). The group's scores are now
 * summed and compared with the merged cell, once, at that cell; a wrong total is still found.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import type { CellValue, Merge } from '../../src/sheet/grid';
import { SELFEVAL_HEADER, table } from '../helpers/table';

const down = (col: number, top: number, bottom: number): Merge => ({ top, bottom, left: col, right: col });
const above: CellValue[][] = [
  ['项目名称', '便民服务项目'],
  ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度资金总额:', 50, 50, 50, 10, 1, 10],
];

function se06(score: CellValue, mergeScore = true) {
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '服务人次', '≥1000人次', '1200人次', 10, score, null],
    ['产出指标', '数量指标', '培训场次', '≥10场', '6场', 10, mergeScore ? null : 6, null],
    ['效益指标', '社会效益指标', '群众满意程度', '≥95%', '96%', 35, 35, null],
    ['效益指标', '可持续影响指标', '服务覆盖率', '≥90%', '95%', 35, 35, null],
  ];
  const first = above.length + 2;
  const g = table(rows, { header: SELFEVAL_HEADER, above, merges: mergeScore ? [down(7, first, first + 1)] : [] });
  const a = analyse([g], DEFAULT_CONFIG);
  return a.diagnostics.filter((d) => d.rule === 'SE-06').map((d) => `${d.row}:${d.col} ${d.message}`);
}

test('a merged 得分 holding the right sum of its rows: no SE-06', () => {
  expect(se06(16)).toEqual([]);
  expect(se06('16')).toEqual([]);
  expect(se06(16.05)).toEqual([]);
});

test('a merged 得分 holding a wrong sum: one SE-06 at the merged cell, naming the rows and the sum', () => {
  expect(se06(20)).toEqual(['5:7 “服务人次”等 2 项合并得分应为 16（各行 10 + 6），表中为 20']);
});

test('rows not merged are still compared one by one', () => {
  expect(se06(10, false)).toEqual([]);
  expect(se06(8, false)).toEqual(['5:7 “服务人次”得分应为 10（完成 120%，分值 10），表中为 8']);
});
