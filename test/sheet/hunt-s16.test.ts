/**
 * Session 16's reader families: rows under a 一级 the catalogue does not know (过程指标, 影响力指标) in an export whose every label
 * cell is filled must not end the grid; a budget written inline (“项目资金（万元）：300”, “资金总额：300（万元）”); a closing
 * 自评得分 / 评价得分 line is the table's own total; the head of a 区域绩效目标表's own column (areaHead) for HIE-07.
 */
import { analyse } from '../../src/engine/analyse';
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';
import { rowKind } from '../../src/sheet/rows';

const pad = (rows: CellValue[][]) => {
  const w = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<CellValue>(w - r.length).fill(null)]);
};
const HEAD: CellValue[][] = [
  ['项目名称', '社区养老服务', null, null],
  ['项目资金（万元）', 200, null, null],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '服务老人人数', '≥500人'],
];
const SAT: CellValue[] = ['满意度指标', '服务对象满意度指标', '老人满意度', '≥90%'];

describe('rows under a 一级 the catalogue does not know, each label in its own cell, stay in the grid', () => {
  test.each([
    ['过程指标', '长效管理', '人力资源'],
    ['影响力指标', '长效管理', '档案管理'],
    ['过程指标', '资金管理', '组织实施'],
  ])('%s | %s, then %s', (l1, a, b) => {
    const g = makeGrid('S', pad([...HEAD, [l1, a, '管理制度健全性', '健全'], [l1, b, '人员培训次数', '≥2次'], SAT]));
    const p = recogniseSheet(g).projects[0];
    expect(p.indicators.map((x) => x.row)).toEqual([4, 5, 6, 7]);
    // The 满意度 row is read: no “表中没有满意度指标”.
    expect(analyse([g]).diagnostics.filter((d) => d.rule === 'HIE-04' && d.message.includes('满意度'))).toEqual([]);
  });

  test('a small table of another kind below the grid still ends it', () => {
    const g = makeGrid('S', pad([...HEAD, SAT, [null, null, null, null], ['资金来源', '预算数', '说明', null], ['财政拨款', 180, null, null], ['单位自筹', 20, null, null]]));
    expect(recogniseSheet(g).projects[0].indicators.map((x) => x.row)).toEqual([4, 5]);
  });
});

describe('a budget written inline in one cell', () => {
  test.each(['项目资金（万元）：300', '项目资金：300', '项目资金：300万元', '资金总额：300（万元）', '年度资金总额：300.00(万元)'])('%s', (t) => {
    const g = makeGrid('S', pad([['项目名称', '乡镇卫生院能力提升', null, null], [t, null, null, null], ...HEAD.slice(2), SAT]));
    expect(recogniseSheet(g).projects[0].funds.total?.value).toBe(300);
  });
  test('a 项目资金 label followed by other words is no amount', () => {
    const g = makeGrid('S', pad([['项目名称', '乡镇卫生院能力提升', null, null], ['项目资金来源：财政拨款', null, null, null], ...HEAD.slice(2), SAT]));
    expect(recogniseSheet(g).projects[0].funds.total).toBeNull();
  });
});

describe('a closing 自评得分 / 评价得分 line is the table’s own total', () => {
  test.each(['自评得分', '评价得分', '自评得分：'])('%s', (t) => expect(rowKind(t, false, '')?.role).toBe('total'));
  test.each(['得分', '自评得分率', '评价得分标准'])('%s is not', (t) => expect(rowKind(t, false, '')?.role).not.toBe('total'));

  test('read as the total, not as a placeholder row', () => {
    const g = makeGrid(
      'S',
      pad([
        ['项目名称', '乡镇卫生院能力提升'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'],
        ['产出指标', '数量指标', '购置医疗设备', '≥20台', '20台', 50, 50, null],
        ['效益指标', '社会效益指标', '基层诊疗人次', '≥3万人次', '3.2万人次', 30, 30, null],
        ['满意度指标', '服务对象满意度指标', '患者满意度', '≥90%', '93%', 10, 10, null],
        ['自评得分', null, null, null, null, 90, 90, '自评等级：优'],
      ]),
    );
    const p = recogniseSheet(g).projects[0];
    expect(p.rows.find((x) => x.row === 6)?.role).toBe('total');
    expect(p.total?.score).toBe(90);
  });
});

describe('the head of a 区域绩效目标表’s own column', () => {
  const area = (heads: CellValue[][], merges: { top: number; left: number; bottom: number; right: number }[]) =>
    makeGrid('区域', pad([['转移支付（项目）名称', null, '农田建设'], ...heads, ['产出指标', '数量指标', '新建面积', '≥30万亩', '≥12万亩', '≥10万亩']]), merges);
  const M = [1, 2, 3].map((c) => ({ top: 2, left: c, bottom: 3, right: c }));

  test('全省 under 指标值', () => {
    const g = area(
      [
        ['一级指标', '二级指标', '三级指标', '指标值', null, null],
        [null, null, null, '全省', '甲县', '乙县'],
      ],
      [...M, { top: 2, left: 4, bottom: 2, right: 6 }],
    );
    expect(recogniseSheet(g).projects[0].areaHead).toBe('全省');
  });
  test('its own head merged down beside 分县目标值', () => {
    const g = area(
      [
        ['一级指标', '二级指标', '三级指标', '全市年度目标值', '分县（市、区）目标值', null],
        [null, null, null, null, '甲县', '乙县'],
      ],
      [...M, { top: 2, left: 4, bottom: 3, right: 4 }, { top: 2, left: 5, bottom: 2, right: 6 }],
    );
    const p = recogniseSheet(g).projects[0];
    expect(p.recipients?.map((x) => x.name)).toEqual(['甲县', '乙县']);
    expect(p.areaHead).toBe('全市年度目标值');
    expect(
      analyse([g])
        .diagnostics.filter((d) => d.rule === 'HIE-07')
        .map((d) => d.cell),
    ).toEqual(['D4']);
  });
});

describe('政府性基金 / 专项资金 / 部门 forms: their name and budget labels', () => {
  const G: CellValue[][] = [['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '购置医疗设备', '≥20台'], SAT];
  test.each([
    ['基金项目名称', '基金预算（万元）'],
    ['政府性基金项目名称：', '基金预算总额'],
    // 政府性基金预算 beside 一般公共预算 is a kind of money, not the whole (hunt-s14).
    ['政府性基金项目名称', '基金预算数'],
    ['专项资金名称', '专项资金总额（万元）'],
    ['专项资金项目名称', '专项资金规模'],
    ['部门（单位）名称', '部门预算总额（万元）'],
  ])('%s / %s', (name, budget) => {
    const p = recogniseSheet(makeGrid('S', pad([[name, '城市基础设施配套费项目', null, null], [budget, 300, null, null], ...G]))).projects[0];
    expect([p.name, p.funds.total?.value]).toEqual(['城市基础设施配套费项目', 300]);
  });
});

describe('a target column headed 年度目标', () => {
  test('具体指标 | 年度目标', () => {
    const g = makeGrid('S', pad([['项目名称', '卫生院'], ['一级指标', '二级指标', '具体指标', '年度目标'], ['产出指标', '数量指标', '购置医疗设备', '≥20台'], SAT]));
    const p = recogniseSheet(g).projects[0];
    expect(p.columns.target).toBe(4);
    expect(p.indicators.map((x) => x.target.raw)).toEqual(['≥20台', '≥90%']);
  });
});
