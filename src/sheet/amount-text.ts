/**
 * Amounts written as text where a form expects a number cell (衔接资金 申报表 and other county forms):
 * inside the label itself (“年度资金总额：48万”), or at the head of a sentence that then lists its
 * parts (“860万（高标准农田建设400万元，…）” — the 860 is the total, not the first part's 400).
 */
import type { Amount } from '../domain/model';

const NUMBER = String.raw`(\d[\d,，]*(?:\.\d+)?)`;
/**
 * “资金总额：48万”, “年度资金总额: 48.5 万元”: a colon, then the amount and nothing after it but a unit —
 * or a clause naming its parts (“，其中本次下达200万元”: the amount is still the total).
 */
// The unit may follow in brackets, as a header would print it (“资金总额：300（万元）”).
// “其中：上级资金16” (a 其中 line under “年度资金总额：16”): the colon after 其中, none after the part's label.
const IN_LABEL = new RegExp(
  String.raw`^(?:[^:：\d]{2,16}[:：]|其中\s*[:：]\s*[^:：\d\s]{2,12}[:：]?)\s*${NUMBER}\s*(?:亿元|万元|千元|亿|万|元|[（(]\s*(?:亿元|万元|千元|元)\s*[)）])?\s*(?:[，,；;（(]\s*其中.*)?$`,
);
/** “860万（…）”, “860万元，其中…”: an amount with its unit at the very start. */
const LEADING = new RegExp(String.raw`^\s*${NUMBER}\s*(?:亿元|万元|千元|亿|万|元)(?![\d])`);

function amount(digits: string, row: number, col: number): Amount {
  const number = digits.replace(/[,，]/g, '');
  return { value: Number(number), number, row, col };
}

/** The amount a label cell carries after its colon, or null. */
export function amountInLabel(text: string, row: number, col: number): Amount | null {
  const m = IN_LABEL.exec(text);
  return m ? amount(m[1], row, col) : null;
}

/** The amount a text starts with, unit and all, or null. */
export function leadingAmount(text: string, row: number, col: number): Amount | null {
  const m = LEADING.exec(text);
  return m ? amount(m[1], row, col) : null;
}

/** “项目资金：65.46万元其中财政资金：60万元”: label–amount pairs joined in one cell (a PDF line). */
const PAIR = new RegExp(String.raw`([^\s:：\d,，;；。]{2,16})[:：]\s*${NUMBER}\s*(?:亿元|万元|千元|亿|万|元)`, 'g');

/** Every label with the amount written after it in one cell's text, when there are several. */
export function labelledAmounts(text: string, row: number, col: number): { label: string; amount: Amount }[] {
  if (!text.includes('：') && !text.includes(':')) return [];
  const out = [...text.matchAll(PAIR)].map((m) => ({ label: m[1], amount: amount(m[2], row, col) }));
  return out.length > 1 ? out : [];
}
