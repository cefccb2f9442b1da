/**
 * Range targets end to end: the JSON report names the high bound (`upper`, added), and the score
 * formulas `fill` writes give, when (the double's model of) Excel recalculates the sheet, the pane's scores.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { fullReport } from '../../src/engine/report';
import type { CellValue, Grid } from '../../src/sheet/grid';
import { inExcel } from '../helpers/fill-in-excel';
import { SELFEVAL_HEADER, table } from '../helpers/table';

function sheet(actuals: CellValue[]): Grid {
  const rows: CellValue[][] = [
    ['产出指标', '质量指标', '合格率', '90%-95%', actuals[0], 20, null, null],
    ['产出指标', '时效指标', '办结时间', '介于3与5个工作日之间', actuals[1], 20, null, null],
    ['效益指标', '社会效益指标', '覆盖率', '≥85%且≤95%', actuals[2], 30, null, null],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', actuals[3], 10, null, null],
  ];
  return table(rows, {
    header: SELFEVAL_HEADER,
    above: [
      ['项目名称', '监测项目'],
      ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额:', 100, 100, 100, 10, null, null],
    ],
  });
}

test('the JSON report gives each range its high bound', () => {
  const g = sheet(['92%', '4个工作日', '90%', '95%']);
  const p = fullReport([{ file: 'x.xlsx', analysis: analyse([g]) }]).files[0].projects[0];
  expect(p.indicators.map((i) => [i.target?.op, i.target?.value, i.target?.upper, i.target?.unit])).toEqual([
    ['≥', 90, 95, '%'],
    ['≥', 3, 5, '个工作日'],
    ['≥', 85, 95, '%'],
    ['≥', 90, undefined, '%'],
  ]);
});

test.each([[['92%', '4个工作日', '90%', '95%']], [['97%', '8个工作日', '99%', '95%']], [['80%', '2个工作日', '60%', '85%']], [['≥96%', '5个工作日', '85%', '100%']]])(
  'actuals %p: every score and the total in Excel equal the pane’s',
  async (actuals) => {
    const g = sheet(actuals);
    const a = analyse([g], DEFAULT_CONFIG);
    const got = await inExcel(g, planAll([g], a, DEFAULT_CONFIG, { fill: true }).edits);
    const s = a.projects[0].score;
    expect(a.projects[0].project.indicators.map((ind) => got[ind.row - 1][6])).toEqual(s.rows.map((r) => r.score ?? ''));
    expect(got.find((r) => r.includes('总分'))?.[6]).toBe(s.total);
  },
);

test('inside the range is full marks, outside it is not', () => {
  const inside = analyse([sheet(['92%', '4个工作日', '90%', '95%'])]).projects[0].score;
  const outside = analyse([sheet(['97%', '8个工作日', '99%', '95%'])]).projects[0].score;
  expect(inside.rows.map((r) => r.score)).toEqual([20, 20, 30, 10]);
  expect(outside.rows.map((r) => [r.score, r.reasonNeeded])).toEqual([
    [19.59, 'over'],
    [12.5, 'over'],
    [28.79, 'over'],
    [10, null],
  ]);
});

test('SE-09 above a range compares the actual with its high bound', () => {
  const d = analyse([sheet(['99%', '4个工作日', '90%', '95%'])]).diagnostics.filter((x) => x.rule === 'SE-09');
  expect(d.map((x) => x.message)).toEqual(['“合格率”实际完成值 99 达到指标值 95 的 104.21%，须说明“实际完成情况超计划较大”的原因，并核实指标值是否设定偏低']);
});
