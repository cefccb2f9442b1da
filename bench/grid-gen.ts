/** A Grid in the seed's stacked layout with N indicator rows, built in memory (no file). */
import { makeGrid, type CellValue, type Grid, type Merge } from '../src/sheet/grid';

/** One project's 13 indicator rows, as the seed writes them (wrapped words, 百分比, 人次 …). */
export const ROWS: [string, string, string, string][] = [
  ['产出指标', '数量指标', '建设大模型\n生产中心', '1个'],
  ['', '数量指标', '服务应用场\n景数量', '2 项'],
  ['', '数量指标', '教师素质提高计划参培\n人数', '≥10 人'],
  ['', '质量指标', '设备验收合格率', '100 百分比'],
  ['', '质量指标', '技术技能创新服务社会能力', '显著提升'],
  ['', '时效指标', '任务按期完\n成率', '100%'],
  ['', '成本指标', '设备购置成\n本', '500 万元'],
  ['效益指标', '社会效益指 标', '实践教学质 量和服务能 力', '全面提升'],
  ['', '社会效益指 标', '接受宣传教育师生人次', '≥200 人次'],
  ['', '可持续影响\n指标', '资助政策发挥作用时间', '≥2500 人次'],
  ['', '可持续影响\n指标', '项目覆盖率', '覆盖度高'],
  ['满意度指标', '服务对象满\n意度指标', '学生满意度', '≥95%'],
  ['', '服务对象满\n意度指标', '合作企业满意度', '≥98 百分号'],
];

export function generateGrid(n: number, name = '绩效目标表'): Grid {
  const values: CellValue[][] = [];
  const merges: Merge[] = [];
  let done = 0;
  let k = 0;
  while (done < n) {
    k++;
    values.push([`${k}.测试项目${k}（2024 年）绩效目标表`, null, null, null, null]);
    values.push(['项目名称', `测试项目${k}（2024 年）`, null, null, null]);
    values.push(['预算规模及 资金用途', '预算数', 500, '其中：财政\n资金', 500]);
    values.push([null, '其他资金', null, null, null]);
    values.push(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值']);
    const take = Math.min(ROWS.length, n - done);
    if (take >= 7) merges.push({ top: values.length + 1, left: 1, bottom: values.length + 7, right: 1 });
    for (let i = 0; i < take; i++) values.push([ROWS[i][0] || null, ROWS[i][1], ROWS[i][2], ROWS[i][2], ROWS[i][3]]);
    done += take;
    values.push([null, null, null, null, null]);
  }
  return makeGrid(name, values, merges);
}
