/**
 * A county's (town's) cell in a 区域绩效目标表 saying it has nothing to do on that row: “/”, “—”, “无”, “不涉及”. Not a
 * template placeholder left unfilled — the value rules run per county (VAL-01 …) pass it by, as HIE-07 does.
 */
import type { ParsedValue } from './types';

const NOTHING_HERE = /^(?:[/／\\—–\-－─]+|无|不涉及|不适用)$/;

export function nothingHere(v: ParsedValue | undefined): boolean {
  return !!v && NOTHING_HERE.test(String(v.raw ?? '').replace(/\s+/g, ''));
}
