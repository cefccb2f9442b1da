/**
 * A 目标表 printed in two halves side by side (v174): one header row holds 一级 | 二级 | 三级 | 指标值 twice and the
 * right half continues the left. It is one project; each indicator and each finding keeps its own cell on the sheet.
 * Two projects' tables side by side (each with its own name) stay two.
 */
import { analyse } from '../../src/engine/analyse';
import { parseCorrections } from '../../src/engine/corrections';
import { fileReport } from '../../src/engine/report';
import { makeGrid, type CellValue, type Grid } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';
import { halvesCell, stack } from '../../src/sheet/two-halves';

const H = ['一级指标', '二级指标', '三级指标', '指标值'];

function halves(right: CellValue[][], below: CellValue[][] = []): Grid {
  const left: CellValue[][] = [
    ['产出指标', '数量指标', '培训人次', '≥100人次'],
    ['产出指标', '质量指标', '培训合格率', '≥95%'],
    ['产出指标', '时效指标', '完成时间', '2024年12月底前'],
  ];
  const rows: CellValue[][] = [
    ['项目名称', '职业技能培训', null, null, null, null, null, null],
    ['预算金额（万元）', 120, null, null, null, null, null, null],
    [...H, ...H],
    ...left.map((l, i) => [...l, ...(right[i] ?? [null, null, null, null])]),
    ...below,
  ];
  return makeGrid('目标表', rows, [{ top: 1, left: 2, bottom: 1, right: 8 }]);
}

const RIGHT: CellValue[][] = [
  ['效益指标', '社会效益指标', '就业率', '≥80%'],
  ['满意度指标', '服务对象满意度指标', '', '≥90%'],
];

test('the right half continues the left: one project, the left half read first, then the right', () => {
  const { projects } = recogniseSheet(halves(RIGHT));
  expect(projects).toHaveLength(1);
  const [p] = projects;
  expect(p.name).toBe('职业技能培训');
  expect(p.indicators.map((x) => x.level3)).toEqual(['培训人次', '培训合格率', '完成时间', '就业率', '']);
  expect(p.halves).toMatchObject({ top: 4, bottom: 6, rows: 2, left: 5, right: 8, shift: 4 });
  expect(p.rows[0]).toMatchObject({ row: 3, code: 'halvesHeader', data: { left: 'A–D', right: 'E–H' } });
});

test('findings and the report name the sheet’s own cells: row and column of the right half', () => {
  const a = analyse([halves(RIGHT)]);
  const noName = a.diagnostics.find((d) => d.rule === 'HIE-05');
  expect(noName).toMatchObject({ cell: 'G5', row: 5, col: 7, fixable: false });
  expect(noName!.message).toContain('第 5 行');
  const r = fileReport('f', a).projects[0];
  expect(r.indicators.map((x) => x.row)).toEqual([4, 5, 6, 4, 5]);
  expect(r.rows.filter((x) => x.role === 'indicator').map((x) => `${(x as { column?: string }).column}${x.row}`)).toEqual(['D4', 'D5', 'D6', 'H4', 'H5']);
});

test('a project below the table is read as before, at its own rows', () => {
  const below: CellValue[][] = [
    [null, null, null, null, null, null, null, null],
    ['项目名称', '老年助餐', null, null, null, null, null, null],
    H,
    ['产出指标', '数量指标', '助餐人次', '≥5000人次'],
  ];
  const { projects } = recogniseSheet(halves(RIGHT, below));
  expect(projects.map((p) => [p.name, p.index, p.headerRow, p.indicators.length])).toEqual([
    ['职业技能培训', 1, 3, 5],
    ['老年助餐', 2, 9, 1],
  ]);
  expect(projects[1].halves).toBeUndefined();
});

test('two projects side by side, each named, stay two', () => {
  const g = halves(RIGHT);
  g.merges = [];
  g.values[0][4] = '项目名称';
  g.values[0][5] = '就业补助';
  expect(recogniseSheet(g).projects.map((p) => [p.name, p.indicators.length])).toEqual([
    ['职业技能培训', 3],
    ['就业补助', 2],
  ]);
});

