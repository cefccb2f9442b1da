/**
 * “自评得分不完整” said why (issue 7: every finding says what, where and why): the text line, --explain and the JSON
 * report's score.incomplete (added) name the empty 全年执行数 cell and the rows whose 实际完成值 are empty. Before, the
 * line ended at “自评得分不完整” and the JSON had only total: null.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { fileReport } from '../../src/engine/report';
import { formatExplain, projectLine } from '../../src/cli/text';
import type { CellValue } from '../../src/sheet/grid';
import { SELFEVAL_HEADER, table } from '../helpers/table';

function sheet(executed: CellValue, actuals: CellValue[], budget: CellValue = 100) {
  return table(
    [
      ['产出指标', '数量指标', '培训人次', '≥100人次', actuals[0], 30, null, null],
      ['产出指标', '质量指标', '合格率', '≥95%', actuals[1], 30, null, null],
      ['效益指标', '社会效益指标', '受益人数', '≥500人', actuals[2], 20, null, null],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', actuals[3], 10, null, null],
    ],
    {
      header: SELFEVAL_HEADER,
      above: [
        ['项目名称', '培训项目'],
        ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额:', budget, budget, executed, 10, null, null],
      ],
    },
  );
}

const first = (g: ReturnType<typeof sheet>) => analyse([g], DEFAULT_CONFIG).projects[0];

describe('why a 自评 score is incomplete', () => {
  test('an empty 全年执行数 is named with its cell', () => {
    const a = analyse([sheet(null, [120, '96%', 600, '95%'])], DEFAULT_CONFIG);
    const r = a.projects[0];
    expect(r.score.total).toBeNull();
    expect(projectLine(r)).toMatch(/自评得分不完整：全年执行数未填（D3）$/);
    expect(formatExplain('x.xlsx', a)).toContain('全年执行数未填（D3）');
    expect(fileReport('x.xlsx', a).projects[0].score).toMatchObject({ total: null, incomplete: [{ what: 'executed', cells: ['D3'] }] });
  });

  test('empty 实际完成值 are named by row, with the 执行数 when both are missing', () => {
    const r = first(sheet(null, [120, null, null, '95%']));
    expect(projectLine(r)).toMatch(/自评得分不完整：全年执行数未填（D3）；实际完成值未填（第 6、7 行）$/);
  });

  test('actuals alone missing; empty 年初 and 全年预算数', () => {
    expect(projectLine(first(sheet(95, [null, '96%', 600, '95%'])))).toMatch(/自评得分不完整：实际完成值未填（第 5 行）$/);
    expect(projectLine(first(sheet(95, [120, '96%', 600, '95%'], null)))).toMatch(/全年预算数未填（C3）/);
  });

  test('a complete table has a total and no incomplete field', () => {
    const a = analyse([sheet(95, [120, '96%', 600, '95%'])], DEFAULT_CONFIG);
    expect(a.projects[0].score.total).not.toBeNull();
    expect(fileReport('x.xlsx', a).projects[0].score).not.toHaveProperty('incomplete');
  });
});
