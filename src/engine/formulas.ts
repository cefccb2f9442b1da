/**
 * Excel formulas for the self-evaluation columns, mirroring src/domain/scoring.ts so that a later
 * edit of 实际完成值 recalculates in Excel. Only functions every Excel since 2010 has (no LET).
 */
import type { Config } from '../domain/config';
import type { IndicatorRow } from '../domain/model';
import { fractionTest } from '../domain/rate-over-one';
import { fractionTarget, IGNORED_IN_WORDS, noneActual, QUALITATIVE_WORDS, sheetUnitReading, wordsOf, YES_NO, type Method, type SheetUnitReading } from '../domain/scoring';
import { unitFactor } from '../domain/unit-scale';
import { chineseNumber } from '../domain/value-numerals';
import { MEASURE_LEAD, relativeLead } from '../domain/value-phrases';
import { changeReading } from '../domain/value-change';
import { DIRECTION_GRADE, DIRECTION_WORDS, MINUS_SIGNS, PLUS_SIGNS, targetDirection, type Direction } from '../domain/value-direction';
import { sameCount } from '../domain/units';
import { toHalfWidth } from '../domain/text';
import { NONE_ALONE, NONE_SAID, noneTarget } from '../domain/value-none';
import { readPast } from './formula-spelling';
import { spelledOnce } from './spelling-once';

const q = (s: string) => `"${s.includes('"') ? s.replace(/"/g, '""') : s}"`; // no regex pass for text without a quote (most)

/**
 * The grade words searched at once, the last grade first: LOOKUP(9^9, positions, shares) gives the share of the
 * last word found (a position is never as large as 9^9), so the first grade with a word found wins, as in
 * scoring.ts keywordGrade; none found: #N/A. Built once per configuration: every qualitative row's formula spells it.
 */
function gradeLookup(cfg: Config, actualRef: string): string {
  let cached = LOOKUPS.get(cfg.qualitative);
  if (!cached) {
    const last = [...QUALITATIVE_WORDS].reverse();
    const words = last.flatMap(([, ws]) => ws.map(q)).join(',');
    const values = last.flatMap(([g, ws]) => ws.map(() => cfg.qualitative[g]));
    // 0.3 as 3 (÷10 after the lookup: 3/10 is the same double as 0.3), when every share is so whole.
    const k = [1, 10, 100].find((m) => values.every((v) => Number.isInteger(Math.round(v * m)) && Math.round(v * m) / m === v)) ?? 1;
    const shares = values.map((v) => (k === 1 ? String(v) : String(Math.round(v * k)))).join(',');
    cached = [`LOOKUP(9^9,SEARCH({${words}},`, `),{${shares}})${k === 1 ? '' : '/' + k}`];
    LOOKUPS.set(cfg.qualitative, cached);
  }
  return cached[0] + actualRef + cached[1];
}
const LOOKUPS = new WeakMap<Config['qualitative'], [string, string]>();
/** value-none.ts's words: each word alone as “|无|” (the cell is searched as “|cell|”), the phrases anywhere. */
const NONE_LIST = `{${[...NONE_ALONE.map((w) => `|${w}|`), ...NONE_SAID].map(q).join(',')}}`;

/** What the formula undoes in the actual as typed when `fill` runs, beyond ≥ ≤ and the target's unit. */
export interface Spelling {
  /** Words around the number (完成, 约, 余, 以上), thousands separators, 千分之 of a rate in the target's unit. */
  words: string[];
  /** Another unit of the target's quantity (元 for 万元, ‰ for %), as typed, and its factor. */
  other: { marker: string; mul: string; div: string } | null;
  /** Text read as other text first: a word for none (“无” → 0), Chinese numerals (千分之五 → 千分之5). */
  swaps?: [string, string][];
  /** Under a % target (scoring.ts fractionTarget), the test (“<=1”, “<=1.5”, “<12”) under which a number in the cell is a ratio: 0.98 reads 98, 1.2 under ≥100% reads 120 (rate-over-one.ts). */
  fraction?: string | null;
  /** A bare number in the cell may be in the sheet's money unit (scoring.ts sheetUnitReading): read so where that is nearer the target. */
  sheetUnit?: SheetUnitReading | null;
}

