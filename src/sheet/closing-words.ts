/**
 * Lines a 自评表 or 目标表 closes with, below its grid: the evaluation's conclusion and grade (评价结论, 自评等级), the
 * lessons and problems (主要经验及做法、存在的问题及改进措施), and who signs (联系人, 填报人, 单位负责人（签字）, （单位盖章）).
 * The whole first cell must be such words (a colon or a bracketed note after them allowed): “存在问题整改率” is an indicator.
 */
const PART =
  '(?:(?:绩效|自评|评价|总体|综合|项目)*(?:评价|自评)?(?:结论|等次|等级|意见)|(?:主要)?(?:经验|做法)|存在的?(?:主要)?问题|(?:改进|整改)(?:措施|建议|意见|方向)|下一步(?:工作)?(?:计划|打算|措施)?|联系人|联系电话|填报人|填表人|审核人|审核意见|(?:单位|财务|部门)?负责人|(?:单位)?(?:盖章|公章))';
const CLOSING = new RegExp(`^[(（]?${PART}(?:(?:及|和|与|、|，|,)${PART})*\\s*(?:[(（][^)）]{0,8}[)）])?\\s*[:：]?\\s*[)）]?$`);

export function closingWords(folded: string): boolean {
  return folded.length <= 40 && CLOSING.test(folded);
}
