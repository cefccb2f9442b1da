/**
 * Session 21, wave 2: a hospital's 绩效目标申报表 (2018-style) whose money block is 项目资金申请（万元） | 资金总数： | 520,
 * then 其中：当年财政拨款 | 480 and 其他资金 | … below. “资金总数” was not a total's label: the budget became the sum of
 * the parts (480 when 其他资金 is blank — the fiscal part alone, reported as the project's budget).
 */
import { analyse } from '../../src/engine/analyse';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { makeGrid, type CellValue } from '../../src/sheet/grid';

const IND: [string, string, string, string][] = [
  ['产出指标', '数量指标', '购置彩色多普勒超声诊断仪', '2台'],
  ['产出指标', '质量指标', '设备验收合格率', '100%'],
  ['产出指标', '时效指标', '设备投入使用时间', '2018年10月底前'],
  ['效益指标', '社会效益指标', '年门诊检查人次', '≥6000人次'],
  ['满意度指标', '服务对象满意度指标', '患者满意度', '≥90%'],
];

function sheet(label: CellValue, amount: CellValue, other: CellValue): CellValue[][] {
  return [
    ['绩效目标申报表（2018年度）', null, null, null, null],
    ['项目名称', '妇产科诊疗能力提升设备购置', null, null, null],
    ['主管部门及代码', '省卫生健康委员会', null, '实施单位', '某医科大学附属第二医院'],
    ['项目资金申请（万元）', label, amount, null, null],
    [null, '其中：当年财政拨款', 480, null, null],
    [null, '其他资金', other, null, null],
    ['年度绩效目标', '完成设备购置、安装调试并投入临床使用', null, null, null],
    ['项目绩效指标', '一级指标', '二级指标', '指标内容', '指标值'],
    ...IND.map(([a, b, c, d], i): CellValue[] => [i === 0 ? '项目绩效指标' : null, a, b, c, d]),
  ];
}

const read = (rows: CellValue[][]) =>
  analyse([makeGrid('目标表', rows)], DEFAULT_CONFIG).projects.map(({ project: p }) => ({
    name: p.name,
    budget: p.funds.total?.value ?? null,
    fiscal: p.funds.fiscal?.value ?? null,
    indicators: p.rows.filter((r) => r.role === 'indicator').length,
  }));

test.each([
  ['资金总数：', 520, null],
  ['资金总数', 520, 60],
  ['预算总数：', 520, null],
  ['资金总数：520万元', null, null],
] as [string, CellValue, CellValue][])('%j %j (其他资金 %j): the budget is the sheet’s own total, 520 万元', (label, amount, other) => {
  expect(read(sheet(label, amount, other))).toEqual([{ name: '妇产科诊疗能力提升设备购置', budget: 520, fiscal: 480, indicators: 5 }]);
});
