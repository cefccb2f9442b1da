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
