/**
 * A unit written in the value column's header (“指标值（%）”, “年度指标值(万元)”, “指标值/单位：人”)
 * applies to the bare numbers under it, as a 计量单位 column would; cells that carry their own unit,
 * text and dates keep theirs, and an explanation in brackets is not a unit.
 */
import { analyse } from '../../src/engine/analyse';
import { fullReport } from '../../src/engine/report';
import { bareUnit, headerUnit } from '../../src/sheet/header-unit';
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { SELFEVAL_HEADER, table } from '../helpers/table';

describe('headerUnit', () => {
  test.each([
    ['指标值（%）', '%'],
    ['指标值(%)', '%'],
    ['年度指标值(万元)', '万元'],
    ['2024年度指标值（万元）', '万元'],
    ['指标值/单位：人', '人'],
    ['指标值（单位：%）', '%'],
    ['指标值(单位:个)', '个'],
    ['指标值 （人次）', '人次'],
    ['实际完成值（%）', '%'],
    ['指标值\n（%）', '%'],
    ['指标值【%】', '%'],
  ])('%s → %s', (h, u) => expect(headerUnit(h)).toBe(u));

  test.each([
    ['指标值'],
    ['指标值（包含数字及文字描述，如≥95%、≤10天）'],
    ['指标值（定量/定性）'],
    ['指标值（2024年）'],
    ['指标值（必填）'],
    ['指标值（年度）'],
    ['指标值(含单位)'],
    ['年度指标值（A）'],
    ['指标值/指标值内容'],
  ])('%s → none', (h) => expect(headerUnit(h)).toBeNull());
});

describe('bareUnit: a cell that is a unit and nothing else (a header’s second row)', () => {
  test.each([
    ['%', '%'],
    ['（%）', '%'],
    ['(万元)', '万元'],
    ['单位：人', '人'],
    ['计量单位：个', '个'],
  ])('%s → %s', (h, u) => expect(bareUnit(h)).toBe(u));
  test.each([['指标值'], ['计量单位'], ['数值'], ['备注'], ['（定性）']])('%s → none', (h) => expect(bareUnit(h)).toBeNull());
});

