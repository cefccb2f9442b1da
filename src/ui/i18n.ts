/**
 * Every string the pane shows: Chinese first, English when Office's display language is English.
 * `{name}` placeholders are filled by t(). Keys are grouped by view.
 */
import { createContext, useContext } from 'react';
import type { Lang } from './host';

export const STRINGS = {
  'app.title': { zh: '绩效表助手', en: 'Jixiao Performance Sheet Assistant' },
  'app.undo': { zh: '撤销上次操作', en: 'Undo last action' },
  'app.undoStep': { zh: '撤销：', en: 'Undo: ' },
  'app.connecting': { zh: '正在连接 Excel…', en: 'Connecting to Excel…' },
  'app.connectFailed': { zh: '无法连接 Excel：{message}', en: 'Cannot connect to Excel: {message}' },
  'app.tabs': { zh: '功能', en: 'Features' },
  'app.loadingView': { zh: '正在加载…', en: 'Loading…' },
  'tab.validate': { zh: '校验', en: 'Validate' },
  'tab.selfEval': { zh: '自评', en: 'Self-evaluation' },
  'tab.standard': { zh: '标准指标', en: 'Standard indicators' },
  'tab.settings': { zh: '设置', en: 'Settings' },

  'status.label': { zh: '状态', en: 'Status' },
  'status.ready': { zh: '就绪', en: 'Ready' },
  'status.working': { zh: '正在处理…', en: 'Working…' },
  'status.undone': { zh: '已撤销上次操作。', en: 'The last action was undone.' },
  'status.nothingToUndo': { zh: '没有可撤销的操作。', en: 'There is nothing to undo.' },
  'error.title': { zh: '操作未完成', en: 'The action did not complete' },
  'error.dismiss': { zh: '关闭提示', en: 'Dismiss' },

  'validate.runSheet': { zh: '校验当前工作表', en: 'Validate the active sheet' },
  'validate.runWorkbook': { zh: '校验整个工作簿', en: 'Validate the whole workbook' },
  'validate.clear': { zh: '清除标记', en: 'Clear marks' },
  'validate.intro': {
    zh: '检查每一张绩效指标表：指标完整性、数值和单位、分值与得分。问题单元格会被标色并加批注。',
    en: 'Checks every indicator table: completeness, values and units, weights and scores. Problem cells are coloured and annotated.',
  },
  'validate.summary': {
    zh: '共 {projects} 个项目：错误 {errors}，警告 {warnings}，提示 {infos}。',
    en: '{projects} projects: {errors} errors, {warnings} warnings, {infos} notices.',
  },
  'validate.marked': { zh: '已标记 {n} 个单元格。', en: '{n} cells marked.' },
  'validate.noFindings': { zh: '未发现问题。', en: 'No problems found.' },
  'validate.cleared': { zh: '已清除标记，单元格恢复原样。', en: 'Marks cleared; the cells are as they were.' },
  'validate.previewAll': { zh: '预览全部安全修正（{n}）', en: 'Preview all safe fixes ({n})' },
  'validate.previewAllTitle': { zh: '将应用以下 {n} 处修正', en: 'These {n} fixes will be applied' },
  'validate.confirmAll': { zh: '全部应用', en: 'Apply all' },
  'validate.cancel': { zh: '取消', en: 'Cancel' },
  'validate.fixed': { zh: '已应用 {n} 处修正。', en: '{n} fixes applied.' },
  'validate.results': { zh: '校验结果', en: 'Validation results' },

  'finding.project': { zh: '项目 {n}：{name}', en: 'Project {n}: {name}' },
  'finding.fileLevel': { zh: '整个文件', en: 'Whole file' },
  'finding.goto': { zh: '定位到单元格 {cell}', en: 'Go to cell {cell}' },
  'finding.source': { zh: '依据：{source}', en: 'Source: {source}' },
  'finding.preview': { zh: '预览修正', en: 'Preview fix' },
  'finding.hidePreview': { zh: '收起预览', en: 'Hide preview' },
  'finding.apply': { zh: '应用此修正', en: 'Apply this fix' },
  'finding.before': { zh: '修正前', en: 'Before' },
  'finding.after': { zh: '修正后', en: 'After' },
  'finding.fixOf': { zh: '{cell} 的修正', en: 'Fix for {cell}' },
  'severity.error': { zh: '错误', en: 'Error' },
  'severity.warning': { zh: '警告', en: 'Warning' },
  'severity.info': { zh: '提示', en: 'Notice' },
  'severity.group': { zh: '{label}（{n}）', en: '{label} ({n})' },

  'scheme.label': { zh: '评分方案', en: 'Scoring scheme' },
  'scheme.national': { zh: '全国通用（产出50/效益30/满意度10/执行率10）', en: 'National (outputs 50 / outcomes 30 / satisfaction 10 / execution 10)' },
  'scheme.hubei': { zh: '湖北（执行率20，指标80）', en: 'Hubei (execution 20, indicators 80)' },
  'scheme.sichuan': { zh: '四川（执行率10，指标90）', en: 'Sichuan (execution 10, indicators 90)' },

  'selfEval.intro': {
    zh: '添加或填写“实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施”列，计算每个项目的总分和等级。在表中填写实际完成值后，可再次计算。',
    en: 'Adds or fills the columns Actual | Weight | Score | Reasons for deviation, and computes each project’s total and grade. After typing actual values in the sheet, run it again.',
  },
  'selfEval.run': { zh: '填写自评', en: 'Fill self-evaluation' },
  'selfEval.rerun': { zh: '重新计算', en: 'Recalculate' },
  'selfEval.done': { zh: '已填写 {n} 个项目的自评。', en: 'Self-evaluation filled for {n} projects.' },
  'selfEval.caption': { zh: '各项目得分', en: 'Scores by project' },
  'selfEval.project': { zh: '项目', en: 'Project' },
  'selfEval.total': { zh: '总分', en: 'Total' },
  'selfEval.grade': { zh: '等级', en: 'Grade' },
  'selfEval.rate': { zh: '执行率', en: 'Execution' },
  'selfEval.pending': { zh: '待填写', en: 'Pending' },
  'selfEval.missingActuals': { zh: '{n} 行缺少实际完成值', en: '{n} rows lack an actual value' },
  'selfEval.missingReasons': { zh: '{n} 行缺少偏差原因', en: '{n} rows lack a reason for deviation' },

  'standard.intro': {
    zh: '勾选常用的共性指标，插入到所选项目的对应指标组下方。数值为默认值，请按项目实际修改。',
    en: 'Tick common indicators and insert them under the matching group of the chosen project. Values are defaults: adjust them to the project.',
  },
  'standard.category': { zh: '类别', en: 'Category' },
  'standard.allCategories': { zh: '全部类别', en: 'All categories' },
  'standard.rows': { zh: '标准指标', en: 'Standard indicators' },
  'standard.source': { zh: '来源：{source}', en: 'Source: {source}' },
  'standard.project': { zh: '插入到项目', en: 'Insert into project' },
  'standard.noProjects': { zh: '尚未识别到项目，请先在“校验”中校验工作表。', en: 'No projects recognised yet: validate the sheet first.' },
  'standard.insert': { zh: '插入所选指标（{n}）', en: 'Insert selected ({n})' },
  'standard.inserted': { zh: '已在项目 {project} 中插入 {n} 行。', en: '{n} rows inserted into project {project}.' },
  'cat.通用': { zh: '通用', en: 'General' },
  'cat.学生资助': { zh: '学生资助', en: 'Student aid' },
  'cat.奖学金': { zh: '奖学金', en: 'Scholarships' },
  'cat.设备购置/建设': { zh: '设备购置/建设', en: 'Equipment and construction' },
  'cat.培训': { zh: '培训', en: 'Training' },
  'cat.思政/宣传': { zh: '思政/宣传', en: 'Civic education and publicity' },
  'cat.数据服务': { zh: '数据服务', en: 'Data services' },
  'cat.会议': { zh: '会议', en: 'Meetings' },

  'settings.intro': { zh: '设置随工作簿保存。', en: 'Settings are saved with the workbook.' },
  'settings.scope': { zh: '校验范围', en: 'Scope' },
  'settings.scope.sheet': { zh: '当前工作表', en: 'Active sheet' },
  'settings.scope.workbook': { zh: '整个工作簿', en: 'Whole workbook' },
  'settings.grades': { zh: '等级分数线', en: 'Grade bands' },
  'settings.grade': { zh: '“{grade}”不低于', en: '“{grade}” from' },
  'settings.thresholds': { zh: '阈值', en: 'Thresholds' },
  'settings.overRatio': { zh: '超额完成需说明原因（实际值 ÷ 目标值 ≥）', en: 'Over-achievement needs a reason (actual ÷ target ≥)' },
  'settings.executionBelow': { zh: '执行率低于此值需说明原因（%）', en: 'Execution rate below which a reason is needed (%)' },
  'settings.reverse': { zh: '反向指标计分', en: 'Scoring of “≤” indicators' },
  'settings.reverse.ratio': { zh: '比例法（目标值 ÷ 实际值）', en: 'Ratio (target ÷ actual)' },
  'settings.reverse.linear': { zh: '线性法（超出目标线性扣分）', en: 'Linear (deduct in proportion to the excess)' },
  'settings.severity': { zh: '规则严重程度', en: 'Rule severity' },
  'settings.severity.default': { zh: '默认（{level}）', en: 'Default ({level})' },
  'settings.severity.off': { zh: '关闭', en: 'Off' },
  'settings.save': { zh: '保存设置', en: 'Save settings' },
  'settings.reset': { zh: '恢复默认', en: 'Restore defaults' },
  'settings.saved': { zh: '设置已保存到工作簿。', en: 'Settings saved in the workbook.' },
  'settings.invalid': { zh: '请检查：{field}', en: 'Please check: {field}' },
} as const;

export type Key = keyof typeof STRINGS;
export type Params = Record<string, string | number>;
export type T = (key: Key, params?: Params) => string;

export function translate(lang: Lang, key: Key, params: Params = {}): string {
  const entry = STRINGS[key];
  const text: string = entry[lang] || entry.zh;
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function makeT(lang: Lang): T {
  return (key, params) => translate(lang, key, params);
}

/** A key for a standard-row category, when the dictionary has one. */
export function categoryKey(category: string): Key | null {
  const k = `cat.${category}`;
  return k in STRINGS ? (k as Key) : null;
}

export interface LangValue {
  lang: Lang;
  t: T;
}

export const LangContext = createContext<LangValue>({ lang: 'zh', t: makeT('zh') });

export function useT(): LangValue {
  return useContext(LangContext);
}
