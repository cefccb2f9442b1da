/** The one small 目标表 most hostile cases carry (its header and six indicator rows). */
import type { Cell } from './xlsx';

export const HEADER = ['一级指标', '二级指标', '三级指标', '指标值'];
export const INDICATORS: Cell[][] = [
  ['产出指标', '数量指标', '培训人次', '≥100人次'],
  ['产出指标', '质量指标', '培训合格率', '≥95%'],
  ['产出指标', '时效指标', '完成时间', '2024年12月31日前'],
  ['产出指标', '成本指标', '人均培训成本', '≤500元/人'],
  ['效益指标', '社会效益指标', '受训人员能力提升', '显著提升'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%'],
];
