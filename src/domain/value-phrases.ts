/**
 * Phrasings found in published tables, respelled into the grammar value.ts reads: growth written as a
 * change (“较上年增长5%” → ≥5%, marked 'relative'), counts per period (“每年1次” → 1次/年), a note that a
 * bound is inclusive (“≥90%（含90%）” → ≥90%; “（不含）” makes it strict), actuals with words around the number
 * (“完成95%”, “约120人” → 95%, 120人; “120余人” → 120人以上, marked 'approx'), and deadlines by year end,
 * half year or quarter (“年底前” → 12月底前, “2024年第三季度前” → 2024年9月底前, marked 'deadline-words'), the
 * indicator's measure before its figure (“满意度≥90%” → ≥90%, “达到95%以上” → 95%以上, marked 'measure-lead').
 * Pure; text that is none of these comes back unchanged.
 */
import { DATE_TAIL, readDate } from './value-date';
import { readOp } from './value-read';
import { withoutNote } from './value-note';
import { perLead } from './value-per';
import { opNote } from './value-op-note';
import { withoutTail } from './value-tail';

export interface Phrased {
  text: string;
  changes: string[];
  /** “（不含）”: the written bound itself does not meet the target. */
  strict: boolean;
}

const INCLUSIVE = /\s*[(（]\s*(不)?含(?:本数|边界|端点|[\d.]+\s*%?)?\s*[)）]\s*$/;
const RELATIVE = /^(?:较上年度?|比上年度?|较去年|比去年|同比|环比|较基期|较上期|年均)?(?:增长|提高|提升|增加|上升|下降|降低|减少)了?(?=[\d≥≤><=不至]|百分之)/;
const POSTFIX = /(及以上|以上|以下|以内)$/;
const PERIODIC = /^每(年度|年|季度|季|月|周|半年|学期)(.*\d(?:\.\d+)?[^\d]+)$/;
const QUARTER = /^(?:(\d{4})年)?第?([一二三四1-4])季度(?:末|底)?(前|之前|以前|内|以内)?(.*)$/;
const HALF = /^(?:(\d{4})年)?(上|下)半年(?:度)?(?:末|底)?(前|之前|以前|内|以内)?(.*)$/;
const YEAR_END = /^(?:当年|本年度?|年度)?(?:年底|年末)(前|之前|以前)?(.*)$/;
const IN_YEAR = /^(当年|本年度?|年度|年)(内|之内)?(.*)$/;
// “2024年内”, “2024年度内完成”: within a named year, by its end (a length is “2年内”: no four digits).
const NAMED_YEAR_IN = /^(\d{4})年度?(?:内|之内|以内)(.*)$/;
const THIS_YEAR_MONTH = /^(?:当年|本年度?)(\d{1,2}月)(.*)$/;
// Actuals as published 自评表 write them: “完成95%”, “已完成100%”, “实际完成120人”, “约120人”, “近1000户”.
const LEAD = /^(?:(?:已经?|实际|全年|累计|年度)?(?:完成率为?|完成了|完成|实现|达|于|在)|共计|合计|共|累计)?(?:大约|约为|约|将近|接近|近)?(?=\d|[百千万]分之)/;
// … or a short sentence before the figure: “实际98%”, “实际值为98%”, “已开展2次”, “组织培训3次”, “累计发放120户”, “惠及120户”.
const DONE_LEAD =
  /^(?:已经?|实际|共计?|合计|累计|全年)*(?:完成值|值)?(?:(?:开展|举办|组织|培训|发放|惠及|覆盖|服务|帮扶|救助|资助|建成|新建|改造|召开|检查|巡查|慰问)了?){0,2}(?:为|达)?(?=\d)/;
// The indicator's own measure written before its figure: “满意度≥90%”, “合格率：95%”, “补助标准≥500元/人”, “覆盖率达100%”.
// Not a period (“每季度不少于1次”, “年度≥…”): those are PERIODIC / IN_YEAR's.
const MEASURE = '(?!每|年度|季度|月度)\\p{Script=Han}{0,10}?(?:率|度|数|量|标准|比例|比重|占比|指数|金额|面积|长度|时长|时间|周期)';
// … or the period it is counted over, and what is done in it: “全年不少于100人”, “2025年完成100人”, “年底前≥95%”, “年度≥90%”.
const PERIOD = '(?:\\d{4}年度?(?:全年度?|年底前|年末前|年底|年末|年内|内)?|\\d{4}全年|全年度?|年度|当年|本年度?|年内|年底前|年末前|截至年底|截止年底|到年底)\\p{Script=Han}{0,6}?';
// Then the figure, an operator before it allowed — not a month, day or quarter (“2025年12月…”, “2024年第4季度” are dates).
const FIGURE = '(?=(?:[≥≤><=≧≦]{1,2}|不低于|不少于|不高于|不超过|不大于|不小于|至少|大于|小于)?(?:\\d|[百千万]分之|[一二两三四五六七八九十]成))(?!\\d{1,2}(?:月|日|号|季))';
export const MEASURE_LEAD = new RegExp(`^(?:${PERIOD}|${MEASURE})[:：]?(?:达到|达|为)?${FIGURE}`, 'u');
// “达到95%以上”: the postfix is the operator (≥), 达到 only says it is reached.
const REACH = /^(?:达到|达)(?=\d.*(?:及以上|以上|以下|以内)$)/;
// “120余人”, “1000多户”: more than the number.
const MORE_THAN = /^(\d+(?:\.\d+)?)[余多]([^\d]+)$/;
const QUARTER_END: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

