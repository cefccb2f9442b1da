/**
 * A deadline target (2024年12月31日前, 2024年12月底前) under 时效指标: Excel's 得分 follows the actual date typed after fill
 * as the pane scores it (the 分值 on or before the deadline, 0 after, nothing for a word) — before, fill wrote a fixed
 * number that no later date changed.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { isOurFormula } from '../../src/engine/fill';
import type { CellValue } from '../../src/sheet/grid';
import { applied } from '../helpers/fill-in-excel';
import { createExcelDouble } from '../../src/double';
import { SELFEVAL_HEADER, table } from '../helpers/table';

function sheet(deadline: string, actual: CellValue) {
  return table(
    [
      ['产出指标', '数量指标', '培训人次', '≥100人次', 120, 20, null, null],
      ['产出指标', '时效指标', '项目完成时间', deadline, actual, 30, null, null],
      ['效益指标', '社会效益指标', '受益人数', '≥500人', 600, 30, null, null],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, null, null],
    ],
    {
      header: SELFEVAL_HEADER,
      above: [
        ['项目名称', '培训项目'],
        ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额:', 100, 100, 95, 10, null, null],
      ],
    },
  );
}

/** Fill with the actual at fill time, then the user types `later` into it; Excel's score and the pane's on the sheet as it then is. */
async function both(deadline: string, atFill: CellValue, later: CellValue) {
  const g = sheet(deadline, atFill);
  const plan = planAll([g], analyse([g], DEFAULT_CONFIG), DEFAULT_CONFIG, { fill: true });
  const { values, formulas } = applied(g, plan.edits);
  const row = 6; // the 时效 row
  values[row - 1][4] = later;
  const width = Math.max(...values.map((r) => r.length));
  const rows = values.map((r, y) => Array.from({ length: width }, (_, i) => (formulas[y]?.[i] ? null : ((r[i] ?? null) as string | number | null))));
  const fs = formulas.map((r) => Array.from({ length: width }, (_, i) => (r?.[i] ? `=${r[i]}` : null)));
  const xl = createExcelDouble({ sheets: [{ name: g.name, values: rows, formulas: fs }] });
  const got = await xl.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(g.name).getUsedRange();
    r.load('values');
    await ctx.sync();
    return r.values;
  });
  const after = sheet(deadline, later);
  const pane = analyse([after], DEFAULT_CONFIG).projects[0].score.rows[1].score ?? '';
  return { excel: got[row - 1][6], pane, formula: formulas[row - 1][6] };
}

// Serial days (1900 system): 45646 = 2024-12-20, 45657 = 2024-12-31, 45658 = 2025-01-01, 45700 = 2025-02-12.
describe('a deadline target in Excel', () => {
  test.each([
    ['2024年12月31日前', null, 45646, 30],
    ['2024年12月31日前', null, 45657, 30],
    ['2024年12月31日前', null, 45658, 0],
    ['2024年12月31日前', 45646, 45700, 0],
    ['2024年12月底前', null, 45657, 30],
    ['2024年12月底前', null, 45658, 0],
    ['2024年12月31日前', null, '按期完成', ''],
    ['2024年12月31日前', null, 95, ''],
    ['2024年12月31日前', null, 100000, ''],
  ] as [string, CellValue, CellValue, number | string][])('%s, %p at fill, %p typed later: %p in both', async (deadline, atFill, later, want) => {
    const r = await both(deadline, atFill, later);
    expect([r.excel, r.pane]).toEqual([want, want]);
    // A re-run and 撤销 know it as fill's own.
    if (typeof atFill !== 'string') expect(isOurFormula(r.formula)).toBe(true);
  });

  test('a date typed as text at fill time keeps the score fill wrote (no formula)', async () => {
    const r = await both('2024年12月31日前', '2024年12月20日', '2024年12月20日');
    expect(r.formula ?? null).toBeNull();
    expect(r.excel).toBe(30);
  });
});
