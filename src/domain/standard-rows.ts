/**
 * The standard (共性) indicator rows of docs/domain.md §7. Values are defaults to edit, not norms:
 * “预算数” means “fill in the project's budget”, “N” a number the user supplies.
 */
import type { Level1, Level2 } from './catalogue';

export type Category = '通用' | '学生资助' | '奖学金' | '设备购置/建设' | '培训' | '思政/宣传' | '数据服务' | '会议';

export const CATEGORIES: Category[] = ['通用', '学生资助', '奖学金', '设备购置/建设', '培训', '思政/宣传', '数据服务', '会议'];

export interface StandardRow {
  id: string;
  category: Category;
  level1: Level1;
  level2: Level2;
  level3: string;
  op: '≥' | '≤' | '=' | null;
  /** Default value; 'N' / '预算数' / '标准' are prompts for the user. */
  value: string;
  unit: string;
  /** Where the row comes from, as users see it: a public kind of source or 实务惯例. */
  source: string;
  /** For developers: the tables it was seen in, with evidence labels. */
  evidence: string;
}

/** The public side of a row's evidence: the common-indicator libraries, published tables, or practice. */
function publicSource(evidence: string): string {
  if (evidence.includes('共性指标库')) return '财政部门共性绩效指标库（通行做法）';
  if (evidence.includes('[P]')) return '各地公开的项目支出绩效目标表（通行做法）';
  return '实务惯例';
}

type Def = [string, Level2, string, StandardRow['op'], string, string, string];

const L1: Record<Level2, Level1> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  成本指标: '产出指标',
  经济成本指标: '成本指标',
  社会成本指标: '成本指标',
  生态环境成本指标: '成本指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
};

