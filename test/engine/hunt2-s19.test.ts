/**
 * Session 19, leftovers of the 自评表 work: an actual written as a bound on the wrong side of its target (超过40套 under
 * ≤40套) had full marks in the pane and in Excel; a one-line funds line's 执行率得分 was read as a second 执行率, so fill
 * added a second 预算执行情况 block under a sheet that scores its execution (v113); the block fill adds typed the
 * executed amount (277.42) instead of referring to the sheet's own cell (=K9, v387); SE-01 compared a 目标表 whose
 * 分值 cover all 100 points (no execution item) with the 自评表's 50/30/10 split (v428).
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { summarise } from '../../src/addin/summaries';
import type { CellValue } from '../../src/sheet/grid';
import { inExcel } from '../helpers/fill-in-excel';
import { indicatorRow } from '../helpers/score-row';
import { SELFEVAL_HEADER, selfSheet, table } from '../helpers/table';

describe('an actual written as a bound on the wrong side of its target is not scored', () => {
  test.each([
    ['≤40套', '超过40套'],
    ['≤40套', '40套以上'],
    ['≤40套', '>40套'],
    ['≤40套', '不少于30套'],
    ['≥95%', '低于95%'],
    ['≥95%', '不足95%'],
    ['≥95%', '95%以下'],
    ['12个', '少于12个'],
  ])('%s, actual %p: blocked (需人工判断)', (t, a) => {
    const ind = indicatorRow(t);
    ind.actual = parseValue(a);
    const s = scoreRow(ind, 10, DEFAULT_CONFIG);
    expect([s.score, s.blocked]).toEqual([null, 'approx']);
  });

  test.each([
    ['≤40套', '≤40套', 10],
    ['≤40套', '不超过38套', 10],
    ['≥95%', '≥95%', 10],
    ['≥95%', '98%以上', 10],
    ['12个', '超过12个', 10],
    ['≤40套', '超过50套', 8],
    ['≥95%', '低于76%', 8],
    ['≤40套', '36套', 10],
    // Symbols the score formula strips: scored on the figure, as Excel does (the pane and Excel agree).
    ['≤40套', '≥40套', 10],
    ['≥95%', '≤98%', 10],
  ])('%s, actual %p: scored as before (%p)', (t, a, want) => {
    const ind = indicatorRow(t);
    ind.actual = parseValue(a);
    expect(scoreRow(ind, 10, DEFAULT_CONFIG).score).toBe(want);
  });
});

const sheet = (target: CellValue, actual: CellValue) => selfSheet(target, actual);

describe('fill, Excel and the pane agree on 超过40套 under ≤40套', () => {
  test('both leave the 得分 and 总分 blank; SE-04 says why', async () => {
    const g = sheet('≤40套', '超过40套');
    const an = analyse([g], DEFAULT_CONFIG);
    const got = await inExcel(g, planAll([g], an, DEFAULT_CONFIG, { fill: true }).edits);
    expect(got[4][6]).toBe('');
    expect(an.projects[0].score.rows[0].score).toBeNull();
    expect(summarise(an.projects[0]).total).toBeNull();
    const d = an.projects[0].diagnostics.filter((x) => x.rule === 'SE-04');
    expect(d.map((x) => [x.severity, x.cell, x.message])).toEqual([
      ['warning', 'E5', '“设备购置数量”的实际完成值“超过40套”只写了界限、没有确数，与指标值“≤40套”相比达成与否无从知道：自评得分需人工判断（请填写确数，或在得分栏手填）'],
    ]);
  });

  test('≤40套 under ≤40套 keeps full marks in both', async () => {
    const g = sheet('≤40套', '≤40套');
    const an = analyse([g], DEFAULT_CONFIG);
    const got = await inExcel(g, planAll([g], an, DEFAULT_CONFIG, { fill: true }).edits);
    expect([got[4][6], an.projects[0].score.rows[0].score]).toEqual([30, 30]);
  });
});

const GRID: CellValue[][] = [
  ['成本指标', '经济成本指标', '设备购置总成本', '≤420万元', '412.6万元', 20, 20],
  ['产出指标', '数量指标', '购置设备数量', '≥36台', '36台', 30, 30],
  ['效益指标', '社会效益指标', '门急诊人次增长率', '≥5%', '6.2%', 30, 30],
  ['满意度指标', '服务对象满意度指标', '就诊群众满意度', '≥90%', '93%', 10, 10],
];
const HEAD = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '偏差原因分析'];
const oneLine = (line: CellValue[], total: CellValue[] | null = ['合计', null, null, null, null, 100, 100]) =>
  table(GRID, { header: HEAD, above: [['项目名称', '设备购置'], line], below: total ? [total] : [] });
const plan = (g: ReturnType<typeof table>) => {
  const a = analyse([g], DEFAULT_CONFIG);
  return { a, edits: planAll([g], a, DEFAULT_CONFIG, { fill: true }).edits };
};

describe('执行率 | 1 | 执行率得分 | 10 on the funds line: the 得分 is read, fill adds no second block (v113)', () => {
  test.each([['执行率得分'], ['预算执行率得分']])('%p', (label) => {
    const g = oneLine(['年度预算数', 420, '全年执行数', 420, '执行率', 1, label, 10]);
    const { a, edits } = plan(g);
    const f = a.projects[0].project.funds;
    expect([f.score?.value, f.score?.row, f.score?.col, f.rate?.col]).toEqual([10, 2, 8, 6]);
    expect(edits.filter((e) => e.kind === 'insertRows')).toEqual([]);
    expect(a.projects[0].score.total).toBe(100);
  });
});

describe('the 预算执行情况 block fill adds refers to the sheet’s own 执行数 (v307, v312, v387)', () => {
  test('年度预算数 | 420 | 执行数 | 410 | 执行率 — 全年执行数 in the block is =D2', () => {
    const g = oneLine(['年度预算数（万元）', 420, '执行数（万元）', 410, '执行率', null], null);
    const { edits } = plan(g);
    const row = edits.find((e) => e.kind === 'insertRows')!;
    expect(row).toBeDefined();
    const exec = edits.find((e) => e.kind === 'formula' && e.formula === 'D2');
    expect(exec).toMatchObject({ kind: 'formula', formula: 'D2', cached: 410, numFormat: '0.00' });
  });

  test('an executed amount typed as text (“410万元”) is still written as its value', () => {
    const g = oneLine(['年度预算数（万元）', 420, '执行数', '410万元', '执行率', null], null);
    const { edits } = plan(g);
    expect(edits.some((e) => e.kind === 'formula' && e.formula === 'D2')).toBe(false);
    expect(edits.some((e) => e.kind === 'value' && e.value === 410)).toBe(true);
  });
});

describe('SE-01 on a 目标表 with a 分值 column (v428)', () => {
  const target = (w: number[], total: CellValue[] | null) =>
    table(
      [
        ['产出指标', '数量指标', '资助学生人数', '1280人', w[0]],
        ['产出指标', '质量指标', '认定准确率', '100%', w[1]],
        ['效益指标', '社会效益指标', '因贫失学', '零发生', w[2]],
        ['满意度指标', '服务对象满意度指标', '受助学生满意度', '≥95%', w[3]],
      ],
      {
        header: ['一级指标', '二级指标', '三级指标', '指标值', '分值'],
        above: [
          ['项目名称', '助学金'],
          ['年度资金总额', 256],
        ],
        below: total ? [total] : [],
      },
    );
  const se01 = (g: ReturnType<typeof table>) =>
    analyse([g], DEFAULT_CONFIG)
      .projects[0].diagnostics.filter((x) => x.rule === 'SE-01')
      .map((x) => x.message);

  test('分值 covering all 100 points (60/30/10, no execution item): no comparison with the 自评表 split', () => {
    expect(se01(target([30, 30, 30, 10], ['合计', null, null, null, 100]))).toEqual([]);
    expect(se01(target([35, 30, 25, 10], null))).toEqual([]);
  });

  test('分值 leaving 10 for execution (内蒙古 style) is still compared', () => {
    expect(se01(target([25, 25, 30, 10], null))).toEqual([]);
    expect(se01(target([30, 30, 20, 10], null))).toEqual(['产出指标分值合计 60，方案为 50（特殊情况可调整，请确认）', '效益指标分值合计 20，方案为 30（特殊情况可调整，请确认）']);
  });

  test('分值 adding up to neither 100 nor 90 is still an error', () => {
    expect(se01(target([30, 30, 20, 5], null))).toHaveLength(1);
  });
});

describe('SE-05 / SE-06 / SE-08 quote 得分 typed as fractions in the sheet’s own terms (0.28, not 28)', () => {
  const frac = (s: CellValue[]) =>
    table(
      [
        ['产出指标', '数量指标', '培训人次', '≥100人次', 120, 0.3, s[0]],
        ['产出指标', '质量指标', '合格率', '≥95%', '90%', 0.2, s[1]],
        ['效益指标', '社会效益指标', '能力提升', '显著提升', '部分达成', 0.3, s[2]],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 0.1, s[3]],
      ],
      {
        header: SELFEVAL_HEADER,
        above: [
          ['项目名称', '培训项目'],
          ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          ['年度资金总额:', 100, 100, 95, 0.1, null, null],
        ],
      },
    );
  const said = (s: CellValue[]) =>
    analyse([frac(s)], DEFAULT_CONFIG)
      .projects[0].diagnostics.filter((d) => /^SE-0[5-8]$/.test(d.rule))
      .map((d) => `${d.rule} ${d.cell} ${d.message}`);

  test('fractions typed: quoted as fractions', () => {
    expect(said([0.28, 0.2, 0.3, 0.1])).toEqual([
      'SE-05 G7 “能力提升”实际完成值为“部分达成”，得分应在 [0.18, 0.24) 内，表中为 0.3',
      'SE-06 G5 “培训人次”得分应为 0.3（完成 120%，分值 0.3），表中为 0.28',
      'SE-06 G6 “合格率”得分应为 0.1895（完成 94.74%，分值 0.2），表中为 0.2',
      'SE-08 H5 “培训人次”得分 0.28 低于分值 0.3，须填写偏差原因分析及改进措施',
    ]);
  });

  test('points typed: quoted in points, as before', () => {
    expect(said([28, 20, 30, 10])).toEqual([
      'SE-05 G7 “能力提升”实际完成值为“部分达成”，得分应在 [18, 24) 内，表中为 30',
      'SE-06 G5 “培训人次”得分应为 30（完成 120%，分值 30），表中为 28',
      'SE-06 G6 “合格率”得分应为 18.95（完成 94.74%，分值 20），表中为 20',
      'SE-08 H5 “培训人次”得分 28 低于分值 30，须填写偏差原因分析及改进措施',
    ]);
  });
});
