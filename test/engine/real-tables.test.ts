/**
 * The nine real published tables: the reader survives each form, finds the same facts the
 * transcription holds, and reproduces the published scores where they follow the rules.
 */
import { analyse, type Analysis } from '../../src/engine/analyse';
import { fullReport } from '../../src/engine/report';
import { planAll } from '../../src/engine/planner';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import type { Grid } from '../../src/sheet/grid';
import { expected, grids } from '../helpers/fixtures';

const exp = expected('real-tables.expected.json');
const sum = (xs: (number | null)[]) => Math.round(xs.reduce<number>((a, b) => a + (b ?? 0), 0) * 100) / 100;

const results = new Map<string, Analysis>();
const gridOf = new Map<string, Grid[]>();
beforeAll(async () => {
  for (const w of exp.workbooks) {
    gridOf.set(w.file, await grids(w.file));
    results.set(w.file, analyse(gridOf.get(w.file)!));
  }
});

for (const w of exp.workbooks) {
  describe(w.file, () => {
    for (const s of w.sheets) {
      test(`sheet “${s.sheet}”: header, rows, budget, sheet weights and scores`, () => {
        const a = results.get(w.file)!;
        const r = a.projects.find((x) => x.project.sheet === s.sheet)!;
        expect(r).toBeDefined();
        const p = r.project;
        if (s.headerRow !== null) expect(p.headerRow).toBe(s.headerRow);
        if (s.firstIndicatorRow) {
          expect(p.indicators[0].row).toBe(s.firstIndicatorRow);
          // A row with only a 二级 left (empty or cut off in the transcription) is a placeholder now, not an indicator.
          const onlyLabels = new Set<number>([...(s.emptyIndicatorRows ?? []), ...(s.truncatedIndicatorRows ?? [])]);
          const last = p.indicators[p.indicators.length - 1].row;
          if (onlyLabels.has(s.lastIndicatorRow)) expect(last).toBeLessThanOrEqual(s.lastIndicatorRow);
          else expect(last).toBe(s.lastIndicatorRow);
          for (const row of s.emptyIndicatorRows ?? []) expect(p.rows.find((x) => x.row === row)?.role).toBe('placeholder');
        } else {
          expect(p.indicators).toHaveLength(0);
        }
        const report = fullReport([{ file: w.file, analysis: a }]).files[0].projects.find((x) => x.sheet === s.sheet)!;
        for (const k of ['total', 'executed', 'fiscal'] as const) {
          if (s.budget[k] !== undefined && s.budget[k] !== null) expect(report.budget[k]).toBe(s.budget[k]);
        }
        if (s.weightSum !== null && s.kind !== 'dept-target') expect(sum(p.indicators.map((x) => x.sheetWeight))).toBe(s.weightSum);
        if (s.scoreSum !== null) expect(sum(p.indicators.map((x) => x.sheetScore))).toBe(s.scoreSum);
      });
    }
  });
}

describe('published scores', () => {
  const project = (file: string, sheet: string) => results.get(file)!.projects.find((x) => x.project.sheet === sheet)!;

  test('池州: every printed row score is reproduced; the zero total row is flagged and scored from its 其中 row', () => {
    for (const sheet of ['委托业务项目', '村级补助及运转经费']) {
      const r = project('real-01-anhui-chizhou.xlsx', sheet);
      r.project.indicators.forEach((ind, i) => {
        if (ind.sheetScore !== null) expect(r.score.rows[i].score).toBe(ind.sheetScore);
      });
      expect(r.score.execution.fromParts).toBe(true);
      expect(r.score.execution.score).toBe(10);
      expect(r.diagnostics.some((d) => d.rule === 'CST-01')).toBe(true);
    }
  });

  test('湖北: weights read off the fully-achieved scores, 20 + 80 = 100 reproduced', () => {
    const r = project('real-07-hubei-fishery.xlsx', '自评表');
    expect(r.score.execution.weight).toBe(20);
    expect(r.score.execution.score).toBe(20);
    expect(r.score.rows.map((x) => x.score)).toEqual([20, 10, 10, 40]);
    expect(r.score.total).toBe(100);
    expect(r.score.grade).toBe('优');
    // “得分(20分*执行率)” heads the score, not the rate: 自评 fills the funds block in place,
    // it does not add a second one under the table.
    expect(r.project.funds.cols.score).toBe(7);
    const plan = planAll(gridOf.get('real-07-hubei-fishery.xlsx')!, results.get('real-07-hubei-fishery.xlsx')!, DEFAULT_CONFIG, { fill: true });
    expect(plan.edits.filter((e) => e.kind === 'insertRows')).toEqual([]);
  });

  test('大英 C: the partial score 95/98 × 22.5 = 21.81 is reproduced', () => {
    const r = project('real-05-sichuan-daying.xlsx', 'C');
    expect(r.score.rows.map((x) => x.score)).toEqual(r.project.indicators.map((x) => x.sheetScore));
  });

  test('北京: execution 154.74 / 310.2 → 4.99 (the sheet’s 5 used the rounded 50 %), within the typed tolerance', () => {
    const r = project('real-18-beijing-xueyuanlu.xlsx', '自评表');
    expect(r.score.execution.score).toBe(4.99);
    expect(r.project.funds.score?.value).toBe(5);
  });

  test('江西: funds block only — the 分值 100 with 得分 10 is flagged', () => {
    const r = project('real-11-jiangxi-shangrao.xlsx', '自评表');
    expect(r.project.indicators).toHaveLength(0);
    expect(r.diagnostics.some((d) => d.rule.startsWith('SE') && d.row === r.project.funds.row)).toBe(true);
  });

  test('四川 青神: published unscored — missing actual values are reported, nothing crashes', () => {
    const r = project('real-04-sichuan-qingshen.xlsx', '自评表');
    expect(r.score.total).toBeNull();
    const se02 = r.diagnostics.filter((d) => d.rule === 'SE-02');
    expect(se02).toHaveLength(1);
    expect(se02[0].message).toContain('2 项指标');
  });
});
