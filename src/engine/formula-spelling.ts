/**
 * Spellings of the actual the score formula reads past beyond what formulas.ts spellingOf undoes, so that Excel reads the
 * number the pane reads (session 13 left these unscored in both; SE-04 asked for the number):
 * - an operator typed twice (“≥=95%”, “=≥95%”, “≥ =95%”): the formula drops ≥ and ≤ first, so a word typed before the figure
 *   is dropped without them (“≥=” → “=”); and before a count in Chinese numerals (“不少于三百户”), the words before the numerals;
 * - a rate with its per words first (“人均1200元”, “每人每天17元”, “生均800元/年”): the per words dropped, and the unit typed
 *   after the figure (“元”, “元/年”) read as the target's rate unit (“元/人”), or converted to it (“人均800元” under “万元/人”);
 * - an actual counted in what the target's unit names too (“40套” under “≥36台(套)”, “1000元” under “1000元/人”): its unit
 *   read as the target's (domain/unit-target.ts), the target's own unit still read first;
 * - a percent in tenths (“九成”, “九成五”, “9成以上”): the words swapped for the digits;
 * - an actual with a unit under a target with none (“40套” under “≥80”, session 15): the unit as typed dropped;
 * - a closing mark after the figure (“96%。”, session 16): dropped.
 */
import type { IndicatorRow } from '../domain/model';
import { toHalfWidth } from '../domain/text';
import { unitFactor } from '../domain/unit-scale';
import { PER_LEAD } from '../domain/value-read';
import { targetUnitFor } from '../domain/unit-target';
import { TENTHS, tenths } from '../domain/value-numerals';
import { TRAILING_PUNCT } from '../domain/value-tail';
import { guardPercent } from './formula-percent';
import { throughAsc } from './formula-asc';
import { markerWithoutNote, withAlternatives } from './formula-alternatives';

interface Spelled {
  words: string[];
  other: { marker: string; mul: string; div: string } | null;
  swaps?: [string, string][];
}

// Before the figure (its first digit or a Chinese numeral); after it, up to the end, less an operator's word.
const BEFORE = /^[^\d]*?(?=\d)/;
const AFTER = /\d(?:[\d.,，]*\d)?([^\d]*)$/;
const POSTFIX = /(及以上|以上|及以下|以下|以内|之内|内)$/;

/** The spelling read past, then a percent typed under a target in another unit guarded (formula-percent.ts), as ASC leaves it (formula-asc.ts). */
export function readPast<S extends Spelled>(ind: IndicatorRow, given: S): S {
  return throughAsc(guardPercent(ind, withAlternatives(ind, markerWithoutNote(readAround(ind, given)))));
}

function readAround<S extends Spelled>(ind: IndicatorRow, given: S): S {
  const sp = { ...given, swaps: [...(given.swaps ?? []), ...tenthSwaps(ind)] };
  // ≥ and ≤ are gone when the words are dropped, and Chinese numerals swapped for digits (“不少于三百户”): a word holding them
  // would never be found — what is typed before them is.
  const cut = (w: string) => (sp.swaps ?? []).reduce((x, [from]) => (x.includes(from) ? x.slice(0, x.indexOf(from)) : x), w);
  const words = sp.words.map((w) => cut(w).replace(/[≥≤]/g, '')).filter((w) => w !== '');
  const a = ind.actual;
  // “96%。” (domain/value-tail.ts): the closing mark typed after the figure.
  const mark = a?.changes.includes('trailing-punct') ? TRAILING_PUNCT.exec(String(a.raw).trim())?.[0] : undefined;
  if (mark && !words.includes(mark)) words.push(mark);
  const tu = ind.target.unit;
  // “40套” under “≥80”: a target with no unit scores the figure (scoring.ts); the unit typed with it is dropped.
  if (tu === null && a?.kind === 'quantitative' && a.rawUnit && a.unit !== '%' && a.unit !== 'date' && !words.includes(a.rawUnit)) words.unshift(a.rawUnit); // before a note in its brackets (“(套)”)
  // “40套” under “≥36台(套)”, “1000元” under “1000元/人” (domain/unit-target.ts): the actual's unit read as the target's, or converted.
  const as = a && a.kind === 'quantitative' && !sp.other ? targetUnitFor(a.unit, ind.target) : tu;
  if (a?.unit && as !== tu && as !== null) {
    const f = as === a.unit ? { mul: '1', div: '1' } : unitFactor(a.unit, as);
    if (f) return { ...sp, words, other: { marker: a.rawUnit || a.unit, mul: f.mul, div: f.div } };
  }
  if (!a || a.kind !== 'quantitative' || !a.changes.includes(PER_LEAD) || typeof a.raw !== 'string' || !a.unit || !tu) return { ...sp, words };
  const half = toHalfWidth(a.raw.trim());
  const lead = BEFORE.exec(half)?.[0].replace(/[≥≤]/g, '') ?? '';
  const typed = (AFTER.exec(half)?.[1] ?? '').replace(POSTFIX, '');
  const f = a.unit === tu ? { mul: '1', div: '1' } : unitFactor(a.unit, tu);
  if (!f || typed === '' || typed === tu) return { ...sp, words };
  if (lead !== '' && !words.includes(lead)) words.unshift(lead);
  return { ...sp, words, other: { marker: typed, mul: f.mul, div: f.div } };
}

/** “九成五” → [“九成五”, “95”]: a percent in tenths (domain/value-numerals.ts), in digits for Excel. */
function tenthSwaps(ind: IndicatorRow): [string, string][] {
  const a = ind.actual;
  if (!a || a.kind !== 'quantitative' || !a.changes.includes('percent-word') || typeof a.raw !== 'string') return [];
  // Under a count (“≥1.5万人”) the pane scores no percent: left as words, Excel reads no number either.
  // With no unit (“≥80”) the figure is scored as typed, 90 for “九成” (as for “90%”).
  if (ind.target.unit !== null && !/^(?:%|个?百分点)$/.test(ind.target.unit)) return [];
  const m = TENTHS.exec(a.raw);
  const t = m ? tenths(m[0]) : null;
  return m && t ? [[m[0], t.digits]] : [];
}
