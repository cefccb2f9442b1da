/**
 * Project name, budget and money unit read from the sheet; tables side by side; a person's
 * corrections (--map) applied by the engine.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { parseCorrections, CorrectionsError } from '../../src/engine/corrections';
import { planAll, FillRoomError } from '../../src/engine/planner';
import { fileReport } from '../../src/engine/report';
import { formatCheck, formatExplain } from '../../src/cli/text';
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';
import { table, TARGET_HEADER } from '../helpers/table';

const ROWS: CellValue[][] = [
  ['产出指标', '数量指标', '培训人数', '≥100人'],
  ['效益指标', '社会效益指标', '知晓率', '≥90%'],
];
const one = (above: CellValue[][]) => {
  const ps = recogniseSheet(table(ROWS, { above })).projects;
  expect(ps).toHaveLength(1);
  return ps[0];
};

describe('project name', () => {
  test.each<[string, CellValue[][], string]>([
    ['项目名称 beats a year-and-form title', [['2023年项目支出绩效自评表'], ['项目名称', '农村道路养护']], '农村道路养护'],
    [
      '项目名称 below 单位名称',
      [
        ['单位名称', '交通局'],
        ['项目名称：', '农村道路养护'],
      ],
      '农村道路养护',
    ],
    ['inline 项目名称：', [['项目名称：农村道路养护']], '农村道路养护'],
    ['a title naming the project', [['农村道路养护项目绩效目标表']], '农村道路养护项目'],
    ['a title naming only a year: the unit, not “2023年”', [['2023年度项目支出绩效目标表'], ['单位名称', '交通局']], '交通局'],
  ])('%s', (_n, above, name) => expect(one(above).name).toBe(name));

  test('a title that names only a year never becomes the name', () => {
    const p = one([['2023年项目支出绩效目标表']]);
    expect(p.name).not.toMatch(/^2023年/);
  });
});

describe('budget and money unit', () => {
  test.each<[string, CellValue[][], number, string]>([
    [
      '项目总预算',
      [
        ['项目名称', 'X'],
        ['项目总预算', 120],
      ],
      120,
      '万元',
    ],
    [
      '资金总额 with 单位：元',
      [
        ['项目名称', 'X', '单位：元'],
        ['资金总额', 1200000],
      ],
      1200000,
      '元',
    ],
    [
      '年度资金总额（元）',
      [
        ['项目名称', 'X'],
        ['年度资金总额（元）', 50000],
      ],
      50000,
      '元',
    ],
    [
      'thousands separators',
      [
        ['项目名称', 'X'],
        ['预算数', '1,250,000.00'],
      ],
      1250000,
      '元',
    ],
    [
      'a separator in a 万元 amount',
      [
        ['项目名称', 'X'],
        ['预算数', '1,250.00'],
      ],
      1250,
      '万元',
    ],
    ['金额单位：万元', [['金额单位：万元'], ['项目名称', 'X'], ['预算数', 80]], 80, '万元'],
    // 专项债券 tables give investment in 亿元: read in the sheet's unit when it states one, else in 亿元, unit named.
    ['单位：亿元 stated', [['单位：亿元'], ['项目名称', 'X'], ['项目总投资', 2.5]], 2.5, '亿元'],
    [
      '“2.5亿元” in its cell, no unit line',
      [
        ['项目名称', 'X'],
        ['项目总投资', '2.5亿元'],
      ],
      2.5,
      '亿元',
    ],
    ['“2.5亿元” on a 万元 sheet is 25000 万元', [['单位：万元'], ['项目名称', 'X'], ['项目总投资', '2.5亿元']], 25000, '万元'],
    ['“项目总投资：2.5亿元” in the label on a 万元 sheet', [['单位：万元'], ['项目名称', 'X'], ['项目总投资：2.5亿元']], 25000, '万元'],
    ['“总投资3亿元，其中…” in a sentence on a 万元 sheet', [['单位：万元'], ['项目名称', 'X'], ['项目总投资', '3亿元（其中专项债券2亿元）']], 30000, '万元'],
    ['“120万元” on an 元 sheet is 1200000 元', [['单位：元'], ['项目名称', 'X'], ['预算数', '120万元']], 1200000, '元'],
    [
      'only the parts: 财政拨款 小计 + 其他资金',
      [
        ['项目名称', 'X'],
        ['财政拨款', '小计', 80],
        ['其他资金', 20],
      ],
      100,
      '万元',
    ],
  ])('%s', (_n, above, total, unit) => {
    const g = table(ROWS, { above });
    const a = analyse([g]);
    const p = a.projects[0].project;
    expect(p.funds.total?.value).toBe(total);
    expect(p.money.unit).toBe(unit);
    const json = fileReport('x.xlsx', a).projects[0];
    expect(json.budget).toMatchObject({ total, unit });
    expect(formatCheck('x.xlsx', a, false)).toContain(`预算 ${total} ${unit}`);
  });

  test('a budget given only as its parts is written as their sum by fill', () => {
    const g = table(ROWS, {
      above: [
        ['项目名称', 'X'],
        ['财政拨款', '小计', 80],
        ['其他资金', 20],
      ],
    });
    const plan = planAll([g], analyse([g]), DEFAULT_CONFIG, { fill: true });
    expect(plan.edits.some((e) => e.kind === 'formula' && e.formula === 'C2+B3')).toBe(true);
  });

  test('fill lines say 元 when the sheet is in 元', () => {
    const g = table(ROWS, {
      above: [
        ['项目名称', 'X', '单位：元'],
        ['预算数', 1200000],
      ],
    });
    const plan = planAll([g], analyse([g]), DEFAULT_CONFIG, { fill: true });
    expect(plan.edits.some((e) => e.kind === 'value' && e.value === '全年预算数（元）')).toBe(true);
  });
});

describe('transfer-payment 区域绩效目标表: one target per county or town', () => {
  function regional(names: string[], values: CellValue[][], left = 4): ReturnType<typeof makeGrid> {
    const width = left + names.length;
    const pad = (cells: CellValue[]) => [...cells, ...Array<CellValue>(Math.max(0, width - cells.length)).fill(null)];
    const rows: CellValue[][] = [
      pad(['转移支付（项目）名称', null, '农田建设']),
      pad(['资金情况（万元）', null, '年度金额', 300]),
      pad(['一级指标', '二级指标', '三级指标', '指标值']),
      pad([null, null, null, ...names]),
      ...values.map(pad),
    ];
    const merges = [
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 2, bottom: 4, right: 2 },
      { top: 3, left: 3, bottom: 4, right: 3 },
      { top: 3, left: 4, bottom: 3, right: 3 + names.length },
    ];
    return makeGrid('区域绩效目标表', rows, merges);
  }

  test.each([[['全省', '甲县', '乙县']], [['合计', '城关镇', '河口镇', '新集乡']], [['全市', 'A区']]])('each recipient is read and reported: %j', (names) => {
    const values = [['产出指标', '数量指标', '新建面积', ...names.map((_, k) => `≥${10 - k}万亩`)]];
    const a = analyse([regional(names, values)]);
    const p = a.projects[0].project;
    expect(p.name).toBe('农田建设');
    expect(p.funds.total?.value).toBe(300);
    expect(p.recipients?.map((x) => x.name)).toEqual(names.slice(1));
    const json = fileReport('x', a).projects[0].indicators[0] as unknown as { recipients: { name: string; target: { value: number } }[] };
    expect(json.recipients.map((x) => [x.name, x.target.value])).toEqual(names.slice(1).map((n, k) => [n, 10 - (k + 1)]));
  });

  test('a value rule fires on the recipient’s own cell', () => {
    const a = analyse([regional(['全省', '甲县', '乙县'], [['产出指标', '质量指标', '合格率', '100%', '100%', '120%']])]);
    expect(a.diagnostics.some((d) => d.rule === 'VAL-06' && d.cell === 'F5')).toBe(true);
    expect(a.diagnostics.filter((d) => d.cell === 'E5' || d.cell === 'F5').map((d) => d.rule)).toEqual(['VAL-06']);
  });
});

describe('execution weight written into the funds header', () => {
  test.each([
    ['得分(20分*执行率)', 20],
    ['得分（10分×执行率）', 10],
    ['得分(20分*预算执行率)', 20],
  ])('%s', (header, weight) => {
    const g = makeGrid('S', [
      ['项目名称', 'X'],
      ['项目资金', '年初预算数', '全年预算数', '全年执行数', header],
      ['年度资金总额', 100, 100, 100, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '120人', null, null],
    ]);
    expect(recogniseSheet(g).projects[0].labelWeights.execution).toBe(weight);
  });
});

describe('rules read money in the sheet’s unit', () => {
  const cost = (budget: CellValue, unitLine: CellValue[]) =>
    table(
      [
        ['产出指标', '成本指标', '培训成本', '≤50万元'],
        ['效益指标', '社会效益指标', '知晓率', '≥90%'],
      ],
      {
        above: [
          ['项目名称', 'X', ...unitLine],
          ['预算数', budget, '其中：财政资金', budget],
        ],
      },
    );

  test('a budget of 1,000,000 元 covers a 50 万元 cost row; 300,000 元 does not', () => {
    expect(analyse([cost(1000000, ['单位：元'])]).diagnostics.filter((d) => d.rule === 'CST-02')).toEqual([]);
    const over = analyse([cost(300000, ['单位：元'])]).diagnostics.filter((d) => d.rule === 'CST-02');
    expect(over).toHaveLength(1);
    expect(over[0].message).toContain('预算数 30 万元');
  });

  test('CST-01 quotes the sheet’s amounts in its unit', () => {
    const g = table([['产出指标', '数量指标', '培训人数', '≥100人']], {
      above: [
        ['项目名称', 'X', '单位：元'],
        ['预算数', 1200000],
        ['其中：财政资金', 1000000],
        ['其他资金', null], // written and empty: none, so the budget must be the fiscal money (without the line, other money is unknown)
      ],
    });
    const d = analyse([g]).diagnostics.find((x) => x.rule === 'CST-01')!;
    expect(d.message).toMatch(/^预算数 1200000 元 ≠/);
  });
});

describe('tables side by side', () => {
  /** Two projects: A–D and, after `gap` empty columns, the next four. */
  function sideBySide(gap: number): ReturnType<typeof makeGrid> {
    const pad = Array<CellValue>(gap).fill(null);
    const values: CellValue[][] = [
      ['项目名称', '甲项目', null, null, ...pad, '项目名称', '乙项目', null, null],
      ['预算数', 100, null, null, ...pad, '预算数', 50, null, null],
      [...TARGET_HEADER, ...pad, ...TARGET_HEADER],
      ['产出指标', '数量指标', '培训人数', '≥100人', ...pad, '产出指标', '数量指标', '建设数量', '≥2个'],
      ['效益指标', '社会效益指标', '知晓率', '≥90%', ...pad, '效益指标', '社会效益指标', '满意度', '≥95%'],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', ...pad, null, null, null, null],
    ];
    return makeGrid('S', values);
  }

  test.each([1, 2, 5])('both found, each bounded to its own columns (gap %i)', (gap) => {
    const ps = recogniseSheet(sideBySide(gap)).projects;
    expect(ps.map((p) => [p.name, p.indicators.length, p.funds.total?.value])).toEqual([
      ['甲项目', 3, 100],
      ['乙项目', 2, 50],
    ]);
    expect(ps[0].lastCol).toBe(4);
    expect(ps[1].firstCol).toBe(5 + gap);
    expect(ps[1].columns.level3).toBe(7 + gap);
  });

  test('“三级指标 | 指标名称” in one header is one table', () => {
    const g = table([['产出指标', '数量指标', '培训', '培训人数', '≥100人']], { header: ['一级指标', '二级指标', '三级指标', '指标名称', '指标值'] });
    expect(recogniseSheet(g).projects).toHaveLength(1);
  });

  test('fill refuses with one clear line when the first table has no room', () => {
    const g = sideBySide(2);
    expect(() => planAll([g], analyse([g]), DEFAULT_CONFIG, { fill: true })).toThrow(FillRoomError);
    expect(() => planAll([g], analyse([g]), DEFAULT_CONFIG, { fill: true })).toThrow(/没有空位.*项目 2“乙项目”/);
  });

  test('with room, each table’s columns are written beside its own table', () => {
    const g = sideBySide(5);
    const plan = planAll([g], analyse([g]), DEFAULT_CONFIG, { fill: true });
    const labels = plan.edits.filter((e) => e.kind === 'value' && e.value === '实际完成值' && e.row === 3);
    expect(labels.map((e) => (e as { col: number }).col).sort((x, y) => x - y)).toEqual([5, 14]);
  });
});

