/**
 * Session 21, 自评表 gaps: a rate over 100 % typed as a bare number (1.2 for 120 %, as Excel keeps it) under a % target,
 * and 分值 written once in a 二级 row (数量指标 | | | 30) over its 三级 rows left blank — read as the pane and Excel's
 * formula read them alike.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { isOurFormula } from '../../src/engine/fill';
import type { CellValue, Grid } from '../../src/sheet/grid';
import { inExcel } from '../helpers/fill-in-excel';
import { selfSheet, table } from '../helpers/table';

async function paneAndExcel(g: Grid): Promise<{ pane: number | null; excel: unknown; se03: string[] }> {
  const an = analyse([g], DEFAULT_CONFIG);
  const got = await inExcel(g, planAll([g], an, DEFAULT_CONFIG, { fill: true }).edits);
  const p = an.projects[0];
  const se03 = p.diagnostics.filter((d) => d.rule === 'SE-03').map((d) => `${d.cell} ${d.severity}`);
  return { pane: p.score.rows[0].score, excel: got[4][6], se03 };
}

function formatted(target: CellValue, actual: CellValue, fmt?: string): Grid {
  const g = selfSheet(target, actual);
  if (fmt) {
    g.numFormats = g.values.map(() => []);
    g.numFormats[4][4] = fmt;
  }
  return g;
}

describe('a rate over 100 % typed as a bare number up to 1.5 (1.2 = 120 %) under a % target', () => {
  test.each([
    // Read ×100 where that reading is the nearer to the target: full marks, in the pane and in Excel.
    ['≥100%', 1.2, undefined, 30],
    ['≥110%', 1.2, undefined, 30],
    ['≥95%', 1.5, undefined, 30],
    ['=100%', 1.05, undefined, 30],
    ['≥95%', '1.2', undefined, 30], // text holding only the number
    ['≥100%', 1.2, '0.00', 30], // a plain number format shows 1.20: still Excel's ratio
    ['≥120%', 1.3, undefined, 30],
    ['≥150%', 1.2, undefined, 24], // 120 % of 150 %
  ])('%s, %p (%s): %p in both, nothing to say', async (t, a, f, want) => {
    expect(await paneAndExcel(formatted(t, a, f))).toEqual({ pane: want, excel: want, se03: [] });
  });

  test.each([
    // Over 1.5 a bare number is a percent, as the funds line's 执行率 reads it (formula-rate.ts).
    ['≥95%', 1.6, 0.51, []],
    // A small target: 1.2 % and 120 % both make sense — read as typed, and said (SE-03, info).
    ['≥5%', 1.2, 7.2, ['E5 info']],
    ['≥12%', 1.2, 3, ['E5 info']],
    // Under an upper bound a low figure is the natural one: read as typed, silently.
    ['≤5%', 1.2, 30, []],
    // A count is never a ratio.
    ['≥10件', 1.2, 3.6, []],
    // ≤ 1 as before.
    ['≥95%', 0.98, 30, []],
    ['≥100%', 1, 30, []],
  ])('%s, %p: %p in both', async (t, a, want, se03) => {
    expect(await paneAndExcel(formatted(t, a))).toEqual({ pane: want, excel: want, se03 });
  });
});

test.each([['≥100%'], ['≥12%'], ['≥5%']])('the score formula under %s is known as ours on a second fill', (t) => {
  const g = selfSheet(t, 1.2);
  const edits = planAll([g], analyse([g], DEFAULT_CONFIG), DEFAULT_CONFIG, { fill: true }).edits;
  const f = edits.find((e) => e.kind === 'formula' && e.row === 5 && e.col === 7);
  expect(f && f.kind === 'formula' && isOurFormula(f.formula)).toBe(true);
});

describe('分值 written once in a 二级 (or 一级) row over its 三级 rows left blank: the group’s points shared by its rows', () => {
  const HEAD = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
  const ABOVE: CellValue[][] = [
    ['项目名称', '设备项目'],
    ['预算执行率', '100%', '分值', 10, '得分', null],
  ];
  /** 数量指标 30 over two rows (30台 of ≥36台: 12.5 of 15; 120人次: 15), 质量指标 20, 社会效益 30, 满意度 10: 97.5 with the funds' 10. */
  const levelRows = (l1: (s: string) => string = (s) => s, score: CellValue = null): CellValue[][] => [
    ['产出指标', '数量指标', null, null, null, 30, score, null],
    [l1('产出指标'), l1('数量指标'), '设备购置数量', '≥36台', '30台', null, null, '供货商延期交付，已督促'],
    [l1('产出指标'), l1('数量指标'), '培训人次', '≥100人次', '120人次', null, null, null],
    [l1('产出指标'), '质量指标', null, null, null, 20, null, null],
    [l1('产出指标'), l1('质量指标'), '验收合格率', '≥95%', '96%', null, null, null],
    ['效益指标', '社会效益指标', null, null, null, 30, null, null],
    [l1('效益指标'), l1('社会效益指标'), '受益人数', '≥500人', 600, null, null, null],
    ['满意度指标', '服务对象满意度指标', null, null, null, 10, null, null],
    [l1('满意度指标'), l1('服务对象满意度指标'), '满意度', '≥90%', '95%', null, null, null],
  ];

  async function read(g: Grid) {
    const an = analyse([g], DEFAULT_CONFIG);
    const p = an.projects[0];
    const got = await inExcel(g, planAll([g], an, DEFAULT_CONFIG, { fill: true }).edits);
    const inds = p.project.indicators;
    return {
      weights: inds.map((x) => x.sheetWeight),
      pane: p.score.rows.map((r) => r.score),
      excel: inds.map((x) => got[x.row - 1][6]),
      total: p.score.total,
      excelTotal: got[got.length - 1][6],
      roles: p.project.rows.filter((r) => /^level[12]Points/.test(r.code ?? '')).map((r) => r.row),
      se: p.diagnostics.filter((d) => d.rule.startsWith('SE-')).map((d) => `${d.rule}@${d.cell}`),
    };
  }

  test.each([
    ['levels written on every row', (s: string) => s],
    ['levels written once, rows under them blank', () => null as unknown as string],
  ])('%s: 15 + 15 + 20 + 30 + 10, 97.5 in the pane and in Excel', async (_, l1) => {
    const g = table(levelRows(l1), { header: HEAD, above: ABOVE });
    expect(await read(g)).toEqual({
      weights: [15, 15, 20, 30, 10],
      pane: [12.5, 15, 20, 30, 10],
      excel: [12.5, 15, 20, 30, 10],
      total: 97.5,
      excelTotal: 97.5,
      roles: [4, 7, 9, 11],
      se: [],
    });
  });

  test('the 二级 row’s 分值 merged down over its rows (F4:F6): the same', async () => {
    const g = table(levelRows(), { header: HEAD, above: ABOVE, merges: [{ top: 4, left: 6, bottom: 6, right: 6 }] });
    const got = await read(g);
    expect([got.weights, got.pane, got.excel, got.total]).toEqual([[15, 15, 20, 30, 10], [12.5, 15, 20, 30, 10], [12.5, 15, 20, 30, 10], 97.5]);
  });

  test('a 得分 typed in the 二级 row is the group’s: 27.5 right, 30 said once at G4 (SE-06)', async () => {
    const right = await read(
      table(
        levelRows((s) => s, 27.5),
        { header: HEAD, above: ABOVE },
      ),
    );
    expect([right.pane, right.se]).toEqual([[12.5, 15, 20, 30, 10], []]);
    const wrong = await read(
      table(
        levelRows((s) => s, 30),
        { header: HEAD, above: ABOVE },
      ),
    );
    expect(wrong.se).toEqual(['SE-06@G4']);
  });

  test('一级 rows with 分值 (产出指标 50), 二级 rows without: 一级 points shared by all its rows', async () => {
    const rows: CellValue[][] = [
      ['产出指标', null, null, null, null, 50, null, null],
      [null, '数量指标', '设备购置数量', '≥36台', '36台', null, null, null],
      [null, '质量指标', '验收合格率', '≥95%', '96%', null, null, null],
      ['效益指标', null, null, null, null, 20, null, null],
      [null, '社会效益指标', '受益人数', '≥500人', 450, null, null, null],
      ['满意度指标', null, null, null, null, 20, null, null],
      [null, '服务对象满意度指标', '满意度', '≥90%', '95%', null, null, null],
    ];
    const got = await read(table(rows, { header: HEAD, above: ABOVE }));
    expect([got.weights, got.pane, got.excel, got.total, got.excelTotal, got.roles]).toEqual([[25, 25, 20, 20], [25, 25, 18, 20], [25, 25, 18, 20], 98, 98, [4, 7, 9]]);
  });

  test('三级 rows with 分值 of their own: the 二级 row is no group line, each row keeps its own', async () => {
    const rows = levelRows().map((r) => (r[2] ? [...r.slice(0, 5), r[1] === '数量指标' ? 15 : r[1] === '质量指标' ? 20 : r[0] === '效益指标' ? 30 : 10, ...r.slice(6)] : r));
    const got = await read(table(rows, { header: HEAD, above: ABOVE }));
    expect([got.weights, got.roles]).toEqual([[15, 15, 20, 30, 10], []]);
  });
});

