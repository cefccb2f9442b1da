/**
 * Every row of a table gets a role: what is not an indicator (template placeholders, blank rows,
 * the sheet's own 总分, notes, unit and name lines, subtotals of a flat list) stays out of counts,
 * rules and scores. Several spellings and layouts per class.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import type { CellValue } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';
import { selfEval } from '../rules/grids';
import { table, targetTable } from '../helpers/table';

const roleOf = (p: { rows: { row: number; role: string }[] }, row: number) => p.rows.find((x) => x.row === row)?.role;
const only = (g: ReturnType<typeof table>) => {
  const ps = recogniseSheet(g).projects;
  expect(ps).toHaveLength(1);
  return ps[0];
};

describe('template placeholders are not indicators', () => {
  test.each<[string, CellValue[]]>([
    ['指标1:', ['产出指标', '数量指标', '指标1:', null]],
    ['指标2：', ['产出指标', '数量指标', '指标2：', '']],
    ['……', ['产出指标', '质量指标', '……', '……']],
    ['…', ['产出指标', '质量指标', '…', null]],
    ['/', ['产出指标', '时效指标', '/', '/']],
    ['无', ['效益指标', '社会效益指标', '无', '无']],
    ['only a 二级', [null, '可持续影响指标', null, null]],
    ['only a 一级', ['满意度指标', null, null, null]],
    ['XX', ['产出指标', '数量指标', 'XX', 'XX']],
  ])('%s', (_name, row) => {
    const g = targetTable([['产出指标', '数量指标', '培训人数', '≥100人'], row, ['效益指标', '社会效益指标', '群众知晓率', '≥90%']]);
    const p = only(g);
    expect(p.indicators.map((x) => x.level3)).toEqual(['培训人数', '群众知晓率']);
    expect(roleOf(p, 6)).toBe('placeholder');
    expect(p.rows.find((x) => x.row === 6)!.reason).toMatch(/模板占位|只有/);
  });

  test('no false finding on a placeholder row', () => {
    const g = targetTable([
      ['产出指标', '数量指标', '培训人数', '≥100人'],
      ['产出指标', '数量指标', '指标1:', null],
      ['产出指标', '质量指标', '指标2:', null],
      ['产出指标', '时效指标', '……', null],
      ['效益指标', '社会效益指标', '群众知晓率', '≥90%'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ]);
    const a = analyse([g]);
    expect(a.diagnostics.filter((d) => d.row >= 6 && d.row <= 8)).toEqual([]);
    expect(a.projects[0].project.rows.filter((x) => x.role === 'placeholder')).toHaveLength(3);
  });

  test('a row with a real 三级 and no 指标值 is still an indicator (its VAL finding stays)', () => {
    const p = only(
      targetTable([
        ['产出指标', '数量指标', '培训人数', null],
        ['产出指标', '数量指标', '培训班次', '≥4次'],
      ]),
    );
    expect(p.indicators).toHaveLength(2);
  });

  test('a placeholder 一级 still carries down to the rows under it', () => {
    const p = only(
      targetTable([
        ['产出指标', '数量指标', '培训人数', '≥100人'],
        ['效益指标', null, null, null],
        [null, '社会效益指标', '知晓率', '≥90%'],
      ]),
    );
    expect(p.indicators[1].level1).toBe('效益指标');
  });
});

describe('blank rows inside the grid', () => {
  test('kept as blank rows, the table goes on below them', () => {
    const p = only(targetTable([['产出指标', '数量指标', '培训人数', '≥100人'], [null, null, null, null], [], ['效益指标', '社会效益指标', '知晓率', '≥90%']]));
    expect(p.indicators).toHaveLength(2);
    expect([roleOf(p, 6), roleOf(p, 7)]).toEqual(['blank', 'blank']);
  });

  test('blank rows after the last indicator are not part of the table', () => {
    const p = only(targetTable([['产出指标', '数量指标', '培训人数', '≥100人'], [], []]));
    expect(p.rows.map((x) => x.role)).toEqual(['header', 'indicator']);
  });
});

describe('the sheet’s own 总分 row', () => {
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 50, 50, null],
    ['效益指标', '社会效益指标', '知晓率', '≥90%', '95%', 30, 30, null],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '85%', 10, 6, null],
  ];
  test.each<[string, CellValue[]]>([
    ['总分 in 一级, numbers under 分值/得分', ['总分', null, null, null, null, 100, 96, '优']],
    ['合 计', ['合 计', null, null, null, null, 100, 96, null]],
    ['总分（100分）', ['总分（100分）', null, null, null, null, 100, 96, null]],
    ['总分 | 100 | 96 | 优 in the first columns', ['总分', 100, 96, '优', null, null, null, null]],
    ['自评总分 one column in', [null, '自评总分', null, null, null, 100, 96, null]],
  ])('%s: read as the total, not an indicator', (_n, total) => {
    const g = selfEval(rows, { total });
    const p = only(g);
    expect(p.indicators).toHaveLength(3);
    expect(p.total).not.toBeNull();
    expect(p.total!.score).toBe(96);
    expect(roleOf(p, p.total!.row)).toBe('total');
  });

  test('the grade beside it is read', () => {
    const p = only(selfEval(rows, { total: ['总分', 100, 96, '优', null, null, null, null] }));
    expect(p.total).toMatchObject({ weight: 100, score: 96, grade: '优' });
  });

  test('fill adds no second 总分 beside the sheet’s own', () => {
    for (const total of [
      ['总分', null, null, null, null, 100, 96, '优'],
      ['总分', 100, 96, '优', null, null, null, null],
    ] as CellValue[][]) {
      const g = selfEval(rows, { total });
      const a = analyse([g]);
      const plan = planAll([g], a, DEFAULT_CONFIG, { fill: true });
      expect(plan.edits.filter((e) => e.kind === 'value' && e.value === '总分')).toEqual([]);
      expect(plan.edits.filter((e) => e.kind === 'insertRows')).toEqual([]);
    }
  });
});

describe('notes, unit lines and closing rows', () => {
  // A 注：/说明： line in one cell between indicator rows explains them: the rows below are still the table's (session 17).
  test.each(['注：指标值须量化', '注:1.本表由项目单位填报', '说明：分值合计100分'])('%s between indicator rows is a note; the table goes on', (note) => {
    const p = only(
      targetTable([
        ['产出指标', '数量指标', '培训人数', '≥100人'],
        [note, null, null, null],
        ['产出指标', '数量指标', '培训班次', '≥1个'],
      ]),
    );
    expect(p.indicators.map((x) => x.level3)).toEqual(['培训人数', '培训班次']);
    expect(roleOf(p, 6)).toBe('note');
  });
  test.each(['填报说明：……', '其他需要说明事项', '填表说明：1.本表由项目单位填报'])('%s ends the table as a note', (note) => {
    const p = only(
      targetTable([
        ['产出指标', '数量指标', '培训人数', '≥100人'],
        [note, null, null, null],
        ['产出指标', '数量指标', '不该读到', '≥1个'],
      ]),
    );
    expect(p.indicators).toHaveLength(1);
    expect(roleOf(p, 6)).toBe('note');
  });

  test.each(['单位：万元', '金额单位：元', '单位:万元'])('%s inside the grid is a note and the table goes on', (line) => {
    const p = only(
      targetTable([
        ['产出指标', '数量指标', '培训人数', '≥100人'],
        [line, null, null, null],
        ['产出指标', '质量指标', '合格率', '≥95%'],
      ]),
    );
    expect(p.indicators).toHaveLength(2);
    expect(roleOf(p, 6)).toBe('note');
  });
});

describe('names that end in 合计 are indicators', () => {
  test.each(['培训费用合计', '设备购置小计'])('%s in the 三级 column', (name) => {
    const p = only(
      targetTable([
        ['产出指标', '成本指标', '培训人数', '≥100人'],
        [null, null, name, '≤50万元'],
      ]),
    );
    expect(p.indicators.map((x) => x.level3)).toEqual(['培训人数', name]);
  });
});

describe('flat multi-project lists', () => {
  const header = ['项目名称', '一级指标', '二级指标', '三级指标', '指标值'];
  test.each<[string, CellValue[]]>([
    ['小计 in the name column', ['小计', null, null, null, null]],
    ['XX局小计', ['教育局小计', null, null, null, null]],
    ['合计 row between projects', ['合计', null, null, null, null]],
    ['小计 with an amount', [null, '小计', null, null, 300]],
  ])('%s: no phantom project, no finding on it', (_n, sub) => {
    const g = table(
      [
        ['项目A', '产出指标', '数量指标', '培训人数', '≥100人'],
        ['项目A', '效益指标', '社会效益指标', '知晓率', '≥90%'],
        sub,
        ['项目B', '产出指标', '数量指标', '建设数量', '≥2个'],
      ],
      { header },
    );
    const a = analyse([g]);
    expect(a.projects.map((x) => x.project.name)).toEqual(['项目A', '项目B']);
    expect(a.diagnostics.filter((d) => d.row === 4)).toEqual([]);
    expect(a.projects[0].project.rows.some((x) => x.role === 'subtotal')).toBe(true);
  });
});

describe('project-name lines inside one grid', () => {
  test('“项目名称：X” lines split the grid into projects', () => {
    const g = table([
      ['项目名称：甲项目', null, null, null],
      ['产出指标', '数量指标', '培训人数', '≥100人'],
      ['项目名称', '乙项目', null, null],
      ['产出指标', '数量指标', '建设数量', '≥2个'],
      ['效益指标', '社会效益指标', '知晓率', '≥90%'],
    ]);
    const ps = recogniseSheet(g).projects;
    expect(ps.map((p) => [p.name, p.indicators.length])).toEqual([
      ['甲项目', 1],
      ['乙项目', 2],
    ]);
    expect(roleOf(ps[0], 2)).toBe('header');
  });

  test('a 项目名称 line followed by the next header is the next stacked project, not a split', () => {
    const g = table(
      [
        ['产出指标', '数量指标', '培训人数', '≥100人'],
        ['项目名称', '乙项目', null, null],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '建设数量', '≥2个'],
      ],
      { above: [['项目名称', '甲项目']] },
    );
    const ps = recogniseSheet(g).projects;
    expect(ps.map((p) => p.name)).toEqual(['甲项目', '乙项目']);
  });
});

describe('annotated labels', () => {
  test.each<[string, string, number | null]>([
    ['成本指标(0-20)分', '成本指标', 20],
    ['产出指标(50分)', '产出指标', 50],
    ['产出指标（50分）', '产出指标', 50],
    ['效益指标（0～30分）', '效益指标', 30],
    ['满意度指标（选填）', '满意度指标', null],
  ])('一级 %s → %s, weight %s', (label, level1, weight) => {
    const p = only(
      targetTable([
        [
          label,
          label.startsWith('成本') ? '经济成本指标' : label.startsWith('效益') ? '社会效益指标' : label.startsWith('满意') ? '服务对象满意度指标' : '数量指标',
          '某指标',
          '≥1个',
        ],
      ]),
    );
    expect(p.indicators[0].level1).toBe(level1);
    expect(p.indicators[0].raw.level1).toBe(label);
    if (weight !== null) expect(Object.values(p.labelWeights.bucket ?? {})).toContain(weight);
  });

  test.each([
    ['数量指标(必填硬性指标)', '数量指标'],
    ['质量指标（选填）', '质量指标'],
    ['满意度指标（具体指标）', '服务对象满意度指标'],
  ])('二级 %s → %s', (label, level2) => {
    const p = only(targetTable([['产出指标', label, '某指标', '≥1个']]));
    expect(p.indicators[0].level2).toBe(level2);
  });

  test.each([
    ['指标1:培训人数', '培训人数'],
    ['指标2：建设数量', '建设数量'],
    ['1、培训人数', '培训人数'],
    ['10.5万元补助', '10.5万元补助'],
  ])('三级 %s → %s', (raw, name) => {
    const p = only(targetTable([['产出指标', '数量指标', raw, '≥1个']]));
    expect(p.indicators[0].level3).toBe(name);
    expect(p.indicators[0].raw.level3).toBe(raw);
  });

  test.each([
    ['培训人数≥100人', '培训人数', '100'],
    ['建设数量不少于2个', '建设数量', '2'],
    ['合格率＞95%', '合格率', '95'],
  ])('target written into the name: %s', (raw, name, num) => {
    const p = only(targetTable([['产出指标', '数量指标', raw, null]]));
    expect(p.indicators[0].level3).toBe(name);
    expect(p.indicators[0].target.number).toBe(num);
  });
});

describe('column roles read by content', () => {
  test.each([[['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '指标方向']], [['一级指标', '二级指标', '三级指标', '指标方向', '指标值', '指标性质']]])(
    '指标性质 / 指标方向 in either order, either content: %j',
    (header) => {
      for (const [x, y] of [
        ['≥', '正向'],
        ['正向', '≥'],
      ]) {
        const p = only(table([['产出指标', '数量指标', '培训人数', x, '100人', y]], { header }));
        expect(p.indicators[0].target.op).toBe('≥');
        expect(p.indicators[0].nature).toBe('正向');
      }
    },
  );

  test('指标值 | 指标值内容 | 评(扣)分标准: the content column speaks when the value is empty', () => {
    const header = ['一级指标', '二级指标', '三级指标', '指标值', '指标值内容', '评(扣)分标准'];
    const p = only(
      table(
        [
          ['成本指标', '经济成本指标', '培训成本', '≤50万元', '控制在预算内', '超支扣分'],
          ['满意度指标', '服务对象满意度指标', '满意度', null, '≥90%', '未达扣分'],
          ['产出指标', '数量指标', '培训人数', '≥100人', null, '未达扣分'],
        ],
        { header },
      ),
    );
    expect(p.columns).toMatchObject({ target: 4, targetText: 5, method: 6 });
    expect(p.indicators.map((x) => x.target.number)).toEqual(['50', '90', '100']);
  });

  test('two columns that both look like 指标值: the reader says which it took', () => {
    const p = only(table([['产出指标', '数量指标', '培训人数', '≥100人', '≥120人']], { header: ['一级指标', '二级指标', '三级指标', '年度指标值', '指标值'] }));
    expect(p.doubts.join('')).toMatch(/多列像指标值/);
  });

  test('no 指标值 column at all: said, not guessed', () => {
    const p = only(table([['产出指标', '数量指标', '培训人数', '100人']], { header: ['一级指标', '二级指标', '三级指标', '数值'] }));
    expect(p.doubts.join('')).toMatch(/没有找到“指标值”列/);
  });
});

describe('the 预算执行率 line inside the grid is the funds’ execution, not an indicator', () => {
  test('a line across the level columns is read as funds', () => {
    const g = targetTable(
      [
        ['预算执行率', null, null, '100%'],
        ['产出指标', '数量指标', '培训人数', '≥100人'],
      ],
      100,
      { merges: [{ top: 5, left: 1, bottom: 5, right: 3 }] },
    );
    const p = only(g);
    expect(roleOf(p, 5)).toBe('funds');
    expect(p.indicators.map((x) => x.level3)).toEqual(['培训人数']);
  });

  test('a 三级 named 预算执行率 under merged 一级/二级 stays an indicator', () => {
    const g = targetTable(
      [
        ['产出指标', '时效指标', '资金拨付及时率', '100%'],
        [null, null, '预算执行率', '≥90%'],
      ],
      100,
      {
        merges: [
          { top: 5, left: 1, bottom: 6, right: 1 },
          { top: 5, left: 2, bottom: 6, right: 2 },
        ],
      },
    );
    const p = only(g);
    expect(p.indicators.map((x) => x.level3)).toEqual(['资金拨付及时率', '预算执行率']);
  });
});

describe('a 三级 name wrapped onto a line of its own', () => {
  test('the tail is joined back to the name above', () => {
    const p = only(
      targetTable([
        ['产出指标', '数量指标', '农村生活污水治理行政', '≥18个'],
        [null, null, '村数量', null],
        ['效益指标', '生态效益指标', '污水治理率', '≥60%'],
      ]),
    );
    expect(p.indicators.map((x) => x.level3)).toEqual(['农村生活污水治理行政村数量', '污水治理率']);
  });

  test('inside merged 一级/二级 a short name without a target is an indicator that lacks its 指标值', () => {
    const merges = [
      { top: 5, left: 1, bottom: 6, right: 1 },
      { top: 5, left: 2, bottom: 6, right: 2 },
    ];
    const p = only(
      targetTable(
        [
          ['产出指标', '数量指标', '农村生活污水治理行政村数量', '≥18个'],
          [null, null, '管网长度', null],
        ],
        100,
        { merges },
      ),
    );
    expect(p.indicators.map((x) => x.level3)).toEqual(['农村生活污水治理行政村数量', '管网长度']);
  });
});
