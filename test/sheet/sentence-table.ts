/** The 目标表 the money-sentence tests read (hunt-s23, hunt-s24): a sentence in 资金总额及构成, a name label, four indicators. */
import type { CellValue } from '../../src/sheet/grid';

export const IND: CellValue[][] = [
  ['产出指标', '数量指标', '新建村组道路里程', '≥12公里'],
  ['产出指标', '质量指标', '工程验收合格率', '100%'],
  ['效益指标', '社会效益指标', '受益群众人数', '≥3500人'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
];

export function target(sentence: string, nameLabel = '项目名称'): CellValue[][] {
  return [
    ['项目绩效目标表（2024年度）', null, null, null],
    [nameLabel, '村组道路硬化工程', '主管部门', '某镇人民政府'],
    ['资金总额及构成', sentence, null, null],
    ['年度绩效目标', '完成村组道路硬化，改善群众出行条件', null, null],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ...IND,
  ];
}
