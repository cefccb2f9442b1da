/**
 * The money unit said in other words than “单位：元”: “金额单位 ：人民币元” (a space before the colon, the
 * currency named), and amounts that carry their own unit (“2860000元”, “286万元”) where no line says it.
 */
import type { Amount, MoneyUnit } from '../domain/model';
import { cellValue, type Grid } from './grid';

const STATED_LOOSE = /单位\s*[:：]\s*(?:人民币)?\s*(万元|千元|亿元|元)/;
const OWN_UNIT = /^\s*-?[\d,，]+(?:\.\d+)?\s*(万元|千元|亿元|元)\s*$/;

/** The unit a “单位：…” line states, spaces and 人民币 allowed. */
export function statedLoosely(text: string): MoneyUnit | null {
  const m = STATED_LOOSE.exec(text);
  return m ? (m[1] as MoneyUnit) : null;
}

/** The unit the first amount written as text with its unit carries, and that text. */
export function ownUnit(g: Grid, amounts: (Amount | null | undefined)[]): { unit: MoneyUnit; text: string } | null {
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    if (!a) continue;
    const v = cellValue(g, a.row, a.col);
    const m = typeof v === 'string' ? OWN_UNIT.exec(v) : null;
    if (m) return { unit: m[1] as MoneyUnit, text: (v as string).trim() };
  }
  return null;
}

const WRITTEN = /(\d[\d,，]*(?:\.\d+)?)\s*(亿元|万元|千元|元|亿|万)/g;
// The clause an amount closes, for the reason's quote (“项目资金总额 120 万元”).
const CLAUSE_START = /[^，,；;。、（()）]*$/;

/**
 * The unit written right after the first amount read from a sentence (“项目资金总额 120 万元，其中…” under 资金总额及构成):
 * the sheet says its unit there, as a cell holding only “286万元” does; and the clause that says it.
 */
export function sentenceUnit(g: Grid, amounts: (Amount | null | undefined)[]): { unit: MoneyUnit; text: string } | null {
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    const parts = a?.sumOf ?? (a ? [a] : []);
    for (let j = 0; j < parts.length; j++) {
      const p = parts[j];
      const v = cellValue(g, p.row, p.col);
      if (typeof v !== 'string' || p.value === null) continue;
      for (const m of v.matchAll(WRITTEN)) {
        if (Number(m[1].replace(/[,，]/g, '')) !== p.value) continue;
        const unit = (m[2].endsWith('元') ? m[2] : `${m[2]}元`) as MoneyUnit;
        const head = v.slice(0, m.index);
        return { unit, text: (CLAUSE_START.exec(head)![0] + m[0]).trim() };
      }
    }
  }
  return null;
}
