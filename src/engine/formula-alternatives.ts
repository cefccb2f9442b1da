/**
 * A target whose unit names an alternative in brackets (“≥36台(套)”, “≥5个（项）”): the pane scores an actual typed in
 * either unit, or with the target's own spelling (“36台(套)”, “40套”, “5项”: domain/unit-target.ts). The formula fill wrote
 * stripped only the first unit, so such an actual typed after fill read as no number in Excel (blank). The formula now drops
 * the target's unit as written (both bracket widths) and the alternative before the first unit. Only on such rows. Pure.
 */
import type { IndicatorRow } from '../domain/model';
import { alternatives } from '../domain/units';
import { toHalfWidth } from '../domain/text';

interface Spelled {
  words: string[];
}

export function withAlternatives<S extends Spelled>(ind: IndicatorRow, sp: S): S {
  const raw = ind.target.rawUnit;
  const alt = raw && ind.target.kind === 'quantitative' ? alternatives(raw) : null;
  if (!alt || alt[0] !== ind.target.unit) return sp;
  const [u, b] = alt;
  const add = [`${u}(${b})`, `${u}（${b}）`, toHalfWidth(b)].filter((w) => !sp.words.includes(w));
  return add.length ? { ...sp, words: [...add, ...sp.words] } : sp;
}

/**
 * The other unit's marker without a note the words already drop (“8人（含外聘）” under “≥1.5万人”: the marker “人”, not
 * “人（含外聘）”, which the formula would never find once the note is gone; Excel showed nothing, the pane 0.01).
 */
export function markerWithoutNote<S extends { words: string[]; other: { marker: string; mul: string; div: string } | null }>(sp: S): S {
  const o = sp.other;
  const note = o ? sp.words.find((w) => w !== o.marker && o.marker.endsWith(w)) : undefined;
  return o && note ? { ...sp, other: { ...o, marker: o.marker.slice(0, -note.length) } } : sp;
}
