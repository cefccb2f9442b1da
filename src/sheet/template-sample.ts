/**
 * More text a template leaves where an indicator goes: a placeholder word in brackets (“（空）”, “(无)”, “【待定】”),
 * the template's worked example (“示例：XX完成率”, “例：培训人次”) and the column's head copied into a row (“指标名称”) — the form shows how to fill the row, the
 * department has not filled it. A name that merely starts with these characters (“空气质量”, “例会召开次数”) is a name.
 */

/** A placeholder word wholly inside one pair of brackets. */
const BRACKETED = /^[（(【〔［[<《]\s*(无|略|空|暂无|待定|待填|待补充|未定|不适用|空白|—+|-+|…+|\.{3,})\s*[）)】〕］\]>》]$/;

/** A template's example, introduced as such: 示例： 例： 例如： 举例： 样例： 参考示例：. */
const SAMPLE = /^(参考)?(示例|样例|范例|例如|举例|例)\s*[:：]/;

/** The column's own head copied into a row (“指标名称”, “三级指标名称”): a row the template printed to be named. */
const HEAD_COPY = /^(三级|具体)?(绩效)?指标(名称|内容)$/;

export function templateSample(t: string): boolean {
  return BRACKETED.test(t) || SAMPLE.test(t) || HEAD_COPY.test(t);
}
