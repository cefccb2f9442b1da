/**
 * A rate written with its “per” words first, as published targets often are (实务惯例): “每人每天17元”, “人均1000元”,
 * “每生每年200元”, “户均≤500元”, “人均补助标准不低于1000元”, “生均800元/年”. Respelled unit-last (“17元/人·天”, “1000元/人”,
 * “800元/生·年”), which the value grammar reads as a quantity with a rate unit — it was qualitative text. A count per period
 * (“每年1次”, “每季度开展2次”) is value-phrases.ts's PERIODIC; a percent (“人均增收5%”) is no rate per head. Marked 'per-lead'
 * (NRM-06 leaves the words as written). Pure.
 */
import { NUM, PER_LEAD, readOp } from './value-read';
import { parseUnitText, unitClass } from './units';

// What is counted per: 1–2 characters; never a period first (“每年1次”, “年均增长”: a count per period, a yearly average) nor 平 (平均).
const WHO = '(?:(?![每均])\\p{Script=Han}){1,2}?';
const PERIOD = /^(?:年度?|季度?|月|周|日|天|半年|学期|平|总)$/;
// Words between the per words and the figure: what is paid or counted (“人均补助标准1000元”, “户均增收2000元”).
const WHAT = '(?:补助标准|补贴标准|资助标准|补助|补贴|资助|发放|增收|奖励|救助|慰问|标准|经费|成本|费用|支出|投入|收入|配备)?';
const LEAD = new RegExp(`^(?:平均)?(?:(${WHO})均|((?:每${WHO})+?))${WHAT}(?=[\\d≥≤><=]|不|至|达|大于|小于|高于|低于|超过)`, 'u');
const POSTFIX = /(及以上|以上|及以下|以下|以内)$/;

/** `c` (half-width, no spaces) respelled unit-last, or null when it is no rate written per-words-first. */
export function perLead(c: string): { text: string; changes: string[]; strict: boolean } | null {
  const text = unitLast(c);
  return text === null ? null : { text, changes: [PER_LEAD], strict: false };
}

function unitLast(c: string): string | null {
  const o = readOp(c);
  const head = o ? c.slice(0, o.len) : '';
  const s = c.slice(head.length);
  const m = LEAD.exec(s);
  if (!m) return null;
  const per = m[1] !== undefined ? [m[1]] : m[2].split('每').slice(1);
  if (PERIOD.test(per[0])) return null;
  let rest = s.slice(m[0].length);
  const op = readOp(rest);
  const opText = op ? rest.slice(0, op.len) : '';
  if (op && head) return null;
  rest = rest.slice(opText.length);
  const n = NUM.exec(rest);
  if (!n) return null;
  const tail = rest.slice(n[0].length);
  const post = POSTFIX.exec(tail)?.[0] ?? '';
  const unitText = tail.slice(0, tail.length - post.length);
  const slash = unitText.indexOf('/');
  const own = slash < 0 ? unitText : unitText.slice(0, slash);
  const u = parseUnitText(own);
  const cls = u?.unit ? unitClass(u.unit) : null;
  if (!u || !u.unit || u.postfix || u.changes.includes('count-noun') || cls === null || cls === 'percent' || cls === 'other') return null;
  const after = slash < 0 ? '' : '·' + unitText.slice(slash + 1);
  return `${head}${opText}${n[0]}${own}/${per.join('·')}${after}${post}`;
}
