/**
 * Session 20 (variants v465–v480, v454): 目标表 shapes the reader misread on the session's start build.
 * - v465: a percentage typed as a number whose format writes its sign ('"≥"0%' over 0.95, Excel shows “≥95%”) was read
 *   as “=95%”: the sign was lost with the unquoted %.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { shownWithWords } from '../../src/domain/format-words';
import { analyse } from '../../src/engine/analyse';
import { makeGrid } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';
import { table } from '../helpers/table';

describe('a percent-formatted number whose format writes its sign (v465)', () => {
  test.each([
    [0.95, '"≥"0%', '≥95%'],
    [0.985, '"≥"0.0%', '≥98.5%'],
    [0.9, '"≥"0.00%', '≥90%'],
    [0.95, '0.00%"以上"', '95%以上'],
    [0.07, '"≤"0%', '≤7%'],
    [0.95, '0%', null],
    [0.95, '0.0%', null],
    [0.95, '0%%', null],
  ])('%s under %s shows %s', (n, fmt, want) => expect(shownWithWords(n, fmt)).toBe(want));

  const g = table(
    [
      ['产出指标', '质量指标', '工程验收合格率', 1],
      ['产出指标', '质量指标', '一次验收通过率', 0.95],
      ['效益指标', '可持续影响指标', '设施完好率', 0.985],
      ['满意度指标', '服务对象满意度指标', '师生满意度', 0.9],
    ],
    { numFormats: { D2: '0%', D3: '"≥"0%', D4: '"≥"0.0%', D5: '"≥"0.00%' } },
  );

  test('the target reads as Excel shows it, sign included', () => {
    expect(recogniseSheet(g).projects[0].indicators.map((i) => [i.target.op, i.target.number, i.target.unit])).toEqual([
      ['=', '100', '%'],
      ['≥', '95', '%'],
      ['≥', '98.5', '%'],
      ['≥', '90', '%'],
    ]);
  });

  test('no value finding on them', () => {
    const a = analyse([g], DEFAULT_CONFIG);
    expect(a.diagnostics.filter((d) => /^VAL-0[345]$|^NRM-06$/.test(d.rule)).map((d) => `${d.rule}@${d.cell}`)).toEqual([]);
  });
});

describe('a template’s list sheet for the drop-downs is not a table (v476)', () => {
  const projects = (rows: (string | number | null)[][]) => recogniseSheet(makeGrid('list', rows)).projects.map((p) => [p.name, p.indicators.length]);

  test('one column per 一级, its 二级 names below it: no project', () => {
    expect(
      projects([
        ['一级指标', '产出指标', '效益指标', '满意度指标'],
        ['产出指标', '数量指标', '经济效益指标', '服务对象满意度指标'],
        ['效益指标', '质量指标', '社会效益指标', null],
        ['满意度指标', '时效指标', '生态效益指标', null],
        [null, '成本指标', '可持续影响指标', null],
      ]),
    ).toEqual([]);
  });

  test('the same lists without the 一级 column at the left: no project', () => {
    expect(
      projects([
        [null, '产出指标', '效益指标', '满意度指标'],
        [null, '数量指标', '经济效益指标', '服务对象满意度指标'],
        [null, '质量指标', '社会效益指标', null],
        ['产出指标', '时效指标', '生态效益指标', null],
        ['效益指标', '成本指标', '可持续影响指标', null],
      ]),
    ).toEqual([]);
  });

  test('a recipients’ table with no label column (一级 / 二级 / 三级 rows over each town’s targets) is still read', () => {
    expect(
      projects([
        ['项目名称', '产业扶贫奖补'],
        ['项目单位', '产出指标', '产出指标', '满意度指标'],
        [null, '数量指标', '质量指标', '服务对象满意度指标'],
        [null, '奖补户数', '验收合格率', '受益户满意度'],
        ['龙门滩镇', '120户', '100%', '≥90%'],
        ['雷峰镇', '80户', '100%', '≥90%'],
      ]),
    ).toEqual([['产业扶贫奖补', 3]]);
  });
});

describe('no 一级 column: the 二级 names the 一级 (v467, v468)', () => {
  const rows = (l2: string[]) =>
    table(
      [
        [l2[0], '日间照料服务人次', '≥12000人次'],
        [l2[1], '服务质量达标率', '≥95%'],
        [l2[2], '老年人生活质量', '明显提升'],
        [l2[3], '服务对象满意度', '≥90%'],
      ],
      { header: ['二级指标', '三级指标', '指标值'] },
    );
  const read = (g: ReturnType<typeof table>) => {
    const a = analyse([g], DEFAULT_CONFIG);
    return {
      levels: recogniseSheet(g).projects[0].indicators.map((i) => [i.level1, i.level2]),
      findings: a.diagnostics.filter((d) => /^HIE-0[124]$|^NRM-03$/.test(d.rule)).map((d) => `${d.rule}:${d.severity}@${d.cell}`),
    };
  };
  const LEVELS = [
    ['产出指标', '数量指标'],
    ['产出指标', '质量指标'],
    ['效益指标', '社会效益指标'],
    ['满意度指标', '服务对象满意度指标'],
  ];

  test.each([
    [['数量指标', '质量指标', '社会效益指标', '服务对象满意度指标']],
    [['产出数量', '产出质量', '效益-社会效益', '满意度']],
    [['产出：数量指标', '产出—质量指标', '效益指标-社会效益指标', '满意度指标—服务对象满意度指标']],
  ])('%j: each row under its 一级, one information note, no HIE-01 error', (l2) => {
    expect(read(rows(l2))).toEqual({ levels: LEVELS, findings: ['NRM-03:info@A1'] });
  });

  test('headed 指标类别 (no 一级 / 二级 head): the same', () => {
    const g = rows(['产出数量', '产出质量', '效益-社会效益', '满意度']);
    g.values[0][0] = '指标类别';
    expect(read(g)).toEqual({ levels: LEVELS, findings: ['NRM-03:info@A1'] });
  });

  test('a 二级 that names no 一级 still leaves the hierarchy unchecked (HIE-01)', () => {
    expect(read(rows(['数量指标', '质量指标', '民生保障', '服务对象满意度指标'])).findings).toContain('HIE-01:error@B1');
  });
});

describe('the operator left to the 备注 (v469)', () => {
  const g = table(
    [
      ['产出指标', '数量指标', '垃圾清运量', 36000, '吨', '不低于'],
      ['产出指标', '成本指标', '吨垃圾处理成本', 120, '元/吨', '不高于'],
      ['产出指标', '质量指标', '无害化处理率', 100, '%', null],
      ['效益指标', '社会效益指标', '覆盖行政村数量', 85, '个', '≥'],
      ['效益指标', '可持续影响指标', '设施运行年限', 10, '年', '及以上'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '90', '%', '不低于该值'],
      ['产出指标', '时效指标', '清运及时率', '≤98', '%', '不低于'],
      ['产出指标', '数量指标', '新增转运站', 3, '座', '2025年已建1座，不低于往年'],
    ],
    { header: ['一级指标', '二级指标', '三级指标', '指标值', '计量单位', '备注'] },
  );

  test('a 备注 holding only an operator is the figure’s; one with more words, or a figure with its own, is not', () => {
    expect(recogniseSheet(g).projects[0].indicators.map((i) => [i.target.op, i.target.number, i.target.unit])).toEqual([
      ['≥', '36000', '吨'],
      ['≤', '120', '元/吨'],
      ['=', '100', '%'],
      ['≥', '85', '个'],
      ['≥', '10', '年'],
      ['≥', '90', '%'],
      ['≤', '98', '%'],
      ['=', '3', '座'],
    ]);
  });
});

describe('指标值 over 下限值 | 上限值 (v466)', () => {
  const rows = [
    ['产出指标', '数量指标', '购置诊疗设备数量', '36台', null],
    ['产出指标', '质量指标', '设备验收合格率', '100%', '100%'],
    ['产出指标', '成本指标', '设备购置总成本', null, '420万元'],
    ['产出指标', '时效指标', '设备采购完成时间', null, '2024年10月底前'],
    ['效益指标', '社会效益指标', '门急诊人次增长率', '5%', '8%'],
    ['效益指标', '社会效益指标', '基层首诊能力', '明显提升', null],
    ['效益指标', '可持续影响指标', '设备正常使用年限', '8年', null],
  ];
  const read = (g: ReturnType<typeof table>) => {
    const p = recogniseSheet(g).projects[0];
    return { upper: p.columns.targetUpper, targets: p.indicators.map((i) => [i.target.op, i.target.number, i.target.upper ?? null, i.target.unit]) };
  };
  const WANT = [
    ['≥', '36', null, '台'],
    ['=', '100', null, '%'],
    ['≤', '420', null, '万元'],
    ['≤', null, null, null],
    ['≥', '5', '8', '%'],
    [null, null, null, null],
    ['≥', '8', null, '年'],
  ];

  test('on a two-row head: each row’s target from its two cells, no HIE-05 for a row with only an 上限', () => {
    const g = table(rows, {
      above: [['一级指标', '二级指标', '三级指标', '指标值', null]],
      header: ['一级指标', '二级指标', '三级指标', '下限值', '上限值'],
      merges: [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 2, right: 3 },
        { top: 1, left: 4, bottom: 1, right: 5 },
      ],
    });
    const got = read(g);
    expect(got.upper).toBe(5);
    expect(got.targets.map((t, i) => (i === 3 ? [t[0]] : t))).toEqual(WANT.map((t, i) => (i === 3 ? [t[0]] : t)));
    const a = analyse([g], DEFAULT_CONFIG);
    expect(a.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}@${d.cell}`)).toEqual([]);
  });

  test('in one row: 指标值下限 | 指标值上限', () => {
    const g = table(rows, { header: ['一级指标', '二级指标', '三级指标', '指标值（下限）', '指标值（上限）'] });
    expect(read(g).upper).toBe(5);
    expect(read(g).targets[2]).toEqual(WANT[2]);
  });
});

describe('下限 / 上限 typed as numbers under a percent or worded format', () => {
  test('each bound reads as Excel shows it: 0.9 under 0% is 90%, not 0.9', () => {
    const g = table(
      [
        ['产出指标', '质量指标', '设备验收合格率', 0.9, null],
        ['效益指标', '社会效益指标', '门急诊人次增长率', 0.05, 0.08],
        ['产出指标', '成本指标', '单位面积造价', null, 3500],
        ['产出指标', '数量指标', '新增床位', 40, null],
      ],
      { header: ['一级指标', '二级指标', '三级指标', '下限值', '上限值'] },
    );
    g.numFormats = g.values.map((row) => row.map(() => null));
    g.numFormats[1][3] = '0%';
    g.numFormats[2][3] = '0.0%';
    g.numFormats[2][4] = '0%';
    g.numFormats[3][4] = '#,##0"元/平方米"';
    const p = recogniseSheet(g).projects[0];
    expect(p.indicators.map((i) => [i.target.op, i.target.number, i.target.upper ?? null, i.target.unit])).toEqual([
      ['≥', '90', null, '%'],
      ['≥', '5', '8', '%'],
      ['≤', '3500', null, '元/平方米'],
      ['≥', '40', null, null],
    ]);
  });
});

describe('项目名称 only on a 封面 sheet (v454)', () => {
  const cover = (name: string, rows: (string | null)[][] = [['项目名称：', name]]) =>
    makeGrid('封面', [['2026年度项目支出绩效目标申报表', null], ...rows, ['申报单位（盖章）：', '县水利局']]);
  const sheetOf = (title: string) =>
    table(
      [
        ['产出指标', '数量指标', '河道清淤长度', '≥12公里'],
        ['效益指标', '社会效益指标', '防洪能力', '明显提升'],
        ['满意度指标', '服务对象满意度指标', '沿岸群众满意度', '≥90%'],
      ],
      {
        name: '目标表',
        above: [
          [title, null, null, null],
          ['年度资金总额（万元）', 350, null, null],
        ],
      },
    );
  const names = (grids: ReturnType<typeof makeGrid>[]) => analyse(grids, DEFAULT_CONFIG).projects.map((r) => [r.project.name, r.project.nameCell, r.project.nameFrom ?? null]);

  test.each([
    ['项目名称： | name', [['项目名称：', '县城区河道综合治理']]],
    ['项目名称 | (blank) | name', [['项目名称', null, '县城区河道综合治理']]],
    ['项目名称：name in one cell', [['项目名称：县城区河道综合治理', null]]],
  ])('%s: the table takes the cover’s name, said as from another sheet', (_, rows) => {
    const c = cover('县城区河道综合治理', rows as (string | null)[][]);
    const at = rows[0][0]!.includes('：县') ? 1 : rows[0][1] ? 2 : 3;
    expect(names([c, sheetOf('2026年度项目支出绩效目标表')])).toEqual([['县城区河道综合治理', null, { sheet: '封面', row: 2, col: at }]]);
  });

  test('a table that names its project keeps its own name', () => {
    expect(names([cover('县城区河道综合治理'), sheetOf('县城区河道综合治理二期绩效目标表')])[0][0]).toBe('县城区河道综合治理二期');
  });

  test('two covers naming different projects name none', () => {
    const other = makeGrid('封面2', [['项目名称：', '另一项目']]);
    expect(names([cover('县城区河道综合治理'), other, sheetOf('2026年度项目支出绩效目标表')])).toEqual([['目标表', null, null]]);
  });
});