describe('corrections (--map)', () => {
  const g = () =>
    table(
      [
        ['产出指标', '数量指标', '培训人数', '≥100人', '≥120人'],
        ['产出指标', '数量指标', '示例行请删除', '≥1个', '≥1个'],
        ['效益指标', '社会效益指标', '知晓率', '≥90%', '≥95%'],
      ],
      {
        header: ['一级指标', '二级指标', '三级指标', '备用', '指标值'],
        above: [
          ['单位名称', '交通局'],
          ['项目名称', '错的名称'],
          ['说明', '农村道路养护'],
        ],
      },
    );

  test('a row is not an indicator, a column is the 指标值, the name is in a cell', () => {
    const map = parseCorrections({
      rows: [{ sheet: 'Sheet1', row: 6, role: 'note' }],
      columns: [{ sheet: 'Sheet1', headerRow: 4, role: 'target', column: 'D' }],
      names: [{ sheet: 'Sheet1', headerRow: 4, cell: 'B3' }],
    });
    const p = analyse([g()], DEFAULT_CONFIG, map).projects[0].project;
    expect(p.indicators.map((x) => x.level3)).toEqual(['培训人数', '知晓率']);
    expect(p.indicators[0].target.number).toBe('100');
    expect(p.name).toBe('农村道路养护');
    expect(p.rows.find((x) => x.row === 6)).toMatchObject({ role: 'note', reason: expect.stringContaining('人工更正') });
  });

  test('without corrections the same sheet reads as before', () => {
    const p = analyse([g()]).projects[0].project;
    expect(p.indicators).toHaveLength(3);
    expect(p.indicators[0].target.number).toBe('120');
    expect(p.name).toBe('错的名称');
  });

  test('a row can be forced in', () => {
    const grid = table([['产出指标', '数量指标', '指标1:', null]], { above: [['项目名称', 'X']] });
    expect(analyse([grid]).projects[0].project.indicators).toHaveLength(0);
    const map = parseCorrections({ rows: [{ sheet: 'Sheet1', row: 3, role: 'indicator' }] });
    expect(analyse([grid], DEFAULT_CONFIG, map).projects[0].project.indicators).toHaveLength(1);
  });

  test.each<[unknown, RegExp]>([
    [[], /JSON 对象/],
    [{ rows: {} }, /rows 应为数组/],
    [{ rows: [{ sheet: 'S', row: 0, role: 'note' }] }, /行号/],
    [{ rows: [{ sheet: 'S', row: 3, role: 'nonsense' }] }, /role/],
    [{ columns: [{ sheet: 'S', headerRow: 4, role: 'target', column: '4F' }] }, /列字母/],
    [{ names: [{ sheet: 'S', headerRow: 4, cell: 'three' }] }, /单元格地址/],
    [{ names: [{ headerRow: 4, cell: 'B3' }] }, /sheet/],
  ])('a bad map is refused in Chinese: %j', (obj, msg) => {
    expect(() => parseCorrections(obj)).toThrow(CorrectionsError);
    expect(() => parseCorrections(obj)).toThrow(msg);
  });
});