const NO_SPELLING: Spelling = { words: [], other: null };
const LEAD = /^[^\d]*?(?=\d|[百千万]分之)/;
const RATE_WORD = /[百千万]分之/;
const RATE_NUMERAL = /([百千万]分之)([零〇一二两三四五六七八九十点百]+)/;
const POSTFIX = /(及以上|以上|及以下|以下|以内|之内|内)\s*$/;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
// What is typed before the figure, up to its first digit or sign; a note in brackets after it (no figure inside).
const TYPED_BEFORE = /^[^\d+\-−]+/;
const NOTES_AFTER_FIGURE = /[(（][^()（）\d]*[)）]/g;
const COUNT_NUMERAL = /[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千点]*/;

/**
 * The actual's spelling the engine read (scoring.ts: “完成95%”, “120余人”, “1,180,000元” for a target in
 * 万元), so that the formula written for it reads the same number. A later actual in yet another
 * spelling reads as text there: blank, never a wrong score.
 */
export function spellingOf(ind: IndicatorRow): Spelling {
  const a = ind.actual;
  const tu = ind.target.unit;
  // “无” for a ≤ count: the word itself reads as 0.
  if (noneActual(ind) && a) return { words: [], other: null, swaps: [[wordsOf(a.raw).trim(), '0']] };
  if (!a || a.kind !== 'quantitative' || a.number === null || typeof a.raw !== 'string') return NO_SPELLING;
  // “全覆盖”, “3/4”, “零事故” (value-measure.ts): the words themselves read as the number (Excel would take “3/4” for a date).
  if (a.changes.includes('words-number')) return { words: [], other: null, swaps: [[wordsOf(a.raw).trim(), a.number + (a.unit === '%' ? '%' : '')]] };
  const raw = a.raw.trim();
  const words: string[] = [];
  if (a.changes.includes('approx')) {
    const lead = LEAD.exec(raw.replace(/^[≥≤]/, ''))?.[0];
    if (lead) words.push(lead);
    const more = /\d([余多])/.exec(raw);
    if (more) words.push(more[1]);
  }
  if (a.changes.includes('measure-lead')) {
    // “满意度96%”, “达到95%以上”: the measure (or 达到) before the figure.
    const lead = MEASURE_LEAD.exec(raw)?.[0] ?? /^(?:达到|达)/.exec(raw)?.[0];
    if (lead) words.push(lead);
  }
  if (a.changes.includes('postfix-op')) {
    // “50套以上（含）”: the postfix before a note.
    const post = POSTFIX.exec(raw.replace(NOTES_AFTER_FIGURE, ''));
    if (post) words.push(post[1]);
  }
  if (a.changes.includes('thousands')) words.push(',', '，');
  // “下降12%” under “较上年下降10%” (value-change.ts): the change's words before the number.
  const rel = a.changes.includes('relative') ? relativeLead(raw.replace(/\s+/g, '')) : null;
  if (rel) words.push(rel);
  // Typed around the figure: an operator in any spelling (达到, 超过, 不低于, ＞＝, >=), a currency sign, a note after it (“（满意）”).
  const wide = a.changes.includes('fullwidth') ? fullWidthSwaps(raw) : [];
  const half = wide.reduce((x, [from, to]) => x.split(from).join(to), raw);
  const before = TYPED_BEFORE.exec(half)?.[0] ?? '';
  // An operator typed as such (“>50套”, “<76%”) reads as one: its sign goes like a word's.
  const typedOp = !a.opImplicit || ['word-op', 'op-symbol', 'fullwidth'].some((c) => a.changes.includes(c)) || /[¥￥]/.test(before);
  if (typedOp && before !== '' && !/^[≥≤]+$/.test(before) && !words.includes(before)) words.unshift(before);
  // Notes in brackets after the figure, at the end or before a postfix (“50套（含）以上”).
  const fig = half.search(/\d/);
  for (const note of fig < 0 ? [] : (half.slice(fig).match(NOTES_AFTER_FIGURE) ?? [])) if (!words.includes(note)) words.push(note);
  // “0次” under “无重大安全责任事故” (a count of none, no unit written): the count's unit is read past, as scoring.ts does.
  if (tu === null && a.rawUnit && ind.target.changes.includes('words-number')) words.push(a.rawUnit);
  const rateWord = a.changes.includes('percent-word') ? RATE_WORD.exec(raw)?.[0] : undefined;
  const swaps = [...wide, ...(rateWord ? numeralSwaps(raw) : a.changes.includes('chinese-numeral') ? countSwaps(raw) : [])];
  const f = a.unit && tu && !sameCount(a.unit, tu) ? unitFactor(a.unit, tu) : null;
  if (rateWord && !f) words.push(rateWord);
  const marker = rateWord ?? a.rawUnit ?? a.unit;
  const other = f && marker ? { marker, mul: f.mul, div: f.div } : null;
  return words.length || other || swaps.length ? { words, other, swaps } : NO_SPELLING;
}

