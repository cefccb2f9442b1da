/**
 * A note in brackets after a value, such as the standard a target rests on (“≥90%（计划标准）”, “2024年8月31日前
 * (历史标准)”, “15所【行业标准】”, as 部门整体 and project 目标表 print them): the value is read without it and the
 * change is marked 'unit-note', so NRM-06 never offers to drop the words. A date reads without any note after it;
 * a quantity's note after its unit is units.ts's, except one naming a standard (it was read as part of a count
 * noun, and NRM-06 offered to strip it). Square brackets are respelled round. A unit alone in brackets right after the
 * number (“≥100（人）”, “95(%)”: a template's “（≥**人）” filled in) is the number's unit. Pure.
 */
import { readDate } from './value-date';
import { parseUnitText, unitClass } from './units';

/** value-phrases.ts's Phrased (not imported: that file calls this one). */
interface Phrased {
  text: string;
  changes: string[];
  strict: boolean;
}

const NOTE = /^(.+?)\s*(?:[（(]([^（()）]+)[)）]|【([^【】]+)】|\[([^[\]]+)\])$/;
// “2024年8月31日（前）”: the bracket is the deadline's own word, not a note.
const DATE_WORD = /^(?:前|之前|以前|止|内|以内|之内|底|末|底前|末前)$/;
const STANDARD = /标准|依据|口径|来源|参照|参考/;
const QUANTITY = /^(?:[≥≤><=≧≦＞＜]|不少于|不低于|不高于|不超过|不大于|不小于|至少|大于|小于|控制在)?\d/;

/** The value without a trailing note, respelled by `respell`; null where there is none to drop. */
export function withoutNote(c: string, respell: (s: string) => Phrased): Phrased | null {
  const m = NOTE.exec(c);
  if (!m) return null;
  const round = m[2];
  const note = (round ?? m[3] ?? m[4]).trim();
  if (!note || DATE_WORD.test(note)) return null;
  // “≥100（人）”, “95(%)”: a template's “（≥**人）” filled in; the bracket holds the number's unit.
  if (/\d$/.test(m[1]) && !/\d/.test(note)) {
    const u = parseUnitText(note);
    if (u?.unit && !u.postfix && unitClass(u.unit) !== 'other') {
      const inner = respell(`${m[1]}${note}`);
      return { ...inner, changes: [...inner.changes, 'unit-bracket'] };
    }
  }
  if (round === undefined) return respell(`${m[1]}（${note}）`);
  const inner = respell(m[1]);
  const kept = readDate(inner.text) !== null || (STANDARD.test(note) && QUANTITY.test(inner.text));
  return kept ? { ...inner, changes: [...inner.changes, 'unit-note'] } : null;
}
