/**
 * What a finding's 依据 line shows the user: public documents an accountant can cite, or 实务惯例 /
 * 通行做法 where a rule rests on practice. The evidence behind each rule (labels, the tables and
 * systems it was seen in) is for developers: RuleMeta.evidence, printed in docs/rules.md only.
 */
const D10 = '《项目支出绩效评价管理办法》（财预〔2020〕10号）';
const D10_FORM = `${D10}附件 项目支出绩效自评表`;
const D101 = '《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）';
const D88 = '《中央部门预算绩效目标管理办法》（财预〔2015〕88号）';
const D285 = '《财政支出绩效评价管理暂行办法》（财预〔2011〕285号）';
const D34 = '《中共中央 国务院关于全面实施预算绩效管理的意见》（中发〔2018〕34号）';
const D163 = '《中央对地方专项转移支付绩效目标管理暂行办法》（财预〔2015〕163号）';
const CIVIL = '《中华人民共和国民法典》第一千二百五十九条（“以上”“以下”“以内”包括本数）';
const PRACTICE = '实务惯例';
const COMMON = '通行做法';

export const CITES: Record<string, string> = {
  'NRM-01': `${PRACTICE}（单元格内的断行和空格不改变指标含义）`,
  'NRM-02': `${PRACTICE}（跨页打印时重复表头）`,
  'NRM-03': `${PRACTICE}（合并单元格的值属于其覆盖的每一行）`,
  'NRM-04': `${PRACTICE}（跨页拆开的行仍是同一指标）`,
  'NRM-05': `${D88}；${D101}`,
  'NRM-06': `${PRACTICE}；${CIVIL}`,
  'NRM-07': `${PRACTICE}（公式的值以 Excel 计算并保存的结果为准）`,
  'HIE-01': `${D88}；${D101}`,
  'HIE-02': `${D88}；${D101}`,
  'HIE-03': D101,
  'HIE-04': `${D34}；${D10_FORM}`,
  'HIE-05': `${PRACTICE}（三级指标名称和指标值为必填项）`,
  'HIE-06': PRACTICE,
  'HIE-07': `${D163}（区域绩效目标）；${PRACTICE}（分解到各地区的数量目标合计与区域总目标一致）`,
  'VAL-01': `${PRACTICE}（申报模板中的“**”等占位符须换成实际目标值）`,
  'VAL-02': `${PRACTICE}（定量指标的指标值应为数值）`,
  'VAL-03': `${PRACTICE}（定量指标须有计量单位）`,
  'VAL-04': `${D285}（绩效指标尽量进行定量表述）`,
  'VAL-05': `${D285}（不能定量表述的，采用定性的分级分档形式表述）；${D88}`,
  'VAL-06': `${COMMON}（比率类指标取值在 0%–100% 之间）`,
  'VAL-07': `${PRACTICE}（满意度指标写作“≥N%”）`,
  'VAL-08': PRACTICE,
  'VAL-09': `${D101}（成本指标为预期控制的上限）`,
  'VAL-10': `${PRACTICE}（时效指标以完成时间、时长或及时率表述）`,
  'VAL-11': PRACTICE,
  'VAL-12': PRACTICE,
  'CST-01': `${PRACTICE}（预算数 = 财政资金 + 其他资金）`,
  'CST-02': PRACTICE,
  'CST-03': PRACTICE,
  'CST-04': `${PRACTICE}（金额单位与表头“单位：万元/元”一致）`,
  'SE-01': D10_FORM,
  'SE-02': D10_FORM,
  'SE-03': PRACTICE,
  'SE-04': D10_FORM,
  'SE-05': D10_FORM,
  'SE-06': D10_FORM,
  'SE-07': `${PRACTICE}（得分以分值为上限）`,
  'SE-08': `${D10}（未完成绩效目标的，分析并说明原因，研究提出改进措施）`,
  'SE-09': D10_FORM,
  'SE-10': `${PRACTICE}（预算执行率未达到 90% 的须说明原因）`,
  'SE-11': PRACTICE,
  'SE-12': PRACTICE,
  'SE-13': `${D10}（评价结果分为优、良、中、差四个等级）`,
  'SE-14': `${D10_FORM}（不适用的指标不考核）`,
  'SE-15': `${D10}（单位自评指标是预算批复时确定的绩效指标）`,
};

/** The public citation of a rule; a rule without one is a programming error caught by the tests. */
export function cite(id: string): string {
  return CITES[id] ?? PRACTICE;
}

/**
 * The citation in a cell note, where room is short: the document number stands for its title
 * (“财预〔2020〕10号”), and the explanation after 实务惯例 is left to the pane and the CLI.
 */
export function shortCite(source: string): string {
  return source
    .replace(/《[^》]*》（([^（）]*〔\d{4}〕\d+号)）/g, '$1')
    .replace(/（[^（）〔]*）/g, '')
    .replace(/附件 /g, '附件');
}