/** “９８％” → [“９”, “9”], [“８”, “8”], [“％”, “%”]: each full-width character typed, in its half-width form for Excel. */
function fullWidthSwaps(raw: string): [string, string][] {
  return [...new Set(raw.match(FULL_WIDTH) ?? [])].map((c) => [c, toHalfWidth(c)]);
}

/** “三个” → [“三”, “3”]: a count in Chinese numerals, in digits for Excel. */
function countSwaps(raw: string): [string, string][] {
  const m = COUNT_NUMERAL.exec(raw);
  const n = m ? chineseNumber(m[0]) : null;
  return m && n && n.len === m[0].length ? [[m[0], n.digits]] : [];
}

/** “千分之五” → [“千分之五”, “千分之5”]: Excel cannot read Chinese numerals, the formula spells them in digits. */
function numeralSwaps(raw: string): [string, string][] {
  const m = RATE_NUMERAL.exec(raw);
  if (!m) return [];
  const n = m[2] === '百' ? { digits: '100', len: 1 } : chineseNumber(m[2]);
  return n && n.len === m[2].length ? [[m[0], m[1] + n.digits]] : [];
}

/**
 * The actual value B as a number, or an error when the cell is blank or not a number (the caller's
 * IFERROR then shows nothing) — read as scoring.ts reads it. An operator typed with the actual
 * (“≥95%”, “≤2小时”) is dropped. A %-formatted cell holds 0.96 for 96 %, but text typed into it
 * (“98%”, “98”) means 98; elsewhere the unit is stripped first (“50个”, “96%” in a General cell).
 */
export function numberOf(ref: string, unit: string | null, percentCell: boolean, sp: Spelling = NO_SPELLING): string {
  const signs = `SUBSTITUTE(SUBSTITUTE(ASC(${ref}),"≥",""),"≤","")`; // ASC: “９６％” typed after fill (formula-asc.ts)
  const swapped = (sp.swaps ?? []).reduce((x, [from, to]) => `SUBSTITUTE(${x},${q(from)},${q(to)})`, signs);
  const text = sp.words.reduce((x, w) => `SUBSTITUTE(${x},${q(w)},"")`, swapped);
  const plain = plainNumber(ref, text, unit, percentCell, sp.fraction ?? null);
  const other = sp.other ? otherUnit(ref, text, unit, plain, sp.other) : plain;
  if (!sp.sheetUnit) return other;
  // A bare number (a number cell, or text holding only one) x: x·k when x²·k lies beyond A² the nearer way, else x.
  const { mul, div, cmp, bound } = sp.sheetUnit;
  const n = `--(${ref}&"")`;
  const k = `${mul === '1' ? '' : '*' + mul}${div === '1' ? '' : '/' + div}`;
  return `IF(ISNUMBER(--SUBSTITUTE(${ref},"%","x")),IF(AND(${n}>0,${n}*${n}*${mul}${cmp}${bound}),${n}${k},${n}),${other})`;
}

/** The actual in another unit of the target's quantity (sp.other), converted; else `plain`. */
function otherUnit(ref: string, text: string, unit: string | null, plain: string, o: NonNullable<Spelling['other']>): string {
  // The other unit, converted: its text is searched before the target's when it contains it (万元 before 元), after when inside it (元 after 万元).
  const { marker, mul, div } = o;
  const conv = `--SUBSTITUTE(${text},${q(marker)},"")${mul === '1' ? '' : '*' + mul}${div === '1' ? '' : '/' + div}`;
  const found = (u: string) => `ISNUMBER(SEARCH(${q(u)},${ref}))`;
  const converted = `IF(${found(marker)},${conv},${plain})`;
  return unit && unit !== marker && unit.includes(marker) ? `IF(${found(unit)},${plain},${converted})` : converted;
}

