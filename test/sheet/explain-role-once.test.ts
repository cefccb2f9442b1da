/** --explain names a row's role once, as the pane does: the two-halves header is “表头  表格分左右两半打印…”, not “表头  表头：…”. */
import { analyse } from '../../src/engine/analyse';
import { formatExplain } from '../../src/cli/text';
import { makeGrid } from '../../src/sheet/grid';

const H = ['一级指标', '二级指标', '三级指标', '指标值'];

test('the two-halves header row says 表头 once; a plain header row still reads “表头  表头”', () => {
  const g = makeGrid('目标表', [
    ['项目名称', '职业技能培训', null, null, null, null, null, null],
    ['预算金额（万元）', 120, null, null, null, null, null, null],
    [...H, ...H],
    ['产出指标', '数量指标', '培训人次', '≥100人次', '效益指标', '社会效益指标', '就业率', '≥80%'],
    ['产出指标', '质量指标', '培训合格率', '≥95%', '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
    ['产出指标', '时效指标', '完成时间', '2024年12月底前', null, null, null, null],
  ]);
  g.merges = [{ top: 1, left: 2, bottom: 1, right: 8 }];
  const text = formatExplain('x.xlsx', analyse([g]));
  expect(text).toMatch(/第 +3 行 {2}表头 {2}表格分左右两半打印（E–H 列接续 A–D 列的指标）/);
  expect(text).not.toContain('表头：表头');
  expect(text).not.toMatch(/表头 +表头：/);
  const plain = formatExplain('y.xlsx', analyse([makeGrid('S', [['项目名称', '甲'], H, ['产出指标', '数量指标', '人数', '100人']])]));
  expect(plain).toMatch(/第 +2 行 {2}表头 {2}表头/);
});
