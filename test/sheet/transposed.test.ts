/**
 * Tables laid across (labels down a column, one indicator per column): every table on the sheet is read,
 * each with its own name and budget; the JSON and --explain name the sheet's own cells (label cells for
 * the roles, a column for each row); a 自评表 laid across gives its actuals and points.
 */
import { analyse } from '../../src/engine/analyse';
import { fullReport } from '../../src/engine/report';
import { formatExplain } from '../../src/cli/text';
import { makeGrid, type CellValue } from '../../src/sheet/grid';

const across = (name: string, budget: number, extra: CellValue[][] = []): CellValue[][] => [
  ['项目名称', name],
  ['项目总预算（万元）', budget],
  ['一级指标', '产出指标', '产出指标', '满意度指标'],
  ['二级指标', '数量指标', '质量指标', '服务对象满意度指标'],
  ['三级指标', '培训人数', '合格率', '满意度'],
  ['指标值', '≥100人', '100%', '≥90%'],
  ...extra,
];

const read = (rows: CellValue[][]) => {
  const a = analyse([makeGrid('S', rows, [])]);
  return { a, r: fullReport([{ file: 'x.xlsx', analysis: a }]).files[0] };
};

describe('tables laid across', () => {
  test('two on one sheet: each read with its own name and budget, in the sheet’s own cells', () => {
    const { r } = read([...across('甲项目', 120), [], ...across('乙项目', 80)]);
    expect(r.projects.map((p) => [p.name, p.budget.total, p.columns, p.indicators.map((i) => i.row)])).toEqual([
      ['甲项目', 120, { level1: 'A3', level2: 'A4', level3: 'A5', target: 'A6' }, [6, 6, 6]],
      ['乙项目', 80, { level1: 'A10', level2: 'A11', level3: 'A12', target: 'A13' }, [13, 13, 13]],
    ]);
    expect(r.projects[1].rows.map((x) => [x.row, (x as { column?: string }).column, x.role])).toEqual([
      [10, 'A', 'header'],
      [13, 'B', 'indicator'],
      [13, 'C', 'indicator'],
      [13, 'D', 'indicator'],
    ]);
  });

  test('--explain says the label cells and each indicator’s column', () => {
    const { a } = read(across('甲项目', 120));
    const text = formatExplain('x.xlsx', a);
    expect(text).toContain('表头（横排）：第 A 列，第 3–6 行是各项标签');
    expect(text).toContain('各行标签：A3 一级指标（“一级指标”）；A4 二级指标');
    expect(text).toMatch(/第 +C 列 +指标 +指标行：产出指标 › 质量指标 › 合格率/);
  });

  test('a 自评表 laid across: actuals, points and scores read from their rows', () => {
    const { r } = read(
      across('甲项目', 120, [
        ['实际完成值', '120人', '100%', '95%'],
        ['分值', 30, 30, 30],
        ['得分', 30, 30, 30],
      ]),
    );
    const p = r.projects[0];
    expect(p.columns).toEqual({ level1: 'A3', level2: 'A4', level3: 'A5', target: 'A6', actual: 'A7', weight: 'A8', score: 'A9' });
    expect(p.indicators.map((i) => [i.actual?.value, i.sheetWeight, i.sheetScore])).toEqual([
      [120, 30, 30],
      [100, 30, 30],
      [95, 30, 30],
    ]);
  });

  test('a table that stands upright is not affected', () => {
    const { r } = read([
      ['项目名称', '甲'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '人数', '100人'],
    ]);
    expect([r.projects[0].columns, r.projects[0].rows.map((x) => Object.keys(x))]).toEqual([
      { level1: 'A', level2: 'B', level3: 'C', target: 'D' },
      [
        ['row', 'role', 'reason', 'code'],
        ['row', 'role', 'reason', 'code'],
      ],
    ]);
  });

  test('no label column: 一级 / 二级 / 三级 rows over one row of targets per recipient', () => {
    const M = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
    const g = makeGrid(
      'S',
      [
        ['2023年乡村振兴补助资金绩效目标表'],
        ['项目单位', '产出指标', null, '效益指标'],
        [null, '数量指标', '质量指标', '社会效益指标'],
        [null, '扶持村数', '资金投向合规率', '指标1：改善村人居环境'],
        ['龙湖镇', '3个', '100%', '明显改善'],
        ['石门乡', '2个', '100%', '明显改善'],
      ],
      [M(2, 1, 4, 1), M(2, 2, 2, 3)],
    );
    const a = analyse([g]);
    const p = fullReport([{ file: 'x.xlsx', analysis: a }]).files[0].projects[0];
    expect([p.name, p.columns]).toEqual(['2023年乡村振兴补助资金', { level1: 'A2', level2: 'A3', level3: 'A4', target: 'A5' }]);
    expect(p.indicators.map((i) => [i.row, i.level3, i.target?.raw, i.recipients?.map((x) => [x.name, x.column, x.target?.raw])])).toEqual([
      [5, '扶持村数', '3个', [['石门乡', 'A6', '2个']]],
      [5, '资金投向合规率', '100%', [['石门乡', 'A6', '100%']]],
      [5, '改善村人居环境', '明显改善', [['石门乡', 'A6', '明显改善']]],
    ]);
    expect(a.diagnostics.filter((d) => d.rule === 'HIE-05' || d.rule === 'VAL-01')).toEqual([]);
  });
});