function plainNumber(ref: string, text: string, unit: string | null, percentCell: boolean, fraction: string | null): string {
  const typed = `--SUBSTITUTE(${text},"%","")`;
  if (percentCell && !fraction) return `IF(ISNUMBER(${ref}),${ref}*100,${typed})`;
  if (percentCell || fraction) {
    // Under a % target: a number ≤ 1 (≤ 1.5 where that is sure), or text holding only such a number (“0.98”), is the rate as Excel keeps it (98 %);
    // in a %-formatted cell every number is. The test reads the cell with its % made a letter, so text with a % is read
    // as typed; a blank cell stays blank (--"" is an error, IFERROR shows nothing).
    const one = `1/(--SUBSTITUTE(${ref},"%","x")${fraction ?? '<=1'})`;
    return `${typed}*IF(COUNT(${percentCell ? `${ref},` : ''}${one}),100,1)`;
  }
  // A count per year (“次/年”) is also typed as the year's count (“2次”): both spellings are stripped.
  const perYear = unit?.endsWith('/年') ? unit.slice(0, -2) : null;
  const bare = `SUBSTITUTE(${text},${q(unit && unit !== '%' ? unit : '%')},"")`;
  return `--${perYear ? `SUBSTITUTE(${bare},${q(perYear)},"")` : bare}`;
}

// A whole number of points as Excel's text-to-number coercion reads it, with the unit typed after it.
const POINTS_TEXT = /^\s*[+-]?\d+(?:\.\d+)?\s*分?\s*$/;

/**
 * How a formula reads a 分值 or 得分 cell. A number: the cell itself. Text the engine read as points
 * (“20分”, “20”): the cell without its 分 — MIN and SUM would skip the text, arithmetic on it is #VALUE!.
 * Other text: the points the engine used, as a constant, so Excel shows what the pane does.
 */
export function pointsRef(ref: string, cell: unknown, points: number | null): string {
  if (typeof cell !== 'string' || cell.trim() === '') return ref;
  if (POINTS_TEXT.test(cell)) return `--SUBSTITUTE(SUBSTITUTE(${ref},"分","")," ","")`;
  return points === null ? ref : String(points);
}

/**
 * The row score, the same arithmetic as scoring.ts, short enough that 50 000 of them fit one
 * Excel on the web request: the weight is read from the row's 分值 cell, B is written once.
 * positive/equal (A > 0): MIN(w, w·B/A); reverse: MIN(w, w·A/B) (B ≤ A gives ≥ w);
 * linear reverse: MAX(0, MIN(w, w·(2 − B/A))); A ≤ 0: met or not. Blank or text B → blank.
 */
export function rowScoreFormula(ind: IndicatorRow, m: Method, weightRef: string, actualRef: string, percentCell: boolean, cfg: Config, sheetUnit?: string | null): string | null {
  const r = (x: string) => `ROUND(${x},${cfg.places})`;
  const w = weightRef;
  if (m === 'qualitative') {
    // The grade's share of w, by the words scoring.ts reads (QUALITATIVE_WORDS, in order); no word: blank.
    const shares: [string, number | string][] = [];
    // An actual repeating the target word for word is met (actualGrade), before any word is searched.
    // Excel takes text constants of at most 255 characters; a longer target is left to the words.
    const words = wordsOf(ind.target.raw);
    const bare = IGNORED_IN_WORDS.reduce((x, c) => `SUBSTITUTE(${x},${q(c)},"")`, actualRef);
    // A target naming a direction on last year (value-direction.ts): the direction the actual says grades it, before other words.
    shares.unshift(...directionShares(String(ind.target.raw), bare, cfg));
    // A target asking for none (value-none.ts): an actual saying none happened is met, before its 未 is searched.
    if (noneTarget(String(ind.target.raw))) shares.unshift([`COUNT(SEARCH(${NONE_LIST},"|"&${bare}&"|"))`, cfg.qualitative['达成']]);
    if (words !== '' && words.length <= 255) shares.unshift([`${bare}=${q(words)}`, cfg.qualitative['达成']]);
    let share = shares.reduceRight<string>((rest, [test, v]) => `IF(${test},${v},${rest})`, gradeLookup(cfg, actualRef));
    // A 是/否 target (scoring.ts yesNoGrade): the same answer is 达成, the other 未达成.
    const yesNo = String(ind.target.raw ?? '').trim();
    if (YES_NO.includes(yesNo)) {
      const answer = `SUBSTITUTE(${actualRef}," ","")`;
      share = YES_NO.reduceRight((rest, word) => `IF(${answer}=${q(word)},${cfg.qualitative[word === yesNo ? '达成' : '未达成']},${rest})`, share);
    }
    return `IFERROR(${r(`${w}*${share}`)},"")`;
  }
  if (m !== 'positive' && m !== 'equal' && m !== 'reverse') return null;
  const A = ind.target.number;
  if (A === null) return null;
  const n = numberOf(actualRef, ind.target.unit, percentCell, {
    ...spelledOnce(ind, (x) => readPast(x, spellingOf(x))),
    fraction: fractionTarget(ind) ? fractionTest(ind) : null,
    sheetUnit: sheetUnitReading(ind, sheetUnit),
  });
  const B = `MAX(0,${inChangeDirection(ind, actualRef, n)})`;
  const reverse = (x: string) => (Number(x) <= 0 ? '0' : cfg.reverseMethod === 'linear' ? `MAX(0,MIN(${w},${w}*(2-${B}/${x})))` : `MIN(${w},${w}*${x}/MAX(${B},1E-9))`);
  let body: string;
  if (Number(A) <= 0) {
    body = m === 'positive' ? `IF(${B}>=0,${w},0)` : `IF(${B}<=0,${w},0)`;
  } else if (m === 'reverse') {
    body = reverse(A);
  } else {
    body = `MIN(${w},${w}*${B}/${A})`;
  }
  // A range (“90%-95%”, scoring.ts): above its high bound, scored as a ≤ target of that bound.
  const upper = ind.target.upper;
  if (upper !== undefined && m === 'positive') body = `IF(${B}>${upper},${reverse(upper)},${body})`;
  return `IFERROR(${r(body)},"")`;
}

