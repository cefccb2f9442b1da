/**
 * A 分值 merged down over the rows of a 二级 (数量指标 40 over two rows) with the 得分 left to fill: each row's score
 * is out of its share (20), in the pane and in the formula fill writes (Excel reads a covered 分值 cell as empty, and
 * the merge's cell holds the whole group's points).
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import type { CellValue, Merge } from '../../src/sheet/grid';
import { inExcel } from '../helpers/fill-in-excel';
import { SELFEVAL_HEADER, table } from '../helpers/table';

const down = (col: number, top: number, bottom: number): Merge => ({ top, bottom, left: col, right: col });
const above: CellValue[][] = [
  ['项目名称', '便民服务项目'],
  ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度资金总额:', 50, 50, 50, 10, null, null],
];

test.each([
  [40, [20, 10, 25, 25]],
  ['40分', [20, 10, 25, 25]],
])('分值 %p merged over two rows: the scores in Excel equal the pane’s (%p)', async (points, want) => {
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '服务人次', '≥1000人次', '1200人次', points, null, null],
    ['产出指标', '数量指标', '培训场次', '≥10场', '5场', null, null, null],
    ['效益指标', '社会效益指标', '群众满意程度', '≥95%', '96%', 25, null, null],
    ['效益指标', '可持续影响指标', '服务覆盖率', '≥90%', '95%', 25, null, null],
  ];
  const first = above.length + 2;
  const g = table(rows, { header: SELFEVAL_HEADER, above, merges: [down(6, first, first + 1)] });
  const a = analyse([g], DEFAULT_CONFIG);
  expect(a.projects[0].score.rows.map((r) => r.score)).toEqual(want);
  const got = await inExcel(g, planAll([g], a, DEFAULT_CONFIG, { fill: true }).edits);
  expect(a.projects[0].project.indicators.map((ind) => got[ind.row - 1][6])).toEqual(want);
});
