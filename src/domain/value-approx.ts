/**
 * An actual written as an approximate figure — “约40套”, “40套左右”, “近40套”, “40余套”, “40多套”, “接近95%”: how far it is
 * from the target is not known (近40 is under 40, 40余 over it, 约40 either), and no public document says how to score one
 * (《项目支出绩效评价管理办法》（财预〔2020〕10号）scores 完成值 against 指标值). The pane does not score it and says so
 * (SE-04): 自评得分需人工判断 — a 得分 typed by hand then counts (sheet-total.ts), or a plain figure is typed. The score
 * formula fill writes reads no number in it either, so Excel leaves the 得分 blank too. Only where the words settle the side
 * of the target (1000余户 under ≥1000户) is it scored, full marks, as before. Pure.
 */
import type { ParsedValue } from './types';
import { normaliseText, toHalfWidth } from './text';

const NUMERAL = '\\d零〇一二两三四五六七八九十百千万';
/** 约 / 大约 / 近 / 接近 … right before the figure, at the start or after a lead such as 完成 or 共 (not 节约10万元). */
const LEAD = new RegExp(
  `^(?:(?:已经?|实际|全年|累计|年度)?(?:完成率为?|完成了|完成|实现|达到|达|为)|共计|合计|共|累计)?(?:大约|约为|约|大概|将近|接近|近|差不多)(?=[${NUMERAL}]|[百千万]分之)`,
  'u',
);
/** 40余套, 1.2万多人, 40来套: a figure then 余 / 多 / 来. */
const MORE = /\d(?:\.\d+)?[万千百亿]?[余多来]/;
/** 40套左右, 96%上下. */
const TAIL = /(?:左右|上下)[。；;，,.]*$/;

/** 'more' (40余套, 40多套: over the figure), 'near' (近40套, 接近: just under it), 'about' (约, 左右, 40来套), or null. */
export function approxKind(a: Pick<ParsedValue, 'kind' | 'number' | 'raw'> | null | undefined): 'more' | 'near' | 'about' | null {
  if (!a || a.kind !== 'quantitative' || a.number === null) return null;
  const t = toHalfWidth(normaliseText(String(a.raw))).replace(/\s+/g, '');
  const lead = LEAD.exec(t);
  if (lead) return /近/.test(lead[0]) ? 'near' : 'about';
  const more = MORE.exec(t);
  if (more) return more[0].endsWith('来') ? 'about' : 'more';
  return TAIL.test(t) ? 'about' : null;
}

export function approxActual(a: Pick<ParsedValue, 'kind' | 'number' | 'raw'> | null | undefined): boolean {
  return approxKind(a) !== null;
}

/**
 * An approximate actual whose side of the target is certain all the same, in the target's own unit: 1000余户 under ≥1000户
 * (over 1000: met), 近40天 under ≤40天 (under 40: met) — full marks, as the figure alone scores. Any other is not scored.
 */
export function approxSettled(a: ParsedValue, target: ParsedValue, method: string | null): boolean {
  const k = approxKind(a);
  if (!k || a.unit !== target.unit || a.number === null || target.number === null || target.upper !== undefined) return false;
  const n = Number(a.number);
  const bound = Number(target.number);
  if (k === 'more') return (method === 'positive' || method === 'equal') && n >= bound;
  return k === 'near' && method === 'reverse' && n <= bound;
}
