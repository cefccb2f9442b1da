/**
 * Words that state a number on a row whose name says what is measured (units.ts measureOf), as published tables write them (实务惯例):
 * - on a rate row, “全覆盖”, “实现全覆盖”, “全部覆盖” are 100 %, and a fraction “3/4”, “≥2/3” is that share of 100 % (75 %);
 * - on a row counting or rating bad events (事故发生率, 事故次数, 投诉率), “零事故”, “无重大安全责任事故”, “未发生安全事故”, “零投诉”
 *   are 0 — what “无” already counts for as an actual there (scoring.ts noneActual).
 * Each is a target an actual can be compared with (100%, 全覆盖, 0, 0次, 无) instead of text the rules call “not a number”.
 * Marked 'words-number': NRM-06 leaves the cell as written, and fill's formula reads the same words (formulas.ts). Pure.
 */
import Big from 'big.js';
import type { Measure } from './units';
import type { ParsedValue } from './types';
import { toHalfWidth } from './text';
import { readOp } from './value-read';

const FULL = /^(?:实现|达到|达|做到)?(?:100%)?(?:全覆盖|全部覆盖|全面覆盖|完全覆盖)$/;
const FRACTION = /^(\d{1,6})\/(\d{1,6})$/;
// “零事故”, “无重大安全责任事故”, “未发生较大及以上安全事故”, “全年无安全事故”; “安全事故零发生”, “投诉为零”: none of a harm the name counts.
const HARMS = '(?:事故|投诉|差错|违规|违纪|违法|上访|信访|案件|事件|伤亡|死亡|火灾|隐患|失误|返工|故障|缺陷|纠纷|问题)';
const NONE = new RegExp(
  `^(?:全年|年度|年内|实现|确保)?(?:零|无|未发生|没有发生|不发生|杜绝)[\\p{Script=Han}及以上]{0,10}?${HARMS}(?:发生)?$|^\\p{Script=Han}{0,10}?${HARMS}(?:零发生|为零|为0)$`,
  'u',
);

/** Reads `p` (fresh, not shared) again as the number its words state on a row of this measure; else leaves it. */
export function asMeasureWords(p: ParsedValue, measure: Measure): void {
  if (p.kind !== 'qualitative' || p.placeholder || p.notApplicable || measure === null || measure === 'span') return;
  const c = toHalfWidth(p.raw).replace(/\s+/g, '');
  const rate = measure === 'rate' || measure === 'harmRate';
  if (rate && FULL.test(c)) return asNumber(p, null, '100', '%');
  if (rate) {
    const o = readOp(c);
    const f = FRACTION.exec(o ? c.slice(o.len) : c);
    if (f && Number(f[2]) > 0) return asNumber(p, o ? o.op : null, share(f[1], f[2]), '%');
  }
  if ((measure === 'harmRate' || measure === 'harmCount') && NONE.test(c)) return asNumber(p, null, '0', measure === 'harmRate' ? '%' : null);
}

/** a/b as a percent, exact to 4 places (2/3 → 66.6667). */
function share(a: string, b: string): string {
  const x = new Big(a).times(100).div(b).round(4);
  return x.eq(0)
    ? '0'
    : x
        .toFixed()
        .replace(/(\.\d*?)0+$/, '$1')
        .replace(/\.$/, '');
}

function asNumber(p: ParsedValue, op: ParsedValue['op'], number: string, unit: string | null): void {
  Object.assign(p, { kind: 'quantitative', op: op ?? '=', opImplicit: op === null, number, value: Number(number), unit, rawUnit: null, date: null, range: false, grade: null });
  p.changes = [...p.changes, 'words-number'];
}
