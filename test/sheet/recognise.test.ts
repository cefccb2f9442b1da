import { roleOf } from '../../src/sheet/headers';
import { recogniseSheet } from '../../src/sheet/recognise';
import { makeGrid, type CellValue } from '../../src/sheet/grid';

const rows = (...r: CellValue[][]) => r;

describe('header names real forms use', () => {
  test.each([
    ['绩效指标值', 'target'],
    ['2024年度指标值', 'target'],
    ['2024年指标值', 'target'],
    ['年度绩效指标值', 'target'],
    ['全年指标值', 'target'],
    ['绩效目标值', 'target'],
    ['指标值（包含数字及文字描述，如≥95%、≤3天、显著提升）', 'target'],
    ['一级', 'level1'],
    ['二级', 'level2'],
    ['三级', 'level3'],
    ['评（扣）分标准', 'method'],
  ])('%s → %s', (text, role) => expect(roleOf(text)).toBe(role));
  test('a long sentence is not a header', () => expect(roleOf('指标值应当清晰、可衡量，并与年度预算相匹配，不得使用模糊表述等等等等')).toBeNull());
});

describe('recogniseSheet on layouts real tables show', () => {
  test('一级 written on every row, 二级 merged or left blank below its first row: 二级 carried down', () => {
    const values = rows(
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人次', '≥100人次'],
      ['产出指标', null, '培训班次', '≥4次'],
      ['产出指标', '质量指标', '合格率', '≥95%'],
      ['效益指标', '社会效益指标', '能力提升', '显著提升'],
      ['效益指标', null, '覆盖面', '≥90%'],
    );
    for (const merges of [
      [],
      [
        { top: 2, left: 2, bottom: 3, right: 2 },
        { top: 5, left: 2, bottom: 6, right: 2 },
      ],
    ]) {
      const [p] = recogniseSheet(makeGrid('S', values, merges)).projects;
      expect(p.indicators.map((x) => x.level2)).toEqual(['数量指标', '数量指标', '质量指标', '社会效益指标', '社会效益指标']);
    }
  });

  test('short headers with a year: 一级 | 二级 | 三级 | 2024年度指标值', () => {
    const values = rows(['一级', '二级', '三级', '2024年度指标值'], ['产出指标', '数量指标', '培训人次', '≥100人次']);
    const [p] = recogniseSheet(makeGrid('S', values)).projects;
    expect(p.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, target: 4 });
    expect(p.indicators[0].target.number).toBe('100');
  });

  test('备注 merged over two columns on every row: the table ends after the merge, new columns go right of it', () => {
    const values = rows(['一级指标', '二级指标', '三级指标', '指标值', '备注', null], ['产出指标', '数量指标', '培训人次', '≥100人次', '按年度计划', null]);
    const merges = [
      { top: 1, left: 5, bottom: 1, right: 6 },
      { top: 2, left: 5, bottom: 2, right: 6 },
    ];
    const [p] = recogniseSheet(makeGrid('S', values, merges)).projects;
    expect(p.lastCol).toBe(6);
  });

  test('an unlabelled helper column the rows fill belongs to the table', () => {
    const values = rows(['一级指标', '二级指标', '三级指标', '指标值', null], ['产出指标', '数量指标', '培训人次', '≥100人次', 'KPI-1']);
    expect(recogniseSheet(makeGrid('S', values)).projects[0].lastCol).toBe(5);
  });

  test('a header over two rows: names merged down beside 自评情况 over 实际完成值 | 分值 | 得分 | 偏差原因', () => {
    const values = rows(
      ['一级指标', '二级指标', '三级指标', '年度指标值', '自评情况', null, null, null],
      [null, null, null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '培训人次', '≥100人次', 120, 50, null, null],
    );
    const merges = [0, 1, 2, 3].map((c) => ({ top: 1, left: c + 1, bottom: 2, right: c + 1 })).concat([{ top: 1, left: 5, bottom: 1, right: 8 }]);
    const [p] = recogniseSheet(makeGrid('S', values, merges)).projects;
    expect(p.headerRow).toBe(2);
    expect(p.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 });
    expect(p.indicators.map((x) => x.row)).toEqual([3]);
  });

  test('指标值 over 符号 | 数值 | 单位: the 数值 column is the value', () => {
    const values = rows(
      ['一级指标', '二级指标', '三级指标', '指标值', null, null],
      [null, null, null, '符号', '数值', '单位'],
      ['产出指标', '数量指标', '资助学生人数', '≥', 1200, '人'],
    );
    const merges = [0, 1, 2].map((c) => ({ top: 1, left: c + 1, bottom: 2, right: c + 1 })).concat([{ top: 1, left: 4, bottom: 1, right: 6 }]);
    const { projects } = recogniseSheet(makeGrid('S', values, merges));
    expect(projects).toHaveLength(1);
    expect(projects[0].columns).toMatchObject({ op: 4, target: 5, unit: 6 });
    expect(projects[0].indicators).toHaveLength(1);
    expect(projects[0].indicators[0].target).toMatchObject({ op: '≥', number: '1200', unit: '人' });
  });
});
