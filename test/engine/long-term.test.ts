/**
 * A 长期 (中长期, 实施期, 总体) 绩效指标 grid under a project that also has an 年度 grid: the year is
 * self-evaluated against the 年度 targets, so the long-term grid is read and checked but gets no
 * self-evaluation columns, no scores, and is not counted as a project of its own.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse, projectCount } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { fileReport } from '../../src/engine/report';
import { formatCheck, projectLine } from '../../src/cli/text';
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { grids } from '../helpers/fixtures';

const V76 = 'variants/v76-long-term-and-annual-grids.xlsx';

/** Rows any edit of the plan touches, per sheet row. */
function touched(edits: { row?: number }[]): Set<number> {
  return new Set(edits.map((e) => e.row).filter((r): r is number => typeof r === 'number'));
}

describe('v76: 长期绩效指标 then 年度绩效指标 under one 项目名称', () => {
  test('fill writes nothing beside the long-term grid; the 年度 grid gets its columns', async () => {
    const gs = await grids(V76);
    const a = analyse(gs);
    const [long, annual] = a.projects.map((r) => r.project);
    expect(long.partOf).toBe(annual.index);
    expect(annual.partOf).toBeUndefined();
    const rows = touched(planAll(gs, a, DEFAULT_CONFIG, { fill: true }).edits as { row?: number }[]);
    for (let r = long.headerRow; r <= long.endRow; r++) expect([r, rows.has(r)]).toEqual([r, false]);
    expect(rows.has(annual.headerRow)).toBe(true);
    expect(a.projects[0].score.rows.every((x) => x.weight === null && x.score === null)).toBe(true);
    expect(a.projects[1].score.rows.every((x) => x.weight !== null)).toBe(true);
  });

  test('counted once: one project line, JSON names the long-term grid part of the 年度 one', async () => {
    const a = analyse(await grids(V76));
    expect(projectCount(a)).toBe(1);
    const lines = formatCheck('v76.xlsx', a, false)
      .split('\n')
      .filter((l) => l.startsWith('项目 '));
    expect(lines).toHaveLength(1);
    expect(projectLine(a.projects[0])).toMatch(/^ {2}项目 2 的长期绩效指标/);
    const json = fileReport('v76.xlsx', a).projects;
    expect(json.map((p) => (p as { partOf?: number }).partOf)).toEqual([2, undefined]);
    expect(json[0].indicators.every((i) => i.weight === null && i.score === null)).toBe(true);
  });
});

const GRID: CellValue[][] = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '培训人数', '≥100人'],
  ['效益指标', '社会效益指标', '知晓率', '≥90%'],
];

function sheet(first: string, second: string, secondName = '职业技能培训'): ReturnType<typeof makeGrid> {
  return makeGrid('申报表', [['项目名称', '职业技能培训'], [first], ...GRID, [], ['项目名称', secondName], [second], ...GRID], []);
}

describe('the class: any long-term title, either order', () => {
  test.each([
    ['中长期绩效指标', '年度绩效指标'],
    ['年度绩效目标', '实施期绩效目标'],
    ['一、总体绩效指标', '二、年度绩效指标'],
  ])('%s / %s', (first, second) => {
    const a = analyse([sheet(first, second)]);
    expect(projectCount(a)).toBe(1);
    const long = a.projects.find((r) => r.project.partOf !== undefined)!;
    expect(long.project.partOf).not.toBe(long.project.index);
    const rows = touched(planAll([sheet(first, second)], a, DEFAULT_CONFIG, { fill: true }).edits as { row?: number }[]);
    for (let r = long.project.headerRow; r <= long.project.endRow; r++) expect(rows.has(r)).toBe(false);
  });

  test('a long-term grid with no 年度 grid of the same project stays a project of its own', () => {
    for (const g of [makeGrid('申报表', [['项目名称', '职业技能培训'], ['长期绩效指标'], ...GRID], []), sheet('长期绩效指标', '年度绩效指标', '乡村学校改造')]) {
      const a = analyse([g]);
      expect(a.projects.every((r) => r.project.partOf === undefined)).toBe(true);
      expect(projectCount(a)).toBe(a.projects.length);
    }
  });
});

test('a 自评表 elsewhere in the file is held to the 年度 grid, not the long-term one (SE-15)', () => {
  const long: CellValue[][] = [GRID[0], ['产出指标', '数量指标', '培训人数', '≥300人'], ['效益指标', '社会效益指标', '知晓率', '≥90%']];
  const target = makeGrid('申报表', [['项目名称', '职业技能培训'], ['长期绩效指标'], ...long, [], ['项目名称', '职业技能培训'], ['年度绩效指标'], ...GRID], []);
  const self = makeGrid(
    '自评表',
    [
      ['项目名称', '职业技能培训'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '120人', null, null, null],
      ['效益指标', '社会效益指标', '知晓率', '≥90%', '95%', null, null, null],
    ],
    [],
  );
  const a = analyse([target, self]);
  expect(a.projects.map((r) => r.project.partOf)).toEqual([2, undefined, undefined]);
  expect(a.diagnostics.filter((d) => d.rule === 'SE-15').map((d) => d.message)).toEqual([]);
});

test('the header again right under an 年度 title line starts the 年度 grid (not a page break’s repeat)', () => {
  for (const gap of [[[], ['年度绩效指标']], [['二、年度绩效指标']]] as CellValue[][][]) {
    const g = makeGrid('申报表', [['项目名称', '职业技能培训'], ['一、长期绩效指标'], ...GRID, ...gap, ...GRID], []);
    const a = analyse([g]);
    expect(a.projects.map((r) => [r.project.indicators.length, r.project.repeatedHeaders.length, r.project.partOf])).toEqual([
      [2, 0, 2],
      [2, 0, undefined],
    ]);
  }
  // Without a title line the header again is still a page break's repeat.
  const plain = analyse([makeGrid('申报表', [['项目名称', '职业技能培训'], ...GRID, [], ...GRID], [])]);
  expect(plain.projects.map((r) => [r.project.indicators.length, r.project.repeatedHeaders.length])).toEqual([[4, 1]]);
});
