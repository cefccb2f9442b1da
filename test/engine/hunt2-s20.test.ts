/**
 * Session 20, 自评表 gaps: an actual whose unit lives in the cell's number format (98 formatted '0"%"', 120 formatted
 * '0"套"') is read as the text Excel shows, and the score formula fill writes reads it the same way — the formula took
 * a quoted "%" for a %-formatted cell and gave full marks to 90 under ≥95%.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import type { CellValue, Grid } from '../../src/sheet/grid';
import { inExcel } from '../helpers/fill-in-excel';
import { SELFEVAL_HEADER, selfSheet, table } from '../helpers/table';
import { summarise } from '../../src/addin/summaries';

/** The first indicator's actual (E5) typed as `actual` in a cell formatted `fmt`. */
function formatted(target: CellValue, actual: CellValue, fmt: string): Grid {
  const g = selfSheet(target, actual);
  g.numFormats = g.values.map(() => []);
  g.numFormats[4][4] = fmt;
  return g;
}

async function paneAndExcel(g: Grid): Promise<{ raw: string | undefined; pane: number | null; excel: unknown }> {
  const an = analyse([g], DEFAULT_CONFIG);
  const got = await inExcel(g, planAll([g], an, DEFAULT_CONFIG, { fill: true }).edits);
  const p = an.projects[0];
  return { raw: p.project.indicators[0].actual?.raw, pane: p.score.rows[0].score, excel: got[4][6] };
}

describe('an actual whose unit is in its number format is read as Excel shows it, by the pane and by the formula', () => {
  test.each([
    ['≥95%', 90, '0"%"', '90%', 28.42],
    ['≥95%', 98, '0"%"', '98%', 30],
    ['≥95%', 90.5, '0.0"%"', '90.5%', 28.58],
    ['100%', 90, 'G/通用格式"%"', '90%', 27],
    ['≥95%', 90, '"≥"0"%"', '≥90%', 28.42],
    ['≥100套', 80, '0"套"', '80套', 24],
    ['≥100套', 120, '0"套"', '120套', 30],
    ['≤40套', 50, '0"套"', '50套', 24],
    ['≥500人', 450, '#,##0"人"', '450人', 27],
  ])('%s, %p formatted %s: shown %p, %p in both', async (t, a, f, shown, want) => {
    expect(await paneAndExcel(formatted(t, a, f))).toEqual({ raw: shown, pane: want, excel: want });
  });

  test.each([
    // A unit other than the target's: read as the number typed (the formula cannot tell), as before.
    ['≥500人', 450, '0"%"', 27],
    // A real percent format: 0.9 is 90 %, as before.
    ['≥95%', 0.9, '0%', 28.42],
    // A fraction shown with a quoted %: read ×100 under a % target (scoring.ts fractionActual), as the formula reads it.
    ['≥95%', 0.9, '0.0"%"', 28.42],
  ])('%s, %p formatted %s: %p in both, as before', async (t, a, f, want) => {
    const got = await paneAndExcel(formatted(t, a, f));
    expect([got.pane, got.excel]).toEqual([want, want]);
  });
});

describe('an actual typed with its operator, past the target: the pane and Excel give the same score', () => {
  test.each([
    ['≤40套', '超过50套'],
    ['≤40套', '>50套'],
    ['≤40套', '＞50套'],
    ['≤40套', '>=50套'],
    ['≤40套', '50套以上'],
    ['≤40套', '50套以上（含）'],
    ['≤40套', '50套（含）以上'],
    ['≤40套', '≥50套'],
    ['≥95%', '<76%'],
    ['≥95%', '76%以下（含）'],
    ['≥95%', '低于76%'],
    ['≥100套', '<80套'],
    ['≥100套', '80套以下'],
  ])('%s, actual %p', async (t, a) => {
    const got = await paneAndExcel(selfSheet(t, a));
    expect(got.excel).toBe(got.pane ?? '');
  });
});

/** A 自评表 whose funds line gives the 预算执行率 only (no 预算数 / 执行数 amounts): 预算执行率 | rate | 分值 | 10 | 得分 | score. */
function rateOnly(rate: CellValue, score: CellValue = null, fmt?: string): Grid {
  const g = table(
    [
      ['产出指标', '数量指标', '设备购置数量', '≥36台', '36台', 30, null, null],
      ['产出指标', '质量指标', '验收合格率', '≥95%', '96%', 20, null, null],
      ['效益指标', '社会效益指标', '服务人次增长率', '≥5%', '6%', 30, null, null],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, null, null],
    ],
    {
      header: SELFEVAL_HEADER,
      above: [
        ['项目名称', '设备项目'],
        ['预算执行率', rate, '分值', 10, '得分', score],
      ],
      below: [['总分', null, null, null, null, 100, null]],
    },
  );
  if (fmt) {
    g.numFormats = g.values.map(() => []);
    g.numFormats[1][1] = fmt;
  }
  return g;
}

