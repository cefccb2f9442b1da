/**
 * Session 23: what session 22's money-sentence reader left. A sentence whose parts stand in a bracket after the total
 * (“资金总额120万元（其中：财政拨款100万元，自筹资金20万元）”) gave no parts; a sentence with one amount whose label names
 * neither a source nor the total (“道路配套20万元”) gave up on every part, silently. Now what can be read is read and the
 * reader says which amount it could not place. And 项目名称 glossed as a 专项 (项目（专项）名称, 项目名称（专项资金名称）)
 * was not taken as the name label: the project was called by the sheet's title.
 */
import { analyse } from '../../src/engine/analyse';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { target } from './sentence-table';

const read = (rows: CellValue[][]) =>
  analyse([makeGrid('目标表', rows)], DEFAULT_CONFIG).projects.map(({ project: p, diagnostics }) => ({
    name: p.name,
    budget: p.funds.total?.value ?? null,
    fiscal: p.funds.fiscal?.value ?? null,
    other: p.funds.other?.value ?? null,
    doubts: p.doubts.length,
    cst01: diagnostics.filter((d) => d.rule === 'CST-01').map((d) => d.cell),
  }));

test.each([
  ['资金总额120万元（其中：财政拨款100万元，自筹资金20万元）', 120, 100, 20],
  ['项目总投资120万元(财政拨款100万元、自筹20万元)', 120, 100, 20],
  ['项目资金总额 120 万元（含中央补助资金 70 万元，县级财政资金 30 万元，群众自筹 20 万元）', 120, 100, 20],
  ['项目经费120万元，财政拨款100万元，自筹20万元', 120, 100, 20],
  ['项目经费120万元，其中财政拨款100万元，自筹20万元', 120, 100, 20],
] as [string, number, number, number][])('the total’s parts %j: total %j, fiscal %j, other %j', (s, budget, fiscal, other) => {
  expect(read(target(s))).toEqual([{ name: '村组道路硬化工程', budget, fiscal, other, doubts: 0, cst01: [] }]);
});

test('parts in the bracket after the total that fall 20 万元 short: CST-01 on the sentence', () => {
  expect(read(target('资金总额120万元（其中：财政拨款80万元，自筹资金20万元）'))).toEqual([
    { name: '村组道路硬化工程', budget: 120, fiscal: 80, other: 20, doubts: 0, cst01: ['B3'] },
  ]);
});

test('a bracket after a part splits that part and is not read twice', () => {
  expect(read(target('资金总额120万元，其中：财政拨款100万元（含上级补助20万元），其他资金20万元'))).toEqual([
    { name: '村组道路硬化工程', budget: 120, fiscal: 100, other: 20, doubts: 0, cst01: [] },
  ]);
});

test.each([
  ['项目资金总额120万元，其中财政拨款100万元，道路配套20万元', 120, 100, null],
  ['资金总额120万元，其中：自筹资金20万元，设备购置100万元', 120, null, 20],
  ['项目资金总额100万元，其中道路硬化80万元，桥梁维修20万元', 100, null, null],
] as [string, number, number | null, number | null][])(
  'an amount whose label names no source %j: the rest is read (total %j, fiscal %j, other %j), one doubt names it, no CST-01',
  (s, budget, fiscal, other) => {
    expect(read(target(s))).toEqual([{ name: '村组道路硬化工程', budget, fiscal, other, doubts: 1, cst01: [] }]);
  },
);

test('the doubt quotes the amount it could not place', () => {
  const [r] = analyse([makeGrid('目标表', target('项目资金总额120万元，其中财政拨款100万元，道路配套20万元'))], DEFAULT_CONFIG).projects;
  expect(r.project.doubts).toEqual(['资金构成中“道路配套20万元”未能判断是财政拨款还是其他资金，未计入；已读取其余金额，请核对资金来源']);
});

test.each(['项目（专项）名称', '项目(专项)名称', '项目名称（专项资金名称）', '项目（专项资金）名称', '项目名称（专项）'])(
  'name label %j: the project is called by the name beside it',
  (label) => {
    expect(read(target('项目资金总额 120 万元，其中财政拨款 100 万元，其他资金 20 万元', label))).toEqual([
      { name: '村组道路硬化工程', budget: 120, fiscal: 100, other: 20, doubts: 0, cst01: [] },
    ]);
  },
);

test('“项目（专项）名称：村组道路硬化工程” in one cell', () => {
  const rows = target('项目资金总额 120 万元，其中财政拨款 100 万元，其他资金 20 万元');
  rows[1] = ['项目（专项）名称：村组道路硬化工程', null, '主管部门：某镇人民政府', null];
  expect(read(rows).map((r) => r.name)).toEqual(['村组道路硬化工程']);
});

/* ---------- 资金情况（万元） | 年度资金总额：160 over 其中：上级资金160 (a district 绩效目标表, 2020) ---------- */

function inlineMoney(total: CellValue, part: CellValue): CellValue[][] {
  return [
    ['绩效目标表', null, null, null, null],
    ['（2024年度）', null, null, null, null],
    ['项目名称', '农村义务教育薄弱学校改造补助', null, null, null],
    ['项目主管部门', '某区教育局', null, '项目执行单位', '某区第二中学'],
    ['资金情况（万元）', total, null, null, null],
    [null, part, null, null, null],
    ['绩效指标', '一级指标', '二级指标', '指标内容', '指标值'],
    ['绩效指标', '产出指标', '数量指标', '校舍改造覆盖率', '100%'],
    ['绩效指标', '产出指标', '质量指标', '校舍维修质量合格率', '100%'],
    ['绩效指标', '效益指标', '可持续影响指标', '义务教育均衡发展水平', '稳步提高'],
    ['绩效指标', '满意度指标', '服务对象满意度指标', '学生家长满意度', '≥90%'],
  ];
}

