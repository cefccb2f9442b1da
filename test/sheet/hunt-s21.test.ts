/**
 * Session 21 (variants v491–v496): 目标表 shapes left open in session 20.
 * - v495 / v496: the 实施期 (中长期) and 年度 tables of one project side by side on the same rows, each under its own
 *   title, the 项目名称 and funds lines above both. The right-hand table found no name (it was called “目标表”, the
 *   sheet's name), so the 年度 grid was a second nameless project, unbudgeted, and the 实施期 grid was never linked
 *   to it (it was scored as a project of its own).
 */
import { analyse } from '../../src/engine/analyse';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { planAll } from '../../src/engine/planner';

const ROWS: [string, string, string, string, string][] = [
  ['产出指标', '数量指标', '新建高标准农田面积', '≥9.6万亩', '≥3.2万亩'],
  ['产出指标', '质量指标', '工程质量合格率', '100%', '100%'],
  ['效益指标', '经济效益指标', '粮食亩均增产', '≥150公斤', '≥50公斤'],
  ['满意度指标', '服务对象满意度指标', '受益农户满意度', '≥90%', '≥90%'],
];

/** labels: the titles over the left and right tables; period: whether the left one holds the period's targets. */
function sheet(labels: [string, string], o: { periodLeft: boolean; gap?: boolean; nameLine?: boolean }): CellValue[][] {
  const gap = o.gap === false ? [] : [null];
  const w = 4 + gap.length + 4;
  const pad = (cells: CellValue[]) => [...cells, ...Array(w - cells.length).fill(null)];
  const rows: CellValue[][] = [
    pad(['2026年度项目支出绩效目标申报表']),
    ...(o.nameLine === false ? [] : [pad(['项目名称', '高标准农田建设'])]),
    pad(['年度资金总额（万元）', 4800]),
    pad([labels[0], null, null, null, ...gap, labels[1]]),
    ['一级指标', '二级指标', '三级指标', '指标值', ...gap, '一级指标', '二级指标', '三级指标', '指标值'],
  ];
  for (const [l1, l2, l3, period, year] of ROWS) {
    const [a, b] = o.periodLeft ? [period, year] : [year, period];
    rows.push([l1, l2, l3, a, ...gap, l1, l2, l3, b]);
  }
  return rows;
}

const read = (rows: CellValue[][]) =>
  analyse([makeGrid('目标表', rows)], DEFAULT_CONFIG).projects.map(({ project: p, score }) => ({
    name: p.name,
    col: p.firstCol,
    budget: p.funds.total?.value ?? null,
    linked: p.partOf !== undefined,
    scored: score.total !== null || score.rows.some((r) => r.weight !== null),
  }));

test.each([
  [['实施期绩效指标', '年度绩效指标'], true],
  [['中长期绩效指标', '本年度绩效指标'], true],
  [['年度绩效指标', '实施期绩效指标'], false],
  [['（二）年度绩效指标', '（一）中长期绩效指标'], false],
] as [[string, string], boolean][])('%j side by side: one project, the period’s grid part of the year’s', (labels, periodLeft) => {
  const got = read(sheet(labels, { periodLeft }));
  expect(got.map((x) => x.name)).toEqual(['高标准农田建设', '高标准农田建设']);
  const [period, year] = periodLeft ? got : [got[1], got[0]];
  expect([period.linked, year.linked]).toEqual([true, false]);
  expect([period.scored, year.scored]).toEqual([false, true]);
  expect(year.budget).toBe(4800);
});

test('the same without a gap column between the tables', () => {
  const got = read(sheet(['实施期绩效指标', '年度绩效指标'], { periodLeft: true, gap: false }));
  expect(got.map((x) => [x.name, x.linked])).toEqual([
    ['高标准农田建设', true],
    ['高标准农田建设', false],
  ]);
});

test('the same tables naming no horizon are one table printed in two halves, as before', () => {
  const got = read(sheet(['', ''], { periodLeft: true }).map((r, i) => (i === 3 ? r.map(() => null) : r)));
  expect(got.map((x) => [x.name, x.col, x.linked])).toEqual([['高标准农田建设', 1, false]]);
});

test('no 项目名称 line at all: no name to take, both keep the sheet’s name (and are linked by it)', () => {
  const got = read(sheet(['实施期绩效指标', '年度绩效指标'], { periodLeft: true, nameLine: false }));
  expect(got.map((x) => [x.name, x.col, x.linked])).toEqual([
    ['目标表', 1, true],
    ['目标表', 6, false],
  ]);
});

test.each([
  [['实施期绩效指标', '年度绩效指标'], true],
  [['年度绩效指标', '中长期绩效指标'], false],
] as [[string, string], boolean][])('no 项目名称 line, %j: the nameless pair shares the funds line above both (年度 budget 4 800 万元)', (labels, periodLeft) => {
  const got = read(sheet(labels, { periodLeft, nameLine: false }));
  expect(got.map((x) => [x.name, x.budget])).toEqual([
    ['目标表', 4800],
    ['目标表', 4800],
  ]);
  const [period, year] = periodLeft ? got : [got[1], got[0]];
  expect([period.linked, year.linked]).toEqual([true, false]);
});

test('no 项目名称 line and the same horizon over both sides: one table printed in two halves, as before', () => {
  const got = read(sheet(['年度绩效指标', '年度绩效指标'], { periodLeft: true, nameLine: false }));
  expect(got.map((x) => [x.name, x.col, x.budget, x.linked])).toEqual([['目标表', 1, 4800, false]]);
});

describe('fill beside the 年度 table when the 实施期 one stands to its left', () => {
  const plan = (periodLeft: boolean) => {
    const g = makeGrid('目标表', sheet(periodLeft ? ['实施期绩效指标', '年度绩效指标'] : ['年度绩效指标', '实施期绩效指标'], { periodLeft }));
    return () => planAll([g], analyse([g], DEFAULT_CONFIG), DEFAULT_CONFIG, { fill: true });
  };

  test('the 实施期 grid gets no self-evaluation columns, so its neighbour is no obstacle: fill adds them right of the 年度 table', () => {
    // The header (row 5) and the indicator rows (6–9): written right of the 年度 table (J on), never into A–I.
    const cols = plan(true)().edits.flatMap((e) => ((e.kind === 'value' || e.kind === 'formula') && e.row >= 5 && e.row <= 9 ? [e.col] : []));
    expect(cols.length).toBeGreaterThan(0);
    expect(Math.min(...cols)).toBe(10);
  });

  test('the 年度 table on the left has the 实施期 one where its columns would go: fill refuses in one line', () => {
    expect(plan(false)).toThrow(/右侧没有空位添加自评列/);
  });
});