describe('预算执行率 given only as a percent: the execution score is 执行率 × 10 (财预〔2020〕10号), in the pane, in Excel and in fill', () => {
  test.each([
    ['96%', undefined, 9.6],
    [0.96, '0.00%', 9.6],
    [0.96, undefined, 9.6],
    [96, undefined, 9.6],
    ['102%', undefined, 10],
  ])('rate %p (%s): %p', async (rate, fmt, want) => {
    const g = rateOnly(rate as CellValue, null, fmt);
    const an = analyse([g], DEFAULT_CONFIG);
    const p = an.projects[0];
    expect(p.score.execution.score).toBe(want);
    expect(summarise(p).total).toBe(90 + want);
    const edits = planAll([g], an, DEFAULT_CONFIG, { fill: true }).edits;
    // The line is the funds line: no 预算执行情况 block added under the table.
    expect(edits.filter((e) => e.kind === 'insertRows')).toEqual([]);
    const got = await inExcel(g, edits);
    expect(got[1][5]).toBe(want);
    expect(got[7][6]).toBe(90 + want);
    expect(p.diagnostics.filter((d) => /^SE-(01|09|1[0-2])$/.test(d.rule)).map((d) => d.rule)).toEqual([]);
  });

  test('a typed 得分 that does not match the rate is said (SE-06)', () => {
    const an = analyse([rateOnly('96%', 10)], DEFAULT_CONFIG);
    expect(an.projects[0].diagnostics.filter((d) => d.rule === 'SE-06').map((d) => d.cell)).toEqual(['F2']);
  });
});

describe('a one-line funds line wider than the indicator grid (得分 in I–J, the header ending at H) is read', () => {
  const wide = (typed: CellValue) =>
    table(
      [
        ['产出指标', '数量指标', '设备购置数量', '≥36台', '36台', 30, 30, null],
        ['产出指标', '质量指标', '验收合格率', '≥95%', '96%', 20, 20, null],
        ['效益指标', '社会效益指标', '服务人次增长率', '≥5%', '6%', 30, 30, null],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, 10, null],
      ],
      {
        header: SELFEVAL_HEADER,
        above: [
          ['项目名称', '设备项目'],
          ['年度预算数', 420, '全年执行数', 399, '执行率', 0.95, '分值', 10, '得分', typed],
        ],
      },
    );

  test('the typed 得分 in J is the execution score: a wrong one is said (SE-06), a right one is not', () => {
    const said = (typed: CellValue) => {
      const an = analyse([wide(typed)], DEFAULT_CONFIG);
      expect([an.projects[0].project.funds.score?.value, an.projects[0].project.funds.cols.score]).toEqual([typed, 10]);
      return an.projects[0].diagnostics.filter((d) => d.rule === 'SE-06').map((d) => d.cell);
    };
    expect(said(7)).toEqual(['J2']);
    expect(said(9.5)).toEqual([]);
  });

  test('fill scores the line in place (J2), adds no 预算执行情况 block', () => {
    const g = wide(null);
    const an = analyse([g], DEFAULT_CONFIG);
    const edits = planAll([g], an, DEFAULT_CONFIG, { fill: true }).edits;
    expect(edits.find((e) => e.kind === 'formula' && e.row === 2 && e.col === 10)).toMatchObject({ cached: 9.5 });
    expect(edits.some((e) => e.kind === 'value' && e.value === '预算执行情况')).toBe(false);
  });
});

describe('偏差原因 written once in a block merged over several rows, and a 得分率 column beside the 得分', () => {
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '日常养护里程', '≥286公里', '257.4公里', 30, 27, '因汛期水毁抢修挤占养护力量，部分路段养护顺延'],
    ['产出指标', '质量指标', '路面优良率', '≥80%', '72%', 10, 9, null],
    ['产出指标', '时效指标', '病害处置及时率', '≥95%', '85.5%', 10, 9, null],
    ['效益指标', '社会效益指标', '群众出行满意度', '≥90%', '95%', 30, 30, null],
  ];
  test('no SE-08 on the rows the merge covers; fill writes nothing into them', () => {
    const g = table(rows, { header: SELFEVAL_HEADER, above: [['项目名称', '养护项目']], merges: [{ top: 3, left: 8, bottom: 5, right: 8 }] });
    const an = analyse([g], DEFAULT_CONFIG);
    expect(an.projects[0].diagnostics.filter((d) => d.rule === 'SE-08').map((d) => d.cell)).toEqual([]);
    const edits = planAll([g], an, DEFAULT_CONFIG, { fill: true }).edits;
    expect(edits.filter((e) => 'row' in e && 'col' in e && e.col === 8 && e.row >= 3 && e.row <= 5)).toEqual([]);
  });

  test('without the merge the two rows still want a reason', () => {
    const g = table(rows, { header: SELFEVAL_HEADER, above: [['项目名称', '养护项目']] });
    const an = analyse([g], DEFAULT_CONFIG);
    expect(an.projects[0].diagnostics.filter((d) => d.rule === 'SE-08').map((d) => d.cell)).toEqual(['H4', 'H5']);
  });

  test.each([['得分率'], ['得分率（%）']])('%p is not the 得分 column', (head) => {
    const g = table(
      rows.map((r) => [...r.slice(0, 6), 1, r[6], r[7]]),
      { header: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '权重（分）', head, '得分', '偏差原因分析及改进措施'], above: [['项目名称', '养护项目']] },
    );
    const an = analyse([g], DEFAULT_CONFIG);
    expect([an.projects[0].project.columns.score, an.projects[0].project.indicators[0].sheetScore]).toEqual([8, 27]);
  });
});