/** A deadline phrase as 年月底前 text the date grammar reads, or null. */
function deadline(s: string): string | null {
  // A year the date grammar would not read (“2200年之内”) is a count of years, not a deadline.
  const out = (y: string | undefined, month: number, before: string | undefined, tail: string) =>
    DATE_TAIL.test(tail) && (!y || (+y >= 1900 && +y <= 2199)) ? `${y ? `${y}年` : ''}${month}月底${before ? '前' : ''}${tail}` : null;
  let m = QUARTER.exec(s);
  if (m) return out(m[1], QUARTER_END[m[2]], m[3], m[4]);
  if ((m = HALF.exec(s))) return out(m[1], m[2] === '上' ? 6 : 12, m[3], m[4]);
  if ((m = YEAR_END.exec(s))) return out(undefined, 12, m[1], m[2]);
  if ((m = NAMED_YEAR_IN.exec(s))) return out(m[1], 12, '前', m[2]);
  if ((m = THIS_YEAR_MONTH.exec(s))) return DATE_TAIL.test(m[2]) ? `${m[1]}底${m[2]}` : null;
  // “年内完成”, “当年完成”, “本年度内”: by the end of the year; “年度” or “当年” alone say nothing.
  if ((m = IN_YEAR.exec(s)) && (m[2] || (m[3] !== '' && m[1] !== '年'))) return out(undefined, 12, m[2] ? '前' : undefined, m[3]);
  return null;
}

/** “较上年下降”, “同比增长” before the number of a change written in words, or null. */
export function relativeLead(c: string): string | null {
  return RELATIVE.exec(c)?.[0] ?? null;
}

/** `c`: the value without spaces. */
export function respellPhrases(c: string): Phrased {
  const tail = withoutTail(c, respellPhrases); // “≥95%；”, “≥80%，力争90%”
  if (tail !== null) return tail;
  const noted0 = opNote(c, respellPhrases); // “≥（含）95%”, “至少达到12000平方米”, “最低15年”
  if (noted0 !== null) return noted0;
  const lead = LEAD.exec(c) ?? DONE_LEAD.exec(c);
  const done = lead && lead[0] === '' ? DONE_LEAD.exec(c) : null;
  if (done && done[0] !== '') {
    const inner = respellPhrases(c.slice(done[0].length));
    return { ...inner, changes: ['approx', ...inner.changes] };
  }
  if (lead && lead[0] !== '') {
    const inner = respellPhrases(c.slice(lead[0].length));
    return { ...inner, changes: ['approx', ...inner.changes] };
  }
  const rate = perLead(c); // “人均1000元”, “每人每天17元”: unit-last
  if (rate) return rate;
  const measure = MEASURE_LEAD.exec(c) ?? REACH.exec(c);
  if (measure && measure[0] !== '' && !readDate(c)) {
    const inner = respellPhrases(c.slice(measure[0].length));
    return { ...inner, changes: ['measure-lead', ...inner.changes] };
  }
  const more = MORE_THAN.exec(c);
  if (more) return { text: more[1] + more[2] + (POSTFIX.test(more[2]) ? '' : '以上'), changes: ['approx'], strict: false };
  const inc = INCLUSIVE.exec(c);
  if (inc) return { text: c.slice(0, inc.index), changes: [], strict: !!inc[1] };
  const noted = withoutNote(c, respellPhrases); // “…前（计划标准）”, “≥90%【行业标准】”
  if (noted) return noted;
  const rel = RELATIVE.exec(c);
  if (rel) {
    const rest = c.slice(rel[0].length);
    const written = readOp(rest) !== null || POSTFIX.test(rest);
    // “下降10%”: ≥ is the size of the fall, so a lower-is-better name is not “written the wrong way” (VAL-09).
    const fall = /(下降|降低|减少)了?$/.test(rel[0]);
    return { text: written ? rest : `≥${rest}`, changes: fall ? ['relative', 'relative-fall'] : ['relative'], strict: false };
  }
  const per = PERIODIC.exec(c);
  if (per) {
    const period = per[1] === '季' ? '季度' : per[1] === '年度' ? '年' : per[1];
    const post = POSTFIX.exec(per[2]);
    const core = post ? per[2].slice(0, post.index) : per[2];
    // “每季度开展2次”: the count per period, its verb read past.
    const verb = DONE_LEAD.exec(core)?.[0] ?? '';
    return { text: `${core.slice(verb.length)}/${period}${post ? post[0] : ''}`, changes: verb ? ['periodic', 'approx'] : ['periodic'], strict: false };
  }
  const d = deadline(c);
  if (d !== null) return { text: d, changes: ['deadline-words'], strict: false };
  return { text: c, changes: [], strict: false };
}
