/**
 * The unit the sheet's money is written in: “单位：元” above the table, a header such as
 * “预算数（元）”, or amounts written with thousands separators (1,234,567.00 is 元, not 万元).
 * The national forms are in 万元, so that is the default.
 */
import type { Amount, MoneyUnit } from '../domain/model';
import { cellText, cellValue, numFormat, type Grid } from './grid';
import { reason, type Reason } from './reasons';
import { ownUnit, sentenceUnit, statedLoosely } from './money-said';

const STATED = /单位[:：]\s*(万元|千元|亿元|元)/;
const IN_HEADER = /(?:预算|资金|金额|执行|拨款|支出|总额|合计|数)[^()（）]{0,8}[（(]\s*(万元|千元|亿元|元)\s*[）)]/;
const THOUSANDS = /^\s*-?\d{1,3}(,\d{3})+(\.\d+)?\s*$/;

type MoneyFrom = { unit: MoneyUnit; from: string; code: Reason['code']; data?: Reason['data'] };

function said(unit: MoneyUnit, why: Reason): MoneyFrom {
  return { unit, from: why.reason, code: why.code, ...(why.data ? { data: why.data } : {}) };
}

export function moneyUnitOf(g: Grid, from: number, to: number, left: number, right: number, amounts: (Amount | null | undefined)[]): MoneyFrom {
  let header: MoneyFrom | null = null;
  for (let r = from; r <= to; r++) {
    for (let c = left; c <= right; c++) {
      const t = cellText(g, r, c);
      if (!t || t.length > 80 || !t.includes('元')) continue;
      const s = STATED.exec(t)?.[1] ?? statedLoosely(t);
      if (s) return said(s as MoneyUnit, reason('moneyStated', { text: t.trim() }));
      const h = IN_HEADER.exec(t);
      if (h && !header) header = said(h[1] as MoneyUnit, reason('moneyHeader', { text: t.trim() }));
    }
  }
  if (header) return header;
  const own = ownUnit(g, amounts);
  if (own) return said(own.unit, reason('moneyStated', { text: own.text }));
  const inSentence = sentenceUnit(g, amounts);
  if (inSentence) return said(inSentence.unit, reason('moneyStated', { text: inSentence.text }));
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    // 1,250.00 may well be 万元; six figures with separators are 元.
    if (!a || a.value === null || Math.abs(a.value) < 100000) continue;
    const v = cellValue(g, a.row, a.col);
    const fmt = numFormat(g, a.row, a.col) ?? '';
    if ((typeof v === 'string' && THOUSANDS.test(v)) || (typeof v === 'number' && fmt.includes('#,##0') && !fmt.includes('万')))
      return said('元', reason('moneyThousands', { text: typeof v === 'string' ? v.trim() : String(v) }));
  }
  return said('万元', reason('moneyDefault'));
}