describe('a unit in the header’s second row', () => {
  const M = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
  const read = (values: CellValue[][], merges: ReturnType<typeof M>[] = []) => {
    const a = analyse([makeGrid('S', values, merges)]);
    return { p: fullReport([{ file: 'x.xlsx', analysis: a }]).files[0].projects[0], d: a.diagnostics.filter((x) => ['VAL-03', 'HIE-01', 'HIE-02', 'HIE-05'].includes(x.rule)) };
  };
  const body: CellValue[][] = [
    ['产出指标', '质量指标', '验收合格率', 100, 98],
    ['产出指标', '数量指标', '培训场次', '≥3场', '3场'],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90', 92],
  ];
  test('“%” under 指标值 and 实际完成值, the label cells merged down: bare numbers are rates, written units stay', () => {
    const { p, d } = read(
      [['项目名称', '测试项目'], ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值'], [null, null, null, '%', '%'], ...body],
      [M(2, 1, 3, 1), M(2, 2, 3, 2), M(2, 3, 3, 3)],
    );
    expect(p.indicators.map((i) => [i.target?.unit, i.actual?.unit])).toEqual([
      ['%', '%'],
      ['场', '场'],
      ['%', '%'],
    ]);
    expect(d.filter((x) => x.rule === 'VAL-03')).toEqual([]);
  });
  test('a unit line under a header without merges (计量单位 | | | （%） | （%）) is the header’s, not an indicator', () => {
    const { p, d } = read([['项目名称', '测试项目'], ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值'], ['计量单位', null, null, '（%）', '（%）'], ...body]);
    expect(p.indicators.map((i) => i.row)).toEqual([4, 5, 6]);
    expect(p.rows?.find((r) => r.row === 3)).toMatchObject({ role: 'header', code: 'headerUnitLine' });
    expect([p.indicators[0].target?.unit, d]).toEqual(['%', []]);
  });
  test('a line with anything else in it is not a unit line', () => {
    const { p } = read([['项目名称', '测试项目'], ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值'], ['产出指标', '质量指标', '合格率', '%', '%'], ...body]);
    expect(p.indicators[0].row).toBe(3);
  });
  test('指标值 merged over an unnamed value column and 计量单位', () => {
    const { p } = read(
      [
        ['项目名称', '测试项目'],
        ['一级指标', '二级指标', '三级指标', '指标值', null],
        [null, null, null, null, '计量单位'],
        ['产出指标', '数量指标', '培训人数', '≥100', '人'],
      ],
      [M(2, 1, 3, 1), M(2, 2, 3, 2), M(2, 3, 3, 3), M(2, 4, 2, 5)],
    );
    expect([p.headerRow, p.columns, p.indicators.map((i) => [i.target?.op, i.target?.value, i.target?.unit])]).toEqual([
      3,
      { level1: 'A', level2: 'B', level3: 'C', target: 'D', unit: 'E' },
      [['≥', 100, '人']],
    ]);
  });
});

function report(header: string[], rows: CellValue[][]) {
  const g = table(rows, { header, above: [['项目名称', '测试项目']] });
  return fullReport([{ file: 'x.xlsx', analysis: analyse([g]) }]).files[0].projects[0];
}

describe('the header unit on the column’s bare numbers', () => {
  test('a target table: bare numbers take the unit, written units and text keep theirs', () => {
    const p = report(
      ['一级指标', '二级指标', '三级指标', '指标值（%）'],
      [
        ['产出指标', '质量指标', '验收合格率', 100],
        ['产出指标', '质量指标', '覆盖率', '≥95'],
        ['产出指标', '数量指标', '培训场次', '≥3场'],
        ['效益指标', '社会效益指标', '群众获得感', '明显提升'],
        ['满意度指标', '服务对象满意度指标', '满意度', '90'],
      ],
    );
    expect(p.indicators.map((i) => [i.target?.op, i.target?.value, i.target?.unit])).toEqual([
      ['=', 100, '%'],
      ['≥', 95, '%'],
      ['≥', 3, '场'],
      [null, null, null],
      ['=', 90, '%'],
    ]);
  });

  test('年度指标值(万元) on a cost row reads as ≤ that many 万元, and raises no VAL-03', () => {
    const g = table([['产出指标', '成本指标', '设备购置成本', 320]], { header: ['一级指标', '二级指标', '三级指标', '年度指标值(万元)'], above: [['项目名称', '测试项目']] });
    const a = analyse([g]);
    const ind = a.projects[0].project.indicators[0];
    expect([ind.target.number, ind.target.unit]).toEqual(['320', '万元']);
    expect(a.projects[0].score.rows[0].op).toBe('≤');
    expect(a.diagnostics.filter((d) => d.rule === 'VAL-03')).toEqual([]);
  });

  test('a unit column wins over the header', () => {
    const p = report(['一级指标', '二级指标', '三级指标', '指标值（%）', '计量单位'], [['产出指标', '数量指标', '培训人数', 100, '人']]);
    expect(p.indicators[0].target?.unit).toBe('人');
  });

  test('the 实际完成值 header’s unit reads the actuals; the 指标值 header’s does not reach them', () => {
    const header = [...SELFEVAL_HEADER];
    header[3] = '年度指标值（%）';
    header[4] = '实际完成值（%）';
    const p = report(header, [['产出指标', '质量指标', '合格率', 95, 96, 10, null, null]]);
    expect([p.indicators[0].target?.unit, p.indicators[0].actual?.unit, p.indicators[0].actual?.value]).toEqual(['%', '%', 96]);
  });

  test('without a unit in the header nothing changes', () => {
    const p = report(['一级指标', '二级指标', '三级指标', '指标值（必填）'], [['产出指标', '数量指标', '培训人数', 100]]);
    expect([p.indicators[0].target?.value, p.indicators[0].target?.unit]).toEqual([100, null]);
  });
});

test('NRM-06 does not ask to write the header’s unit into each cell', () => {
  const g = table(
    [
      ['产出指标', '质量指标', '合格率', '≥ 95'],
      ['产出指标', '质量指标', '覆盖率', 98],
    ],
    { header: ['一级指标', '二级指标', '三级指标', '指标值（%）'], above: [['项目名称', '测试项目']] },
  );
  const fixes = analyse([g]).diagnostics.filter((d) => d.rule === 'NRM-06');
  expect(fixes.map((d) => d.message)).toEqual(['指标值“≥ 95”规范写法为“≥95”']);
});
