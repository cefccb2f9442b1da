/**
 * `fill` checks and plans project by project and lets each go when done (startAnalysis().release):
 * the findings must be those of the whole analysis, and a project SE-15 may still compare another
 * project with (the same name elsewhere) must stay.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse, startAnalysis } from '../../src/engine/analyse';
import { makeGrid, type CellValue } from '../../src/sheet/grid';

const header = ['一级指标', '二级指标', '三级指标', '指标值'];
const selfHeader = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

function grids() {
  const target: CellValue[][] = [
    ['项目名称', '职业技能培训'],
    header,
    ['产出指标', '数量指标', '培训人数', '≥300人'],
    ['效益指标', '社会效益指标', '知晓率', '≥90%'],
    [],
    ['项目名称', '乡村学校改造'],
    header,
    ['产出指标', '数量指标', '改造学校数', '≥5所'],
  ];
  // The 自评表's 年度指标值 differs from the approved one: SE-15 speaks only if the 目标表 is still there.
  const self: CellValue[][] = [
    ['项目名称', '职业技能培训'],
    selfHeader,
    ['产出指标', '数量指标', '培训人数', '≥100人', '120人', null, null, null],
    ['效益指标', '社会效益指标', '知晓率', '≥90%', '95%', null, null, null],
  ];
  return [makeGrid('申报表', target), makeGrid('自评表', self)];
}

const messages = (ds: { rule: string; cell: string; message: string }[]) => ds.map((d) => `${d.rule} ${d.cell} ${d.message}`);

test('checked and released one by one: the same findings as the whole analysis', () => {
  const whole = analyse(grids());
  expect(whole.diagnostics.some((d) => d.rule === 'SE-15')).toBe(true);
  const run = startAnalysis(grids());
  const found = [...run.found];
  const each: string[] = [];
  for (let i = 0; i < found.length; i++) {
    each.push(...messages(run.check(i, DEFAULT_CONFIG).diagnostics));
    run.release(i);
  }
  expect(each).toEqual(messages(whole.diagnostics));
  // The project alone under its name went; the two of one name stayed.
  const names = found.map((p) => p.name);
  expect(run.found.map((p, i) => [names[i], p !== undefined])).toEqual([
    ['职业技能培训', true],
    ['乡村学校改造', false],
    ['职业技能培训', true],
  ]);
});
