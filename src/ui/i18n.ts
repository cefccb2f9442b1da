/**
 * Every string the pane shows: Chinese first, English when Office's display language is English.
 * `{name}` placeholders are filled by t(). Keys are grouped by view.
 */
import { createContext, useContext } from 'react';
import type { Lang } from './host';

export const STRINGS = {
  'app.title': { zh: '绩效表助手', en: 'Jixiao' },
  'app.undo': { zh: '撤销上次操作', en: 'Undo' },
  'app.undoHint': { zh: '撤销助手上次写入工作表的修改', en: 'Undo the last change the assistant wrote' },
  'app.undoStep': { zh: '撤销：', en: 'Undo: ' },
  'app.connecting': { zh: '正在连接 Excel…', en: 'Connecting to Excel…' },
  'app.connectFailed': { zh: '无法连接 Excel：{message}', en: 'Cannot connect to Excel: {message}' },
  'app.tabs': { zh: '功能', en: 'Features' },
  'app.loadingView': { zh: '正在加载…', en: 'Loading…' },
  'tab.validate': { zh: '校验', en: 'Check' },
  'tab.selfEval': { zh: '自评', en: 'Self-eval' },
  'tab.standard': { zh: '标准指标', en: 'Rows' },
  'tab.settings': { zh: '设置', en: 'Settings' },

  'status.label': { zh: '状态', en: 'Status' },
  'status.ready': { zh: '就绪', en: 'Ready' },
  'status.working': { zh: '正在处理…', en: 'Working…' },
  'status.undone': { zh: '已撤销上次操作。', en: 'The last action was undone.' },
  'status.nothingToUndo': { zh: '没有可撤销的操作。', en: 'There is nothing to undo.' },
  'status.failed': { zh: '上次操作未完成，见上方说明。', en: 'The last action did not complete: see the message above.' },
  'error.title': { zh: '{action}未完成', en: '{action} did not complete' },
  'error.action': { zh: '操作', en: 'The action' },
  'error.where': { zh: '位置：{where}', en: 'Where: {where}' },
  'error.todo': { zh: '怎么办：{todo}', en: 'What to do: {todo}' },
  'error.todo.generic': {
    zh: '请检查工作表后重试；若表格已有改动，可点“撤销上次操作”恢复。',
    en: 'Check the sheet and try again; if it was partly changed, use Undo to restore it.',
  },
  'error.todo.internal': {
    zh: '这是助手自身的错误，不是表格的问题：请点“撤销上次操作”恢复后重试，并把这条说明反馈给维护者。',
    en: 'This is the assistant’s own error, not a problem in the sheet: undo, try again, and report this message.',
  },
  'error.todo.revalidate': { zh: '表格已变化，请先点“校验”重新识别，再重试。', en: 'The table has changed: run Check again, then retry.' },
  'error.todo.noTable': {
    zh: '切换到含“三级指标”“指标值”表头的工作表，或在“设置”中把校验范围改为整个工作簿。',
    en: 'Switch to a sheet with an indicator table, or set the scope to the whole workbook in Settings.',
  },
  'action.validate': { zh: '校验', en: 'Check' },
  'action.fix': { zh: '修正', en: 'Fixing' },
  'action.selfEval': { zh: '自评', en: 'Self-evaluation' },
  'action.insert': { zh: '插入标准指标', en: 'Inserting rows' },
  'action.undo': { zh: '撤销', en: 'Undo' },
  'action.settings': { zh: '保存设置', en: 'Saving settings' },
  'action.clear': { zh: '清除标记', en: 'Clearing marks' },
  'action.select': { zh: '定位单元格', en: 'Going to the cell' },
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
  'validate.marked': { zh: '已标记 {n} 个单元格。', en: '{n} cells marked.', enOne: '1 cell marked.' },
  'validate.noFindings': { zh: '未发现问题。', en: 'No problems found.' },
  'validate.cleared': { zh: '已清除标记，单元格恢复原样。', en: 'Marks cleared; the cells are as they were.' },
  'validate.fixAll': { zh: '全部安全修正（{n}）', en: 'All safe fixes ({n})' },
  'validate.reviewTitle': { zh: '将写入以下 {n} 处修正', en: 'These {n} fixes will be written', enOne: 'This fix will be written' },
  'validate.confirm': { zh: '确认写入 {n} 处', en: 'Write {n} fixes', enOne: 'Write 1 fix' },
  'validate.cancel': { zh: '取消', en: 'Cancel' },
  'validate.fixed': { zh: '已应用 {n} 处修正。', en: '{n} fixes applied.', enOne: '1 fix applied.' },
  'validate.results': { zh: '校验结果', en: 'Results' },
  'validate.count.error': { zh: '错误 {n}', en: '{n} errors', enOne: '1 error' },
  'validate.count.warning': { zh: '警告 {n}', en: '{n} warnings', enOne: '1 warning' },
  'validate.count.info': { zh: '提示 {n}', en: '{n} notices', enOne: '1 notice' },
  'validate.projects': { zh: '{n} 个项目', en: '{n} projects', enOne: '1 project' },
  'validate.first': { zh: '先处理这些', en: 'Fix these first' },
  'validate.firstMore': { zh: '另有 {n} 条错误或警告，见下方列表。', en: '{n} more errors or warnings below.', enOne: '1 more error or warning below.' },
  'validate.onlyNotices': { zh: '没有错误或警告；提示可按需处理。', en: 'No errors or warnings; notices are optional.' },
  'validate.byProject': { zh: '各项目问题数', en: 'Problems by project' },
  'validate.filters': { zh: '筛选', en: 'Filter' },
  'validate.allProjects': { zh: '全部项目', en: 'All projects' },
  'validate.projectFilter': { zh: '项目', en: 'Project' },
  'validate.hidden': { zh: '筛选隐藏了 {n} 条。', en: '{n} hidden by the filter.' },
  'group.count': { zh: '{title} ×{n} 处', en: '{title} ×{n}' },
  'group.fixAll': { zh: '预览并全部修正', en: 'Preview and fix all' },
  'group.notices': { zh: '提示 {n} 条（可选）', en: '{n} notices (optional)', enOne: '1 notice (optional)' },
  'group.noticesFixable': { zh: '其中 {n} 条可一键修正', en: '{n} can be fixed in one go', enOne: '1 can be fixed in one go' },
  'group.suggest': { zh: '建议手工修改', en: 'Suggested change (type it yourself)' },

  'finding.project': { zh: '项目 {n}：{name}', en: 'Project {n}: {name}' },
  'project.longTerm': { zh: '项目 {n} 的长期绩效指标', en: 'Long-term indicators of project {n}' },
  'finding.fileLevel': { zh: '整个文件', en: 'Whole file' },
  'finding.goto': { zh: '定位到单元格 {cell}', en: 'Go to cell {cell}' },
  'finding.source': { zh: '依据：{source}', en: 'Source: {source}' },
  'finding.apply': { zh: '应用', en: 'Apply' },
  'finding.applyCell': { zh: '应用 {cell} 的修正', en: 'Apply the fix to {cell}' },
  'finding.before': { zh: '修正前', en: 'Before' },
  'finding.after': { zh: '修正后', en: 'After' },
  'finding.fixOf': { zh: '{cell} 的修正', en: 'Fix for {cell}' },
  'severity.error': { zh: '错误', en: 'Error' },
  'severity.warning': { zh: '警告', en: 'Warning' },
  'severity.info': { zh: '提示', en: 'Notice' },
  'severity.group': { zh: '{label}（{n}）', en: '{label} ({n})' },

  'scheme.label': { zh: '评分方案', en: 'Scoring scheme' },
  'scheme.national': { zh: '全国通用 50/30/10/10', en: 'National 50/30/10/10' },
  'scheme.hubei': { zh: '湖北 执行率20 + 指标80', en: 'Hubei: execution 20 + 80' },
  'scheme.sichuan': { zh: '四川 执行率10 + 指标90', en: 'Sichuan: execution 10 + 90' },
  'scheme.hint.national': {
    zh: '产出 50、效益 30、满意度 10、预算执行率 10（财预〔2020〕10号）',
    en: 'Outputs 50, outcomes 30, satisfaction 10, budget execution 10 (MoF 2020 No. 10)',
  },
  'scheme.hint.hubei': { zh: '预算执行率 20 分，其余 80 分由各指标平均分配', en: 'Budget execution 20; the other 80 shared equally by the indicators' },
  'scheme.hint.sichuan': { zh: '预算执行率 10 分，其余 90 分由各指标平均分配', en: 'Budget execution 10; the other 90 shared equally by the indicators' },

  'selfEval.intro': {
    zh: '添加或填写“实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施”列，计算每个项目的总分和等级。在表中填写实际完成值后，可再次计算。',
    en: 'Adds or fills the columns Actual | Weight | Score | Reasons for deviation, and computes each project’s total and grade. After typing actual values in the sheet, run it again.',
  },
  'selfEval.run': { zh: '填写自评', en: 'Fill self-evaluation' },
  'selfEval.rerun': { zh: '重新自评', en: 'Re-run self-evaluation' },
  'selfEval.done': { zh: '已填写 {n} 个项目的自评。', en: 'Self-evaluation filled for {n} projects.', enOne: 'Self-evaluation filled for 1 project.' },
  'selfEval.caption': { zh: '各项目自评得分', en: 'Self-evaluation scores by project' },
  'selfEval.project': { zh: '项目', en: 'Project' },
  'selfEval.total': { zh: '总分', en: 'Total' },
  'selfEval.grade': { zh: '等级', en: 'Grade' },
  'selfEval.rate': { zh: '执行率', en: 'Execution' },
  'selfEval.pending': { zh: '待填写', en: 'Pending' },
  'selfEval.missingActuals': { zh: '{n} 行缺少实际完成值', en: '{n} rows lack an actual value', enOne: '1 row lacks an actual value' },
  'selfEval.typedScores': {
    zh: '总分含 {n} 项手填得分（与公式不同），与表中一致；按公式计算为 {computed}',
    en: 'The total counts {n} typed scores that differ from the formulas, as the sheet does; by the formulas it is {computed}',
    enOne: 'The total counts 1 typed score that differs from the formula, as the sheet does; by the formulas it is {computed}',
  },
  'selfEval.missingReasons': { zh: '{n} 行缺少偏差原因', en: '{n} rows lack a reason for deviation', enOne: '1 row lacks a reason for deviation' },
  'selfEval.lostCaption': { zh: '扣分指标', en: 'Indicators that lost points' },
  'selfEval.indicator': { zh: '指标', en: 'Indicator' },
  'selfEval.weight': { zh: '分值', en: 'Weight' },
  'selfEval.score': { zh: '得分', en: 'Score' },
  'selfEval.note': { zh: '说明', en: 'Note' },
  'selfEval.lostScore': { zh: '{score}/{weight} 分', en: '{score}/{weight}' },
  'selfEval.belowTarget': { zh: '未达目标', en: 'Below target' },
  'selfEval.noReason': { zh: '缺偏差原因', en: 'No reason given' },
  'selfEval.noLost': { zh: '没有扣分的指标。', en: 'No indicator lost points.' },
  'selfEval.copy': { zh: '复制为表格', en: 'Copy as table' },
  'selfEval.copied': { zh: '已复制，可粘贴到自评报告（Word 或 Excel）。', en: 'Copied: paste it into the self-evaluation report (Word or Excel).' },
  'selfEval.copyFailed': { zh: '无法写入剪贴板：请选中表格后按 Ctrl+C。', en: 'The clipboard is not available: select the table and press Ctrl+C.' },
  'selfEval.bar': { zh: '{name}：{total} 分', en: '{name}: {total} points' },
  'grade.优': { zh: '优', en: 'Excellent' },
  'grade.良': { zh: '良', en: 'Good' },
  'grade.中': { zh: '中', en: 'Fair' },
  'grade.差': { zh: '差', en: 'Poor' },

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
  'standard.inserted': { zh: '已在项目 {project} 中插入 {n} 行。', en: '{n} rows inserted into project {project}.', enOne: '1 row inserted into project {project}.' },
  'standard.already': { zh: '项目 {project} 已有：{names}。仍要再插入一行吗？', en: 'Project {project} already has: {names}. Insert it again?' },
  'standard.insertAnyway': { zh: '仍然插入', en: 'Insert anyway' },
  'standard.rescore': {
    zh: '请点“重新自评”为新行写入得分并更新总分。表中分值若是按评分方案分配的，已随插入重新分配；若是手工填写的，不会改动，请为新行补填分值。',
    en: 'Re-run the self-evaluation to score the new rows and update the total. Weights the scheme assigned were re-split with the new rows; weights typed by hand are kept, so add the new rows’ weights yourself.',
  },
  'standard.rescoreButton': { zh: '重新自评', en: 'Re-run self-evaluation' },
  'standard.rescored': { zh: '已重新自评，得分和总分已更新。', en: 'Self-evaluation re-run: scores and totals updated.' },
  'standard.has': { zh: '已有', en: 'already in the table' },
  'cat.通用': { zh: '通用', en: 'General' },
  'cat.学生资助': { zh: '学生资助', en: 'Student aid' },
  'cat.奖学金': { zh: '奖学金', en: 'Scholarships' },
  'cat.设备购置/建设': { zh: '设备购置/建设', en: 'Equipment and construction' },
  'cat.培训': { zh: '培训', en: 'Training' },
  'cat.思政/宣传': { zh: '思政/宣传', en: 'Civic education and publicity' },
  'cat.数据服务': { zh: '数据服务', en: 'Data services' },
  'cat.会议': { zh: '会议', en: 'Meetings' },

  'reading.open': { zh: '识别结果', en: 'How it was read' },
  'reading.close': { zh: '返回校验结果', en: 'Back to findings' },
  'reading.title': { zh: '识别结果', en: 'How the sheet was read' },
  'reading.intro': {
    zh: '助手如何读这张表：表头、各列作用、项目名称和预算取自哪里、每一行算作什么及原因。读错了可在此更正，更正随工作簿保存，下次校验起生效。',
    en: 'How the assistant read the sheet: header, column roles, where the name and budget came from, what each row was taken for and why. Correct it here; corrections are saved with the workbook and used from the next check.',
  },
  'reading.none': { zh: '请先校验，再查看识别结果。', en: 'Run Check first to see how the sheet was read.' },
  'reading.project': { zh: '项目 {index}：{name}', en: 'Project {index}: {name}' },
  'reading.where': { zh: '工作表“{sheet}”，表头第 {row} 行，{span} 列', en: 'Sheet “{sheet}”, header on row {row}, columns {span}' },
  'reading.name': { zh: '项目名称', en: 'Project name' },
  'reading.nameFrom': { zh: '取自 {cell}', en: 'from {cell}' },
  'reading.nameOtherSheet': { zh: '取自同一工作簿的 {cell}（本表未写项目名称）', en: 'from {cell} of the same workbook (this sheet names none)' },
  'reading.nameSheet': { zh: '未找到项目名称单元格，用工作表名', en: 'no name cell found: the sheet name is used' },
  'reading.budget': { zh: '预算', en: 'Budget' },
  'reading.budgetNone': { zh: '未找到', en: 'not found' },
  'reading.money': { zh: '金额单位', en: 'Money unit' },
  'reading.moneyFrom': { zh: '{unit}（依据：{from}）', en: '{unit} (from: {from})' },
  'reading.doubts': { zh: '存疑', en: 'Doubts' },
  'reading.columns': { zh: '各列作用', en: 'Column roles' },
  'reading.col': { zh: '列', en: 'Col.' },
  'reading.role': { zh: '作用', en: 'Role' },
  'reading.header': { zh: '表头文字', en: 'Header text' },
  'reading.rows': { zh: '各行（{counts}）', en: 'Rows ({counts})' },
  'reading.row': { zh: '行', en: 'Row' },
  'reading.reason': { zh: '内容与原因', en: 'Content and reason' },
  'reading.more': { zh: '另有 {n} 个指标行未列出。', en: '{n} more indicator rows not listed.', enOne: '1 more indicator row not listed.' },
  'reading.fix': { zh: '更正', en: 'Correct' },
  'reading.notIndicator': { zh: '不是指标', en: 'Not an indicator' },
  'reading.isIndicator': { zh: '算作指标', en: 'Is an indicator' },
  'reading.rowAction': { zh: '第 {row} 行：{action}', en: 'Row {row}: {action}' },
  'reading.cellAction': { zh: '{cell}：{action}', en: '{cell}: {action}' },
  'reading.fixColumn': { zh: '更正列：', en: 'Correct a column:' },
  'reading.fixColumnRole': { zh: '作用', en: 'Role' },
  'reading.fixColumnAt': { zh: '所在列', en: 'Column' },
  'reading.fixName': { zh: '项目名称所在单元格', en: 'Cell holding the project name' },
  'reading.save': { zh: '记下更正', en: 'Keep correction' },
  'reading.badCell': { zh: '单元格地址应如 B3', en: 'A cell address looks like B3' },
  'reading.badColumn': { zh: '列应为字母，如 F', en: 'A column is letters, like F' },
  'reading.saved': { zh: '已保存的更正（{n}）', en: 'Saved corrections ({n})' },
  'reading.savedNone': { zh: '还没有更正。', en: 'No corrections yet.' },
  'reading.savedNote': { zh: '更正随工作簿保存，下次校验起生效。', en: 'Saved with the workbook; used from the next check.' },
  'reading.remove': { zh: '删除', en: 'Remove' },
  'reading.removeOne': { zh: '删除更正：{what}', en: 'Remove correction: {what}' },
  'reading.corrRow': { zh: '“{sheet}”第 {row} 行 → {role}', en: '“{sheet}” row {row} → {role}' },
  'reading.corrCell': { zh: '“{sheet}”{cell} 处的指标 → {role}', en: '“{sheet}” indicator at {cell} → {role}' },
  'reading.corrLabel': {
    zh: '“{sheet}”横排表（表头第 {row} 行）：{role} 在第 {label} 行的标签',
    en: '“{sheet}” table laid across (header row {row}): {role} at the label on row {label}',
  },
  'reading.corrColumn': { zh: '“{sheet}”表头第 {row} 行：{role} 在 {column} 列', en: '“{sheet}” header row {row}: {role} in column {column}' },
  'reading.corrName': { zh: '“{sheet}”表头第 {row} 行：项目名称在 {cell}', en: '“{sheet}” header row {row}: project name in {cell}' },
  'reading.apply': { zh: '按更正重新校验', en: 'Check again with corrections' },
  'reading.kept': { zh: '更正已保存到工作簿，点“按更正重新校验”生效。', en: 'Correction saved in the workbook; check again to use it.' },
  'reading.unsupported': { zh: '此环境不能保存更正。', en: 'Corrections cannot be saved here.' },
  'action.corrections': { zh: '保存更正', en: 'Saving corrections' },
  'rowRole.indicator': { zh: '指标', en: 'indicator' },
  'rowRole.placeholder': { zh: '占位', en: 'placeholder' },
  'rowRole.blank': { zh: '空行', en: 'blank' },
  'rowRole.subtotal': { zh: '小计', en: 'subtotal' },
  'rowRole.total': { zh: '总分', en: 'total' },
  'rowRole.note': { zh: '说明', en: 'note' },
  'rowRole.header': { zh: '表头', en: 'header' },
  'rowRole.funds': { zh: '资金', en: 'funds' },
  'colRole.level1': { zh: '一级指标', en: 'Level 1' },
  'colRole.level2': { zh: '二级指标', en: 'Level 2' },
  'colRole.level3': { zh: '三级指标', en: 'Level 3' },
  'colRole.description': { zh: '指标解释', en: 'Description' },
  'colRole.target': { zh: '指标值', en: 'Target' },
  'colRole.targetPeriod': { zh: '实施周期指标值', en: 'Period target' },
  'colRole.op': { zh: '符号', en: 'Operator' },
  'colRole.nature': { zh: '指标方向', en: 'Direction' },
  'colRole.valueType': { zh: '指标值类型', en: 'Value type' },
  'colRole.unit': { zh: '计量单位', en: 'Unit' },
  'colRole.actual': { zh: '实际完成值', en: 'Actual' },
  'colRole.weight': { zh: '分值', en: 'Weight' },
  'colRole.score': { zh: '得分', en: 'Score' },
  'colRole.reason': { zh: '偏差原因', en: 'Reason' },
  'colRole.method': { zh: '评分标准', en: 'Scoring method' },
  'colRole.projectName': { zh: '项目名称', en: 'Project name' },
  'colRole.budget': { zh: '预算数', en: 'Budget' },
  'colRole.executed': { zh: '执行数', en: 'Spent' },
  'colRole.remark': { zh: '备注', en: 'Remark' },
  'colRole.targetText': { zh: '指标值内容', en: 'Target text' },
  'colRole.targetInitial': { zh: '年初目标值', en: 'Initial target' },
  'colRole.targetUpper': { zh: '指标值上限', en: 'Target upper bound' },

  'settings.intro': { zh: '设置随工作簿保存，改动后立即生效。', en: 'Settings are saved with the workbook as you change them.' },
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
  'settings.search': { zh: '搜索规则（编号或名称）', en: 'Search rules (id or title)' },
  'settings.family': { zh: '{name}（{n} 条）', en: '{name} ({n})' },
  'settings.changed': { zh: '已改 {n} 条', en: '{n} changed', enOne: '1 changed' },
  'settings.noMatch': { zh: '没有匹配的规则。', en: 'No rule matches.' },
  'settings.severity.default': { zh: '默认（{level}）', en: 'Default ({level})' },
  'settings.severity.off': { zh: '关闭', en: 'Off' },
  'settings.reset': { zh: '恢复默认', en: 'Restore defaults' },
  'settings.saved': { zh: '设置已保存到工作簿。', en: 'Settings saved in the workbook.' },
  'settings.unsaved': { zh: '有未保存的改动：{field} 的值无效，改正后才会保存。', en: 'Not saved: {field} is not valid; correct it to save.' },
  'settings.gradesField': { zh: '等级分数线（须 优 > 良 > 中，0–100）', en: 'grade bands (Excellent > Good > Fair, 0–100)' },
  'settings.ratioField': { zh: '超额比例（≥ 1）', en: 'over-achievement ratio (≥ 1)' },
  'settings.belowField': { zh: '执行率阈值（0–100）', en: 'execution threshold (0–100)' },
  'family.NRM': { zh: '规范化 NRM', en: 'Normalisation NRM' },
  'family.HIE': { zh: '指标层级 HIE', en: 'Hierarchy HIE' },
  'family.VAL': { zh: '指标值 VAL', en: 'Values VAL' },
  'family.CST': { zh: '成本与预算 CST', en: 'Cost and budget CST' },
  'family.SE': { zh: '自评与计分 SE', en: 'Self-evaluation SE' },
} as const;