describe('what the reader reports about itself', () => {
  const grid = table([['产出指标', '数量指标', '培训人数', '≥100人'], ['产出指标', '数量指标', '指标2:', null], [], ['效益指标', '社会效益指标', '知晓率', '≥90%']], {
    above: [
      ['项目名称', '农村道路养护'],
      ['预算数', 100],
    ],
  });

  test('JSON: columns as letters and every row with its role and reason; indicators only indicator rows', () => {
    const p = fileReport('x.xlsx', analyse([grid])).projects[0];
    expect(p.columns).toEqual({ level1: 'A', level2: 'B', level3: 'C', target: 'D' });
    expect(p.rows.map((r) => [r.row, r.role])).toEqual([
      [3, 'header'],
      [4, 'indicator'],
      [5, 'placeholder'],
      [6, 'blank'],
      [7, 'indicator'],
    ]);
    for (const r of p.rows) expect(r.reason).toMatch(/\p{Script=Han}/u);
    expect(p.indicators.map((x) => x.row)).toEqual([4, 7]);
  });

  test('a bare quantity has op “=” in the JSON', () => {
    const g = table([['产出指标', '数量指标', '培训人数', '100人']], { above: [['项目名称', 'X']] });
    expect(fileReport('x', analyse([g])).projects[0].indicators[0].target).toMatchObject({ op: '=', value: 100 });
  });

  test('--explain text: header, column roles with their header text, each row with role and reason', () => {
    const text = formatExplain('x.xlsx', analyse([grid]));
    expect(text).toContain('表头：第 3 行');
    expect(text).toContain('D 指标值（“指标值”）');
    expect(text).toMatch(/第 +5 行 {2}占位 {2}模板占位行/);
    expect(text).toMatch(/第 +6 行 {2}空行/);
    expect(text).toMatch(/第 +4 行 {2}指标 {2}指标行：产出指标 › 数量指标 › 培训人数，指标值“≥100人”/);
    expect(text).toContain('金额单位：万元');
  });

  test('check text says what it skipped', () => {
    expect(formatCheck('x.xlsx', analyse([grid]), false)).toContain('已跳过 1 行非指标行（占位 1）');
  });
});

