/**
 * A 得分 the accountant typed on a row (their own judgement) stays: fill never writes over it, and Excel's 总分 (SUM of the
 * 得分 column) counts it. The pane's 总分 is the same number — the sheet's — and the pane says that typed scores are in it
 * and what the formulas alone would give; before, the pane showed the computed total (80.05) beside Excel's 78.05.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { summarise } from '../../src/addin/summaries';
import type { CellValue } from '../../src/sheet/grid';
import { inExcel } from '../helpers/fill-in-excel';
import { SELFEVAL_HEADER, table } from '../helpers/table';

function sheet(scores: CellValue[], fundsScore: CellValue = null) {
  return table(
    [
      ['产出指标', '数量指标', '培训人次', '≥100人次', 90, 20, scores[0] ?? null, null],
      ['产出指标', '质量指标', '合格率', '≥95%', '96%', 30, scores[1] ?? null, null],
      ['效益指标', '社会效益指标', '能力提升', '显著提升', '部分达成', 30, scores[2] ?? null, null],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '85%', 10, scores[3] ?? null, null],
    ],
    {
      header: SELFEVAL_HEADER,
      above: [
        ['项目名称', '培训项目'],
        ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额:', 100, 100, 95, 10, null, fundsScore],
      ],
    },
  );
}

async function paneAndExcel(scores: CellValue[], fundsScore: CellValue = null) {
  const g = sheet(scores, fundsScore);
  const a = analyse([g], DEFAULT_CONFIG);
  const plan = planAll([g], a, DEFAULT_CONFIG, { fill: true });
  const got = await inExcel(g, plan.edits);
  const totalRow = got.find((r) => r.includes('总分'))!;
  const at = totalRow.indexOf('总分');
  const excel = totalRow.slice(at + 1).find((x) => typeof x === 'number') ?? '';
  const grade = totalRow.slice(at + 1).find((x) => typeof x === 'string' && /^[优良中差]$/.test(x)) ?? '';
  const cached = plan.edits.filter((e) => e.kind === 'formula' && e.formula.startsWith('IF(OR(COUNTBLANK')).map((e) => (e.kind === 'formula' ? e.cached : null));
  return { pane: summarise(a.projects[0]), excel, grade, cached, computed: a.projects[0].score.total };
}

describe('a 得分 typed on a row: the pane’s 总分 is Excel’s', () => {
  test.each([
    ['one typed below the formula', [16]],
    ['one typed above the formula', [null, 30, 24]],
    ['two typed', [18, null, 20]],
    ['every row typed', [18, 30, 20, 9]],
    ['typed as text with 分', ['16分']],
    ['a typed 0', [0]],
  ])('%s', async (_, scores) => {
    const r = await paneAndExcel(scores as CellValue[]);
    expect(r.excel).not.toBe('');
    expect(r.pane.total).toBe(r.excel);
    expect(r.pane.grade).toBe(r.grade);
    expect(r.cached).toEqual([r.excel]);
  });

  test('the pane says typed scores are in the total and what the formulas give', async () => {
    const r = await paneAndExcel([16]);
    expect(r.computed).not.toBe(r.excel);
    expect(r.pane.typedScores).toEqual({ rows: 1, computed: r.computed });
  });

  test('a typed score equal to the formula’s: nothing to say', async () => {
    const r = await paneAndExcel([18]);
    expect(r.pane.total).toBe(r.excel);
    expect(r.pane.typedScores).toBeUndefined();
  });

  test('no typed score: as before', async () => {
    const r = await paneAndExcel([]);
    expect(r.pane.total).toBe(r.computed);
    expect(r.pane.total).toBe(r.excel);
    expect(r.pane.typedScores).toBeUndefined();
  });

  test('a typed 预算执行 得分 counts too', async () => {
    const r = await paneAndExcel([], 8);
    expect(r.pane.total).toBe(r.excel);
    expect(r.pane.typedScores).toEqual({ rows: 1, computed: r.computed });
  });
});

describe('the pane says so', () => {
  test('the 自评 report table notes the typed scores and the formulas’ total', async () => {
    const { reportTable } = await import('../../src/ui/views/SelfEvalView');
    const { makeT } = await import('../../src/ui/i18n');
    const r = await paneAndExcel([16]);
    const { text } = reportTable([r.pane], makeT('zh'));
    expect(text).toContain(`\t${Number(r.excel).toFixed(2)}\t`);
    expect(text).toContain(`总分含 1 项手填得分（与公式不同），与表中一致；按公式计算为 ${r.computed!.toFixed(2)}`);
    expect(reportTable([(await paneAndExcel([])).pane], makeT('zh')).text).not.toContain('手填');
  });
});
