/**
 * 分值 / 得分 typed as text with their unit (“20分”): the engine reads the points, so the formulas
 * `fill` writes must read them too — in (the double's model of) Excel every score and the total
 * are numbers, never an error, and equal to what the pane shows.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import type { CellValue, Grid } from '../../src/sheet/grid';
import { applied, inExcel } from '../helpers/fill-in-excel';
import { SELFEVAL_HEADER, table } from '../helpers/table';

const ERROR = /^#/;

function sheet(weights: CellValue[], scores: CellValue[] = []): Grid {
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '培训人次', '≥100人次', 120, weights[0], scores[0] ?? null, null],
    ['产出指标', '质量指标', '合格率', '≥95%', '90%', weights[1], scores[1] ?? null, null],
    ['效益指标', '社会效益指标', '能力提升', '显著提升', '部分达成', weights[2], scores[2] ?? null, null],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', weights[3], scores[3] ?? null, null],
  ];
  return table(rows, {
    header: SELFEVAL_HEADER,
    above: [
      ['项目名称', '培训项目'],
      ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额:', 100, 100, 95, 10, null, null],
    ],
  });
}

async function check(g: Grid) {
  const a = analyse([g], DEFAULT_CONFIG);
  const plan = planAll([g], a, DEFAULT_CONFIG, { fill: true });
  const got = await inExcel(g, plan.edits);
  const s = a.projects[0].score;
  const scores = a.projects[0].project.indicators.map((ind) => got[ind.row - 1][6]);
  const errors = got.flat().filter((v) => typeof v === 'string' && ERROR.test(v));
  const total = got.find((r) => r.includes('总分'));
  // This sheet has its funds block in place, so the total goes in the 得分 column (G).
  const totalValue = total?.[6];
  if (process.env.DEBUG_POINTS) console.log(JSON.stringify(got), JSON.stringify(plan.edits.filter((e) => e.kind === 'formula')));
  // The pane shows nothing where Excel's formula gives "".
  return { errors, scores, pane: s.rows.map((r) => r.score ?? ''), total: totalValue, paneTotal: s.total ?? '' };
}

describe('分值 typed as “20分”', () => {
  test('each row score in Excel is a number equal to the pane’s, and the total too', async () => {
    const r = await check(sheet(['30分', '20分', '30 分', '10分']));
    expect(r.errors).toEqual([]);
    expect(r.pane.every((x) => typeof x === 'number')).toBe(true);
    expect(r.scores).toEqual(r.pane);
    expect(r.total).toBe(r.paneTotal);
  });

  test('numbers and text mixed in one column', async () => {
    const r = await check(sheet([30, '20分', 30, '10.5分']));
    expect(r.errors).toEqual([]);
    expect(r.scores).toEqual(r.pane);
    expect(r.total).toBe(r.paneTotal);
  });
});

describe('得分 typed as “30分”', () => {
  test('the total in Excel counts the typed points, as the pane does', async () => {
    // Typed where they equal the computed score (30 of 30 for 120 of ≥100; 10 of 10 for 95% of ≥90%).
    const r = await check(sheet([30, 20, 30, 10], ['30分', null, null, ' 10 分']));
    expect(r.errors).toEqual([]);
    expect(typeof r.paneTotal).toBe('number');
    expect(r.total).toBe(r.paneTotal);
  });
});

describe('other text in 分值', () => {
  test.each([['２０分'], ['二十分'], ['20 points']])('%s: Excel shows what the pane does', async (w) => {
    const r = await check(sheet(['30分', w, '30分', '10分']));
    expect(r.errors).toEqual([]);
    expect(r.scores).toEqual(r.pane);
    expect(r.total).toBe(r.paneTotal);
  });

  test('a re-run recognises the formulas it wrote and writes nothing new', () => {
    const g = sheet(['30分', '20分', '30分', '10分']);
    const a = analyse([g], DEFAULT_CONFIG);
    const first = planAll([g], a, DEFAULT_CONFIG, { fill: true }).edits;
    const { values, formulas } = applied(g, first);
    const g1: Grid = { ...g, values, formulas, rowCount: values.length };
    const again = planAll([g1], analyse([g1], DEFAULT_CONFIG), DEFAULT_CONFIG, { fill: true }).edits;
    const changed = again.filter((e) => e.kind === 'insertRows' || (e.kind === 'formula' && g1.formulas?.[e.row - 1]?.[e.col - 1] !== e.formula));
    expect(changed).toEqual([]);
  });
});
