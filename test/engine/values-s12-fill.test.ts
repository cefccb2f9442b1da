/**
 * This session's value families on one 自评表, end to end: analyse reads them, fill writes the score formulas, and (the double's
 * model of) Excel recalculating the sheet shows the pane's scores and total — deadlines in words, 延期完成 under 按时,
 * 未发生安全事故 under 无安全事故, an actual typed with its operator, a chained range, an actual as a short sentence.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import type { CellValue, Grid } from '../../src/sheet/grid';
import { inExcel } from '../helpers/fill-in-excel';
import { SELFEVAL_HEADER, table } from '../helpers/table';

function sheet(): Grid {
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '培训场次', '≥2次', '已开展3次', 10, null, null],
    ['产出指标', '质量指标', '验收合格率', '95%≤x≤100%', '98%', 10, null, null],
    ['产出指标', '质量指标', '工程质量', '合格', '不合格', 10, null, null],
    ['产出指标', '时效指标', '完成时间', '不晚于2024年12月31日', '2024年11月20日', 10, null, null],
    ['产出指标', '时效指标', '项目进度', '按时', '延期完成', 10, null, null],
    ['效益指标', '社会效益指标', '安全生产', '无安全事故', '未发生安全事故', 15, null, null],
    ['效益指标', '社会效益指标', '覆盖率', '≥90%', '达到95%', 15, null, null],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '＞92％', 10, null, null],
  ];
  return table(rows, {
    header: SELFEVAL_HEADER,
    above: [
      ['项目名称', '培训项目'],
      ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额:', 100, 100, 100, 10, null, null],
    ],
  });
}

test('every score and the total in Excel equal the pane’s, and each row is scored as its words say', async () => {
  const g = sheet();
  const a = analyse([g], DEFAULT_CONFIG);
  const s = a.projects[0].score;
  expect(s.rows.map((r) => r.score)).toEqual([10, 10, 3, 10, 3, 15, 15, 10]);
  const got = await inExcel(g, planAll([g], a, DEFAULT_CONFIG, { fill: true }).edits);
  const formulaRows = a.projects[0].project.indicators.filter((ind) => ind.target.unit !== 'date');
  expect(formulaRows.map((ind) => got[ind.row - 1][6])).toEqual(formulaRows.map((ind) => s.rows.find((r) => r.row === ind.row)!.score));
  expect(got.find((r) => r.includes('总分'))?.[6]).toBe(s.total);
  expect(s.total).toBe(86);
});
