/**
 * The sheet's own total named with more of the form's words before it: “绩效自评得分合计”, “项目绩效评价总分”,
 * “年度绩效自评总分”, “项目自评总得分”. Whatever stands before the total's word must be words naming the form or
 * its evaluation (项目, 年度, 绩效, 自评, 评价, 综合, 最终), so “培训费用合计” (an indicator) and “资金合计” are not totals.
 */
const TOTAL_WORDS = /^(项目|年度|绩效|自评|评价|综合|最终|考核)+(总得分|总分|得分合计|合计得分|得分总计|总计得分|评分合计|总评分)(\(.*\))?[:：]?$/;

export function totalWords(folded: string): boolean {
  return TOTAL_WORDS.test(folded);
}
