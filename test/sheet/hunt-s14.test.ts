import { canonicalLevel2 } from '../../src/domain/catalogue';
import { headerColumns } from '../../src/sheet/headers';
import { blankish, rowKind } from '../../src/sheet/rows';

describe('目标值(标准) | 采集数据项 | 指标值: the later 指标值 is what was measured', () => {
  test.each([
    [['一级指标', '二级指标', '三级指标', '目标值(标准)', '采集数据项', '指标值', '分值', '得分'], 4, 6],
    [['一级指标', '二级指标', '三级指标', '目标值（标准）', '采集数据项', '指标值', '数据来源', '分值', '得分'], 4, 6],
    [['三级指标', '目标值', '数据采集项', '指标值', '得分'], 2, 4],
    [['三级指标', '年度目标值', '采集数据', '采集数据值', '指标值', '得分'], 2, 5],
  ])('%j', (cells, target, actual) => {
    const cols = headerColumns(cells)!;
    expect([cols.target, cols.actual]).toEqual([target, actual]);
  });
  test('two 指标值 without a 采集 head between stay two targets (the doubt is said)', () => {
    const cols = headerColumns(['三级指标', '目标值', '备注', '指标值', '得分'])!;
    expect([cols.target, cols.actual]).toEqual([2, undefined]);
  });
  test('a sheet that has its 实际完成值 keeps it', () => {
    const cols = headerColumns(['三级指标', '目标值', '采集数据项', '指标值', '实际完成值'])!;
    expect([cols.target, cols.actual]).toEqual([2, 5]);
  });
});

describe('template rows in spellings the corpus lacked', () => {
  test.each([
    '（空）',
    '(无)',
    '【待定】',
    '〔略〕',
    '示例：XX完成率',
    '例：培训人次',
    '举例：受益人数',
    '参考示例：满意度',
    '请输入指标',
    '请录入指标名称',
    '输入指标名称',
    '指标名称',
    '三级指标名称',
    '绩效指标名称',
  ])('%s is a placeholder', (t) => expect(blankish(t)).toBe(true));
  test.each(['空气质量优良率', '无障碍设施数量', '示范学校数量', '例会召开次数', '输入性病例发现率', '待定事项办结率', '略阳县覆盖率', '指标名称规范率'])('%s is not', (t) =>
    expect(blankish(t)).toBe(false),
  );
});

describe('the sheet’s total spelled with more words before it', () => {
  test.each(['绩效自评得分合计', '项目绩效评价总分', '年度绩效自评总分', '自评得分合计', '绩效评价得分合计：', '项目自评总得分'])('%s is the total', (t) =>
    expect(rowKind(t, false, '')?.role).toBe('total'),
  );
  test.each(['培训费用合计', '资金合计'])('%s is not', (t) => expect(rowKind(t, false, '')?.role).not.toBe('total'));
});

describe('二级 labels spelled as a quality (可持续性)', () => {
  test.each(['可持续性', '可持续性指标', '可持续发展', '可持续影响力'])('%s is 可持续影响指标', (t) => expect(canonicalLevel2(t)).toBe('可持续影响指标'));
});

describe('a funds line right above the grid header names its amounts, not the columns below', () => {
  test('预算金额 | 4800 | … | 分值 | 10 | 得分 | 10 over …| 采集数据项 |…: 采集数据项 is no 分值', async () => {
    const { recogniseSheet } = await import('../../src/sheet/recognise');
    const { makeGrid } = await import('../../src/sheet/grid');
    const g = makeGrid(
      '自评表',
      [
        ['项目名称', '农田建设'],
        ['预算金额（万元）', 4800, '执行金额（万元）', 4800, '分值', 10, '得分', 10],
        ['一级指标', '二级指标', '三级指标', '目标值(标准)', '采集数据项', '指标值', '分值', '得分'],
        ['产出指标', '数量指标', '新建面积', '≥3.2万亩', '面积统计', '3.25万亩', 50, 50],
        ['满意度指标', '服务对象满意度指标', '农户满意度', '≥90%', '问卷', '94%', 40, 40],
      ],
      [],
    );
    const p = recogniseSheet(g).projects[0];
    expect([p.columns.weight, p.columns.actual, p.columns.score]).toEqual([7, 6, 8]);
  });
  test.each([
    [['预算金额（万元）', '4800.00', '分值', '10', '得分', '10'], false],
    [['分值', '得分', '指标值'], true],
    [['预算数', '执行数', '执行率', '95%'], false],
  ])('%j heads the row below: %s', async (texts, heads) => {
    const { headsAbove } = await import('../../src/sheet/header-cut');
    const { roleOf } = await import('../../src/sheet/headers');
    expect(headsAbove(texts as string[], roleOf)).toBe(heads);
  });
});