const DEFS: Record<Category, Def[]> = {
  通用: [
    ['GEN-01', '时效指标', '任务按期完成率', '=', '100', '%', 'seed [P]'],
    ['GEN-02', '时效指标', '资金支付及时率', '=', '100', '%', 'seed、昌吉 [P]'],
    ['GEN-03', '成本指标', '项目总成本', '≤', '预算数', '万元', '池州、四川 [P]'],
    ['GEN-04', '成本指标', '项目成本超支率', '≤', '0', '%', '2024 单位公开 [P]'],
    ['GEN-05', '质量指标', '资金使用合规率', '=', '100', '%', 'seed 把专款专用放在效益 [P]；应属质量 [I]'],
    ['GEN-06', '服务对象满意度指标', '服务对象满意度', '≥', '90', '%', 'seed ≥80–99 [P]'],
  ],
  学生资助: [
    ['AID-01', '数量指标', '资助学生人次', '≥', 'N', '人次', 'seed “补助人数 ≥3000 人次” [P]'],
    ['AID-02', '数量指标', '国家助学金人数', '≥', 'N', '人', '湖北 [P]'],
    ['AID-03', '质量指标', '资助对象认定准确率', '=', '100', '%', 'seed、广东 [P]'],
    ['AID-04', '质量指标', '资助标准达标率', '=', '100', '%', '昌吉、宁晋 [P]'],
    ['AID-05', '质量指标', '脱贫家庭学生资助覆盖率', '=', '100', '%', '宁晋 [P]'],
    ['AID-06', '时效指标', '资助资金发放及时率', '=', '100', '%', 'seed、宁晋、昌吉 [P]'],
    ['AID-07', '成本指标', '资助资金总额', '≤', '预算数', '万元', 'seed “665.3 万元” [P]'],
    ['AID-08', '成本指标', '生均资助标准', '=', '标准', '元/生·年', '昌吉、湖北 [P]'],
    ['AID-09', '社会效益指标', '家庭经济困难学生应助尽助率', '=', '100', '%', 'seed 绩效目标 [P]'],
    ['AID-10', '社会效益指标', '受助学生完成学业率', '≥', '95', '%', '湖北 [P]；取值 [I]'],
    ['AID-11', '可持续影响指标', '资助政策持续发挥作用年限', '≥', '1', '年', '[I]（替代 seed “资助政策发挥作用时间 ≥2500 人次”）'],
    ['AID-12', '服务对象满意度指标', '受助学生满意度', '≥', '90', '%', 'seed ≥99、宁晋 95 [P]'],
  ],
  奖学金: [
    ['SCH-01', '数量指标', '奖学金资助人数', '≥', 'N', '人', 'seed “≥4 人” [P]'],
    ['SCH-02', '质量指标', '符合资助政策留学生比例', '=', '100', '%', 'seed [P]'],
    ['SCH-03', '时效指标', '奖学金当年发放率', '=', '100', '%', 'seed [P]'],
    ['SCH-04', '成本指标', '奖学金支出总额', '≤', '预算数', '万元', 'seed “12 万元” [P]'],
    ['SCH-05', '服务对象满意度指标', '受资助学生满意度', '≥', '90', '%', 'seed [P]'],
  ],
  '设备购置/建设': [
    ['EQP-01', '数量指标', '购置设备数量', '≥', 'N', '台', '共性指标库 [P]'],
    ['EQP-02', '数量指标', '建设实训基地数量', '=', 'N', '个', 'seed [P]'],
    ['EQP-03', '质量指标', '设备验收合格率', '=', '100', '%', '共性指标库 [P]'],
    ['EQP-04', '质量指标', '工程验收合格率', '=', '100', '%', '廊坊 [P]'],
    ['EQP-05', '时效指标', '项目按期完成率', '=', '100', '%', 'seed [P]'],
    ['EQP-06', '成本指标', '单位购置成本', '≤', '标准', '元/台', '共性指标库 [P]'],
    ['EQP-07', '成本指标', '设备购置成本', '≤', '预算数', '万元', 'seed “500 万元” [P]'],
    ['EQP-08', '社会效益指标', '实践教学与服务能力提升情况', null, '达到预期', '', '共性指标库；seed “全面提升” [P]'],
    ['EQP-09', '可持续影响指标', '设备利用率', '≥', '90', '%', '[I]'],
    ['EQP-10', '服务对象满意度指标', '使用人员满意度', '≥', '90', '%', 'seed、共性指标库 [P]'],
  ],
  培训: [
    ['TRN-01', '数量指标', '组织培训班次', '≥', 'N', '期', '共性指标库 [P]'],
    ['TRN-02', '数量指标', '参训人次', '≥', 'N', '人次', '共性指标库 [P]'],
    ['TRN-03', '质量指标', '培训出勤率', '≥', '95', '%', '共性指标库 [P]；取值 [I]'],
    ['TRN-04', '质量指标', '培训合格率', '≥', '95', '%', '共性指标库 [P]；取值 [I]'],
    ['TRN-05', '时效指标', '培训按期完成率', '=', '100', '%', '共性指标库 [P]'],
    ['TRN-06', '成本指标', '人均培训成本', '≤', '标准', '元/人·天', '共性指标库 [P]'],
    ['TRN-07', '服务对象满意度指标', '受训学员满意度', '≥', '90', '%', '共性指标库 [P]'],
  ],
  '思政/宣传': [
    ['EDU-01', '数量指标', '开展宣传教育活动次数', '≥', 'N', '次', 'seed [P]'],
    ['EDU-02', '数量指标', '参与师生人次', '≥', 'N', '人次', 'seed 放在社会效益 [P]；应属数量 [I]'],
    ['EDU-03', '质量指标', '教育对象对活动的认可度', '≥', '90', '%', 'seed “显著提高” [P]；量化 [I]'],
    ['EDU-04', '时效指标', '项目完成及时率', '=', '100', '%', 'seed [P]'],
    ['EDU-05', '成本指标', '活动经费支出', '≤', '预算数', '万元', 'seed “5 万元” [P]'],
    ['EDU-06', '社会效益指标', '师生思想道德水平', null, '有所提升', '', 'seed “提升” [P]；分级 [I]'],
    ['EDU-07', '服务对象满意度指标', '师生满意度', '≥', '90', '%', 'seed ≥80 [P]'],
  ],
  数据服务: [
    ['DAT-01', '数量指标', '数据上报量', '≥', 'N', '条', 'seed “≥10000 条数据” [P]'],
    ['DAT-02', '数量指标', '覆盖学校数', '≥', 'N', '个', 'seed “覆盖度高” [P]；量化 [I]'],
    ['DAT-03', '质量指标', '系统正常运行率', '≥', '95', '%', '2024 公开表 [P]'],
    ['DAT-04', '质量指标', '数据准确率', '≥', '98', '%', '[I]'],
    ['DAT-05', '时效指标', '工作任务完成及时率', '=', '100', '%', 'seed 写作“符合规定” [P]'],
    ['DAT-06', '成本指标', '技术服务费', '≤', '预算数', '万元', '[I]'],
    ['DAT-07', '服务对象满意度指标', '服务对象满意率', '≥', '95', '%', 'seed “≥98 百分号” [P]'],
  ],
  会议: [
    ['MTG-01', '数量指标', '组织召开会议次数', '≥', 'N', '次', '共性指标库 [P]'],
    ['MTG-02', '数量指标', '与会人数', '≥', 'N', '人', '共性指标库 [P]'],
    ['MTG-03', '质量指标', '会议出勤率', '≥', '95', '%', '共性指标库 [P]'],
    ['MTG-04', '成本指标', '人均会议成本', '≤', '标准', '元/人', '共性指标库 [P]'],
    ['MTG-05', '服务对象满意度指标', '与会人员满意度', '≥', '90', '%', '共性指标库 [P]'],
    ['MTG-06', '数量指标', '完成调研报告数量', '≥', 'N', '篇', '共性指标库 [P]'],
    ['MTG-07', '时效指标', '报告按时完成率', '=', '100', '%', '共性指标库 [P]'],
  ],
};

export const STANDARD_ROWS: StandardRow[] = CATEGORIES.flatMap((category) =>
  DEFS[category].map(([id, level2, level3, op, value, unit, evidence]) => ({
    id,
    category,
    level1: L1[level2],
    level2,
    level3,
    op,
    value,
    unit,
    source: publicSource(evidence),
    evidence,
  })),
);

export function standardRow(id: string): StandardRow | undefined {
  return STANDARD_ROWS.find((r) => r.id === id.toUpperCase());
}

/** The 指标值 text a row is inserted with: “≥90%”, “≤500万元” (预算数 replaced when known). */
export function rowValueText(r: StandardRow, budget: number | null): string {
  if (r.op === null) return r.value;
  const v = r.value === '预算数' && budget !== null ? String(budget) : r.value;
  return `${r.op}${v}${r.unit}`;
}

/** Place a Gen-A row in a Gen-B table: 成本指标 (二级 under 产出) becomes 成本指标 › 经济成本指标. */
export function adaptToGeneration(r: StandardRow, generation: 'A' | 'B' | 'hybrid' | 'mixed' | null): { level1: Level1; level2: Level2 } {
  if (r.level2 === '成本指标' && generation === 'B') return { level1: '成本指标', level2: '经济成本指标' };
  if (r.level2 === '成本指标' && generation === 'hybrid') return { level1: '产出指标', level2: '经济成本指标' };
  return { level1: r.level1, level2: r.level2 };
}