describe('a weight written once for a group: SE-01 points at the cell that holds it, the row’s reason fits one row', () => {
  const HEAD = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
  const ABOVE: CellValue[][] = [
    ['项目名称', '设备项目'],
    ['预算执行率', '100%', '分值', 10, '得分', null],
  ];
  function read(g: Grid) {
    const p = analyse([g], DEFAULT_CONFIG).projects[0];
    return {
      se01: p.diagnostics.filter((d) => d.rule === 'SE-01').map((d) => d.cell),
      reasons: p.project.rows.filter((r) => r.role === 'subtotal').map((r) => `${r.row} ${r.reason}`),
    };
  }

  test('一级 rows (产出指标 60, 效益指标 20): the warnings at F4 and F7, the 一级 rows’ own cells, not the first indicators’', () => {
    const rows: CellValue[][] = [
      ['产出指标', null, null, null, null, 60, null, null],
      [null, '数量指标', '设备购置数量', '≥36台', '36台', null, null, null],
      [null, '质量指标', '验收合格率', '≥95%', '96%', null, null, null],
      ['效益指标', null, null, null, null, 20, null, null],
      [null, '社会效益指标', '受益人数', '≥500人', 600, null, null, null],
      ['满意度指标', null, null, null, null, 10, null, null],
      [null, '服务对象满意度指标', '满意度', '≥90%', '95%', null, null, null],
    ];
    expect(read(table(rows, { header: HEAD, above: ABOVE }))).toEqual({
      se01: ['F4', 'F7'],
      reasons: [
        '4 一级指标“产出指标”的分值 60，由其下 2 项三级指标均分（不是指标）',
        '7 一级指标“效益指标”的分值 20，由其下三级指标承接（不是指标）',
        '9 一级指标“满意度指标”的分值 10，由其下三级指标承接（不是指标）',
      ],
    });
  });

  test('二级 rows (数量指标 40 over two rows, 社会效益指标 20): the warnings at the first 二级 row of each part', () => {
    const rows: CellValue[][] = [
      ['产出指标', '数量指标', null, null, null, 40, null, null],
      ['产出指标', '数量指标', '设备购置数量', '≥36台', '36台', null, null, null],
      ['产出指标', '数量指标', '培训人次', '≥100人次', '120人次', null, null, null],
      ['产出指标', '质量指标', null, null, null, 20, null, null],
      ['产出指标', '质量指标', '验收合格率', '≥95%', '96%', null, null, null],
      ['效益指标', '社会效益指标', null, null, null, 20, null, null],
      ['效益指标', '社会效益指标', '受益人数', '≥500人', 600, null, null, null],
      ['满意度指标', '服务对象满意度指标', null, null, null, 10, null, null],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', null, null, null],
    ];
    const got = read(table(rows, { header: HEAD, above: ABOVE }));
    expect(got.se01).toEqual(['F4', 'F9']);
    expect(got.reasons[0]).toBe('4 二级指标“数量指标”的分值 40，由其下 2 项三级指标均分（不是指标）');
    expect(got.reasons[1]).toBe('7 二级指标“质量指标”的分值 20，由其下三级指标承接（不是指标）');
  });

  test('a 分值 merged over a 效益 group’s rows (F6:F7 = 20): the warning at the merge’s cell F6 (as before: kept as a check)', () => {
    const rows: CellValue[][] = [
      ['产出指标', '数量指标', '设备购置数量', '≥36台', '36台', 30, null, null],
      ['产出指标', '质量指标', '验收合格率', '≥95%', '96%', 30, null, null],
      ['效益指标', '社会效益指标', '就诊人次', '≥5000人次', '5600人次', 20, null, null],
      ['效益指标', '社会效益指标', '受益人数', '≥500人', 600, null, null, null],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, null, null],
    ];
    const got = read(table(rows, { header: HEAD, above: ABOVE, merges: [{ top: 6, left: 6, bottom: 7, right: 6 }] }));
    expect(got.se01).toEqual(['F4', 'F6']);
  });
});

test('产出 rows only at 22.5 each, 得分 left blank, one row over its ≤ bound: the pane and Excel’s formula agree', async () => {
  const HEAD = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '足额保障率', '＝100%', '100%', 22.5, null, null],
    ['产出指标', '数量指标', '科目调整次数', '≤10次', '12次', 22.5, null, '年中政策调整'],
    ['产出指标', '质量指标', '资金使用合规率', '＝100%', '100%', 22.5, null, null],
    ['产出指标', '时效指标', '按时发放率', '＝100%', '100%', 22.5, null, null],
  ];
  const g = table(rows, {
    header: HEAD,
    above: [
      ['项目名称', '干部报酬保障经费'],
      ['预算执行率', '100%', '分值', 10, '得分', null],
    ],
  });
  const an = analyse([g], DEFAULT_CONFIG);
  const got = await inExcel(g, planAll([g], an, DEFAULT_CONFIG, { fill: true }).edits);
  const p = an.projects[0];
  const pane = p.score.rows.map((r) => r.score);
  expect(p.project.indicators.map((x) => got[x.row - 1][6])).toEqual(pane);
  expect(pane[0]).toBe(22.5);
  expect(pane[1]).toBeLessThan(22.5);
});
