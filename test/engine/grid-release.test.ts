/**
 * `fill` lets go of the grid rows above every table still to plan (grid-release.ts): nothing a later
 * table's plan reads may be gone, and the plan must be the one made from the whole grid.
 */
import { readdirSync } from 'fs';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse, startAnalysis } from '../../src/engine/analyse';
import { planFillProject } from '../../src/engine/fill';
import { firstRowRead, rowReleaser } from '../../src/engine/grid-release';
import { fillsBeside, planAll } from '../../src/engine/planner';
import { readGrids } from '../../src/gateways/xlsx/read';
import { makeGrid, type CellValue, type Grid } from '../../src/sheet/grid';
import type { Edit } from '../../src/sheet/plan';
import { fixture, FIXTURES } from '../helpers/fixtures';

const header = ['一级指标', '二级指标', '三级指标', '指标值'];

function stacked(): Grid {
  const rows: CellValue[][] = [];
  for (const name of ['职业技能培训', '乡村学校改造', '农村公路养护']) {
    rows.push(['项目名称', name], header, ['产出指标', '数量指标', '培训人数', '≥300人'], ['效益指标', '社会效益指标', '知晓率', '≥90%'], []);
  }
  return makeGrid('目标表', rows);
}

/** The plan as `fill` makes it project by project (cli/fill-stream.ts), rows let go after each table. */
function planReleasing(grids: Grid[]): Edit[] {
  const run = startAnalysis(grids);
  const inPlace: Edit[] = [];
  const inserted: { sheet: string; row: number; edits: Edit[] }[] = [];
  for (const g of grids) {
    const here = run.found.map((p, i) => [p, i] as const).filter(([p]) => p.sheet === g.name);
    const released = rowReleaser(
      g,
      here.map(([p]) => p),
    );
    here.forEach(([, i], n) => {
      const r = run.check(i, DEFAULT_CONFIG);
      if (fillsBeside(r.project)) {
        const f = planFillProject(g, r.project, r.score, DEFAULT_CONFIG);
        inPlace.push(...f.inPlace);
        if (f.inserted.length) inserted.push({ sheet: g.name, row: r.project.endRow, edits: f.inserted });
      }
      released(n);
    });
  }
  inserted.sort((a, b) => (a.sheet === b.sheet ? b.row - a.row : 0));
  return [...inPlace, ...inserted.flatMap((x) => x.edits)];
}

test('after each table, the rows above the next one are let go; its own rows stay', () => {
  const g = stacked();
  const found = analyse([g]).projects.map((r) => r.project);
  expect(found.map((p) => firstRowRead(p))).toEqual([1, 6, 11]);
  const released = rowReleaser(g, found);
  released(0);
  expect(g.values.slice(0, 5).every((r) => r === undefined)).toBe(true);
  expect(g.values[5]).toEqual(['项目名称', '乡村学校改造']);
  released(1);
  expect(g.values[9]).toBeUndefined();
  expect(g.values[10]).toEqual(['项目名称', '农村公路养护']);
  released(2);
  expect(g.values.every((r) => r === undefined)).toBe(true);
  expect(g.rowCount).toBe(15);
});

test('a 自评表 whose funds block stands above its grid keeps the block until it is planned', () => {
  const rows: CellValue[][] = [
    ['项目名称', '职业技能培训'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标', '数量指标', '培训人数', '≥300人', '320人', 10, null],
    [],
    ['项目名称', '乡村学校改造'],
    ['', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', 100, 100, 90, 10, null, null],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标', '数量指标', '改造学校数', '≥5所', '5所', 10, null],
  ];
  const g = makeGrid('自评表', rows);
  const found = analyse([g]).projects.map((r) => r.project);
  expect(found).toHaveLength(2);
  expect(found[1].funds.row).toBe(7);
  expect(firstRowRead(found[1])).toBeLessThanOrEqual(6);
  rowReleaser(g, found)(0);
  expect(g.values[5]).toEqual(rows[5]);
  expect(g.values[6]).toEqual(rows[6]);
});

test('a sparse grid gains no entry per row', () => {
  const g = stacked();
  g.values[1048575] = ['far'];
  g.rowCount = 1048576;
  const found = analyse([g]).projects.map((r) => r.project);
  const released = rowReleaser(g, found);
  found.forEach((_, n) => released(n));
  expect(Object.keys(g.values).filter((k) => g.values[Number(k)] !== undefined)).toEqual([]);
  expect(Object.keys(g.values).length).toBeLessThanOrEqual(16);
});

const WORKBOOKS = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => f),
  ...readdirSync(`${FIXTURES}/variants`)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => `variants/${f}`),
];

test.each(WORKBOOKS)('%s: planned with rows let go = planned from the whole grid', async (name) => {
  const whole = await readGrids(fixture(name));
  let expected: Edit[];
  try {
    expected = planAll(whole, analyse(whole, DEFAULT_CONFIG), DEFAULT_CONFIG, { fill: true }).edits;
  } catch {
    return; // a sheet fill refuses (no room beside a table): the same refusal either way
  }
  expect(planReleasing(await readGrids(fixture(name)))).toEqual(expected);
});
