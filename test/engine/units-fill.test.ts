/**
 * Actuals in another unit of the target's quantity, with words around the number, or “无” for a ≤ count (an approximate
 * one, 约108人 / 80余人, is not scored in either: approx-actual.test.ts):
 * the formulas `fill` writes give, when (the double's model of) Excel recalculates the sheet, the pane's scores and total.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import type { CellValue, Grid } from '../../src/sheet/grid';
import { inExcel } from '../helpers/fill-in-excel';
import { SELFEVAL_HEADER, table } from '../helpers/table';

function sheet(actuals: CellValue[]): Grid {
  const rows: CellValue[][] = [
    ['产出指标', '成本指标', '设备购置成本', '≤120万元', actuals[0], 10, null, null],
    ['产出指标', '数量指标', '清运量', '≥10吨', actuals[1], 10, null, null],
    ['产出指标', '数量指标', '道路长度', '≥5公里', actuals[2], 10, null, null],
    ['产出指标', '质量指标', '事故发生率', '≤千分之0.8', actuals[3], 10, null, null],
    ['产出指标', '质量指标', '安全事故', '≤0起', actuals[4], 10, null, null],
    ['效益指标', '社会效益指标', '服务人次', '≥1.2万人次', actuals[5], 15, null, null],
    ['效益指标', '社会效益指标', '培训人数', '≥100人', actuals[6], 15, null, null],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', actuals[7], 10, null, null],
  ];
  return table(rows, {
    header: SELFEVAL_HEADER,
    above: [
      ['项目名称', '设备项目'],
      ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额:', 120, 120, 118, 10, null, null],
    ],
  });
}

test.each([
  [['1,180,000元', '10500千克', '5200米', '0.05%', '无', '12500人次', '共108人', '完成95%']],
  [['1,500,000元', '8000公斤', '4000米', '0.1%', '未发生', '9600人次', '累计80人', '已完成81%']],
  [['118万', '9.5吨', '4.5千米', '千分之0.6', '0起', '1.3万人次', '实际完成96人', '95%以上']],
])('actuals %p: every score and the total in Excel equal the pane’s', async (actuals) => {
  const g = sheet(actuals);
  const a = analyse([g], DEFAULT_CONFIG);
  const s = a.projects[0].score;
  expect(s.rows.map((r) => r.blocked)).toEqual(s.rows.map(() => null));
  const got = await inExcel(g, planAll([g], a, DEFAULT_CONFIG, { fill: true }).edits);
  expect(a.projects[0].project.indicators.map((ind) => got[ind.row - 1][6])).toEqual(s.rows.map((r) => r.score));
  expect(got.find((r) => r.includes('总分'))?.[6]).toBe(s.total);
});