describe('a name label and its name in one cell', () => {
  test('“部门名称：县教育局” names a 部门整体 table', () => {
    const g = table([['履职效能', '部门履职目标', '重点工作任务完成率', '100%']], {
      above: [['2024年度部门整体支出绩效目标表'], ['部门名称：县教育局', null, '金额单位：万元']],
    });
    expect(analyse([g]).projects[0].project.name).toBe('县教育局');
  });
  test('“项目名称：…” still beats a 单位名称 in one cell', () => {
    const g = table([['产出指标', '数量指标', '人数', '100人']], { above: [['单位名称：县教育局'], ['项目名称：校舍维修']] });
    expect(analyse([g]).projects[0].project.name).toBe('校舍维修');
  });
});

describe('部门整体 tables take the budget system’s name labels', () => {
  const whole = (line: CellValue[]) => table([['履职效能', '部门履职目标', '重点工作任务完成率', '100%']], { above: [['2026年度部门整体绩效目标表'], line] });
  test.each([['预算单位'], ['预算部门'], ['预算单位名称'], ['部门（单位）'], ['单位名称'], ['部门名称']])('“%s | 县水利局” names it', (label) => {
    expect(analyse([whole([label, '县水利局'])]).projects[0].project.name).toBe('县水利局');
  });
  test('“预算部门：县水利局” in one cell names it', () => {
    expect(analyse([whole(['预算部门：县水利局'])]).projects[0].project.name).toBe('县水利局');
  });
  test('on a 项目 table the 项目名称 beside a 预算单位 line stays the name', () => {
    const g = table([['产出指标', '数量指标', '人数', '100人']], {
      above: [['2026年度项目支出绩效目标表'], ['预算单位', '县水利局'], ['项目名称', '中小河流治理工程']],
    });
    expect(analyse([g]).projects[0].project.name).toBe('中小河流治理工程');
  });
});