test('a right half longer than the left is a table of its own', () => {
  const g = halves([...RIGHT, ['效益指标', '经济效益指标', '人均增收', '≥2000元']], [[null, null, null, null, '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%']]);
  expect(recogniseSheet(g).projects).toHaveLength(2);
});

test('stacking moves the right half below the left and back, cell for cell', () => {
  const g = halves(RIGHT, [['注：指标值按年度填列', null, null, null, null, null, null, null]]);
  const h = { top: 4, bottom: 6, rows: 2, left: 5, right: 8, shift: 4 };
  const s = stack(g, h);
  expect(s.rowCount).toBe(g.rowCount + 2);
  expect(s.values[6].slice(0, 4)).toEqual(RIGHT[0]);
  expect(s.values[3].slice(4)).toEqual([null, null, null, null]);
  expect(s.values[2].slice(4)).toEqual([null, null, null, null]);
  for (let r = 1; r <= s.rowCount; r++)
    for (let c = 1; c <= 8; c++) {
      const v = s.values[r - 1]?.[c - 1] ?? null;
      if (v === null) continue;
      const at = halvesCell(h, r, c);
      expect([r, c, g.values[at.row - 1][at.col - 1]]).toEqual([r, c, v]);
    }
});

/** The report's rows of project 1 as “D5 placeholder” (cell of the 指标值, role). */
function readWith(map: unknown): { cells: string[]; levels: string[] } {
  const a = analyse([halves(RIGHT)], undefined, parseCorrections(map));
  const r = fileReport('f', a).projects[0];
  return {
    cells: r.rows.filter((x) => x.row >= 4 && x.row <= 6).map((x) => `${(x as { column?: string }).column}${x.row} ${x.role}`),
    levels: a.projects[0].project.indicators.map((x) => x.level3),
  };
}

test('a correction on the right half’s row (--map or the pane: row and column) applies there, not to the left half’s row', () => {
  const right = readWith({ rows: [{ sheet: '目标表', row: 5, column: 'H', role: 'placeholder' }] });
  expect(right.levels).toEqual(['培训人次', '培训合格率', '完成时间', '就业率']);
  expect(right.cells).toEqual(['D4 indicator', 'D5 indicator', 'D6 indicator', 'H4 indicator', 'H5 placeholder']);
  const left = readWith({ rows: [{ sheet: '目标表', row: 5, column: 'D', role: 'note' }] });
  expect(left.levels).toEqual(['培训人次', '完成时间', '就业率', '']);
  expect(left.cells).toEqual(['D4 indicator', 'D5 note', 'D6 indicator', 'H4 indicator', 'H5 indicator']);
});

test('both halves corrected on the same sheet row keep apart; a row number alone names the left half, as before', () => {
  const both = readWith({
    rows: [
      { sheet: '目标表', row: 4, column: 'H', role: 'note' },
      { sheet: '目标表', row: 4, column: 'D', role: 'placeholder' },
    ],
  });
  expect(both.cells.slice(0, 4)).toEqual(['D4 placeholder', 'D5 indicator', 'D6 indicator', 'H4 note']);
  expect(readWith({ rows: [{ sheet: '目标表', row: 4, role: 'note' }] }).levels).toEqual(['培训合格率', '完成时间', '就业率', '']);
});

test('a column named by its right-half letter names the same column of both halves', () => {
  const a = analyse([halves(RIGHT)], undefined, parseCorrections({ columns: [{ sheet: '目标表', headerRow: 3, role: 'level3', column: 'G' }] }));
  expect(a.projects).toHaveLength(1);
  expect(fileReport('f', a).projects[0].columns).toMatchObject({ level3: 'C', target: 'D' });
  expect(a.projects[0].project.indicators.map((x) => x.level3)).toEqual(['培训人次', '培训合格率', '完成时间', '就业率', '']);
});

test('the left half’s last row marked “not an indicator” leaves the right half the second half still', () => {
  const last = readWith({ rows: [{ sheet: '目标表', row: 6, column: 'D', role: 'note' }] });
  expect(last.levels).toEqual(['培训人次', '培训合格率', '就业率', '']);
  expect(last.cells).toEqual(['D4 indicator', 'D5 indicator', 'D6 note', 'H4 indicator', 'H5 indicator']);
});
