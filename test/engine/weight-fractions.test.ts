/**
 * A 权重 / 分值 column of fractions (0.3 = 30 of the 100 points; 0.05, 0.1 … adding up to 1, or to 0.9 beside the
 * 0.1 of 预算执行率): read on the 100-point scale, so no false SE-01 (合计 10.9 应为 100) and no false SE-07 on scores
 * typed in points (28 under 0.3). The score formula fill writes scores on the same points the pane shows.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { isOurFormula } from '../../src/engine/fill';
import type { CellValue } from '../../src/sheet/grid';
import { formatExplain } from '../../src/cli/text';
import { inExcel } from '../helpers/fill-in-excel';
import { SELFEVAL_HEADER, table, TARGET_HEADER } from '../helpers/table';

const HEAD = SELFEVAL_HEADER.slice(0, 7);
function selfEval(w: CellValue[], s: CellValue[] = [], fundsWeight: CellValue = 0.1) {
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '培训人次', '≥100人次', 120, w[0], s[0] ?? null],
    ['产出指标', '质量指标', '合格率', '≥95%', '90%', w[1], s[1] ?? null],
    ['效益指标', '社会效益指标', '能力提升', '显著提升', '部分达成', w[2], s[2] ?? null],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', w[3], s[3] ?? null],
  ];
  const above = [
    ['项目名称', '培训项目'],
    ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额:', 100, 100, 95, fundsWeight, null, null],
  ];
  return table(rows, { header: HEAD, above });
}
const found = (g: ReturnType<typeof table>, ids = ['SE-01', 'SE-07', 'SE-03']) =>
  analyse([g], DEFAULT_CONFIG)
    .projects[0].diagnostics.filter((d) => ids.includes(d.rule))
    .map((d) => `${d.rule} ${d.message}`);

describe('a 权重 column of fractions', () => {
  test.each([
    ['0.9 + funds 0.1, scores in points', [0.3, 0.2, 0.3, 0.1], [28, 19, 20, 10], 0.1],
    ['0.9 + funds 10', [0.3, 0.2, 0.3, 0.1], [28, 19, 20, 10], 10],
    ['0.9 + funds blank', [0.3, 0.2, 0.3, 0.1], [28, 19, 20, 10], null],
    ['0.9, scores blank', [0.3, 0.2, 0.3, 0.1], [], 0.1],
    ['0.9, scores as fractions', [0.3, 0.2, 0.3, 0.1], [0.28, 0.19, 0.2, 0.1], 0.1],
    ['0.05 steps', [0.35, 0.15, 0.3, 0.1], [30, 15, 20, 10], 0.1],
    ['typed as text', ['0.3', '0.2', '0.3', '0.1'], [28, 19, 20, 10], '0.1'],
  ])('%s: no false SE-01 / SE-07', (_, w, s, f) => {
    expect(found(selfEval(w as CellValue[], s as CellValue[], f as CellValue), ['SE-01', 'SE-07'])).toEqual([]);
  });

  test('a score above its weight is still an error, on the points scale', () => {
    expect(found(selfEval([0.3, 0.2, 0.3, 0.1], [32, 19, 20, 10]), ['SE-07'])).toEqual(['SE-07 “培训人次”得分 32 超出 0–30']);
  });

  test('the pane reads points: weights 30/20/30/10, the total on 100', () => {
    const a = analyse([selfEval([0.3, 0.2, 0.3, 0.1])], DEFAULT_CONFIG).projects[0];
    expect(a.score.rows.map((r) => r.weight)).toEqual([30, 20, 30, 10]);
    expect(a.score.total).toBeGreaterThan(80);
    expect(a.project.weightScale?.scale).toBe(100);
  });

  test('fractions that do not add up to 1 (or 0.9) are left as typed: SE-01 still says so', () => {
    expect(found(selfEval([0.3, 0.2, 0.1, 0.1]), ['SE-01'])[0]).toMatch(/^SE-01 分值合计/);
    expect(analyse([selfEval([0.3, 0.2, 0.1, 0.1])], DEFAULT_CONFIG).projects[0].project.weightScale).toBeUndefined();
  });

  test('whole points are not fractions', () => {
    const p = analyse([selfEval([30, 20, 30, 10], [], 10)], DEFAULT_CONFIG).projects[0];
    expect(p.project.weightScale).toBeUndefined();
    expect(p.score.rows.map((r) => r.weight)).toEqual([30, 20, 30, 10]);
  });

  test('a target table whose 权重 adds up to 1: no SE-01', () => {
    const g = table(
      [
        ['产出指标', '数量指标', '培训人次', '≥100人次', 0.3],
        ['产出指标', '质量指标', '合格率', '≥95%', 0.2],
        ['效益指标', '社会效益指标', '受益人数', '≥500人', 0.3],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', 0.2],
      ],
      {
        header: [...TARGET_HEADER, '权重'],
        above: [
          ['项目名称', '培训项目'],
          ['预算数', 100],
        ],
      },
    );
    expect(found(g, ['SE-01']).filter((m) => m.includes('合计') && m.includes('应为 100'))).toEqual([]);
  });

  test('fill: Excel scores every row on the points the pane shows, and the total too', async () => {
    for (const [w, s] of [
      [[0.3, 0.2, 0.3, 0.1], []],
      [['0.3', '0.2', '0.3', '0.1'], []],
      [[0.35, 0.15, 0.3, 0.1], []],
    ] as CellValue[][][]) {
      const g = selfEval(w, s);
      const a = analyse([g], DEFAULT_CONFIG);
      const plan = planAll([g], a, DEFAULT_CONFIG, { fill: true });
      const got = await inExcel(g, plan.edits);
      // Every formula fill wrote is known as its own (a re-run, 撤销), the ×100 ones too.
      expect(plan.edits.filter((e) => e.kind === 'formula' && !isOurFormula(e.formula))).toEqual([]);
      const sc = a.projects[0].score;
      const rows = a.projects[0].project.indicators.map((ind) => got[ind.row - 1][6]);
      expect(rows).toEqual(sc.rows.map((r, i) => (s[i] != null ? s[i] : (r.score ?? ''))));
      const total = got.find((r) => r.includes('总分'));
      expect([w, s, total?.[6]]).toEqual([w, s, sc.total]);
    }
  });

  test('--explain says how the column was read', () => {
    const text = formatExplain('x.xlsx', analyse([selfEval([0.3, 0.2, 0.3, 0.1])], DEFAULT_CONFIG));
    expect(text).toContain('分值：按比例填写（合计为 1），按 100 分读，0.3 即 30 分');
    expect(formatExplain('x.xlsx', analyse([selfEval([30, 20, 30, 10], [], 10)], DEFAULT_CONFIG))).not.toContain('按比例');
  });
});