describe('heads in spellings the corpus lacked', () => {
  test.each([
    ['计划目标值', 'target'],
    ['年度计划值', 'target'],
    ['全省目标值', 'target'],
    ['全市年度指标值', 'target'],
    ['区域目标值', 'target'],
    ['完成指标值', 'actual'],
    ['本年完成值', 'actual'],
    ['年度完成值', 'actual'],
    ['当年完成值', 'actual'],
    ['满分', 'weight'],
    ['满分值', 'weight'],
    ['考核得分', 'score'],
    ['评估得分', 'score'],
    ['核定得分', 'score'],
    ['最终得分', 'score'],
  ])('%s is %s', async (t, role) => {
    const { roleOf } = await import('../../src/sheet/headers');
    expect(roleOf(t)).toBe(role);
  });
  test.each(['完成数', '计划数', '分地区目标值', '满分标准说明文字很长很长很长很长很长很长很长很长'])('%s stays unnamed', async (t) => {
    const { roleOf } = await import('../../src/sheet/headers');
    expect(roleOf(t)).toBe(null);
  });
});

describe('money given only by budget kind, no total', () => {
  test('一般公共预算 | 882 | 政府性基金预算 | 378: the budget is their sum', async () => {
    const { makeGrid } = await import('../../src/sheet/grid');
    const { readBudgetLabels } = await import('../../src/sheet/funds');
    const g = makeGrid(
      '目标表',
      [
        ['项目名称', '垃圾收运'],
        ['资金来源（万元）', '一般公共预算', 882, '政府性基金预算', 378],
        [null, '国有资本经营预算', null, '财政专户管理资金', null],
      ],
      [],
    );
    expect(readBudgetLabels(g, 1, 4).total?.value).toBe(1260);
  });
  test('one kind alone is not taken for the whole', async () => {
    const { makeGrid } = await import('../../src/sheet/grid');
    const { readBudgetLabels } = await import('../../src/sheet/funds');
    const g = makeGrid('目标表', [['资金来源（万元）', '一般公共预算', 882, '政府性基金预算', null]], []);
    expect(readBudgetLabels(g, 1, 2).total?.value ?? null).toBe(null);
  });
});

describe('区域绩效目标表: 全省目标值, then 分地区目标值 over one column per county', () => {
  test('each county’s column is read as that recipient’s target', async () => {
    const { makeGrid } = await import('../../src/sheet/grid');
    const { recogniseSheet } = await import('../../src/sheet/recognise');
    const g = makeGrid(
      '区域目标表',
      [
        ['转移支付名称', '高标准农田建设'],
        ['一级指标', '二级指标', '三级指标', '全省目标值', '分地区目标值', null, null],
        [null, null, null, null, '城关县', '东山县', '西河县'],
        ['产出指标', '数量指标', '新建面积', '≥3.2万亩', '≥1.6万亩', '≥0.96万亩', '≥0.64万亩'],
        ['满意度指标', '服务对象满意度指标', '农户满意度', '≥90%', '≥90%', '≥90%', '≥90%'],
      ],
      [
        { top: 2, left: 1, bottom: 3, right: 1 },
        { top: 2, left: 2, bottom: 3, right: 2 },
        { top: 2, left: 3, bottom: 3, right: 3 },
        { top: 2, left: 4, bottom: 3, right: 4 },
        { top: 2, left: 5, bottom: 2, right: 7 },
      ],
    );
    const p = recogniseSheet(g).projects[0];
    expect(p.recipients?.map((x) => x.name)).toEqual(['城关县', '东山县', '西河县']);
    expect(p.indicators[0].recipientTargets?.map((x) => x.value)).toEqual([1.6, 0.96, 0.64]);
  });
  test.each(['分地区目标值', '分县（市、区）目标值', '各县指标值', '分解目标值'])('%s heads the counties', async (t) => {
    const { areaHead } = await import('../../src/sheet/area-head');
    expect(areaHead(t)).toBe(true);
  });
  test.each(['目标值', '指标值', '分值', '备注'])('%s does not', async (t) => {
    const { areaHead } = await import('../../src/sheet/area-head');
    expect(areaHead(t)).toBe(false);
  });
});