/** Tests and shares for the directions an actual may say under a target naming one (value-direction.ts), in its order; NA(): no grade. */
function directionShares(targetRaw: string, bare: string, cfg: Config): [string, number | string][] {
  const t = targetDirection(targetRaw);
  if (!t) return [];
  const share = (d: Direction) => {
    const g = DIRECTION_GRADE[t][d];
    return g ? cfg.qualitative[g] : 'NA()';
  };
  const list = (xs: string[]) => `{${xs.map(q).join(',')}}`;
  return [
    ...DIRECTION_WORDS.map(([d, xs]): [string, number | string] => [`COUNT(SEARCH(${list(xs)},${bare}))`, share(d)]),
    [`COUNT(SEARCH(${list(PLUS_SIGNS)},${bare}))`, share('rise')],
    [`COUNT(SEARCH(${list(MINUS_SIGNS.map((x) => '|' + x))},"|"&${bare}))`, share('fall')],
  ];
}

/** The actual's number n read in the direction of the row's change target, as scoring.ts reads it (value-change.ts). */
function inChangeDirection(ind: IndicatorRow, ref: string, n: string): string {
  const how = changeReading(ind);
  if (how === 'negate') return `-(${n})`;
  if (how !== 'fall-signed') return n;
  const plus = (c: string) => `ISNUMBER(SEARCH("${c}",${ref}))`;
  return `IF(OR(${plus('+')},${plus('＋')}),-(${n}),ABS(${n}))`;
}

export function executionRateFormula(executedRef: string, budgetRef: string): string {
  return `IF(OR(${executedRef}="",N(${budgetRef})<=0),"",${executedRef}/${budgetRef})`;
}

export function executionScoreFormula(rateRef: string, weight: number, places: number): string {
  return `IF(${rateRef}="","",ROUND(MIN(${rateRef},1)*${weight},${places}))`;
}

/** Σ scores + execution score, blank until every counted cell has a score; rescaled when rows are 不适用. */
export function totalFormula(scoreRuns: string[], execRef: string, places: number, rescaleBy: number | null, typed: string[] = []): string {
  const blanks = scoreRuns.map((x) => `COUNTBLANK(${x})`).join('+') || '0';
  // `typed`: score cells holding points as text (pointsRef), summed one by one.
  const sum = `SUM(${[...scoreRuns, ...typed, execRef].join(',')})`;
  const value = rescaleBy ? `${sum}/${rescaleBy}*100` : sum;
  return `IF(OR(${blanks}>0,${execRef}=""),"",ROUND(${value},${places}))`;
}

export function gradeFormula(totalRef: string, g: Config['grades']): string {
  return `IF(${totalRef}="","",IF(${totalRef}>=${g.优},"优",IF(${totalRef}>=${g.良},"良",IF(${totalRef}>=${g.中},"中","差"))))`;
}

/** Contiguous runs of rows as ranges in one column: [9,10,11,14] → ["G9:G11","G14"]. */
export function runs(col: string, rows: number[]): string[] {
  const out: string[] = [];
  const sorted = [...rows].sort((a, b) => a - b);
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(i === j ? `${col}${sorted[i]}` : `${col}${sorted[i]}:${col}${sorted[j]}`);
    i = j + 1;
  }
  return out;
}
