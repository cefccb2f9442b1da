/**
 * A 权重 column of fractions with 得分 typed on the same scale (0.28 under 0.3) beside rows fill scores: the pane reads the
 * typed ones ×100 (points); Excel's 总分 must too. Before, the SUM fill wrote added 0.28 to the points of the rows it scored
 * — 59.73 in Excel against 87.45 in the pane; with every 得分 typed as a fraction and the 预算执行 得分 too, 0.87 against 86.5.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { isOurFormula } from '../../src/engine/fill';
import { summarise } from '../../src/addin/summaries';
import type { CellValue } from '../../src/sheet/grid';
import { inExcel } from '../helpers/fill-in-excel';
import { SELFEVAL_HEADER, table } from '../helpers/table';

function selfEval(s: CellValue[], fundsScore: CellValue = null, w: CellValue[] = [0.3, 0.2, 0.3, 0.1]) {
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '培训人次', '≥100人次', 120, w[0], s[0] ?? null],
    ['产出指标', '质量指标', '合格率', '≥95%', '90%', w[1], s[1] ?? null],
    ['效益指标', '社会效益指标', '能力提升', '显著提升', '部分达成', w[2], s[2] ?? null],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', w[3], s[3] ?? null],
  ];
  const above = [
    ['项目名称', '培训项目'],
    ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额:', 100, 100, 95, 0.1, null, fundsScore],
  ];
  return table(rows, { header: SELFEVAL_HEADER.slice(0, 7), above });
}

async function totals(s: CellValue[], fundsScore: CellValue = null) {
  const g = selfEval(s, fundsScore);
  const a = analyse([g], DEFAULT_CONFIG);
  const plan = planAll([g], a, DEFAULT_CONFIG, { fill: true });
  const got = await inExcel(g, plan.edits);
  const formulas = plan.edits.filter((e) => e.kind === 'formula').map((e) => (e.kind === 'formula' ? e.formula : ''));
  return { excel: got.find((r) => r.includes('总分'))?.[6], pane: summarise(a.projects[0]).total, formulas };
}

describe('得分 typed as fractions beside the rows fill scores: one scale in the 总分', () => {
  test.each([
    ['one typed, three scored by fill', [0.28], null, 87.45],
    ['two typed', [0.28, 0.19], null, 87.5],
    ['all typed', [0.28, 0.19, 0.2, 0.1], null, 86.5],
    ['all typed, the 预算执行 得分 too', [0.28, 0.19, 0.2, 0.1], 0.095, 86.5],
    ['the 预算执行 得分 alone typed', [], 0.095, 89.45],
  ])('%s', async (_, s, fs, want) => {
    const r = await totals(s as CellValue[], fs as CellValue);
    expect([r.excel, r.pane]).toEqual([want, want]);
    // The total is still known as fill's own (re-runs, 撤销).
    expect(r.formulas.filter((f) => !isOurFormula(f))).toEqual([]);
  });

  test('scores typed in points beside fraction weights: as typed', async () => {
    const r = await totals([28, 19]);
    expect([r.excel, r.pane]).toEqual([87.5, 87.5]);
  });
});
