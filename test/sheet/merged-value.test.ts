/**
 * One 指标值 / 实际完成值 cell merged down over several indicators' rows (src/sheet/merged-value.ts): every row it
 * covers holds the value. Merges that do not run down the table's indicator rows are left as before. Variants
 * v254 and v255 exercise it end to end.
 */
import { analyse } from '../../src/engine/analyse';
import { recogniseSheet } from '../../src/sheet/recognise';
import type { CellValue, Merge } from '../../src/sheet/grid';
import { SELFEVAL_HEADER, table } from '../helpers/table';

const down = (col: number, top: number, bottom: number): Merge => ({ top, bottom, left: col, right: col });
const read = (rows: CellValue[][], merges: Merge[], header?: string[]) => recogniseSheet(table(rows, { merges, ...(header ? { header } : {}) })).projects;

describe('a 指标值 merged down over several indicators', () => {
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '培训人次', '≥100人次'],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
    ['满意度指标', '服务对象满意度指标', '家长满意度', null],
    ['满意度指标', '服务对象满意度指标', '社会满意度', null],
  ];

  test('each covered row holds the value, and says where it is', () => {
    const p = read(rows, [down(4, 3, 5)]);
    expect(p[0].indicators.map((i) => [i.level3, i.target.op, i.target.value, i.target.unit])).toEqual([
      ['培训人次', '≥', 100, '人次'],
      ['学员满意度', '≥', 90, '%'],
      ['家长满意度', '≥', 90, '%'],
      ['社会满意度', '≥', 90, '%'],
    ]);
    expect(p[0].indicators.map((i) => i.targetFrom ?? null)).toEqual([null, null, { row: 3, col: 4 }, { row: 3, col: 4 }]);
  });

  test('no false HIE-05 on the covered rows; the same rows unmerged still lack their value', () => {
    const errs = (merges: Merge[]) =>
      analyse([table(rows, { merges })])
        .diagnostics.filter((d) => d.rule === 'HIE-05')
        .map((d) => d.cell);
    expect(errs([down(4, 3, 5)])).toEqual([]);
    expect(errs([])).toEqual(['D4', 'D5']);
  });

  test('a value cell merged down from the header or a line above the table is not taken', () => {
    // The 指标值 head merged down into the first data row (a converted PDF): the row has no value of its own.
    const p = read(
      [
        ['产出指标', '数量指标', '培训人次', null],
        ['产出指标', '数量指标', '培训天数', '≥5天'],
      ],
      [down(4, 1, 2)],
    );
    expect(p[0].indicators.map((i) => [i.level3, i.target.kind === 'missing'])).toEqual([
      ['培训人次', true],
      ['培训天数', false],
    ]);
  });

  test('a covered cell that has a value of its own keeps it (a merge left behind over a filled cell)', () => {
    const p = read(
      [
        ['产出指标', '数量指标', '培训人次', '≥100人次'],
        ['产出指标', '数量指标', '培训天数', '≥5天'],
      ],
      [down(4, 2, 3)],
    );
    expect(p[0].indicators.map((i) => i.target.value)).toEqual([100, 5]);
  });
});

describe('a 实际完成值 merged down over several indicators', () => {
  test('each covered row holds the actual: scored, no false SE-02', () => {
    const rows: CellValue[][] = [
      ['产出指标', '数量指标', '培训人次', '≥100人次', '120人次', 40, 40, null],
      ['效益指标', '社会效益指标', '群众办事便利度', '明显提升', '达成预期指标', 25, 25, null],
      ['效益指标', '可持续影响指标', '服务机制', '长效运行', null, 25, 25, null],
    ];
    const g = table(rows, { header: SELFEVAL_HEADER, merges: [down(5, 3, 4)] });
    const a = analyse([g]);
    const ind = a.projects[0].project.indicators;
    expect(ind.map((i) => i.actual?.raw ?? null)).toEqual(['120人次', '达成预期指标', '达成预期指标']);
    expect(ind[2].actualFrom).toEqual({ row: 3, col: 5 });
    expect(a.diagnostics.filter((d) => d.rule === 'SE-02')).toEqual([]);
    expect(a.projects[0].score.rows.map((r) => r.score)).toEqual([40, 25, 25]);
  });
});