export type Key = keyof typeof STRINGS;
export type Params = Record<string, string | number>;
export type T = (key: Key, params?: Params) => string;

/** English has a singular: entries may give `enOne`, used when the `n` parameter is 1. */
export function translate(lang: Lang, key: Key, params: Params = {}): string {
  const entry: { zh: string; en: string; enOne?: string } = STRINGS[key];
  const text: string = (lang === 'en' && params.n === 1 && entry.enOne) || entry[lang] || entry.zh;
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

/** “共 7 个项目：错误 0，警告 19，提示 111。” — in English with each count's own plural. */
export function summarySentence(t: T, lang: Lang, projects: number, c: { error: number; warning: number; info: number }): string {
  if (lang !== 'en') return t('validate.summary', { projects, errors: c.error, warnings: c.warning, infos: c.info });
  return `${t('validate.projects', { n: projects })}: ${t('validate.count.error', { n: c.error })}, ${t('validate.count.warning', { n: c.warning })}, ${t('validate.count.info', { n: c.info })}.`;
}

/** A project as the pane lists it: “3. 名称”, or, for a long-term grid beside its 年度 grid, “4. 项目 3 的长期绩效指标”. */
export function projectLabel(t: T, p: { index: number; name: string; partOf?: number }): string {
  return p.partOf === undefined ? `${p.index}. ${p.name}` : `${p.index}. ${t('project.longTerm', { n: p.partOf })}`;
}

/** Projects as a person counts them: a long-term grid is part of its 年度 grid's project. */
export function countProjects(list: readonly { partOf?: number }[]): number {
  let n = 0;
  for (const p of list) if (p.partOf === undefined) n++;
  return n;
}

/** A grade (优/良/中/差) in the display language. */
export function gradeLabel(t: T, grade: string): string {
  const k = `grade.${grade}`;
  return k in STRINGS ? t(k as Key) : grade;
}

export interface LangValue {
  lang: Lang;
  t: T;
}

export const LangContext = createContext<LangValue>({ lang: 'zh', t: makeT('zh') });

export function useT(): LangValue {
  return useContext(LangContext);
}