test.each([
  ['年度资金总额：160', '其中：上级资金160', 160],
  ['年度资金总额:160', '其中 :上级资金160', 160],
  ['年度资金总额：160', '其中：财政拨款130', 130],
  ['年度资金总额：160万元', '其中：当年财政拨款 130 万元', 130],
] as [string, string, number][])('%j over %j: budget 160, fiscal %j', (total, part, fiscal) => {
  expect(read(inlineMoney(total, part))).toEqual([{ name: '农村义务教育薄弱学校改造补助', budget: 160, fiscal, other: null, doubts: 0, cst01: [] }]);
});

/* ---------- 项目资金申请（万元） | 资金总数：300 over 其中：当年财政拨款250 over 其他资金：20 (a hospital's 申报表) ---------- */

function applied(lines: [string, string, string]): CellValue[][] {
  return [
    ['绩效目标申报表', null, null, null, null],
    ['（2025年度）', null, null, null, null],
    ['项目名称', '儿童重症监护病房设备购置', null, null, null],
    ['主管部门及代码', '[123001]某市卫生健康委员会', null, '实施单位', '某市妇女儿童医院'],
    ['项目资金申请（万元）', lines[0], null, null, null],
    [null, lines[1], null, null, null],
    [null, lines[2], null, null, null],
    ['项目绩效指标', '一级指标', '二级指标', '指标内容', '指标值'],
    [null, '产出指标', '数量指标', '购置设备数量', '12台（套）'],
    [null, null, '质量指标', '设备验收合格率', '100%'],
    [null, '效益指标', '社会效益指标', '危重患儿救治成功率', '≥92%'],
    [null, '满意度指标', '服务对象满意度指标', '患儿家属满意度', '≥90%'],
  ];
}

test.each([
  [['资金总数：300', '其中：当年财政拨款280', '其他资金：20'], 280, []],
  [['资金总数：300', '其中：当年财政拨款250', '其他资金：20'], 250, ['B5']],
  [['资金总数：300万元', '其中：财政拨款 250 万元', '其他资金：20万元'], 250, ['B5']],
] as [[string, string, string], number, string[]][])('%j: budget 300, fiscal %j, other 20, CST-01 %j', (lines, fiscal, cst01) => {
  expect(read(applied(lines))).toEqual([{ name: '儿童重症监护病房设备购置', budget: 300, fiscal, other: 20, doubts: 0, cst01 }]);
});

test.each([['资金总额120万元，其中财政拨款80万元，其他资金20万元，上年结转20万元'], ['年度资金总额：120万元，其中本次下达50万元']])(
  'a batch or a carry-over beside the parts (%j): the total is read, no part, no doubt, no CST-01',
  (s) => {
    expect(read(target(s))).toEqual([{ name: '村组道路硬化工程', budget: 120, fiscal: null, other: null, doubts: 0, cst01: [] }]);
  },
);

test.each(['项目（专项）名称', '项目(专项资金)名称'])('a flat list headed %j: one project per name, none called by the header', (head) => {
  const rows: CellValue[][] = [
    [head, '一级指标', '二级指标', '三级指标', '指标值'],
    ['乡村道路养护', '产出指标', '数量指标', '养护里程', '≥120公里'],
    ['乡村道路养护', '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ['农村饮水安全', '产出指标', '数量指标', '新建供水点', '≥3个'],
    ['农村饮水安全', '效益指标', '社会效益指标', '受益人口', '≥2000人'],
  ];
  expect(analyse([makeGrid('清单', rows)], DEFAULT_CONFIG).projects.map((r) => r.project.name)).toEqual(['乡村道路养护', '农村饮水安全']);
});

test('“项目（专项）名称：乙项目” lines inside one grid start projects', () => {
  const rows: CellValue[][] = [
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['项目（专项）名称：乡村道路养护', null, null, null],
    ['产出指标', '数量指标', '养护里程', '≥120公里'],
    ['项目（专项）名称：农村饮水安全', null, null, null],
    ['产出指标', '数量指标', '新建供水点', '≥3个'],
    ['效益指标', '社会效益指标', '受益人口', '≥2000人'],
  ];
  expect(analyse([makeGrid('清单', rows)], DEFAULT_CONFIG).projects.map((r) => [r.project.name, r.project.indicators.length])).toEqual([
    ['乡村道路养护', 1],
    ['农村饮水安全', 2],
  ]);
});

test.each([
  ['其中：上级资金120，本级资金40', 160, null, []],
  ['其中：中央资金100万元 省级资金60万元', 160, null, []],
  ['其中：上级资金100，自筹资金30', 100, 30, ['B5']],
  ['其中：上级资金120，道路配套40', null, null, []],
] as [string, number | null, number | null, string[]][])('“年度资金总额：160” over %j: fiscal %j, other %j, CST-01 %j', (part, fiscal, other, cst01) => {
  expect(read(inlineMoney('年度资金总额：160', part))).toEqual([{ name: '农村义务教育薄弱学校改造补助', budget: 160, fiscal, other, doubts: 0, cst01 }]);
});
