/**
 * A 实际完成值 merged down over several indicators' rows: the 得分 formula `fill` writes on a covered row reads the
 * merge's cell (Excel reads a covered cell as empty), so Excel's scores equal the pane's. Fixes to a shared 指标值
 * go to the cell that holds it.
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
  ['达成预期指标', '达成预期指标'],
  [0.96, '96%'],
])('an actual %p merged over two rows (%s): every score in Excel equals the pane’s', async (shared, _shown) => {
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '服务人次', '≥1000人次', '1200人次', 40, null, null],
    ['效益指标', '社会效益指标', '群众满意程度', typeof shared === 'number' ? '≥95%' : '明显提升', shared, 25, null, null],
    ['效益指标', '可持续影响指标', '服务覆盖率', typeof shared === 'number' ? '≥95%' : '长效运行', null, 25, null, null],
  ];
  const first = above.length + 2;
  const g = table(rows, { header: SELFEVAL_HEADER, above, merges: [down(5, first + 1, first + 2)], numFormats: typeof shared === 'number' ? { [`E${first + 1}`]: '0%' } : {} });
  const a = analyse([g], DEFAULT_CONFIG);
  const s = a.projects[0].score;
  expect(s.rows.map((r) => r.score)).toEqual([40, 25, 25]);
  const got = await inExcel(g, planAll([g], a, DEFAULT_CONFIG, { fill: true }).edits);
  expect(a.projects[0].project.indicators.map((ind) => got[ind.row - 1][6])).toEqual([40, 25, 25]);
});

test('a fix to a shared 指标值 is written to the cell that holds it, never to a covered cell', () => {
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '购置设备数量', '>=36台'],
    ['产出指标', '数量指标', '配送设备数量', null],
  ];
  const g = table(rows, { merges: [down(4, 2, 3)] });
  const a = analyse([g], DEFAULT_CONFIG);
  const cells = a.diagnostics.filter((d) => d.fix).map((d) => [d.rule, d.fix!.row, d.fix!.col]);
  expect(cells.length).toBeGreaterThan(0);
  for (const [, row, col] of cells) expect([row, col]).toEqual([2, 4]);
});
