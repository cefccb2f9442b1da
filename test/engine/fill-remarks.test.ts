/**
 * A remark typed in the column right of a table's header (待核实, a number) is the user's: fill adds its
 * columns there, but the plan never writes over such a cell — not even the empty, formatted 实际完成值
 * it gives a % target (a value edit with no value clears the cell).
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { makeGrid, type CellValue } from '../../src/sheet/grid';

const rows: CellValue[][] = [
  ['项目名称', '教师能力提升培训'],
  ['预算数', 100, '其中：财政资金', 100],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '培训人次', '≥100人次'],
  ['产出指标', '质量指标', '培训合格率', '≥95%', '待核实'],
  ['产出指标', '时效指标', '完成时间', '2024年12月31日前'],
  ['效益指标', '社会效益指标', '受训人员能力提升', '显著提升', 0.5],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '#N/A'],
];

test.each([false, true])('fill (highlight %s) writes nothing into the remarks beside the table', (highlight) => {
  const g = makeGrid('表', rows);
  const plan = planAll([g], analyse([g], DEFAULT_CONFIG), DEFAULT_CONFIG, { fix: false, highlight, fill: true });
  const over = plan.edits.filter((e) => 'row' in e && e.col === 5 && [5, 7, 8].includes(e.row) && e.kind === 'value');
  expect(over).toEqual([]);
  // The columns are still added, right of the remarks: a column with content and no header is the table's (the band
  // reaches as far as its rows do), so 实际完成值 goes to F on the header row.
  expect(plan.edits.some((e) => e.kind === 'value' && e.row === 3 && e.col === 6 && e.value === '实际完成值')).toBe(true);
});
