/**
 * Scoring (docs/domain.md “Scoring algorithm”): row weights by scheme, quantitative and qualitative
 * row scores, budget execution, total and grade. Decimal arithmetic, half-up rounding.
 */
import type { Bucket } from './catalogue';
import type { Config } from './config';
import { dec, min, round, sum, type Dec } from './decimal';
import type { IndicatorRow, Project } from './model';
import type { Grade, Op } from './types';
import { sameCount, unitClass } from './units';
import { unitFactor } from './unit-scale';
import { targetUnitFor } from './unit-target';
import { formulaUnread } from './value-read';
import { inChangeDirection } from './value-change';
import { directionGrade } from './value-direction';
import { breakdownRows } from './breakdown-rows';
import { noneGrade } from './value-none';
import { shownUnit } from './percent-cell';
import { sheetTotal, type SheetTotal } from './sheet-total';
import { approxActual, approxSettled } from './value-approx';
import { boundUnsettled } from './value-bound';
import { overOne } from './rate-over-one';
import { partsBudget } from './parts-budget';
import { nothingScored, rowsOnRead } from './lazy-rows';

export type Method = 'positive' | 'equal' | 'reverse' | 'qualitative' | 'date' | 'na';

export interface RowScore {
  row: number;
  weight: number | null;
  weightSource: 'sheet' | 'scheme' | null;
  method: Method | null;
  /** The operator the score used (written, or implied: cost → ≤, else =). */
  op: Op | null;
  score: number | null;
  /** Why no score: 'no-actual', 'no-weight', 'unit', 'not-number', 'no-grade', 'no-target', 'approx' (an approximate actual). */
  blocked: string | null;
  /** Completion B/A (positive) or A/B (reverse), as a fraction; null when not computable. */
  completion: number | null;
  excluded: boolean;
  /** SE-08 / SE-09: a 偏差原因 is expected. */
  reasonNeeded: 'below' | 'over' | null;
  grade: Grade | null;
}

export interface ExecutionScore {
  weight: number;
  budget: number | null;
  executed: number | null;
  /** Fraction (1 = 100 %), unrounded for checks; null when not computable. */
  rate: number | null;
  score: number | null;
  /** The total row was all zero and the 其中 rows were used (池州 quirk). */
  fromParts: boolean;
  /** The sheet gives the 预算执行率 alone (no 预算数 / 执行数): the score is that rate × 分值. */
  fromRate?: boolean;
}

export interface ProjectScore {
  rows: RowScore[];
  execution: ExecutionScore;
  /** Points per bucket actually assigned (sheet or scheme). */
  buckets: Partial<Record<Bucket, number>>;
  weightTotal: number | null;
  total: number | null;
  grade: '优' | '良' | '中' | '差' | null;
  /** The 总分 the sheet shows once filled, typed 得分 counted (sheet-total.ts). */
  sheet?: SheetTotal;
}

/** The operator used for scoring: written, else 反向 / cost → ≤, else =. */
export function effectiveOp(ind: IndicatorRow): Op | null {
  const t = ind.target;
  if (t.kind !== 'quantitative') return null;
  if (ind.nature === '反向' && (t.op === null || t.op === '=')) return '≤';
  if (t.op && !t.opImplicit) return t.op;
  if (t.unit === 'date') return '≤';
  return ind.cost ? '≤' : '=';
}

function methodOf(ind: IndicatorRow): Method | null {
  if (ind.target.notApplicable || ind.actual?.notApplicable) return 'na';
  const t = ind.target;
  if (t.kind === 'qualitative') return 'qualitative';
  // A date (“2023年12月31日前”) has no number: it is met or not.
  if (t.kind === 'quantitative' && t.unit === 'date' && t.date) return 'date';
  if (t.kind !== 'quantitative' || t.number === null) return null;
  const op = effectiveOp(ind);
  if (op === '≤' || op === '<') return 'reverse';
  if (op === '=') return 'equal';
  return 'positive';
}

/**
 * The words a qualitative 实际完成值 is read by, in this order: 部分/基本 → 部分达成; else 未/没 →
 * 未达成; else 达成/完成/达到 → 达成. Every standard wording (value.ts) reads the same way; the
 * Excel formula (formulas.ts) searches the same words, so both give one score.
 */
export const QUALITATIVE_WORDS: [Grade, string[]][] = [
  ['部分达成', ['部分', '基本']],
  // Words that hold 完成 or the target's own word but say it was not met (“延期完成”, “不合格”, “不满意”).
  ['未达成', ['未', '没', '延期', '逾期', '滞后', '不合格', '不满意', '不达标']],
  ['达成', ['达成', '完成', '达到']],
];

/** A 是/否 target (“是否发生安全事故：否”): the actual met it when it gives the same answer. */
export const YES_NO = ['是', '否'];

export function yesNoGrade(target: string, actual: string): Grade | null {
  const t = target.trim();
  const a = actual.replace(/\s+/g, '');
  if (!YES_NO.includes(t) || !YES_NO.includes(a)) return null;
  return a === t ? '达成' : '未达成';
}

/** The spaces dropped before an actual is compared with its target (formulas.ts drops the same, with SUBSTITUTE). */
export const IGNORED_IN_WORDS = [' ', '\u3000'];

/** Text as compared word for word: without IGNORED_IN_WORDS. */
export function wordsOf(text: unknown): string {
  let t = String(text ?? '');
  for (let i = 0; i < IGNORED_IN_WORDS.length; i++) {
    const c = IGNORED_IN_WORDS[i];
    t = t.split(c).join('');
  }
  return t;
}

/**
 * The grade of a qualitative actual: one of the three grade phrases, or 达成 when it repeats the
 * qualitative target word for word (“显著提升” for “显著提升”) — published 自评表 write a met
 * target so. Null otherwise (SE-04); scoring then falls back to keywordGrade.
 */
export function actualGrade(ind: IndicatorRow): Grade | null {
  const a = ind.actual;
  if (!a) return null;
  if (a.grade) return a.grade;
  if (ind.target.kind !== 'qualitative' || a.kind === 'missing') return null;
  const t = wordsOf(ind.target.raw);
  return t !== '' && wordsOf(a.raw) === t ? '达成' : null;
}

export function keywordGrade(text: string | null | undefined): Grade | null {
  const t = String(text ?? '');
  for (let i = 0; i < QUALITATIVE_WORDS.length; i++) {
    const g = QUALITATIVE_WORDS[i][0],
      words = QUALITATIVE_WORDS[i][1];
    if (words.some((w) => t.includes(w))) return g;
  }
  return null;
}

/**
 * Done by the deadline? Dates are ISO text as value.ts writes them: a deadline may be a month
 * (“11月底前” → 2023-11, its whole month counts) or lack the year (--12); then the actual is
 * compared on the parts the deadline has.
 */
export function dateMet(actual: string, deadline: string): boolean {
  const noYear = actual.startsWith('--') || deadline.startsWith('--');
  const monthDay = (x: string) => (x.startsWith('--') ? x.slice(1) : x.slice(4)); // “-MM[-DD]”
  const a = noYear ? monthDay(actual) : actual;
  const t = noYear ? monthDay(deadline) : deadline;
  return a.slice(0, t.length) <= t;
}

/** A number cell's text as parsing keeps it (String(n)), or a text cell holding only a number (“0.98” typed as text): no unit, no words. */
const NUMBER_CELL = /^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/**
 * A target whose actual, typed as a number of at most 1 (a number, or text holding only it) in a cell not formatted as %, is a fraction of 100 %
 * (Excel keeps 98 % as 0.98; an accountant copying it into a General cell sees 0.98): a % target above 1 %.
 * The formula fill writes (formulas.ts) reads every number cell under such a target the same way.
 */
export function fractionTarget(ind: IndicatorRow): boolean {
  const t = ind.target;
  return t.kind === 'quantitative' && t.unit === '%' && t.number !== null && !t.date && Number(t.number) > 1;
}

/**
 * The actual is such a fraction: 'sure' when the reading ×100 lies far nearer the target than the number
 * as a percent (0.98 for ≥95%: 98 % against 0.98 %), 'unsure' otherwise (0.6 for ≥5%: 60 % or 0.6 %?) —
 * read ×100 all the same, and said (SE-03, info); a number in (1, 1.5] only when sure (rate-over-one.ts). Null when the
 * actual is not a number cell so read.
 */
export function fractionActual(ind: IndicatorRow): 'sure' | 'unsure' | null {
  const x = bareUnderPercent(ind);
  if (x === null) return null;
  // 1.2 for 120 % under ≥100%: read ×100 only where that is sure (rate-over-one.ts).
  if (x > 1) return overOne(ind, x) === 'sure' ? 'sure' : null;
  if (!(x > 0)) return null;
  // ×100 is nearer the target than x itself by a ratio when 10·x < A (the readings' geometric mean is 10·x).
  return x * 10 < Number(ind.target.number) ? 'sure' : 'unsure';
}

/** A bare number in (1, 1.5] under a % target read as typed where it may be a ratio (1.2 under ≥5%: 1.2 % or 120 %?), for SE-03. */
export function overOneUnsure(ind: IndicatorRow): boolean {
  const x = bareUnderPercent(ind);
  return x !== null && overOne(ind, x) === 'unsure';
}

/** The actual's number when it is a bare number cell (or text holding only one) under a % target, else null. */
function bareUnderPercent(ind: IndicatorRow): number | null {
  const a = ind.actual;
  if (!a || !fractionTarget(ind) || a.kind !== 'quantitative' || a.number === null || (a.unit !== null && a.unit !== '%')) return null;
  // A text cell “0.98” (pasted from another program, or typed with a leading apostrophe) is the same fraction as the number 0.98.
  if (!NUMBER_CELL.test(a.raw.trim()) || a.changes.includes('percent-format')) return null;
  return Number(a.number);
}

const MONEY_UNITS = new Set(['元', '千元', '万元', '百万元', '亿元']);

/** How a bare number under a money target is read in the sheet's money unit: ×mul÷div, when x²·mul `cmp` bound (x > 0). */
export interface SheetUnitReading {
  unit: string;
  mul: string;
  div: string;
  cmp: '>' | '<';
  /** A² × div: compared with x² × mul, exact decimals. */
  bound: string;
}

/**
 * A bare number (no unit) under a money target written in another unit than the sheet's (≤0.16亿元 on a sheet in 万元):
 * is 1500 meant in 亿元 or in 万元? The reading nearer the target wins (1500 万元 = 0.15亿元 against 1500亿元) — in
 * ratio, so the choice is one comparison of x with the geometric middle of the two readings. Null when it does not apply.
 */
export function sheetUnitReading(ind: IndicatorRow, sheetUnit: string | null | undefined): SheetUnitReading | null {
  const t = ind.target;
  if (!sheetUnit || t.kind !== 'quantitative' || t.number === null || t.date || !t.unit || t.unit === sheetUnit || !MONEY_UNITS.has(t.unit)) return null;
  if (!(Number(t.number) > 0)) return null;
  const f = unitFactor(sheetUnit, t.unit);
  if (!f) return null;
  // The readings x (target's unit) and x·k (sheet's): x·k is nearer A when x²·k > A² (k < 1) or x²·k < A² (k > 1).
  const k = dec(f.mul).div(f.div);
  return { unit: sheetUnit, mul: f.mul, div: f.div, cmp: k.lt(1) ? '>' : '<', bound: dec(t.number).pow(2).times(f.div).toFixed() };
}

/** The actual is a bare number the sheet's money unit reads nearer the target (sheetUnitReading): its value in the target's unit, else null. */
export function inSheetUnit(ind: IndicatorRow, sheetUnit: string | null | undefined): Dec | null {
  const a = ind.actual;
  if (!a || a.kind !== 'quantitative' || a.number === null || a.unit !== null || a.range || a.changes.includes('percent-format')) return null;
  if (!NUMBER_CELL.test(a.raw.trim())) return null;
  const r = sheetUnitReading(ind, sheetUnit);
  const x = dec(a.number);
  if (!r || !x.gt(0)) return null;
  const lhs = x.pow(2).times(r.mul);
  const nearer = r.cmp === '>' ? lhs.gt(r.bound) : lhs.lt(r.bound);
  return nearer ? x.times(r.mul).div(r.div) : null;
}

/** “无”, “未发生”: none of what a lower-is-better count measures (安全事故 ≤0起, 投诉 ≤3次) — read as 0. */
export const NONE_WORDS = ['无', '零', '没有', '未发生', '没有发生', '无发生'];

/**
 * Is the actual a word for none, on a row where none is a count (a ≤ / < target, or = 0)? Cost rows are
 * left out: “无” spent is not a cost of 0. The formula (formulas.ts) reads the same word as 0.
 */
export function noneActual(ind: IndicatorRow, m: Method | null = methodOf(ind)): boolean {
  const a = ind.actual;
  const t = ind.target;
  if (!a || a.kind !== 'qualitative' || t.kind !== 'quantitative' || t.number === null || ind.cost || unitClass(t.unit) === 'money' || unitClass(t.unit) === 'rateMoney')
    return false;
  if (!(m === 'reverse' || (m === 'equal' && Number(t.number) === 0))) return false;
  return NONE_WORDS.includes(wordsOf(a.raw).trim());
}

/** Row weights: the sheet's 分值 where present, else the scheme's equal split per bucket. */
export function assignWeights(p: Project, cfg: Config): { weights: (number | null)[]; source: ('sheet' | 'scheme' | null)[]; buckets: Partial<Record<Bucket, number>> } {
  const rows = p.indicators;
  const scorable = (x: IndicatorRow) => x.target.kind !== 'missing' || !!x.level3;
  const sheetHas = rows.some((x) => x.sheetWeight !== null);
  const weights: (number | null)[] = rows.map(() => null);
  const source: ('sheet' | 'scheme' | null)[] = rows.map(() => null);
  const buckets: Partial<Record<Bucket, number>> = {};
  if (sheetHas) {
    rows.forEach((x, i) => {
      if (x.sheetWeight === null) return;
      weights[i] = x.sheetWeight;
      source[i] = 'sheet';
      if (x.bucket) buckets[x.bucket] = round(dec(buckets[x.bucket] ?? 0).plus(x.sheetWeight), 4);
    });
    return { weights, source, buckets };
  }
  const inferred = weightsFromScores(p, cfg);
  if (inferred) {
    rows.forEach((x, i) => {
      weights[i] = inferred[i];
      source[i] = inferred[i] === null ? null : 'sheet';
      if (x.bucket && inferred[i] !== null) buckets[x.bucket] = round(dec(buckets[x.bucket] ?? 0).plus(inferred[i]!), 4);
    });
    return { weights, source, buckets };
  }
  const groups = new Map<string, number[]>();
  // A sheet that declares its own indicator total (“年度绩效目标(80分)”) unlike the scheme's is split evenly, as Hubei/Sichuan do.
  const declared = p.labelWeights.indicators;
  const plan = declared !== undefined && declared !== cfg.scheme.indicators && !p.labelWeights.bucket ? null : cfg.scheme.buckets;
  // Blocks with their own points (goal-blocks.ts): each block's rows share its points.
  const blocks = p.labelWeights.blocks;
  const blockOf = (row: number) => `block${blocks!.reduce((k, b, j) => (b.row < row ? j : k), 0)}`;
  rows.forEach((x, i) => {
    if (!scorable(x)) return;
    const key = blocks ? blockOf(x.row) : plan ? x.bucket : 'all';
    if (!key) return;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(i);
  });
  for (const [key, idx] of groups) {
    const block = blocks && key.startsWith('block') ? blocks[Number(key.slice(5))].points : undefined;
    const fromLabel = block ?? (key !== 'all' ? p.labelWeights.bucket?.[key as Bucket] : p.labelWeights.indicators);
    const total = fromLabel ?? (plan ? plan[key as Bucket] : (declared ?? cfg.scheme.indicators));
    if (total === undefined) continue;
    // Equal split in whole units of 10^-places (exact integers), the remainder on the last row.
    const scale = 10 ** cfg.places;
    // Whole points (the usual 50/30/10) scale exactly as JS numbers; anything else goes through decimals.
    const exact = Number.isSafeInteger(total) && Number.isSafeInteger(scale) && Number.isSafeInteger(total * scale);
    const totalUnits = exact ? total * scale : Number(dec(total).times(scale).round(0, 1).toString());
    const eachUnits = divideHalfUp(totalUnits, idx.length);
    idx.forEach((i, k) => {
      const units = k < idx.length - 1 ? eachUnits : totalUnits - eachUnits * (idx.length - 1);
      weights[i] = units / scale;
      source[i] = 'scheme';
    });
    if (key !== 'all' && block === undefined) buckets[key as Bucket] = total;
  }
  return { weights, source, buckets };
}

/** a ÷ b rounded half-up (away from zero), exactly, for integers a and b > 0. */
function divideHalfUp(a: number, b: number): number {
  if (!Number.isSafeInteger(a)) return Number(dec(a).div(b).round(0, 1).toString());
  const q = Math.trunc(a / b);
  const r = Math.abs(a - q * b);
  return 2 * r >= b ? q + Math.sign(a) : q;
}

/**
 * A 自评表 with 得分 but no 分值 column (Hubei): where every row is fully achieved, the printed
 * scores are the weights. Otherwise null (the scheme decides).
 */
function weightsFromScores(p: Project, cfg: Config): (number | null)[] | null {
  if (p.columns.weight !== undefined || p.columns.score === undefined) return null;
  const rows = p.indicators.filter((x) => x.target.kind !== 'missing');
  if (!rows.length || rows.some((x) => x.sheetScore === null)) return null;
  for (let i = 0; i < rows.length; i++) {
    const x = rows[i];
    const r = scoreRow(x, 1, cfg, p.money?.unit);
    if (r.score !== 1) return null;
  }
  return p.indicators.map((x) => (x.target.kind === 'missing' ? null : x.sheetScore));
}

function quantScore(m: Method, op: Op, A: Dec, B: Dec, w: Dec, cfg: Config): { score: Dec; completion: number | null } {
  if (B.lt(0)) B = dec(0);
  if (m === 'reverse') {
    if (B.lte(A)) return { score: w, completion: 1 };
    if (A.lte(0)) return { score: dec(0), completion: 0 };
    if (cfg.reverseMethod === 'linear') {
      if (B.gte(A.times(2))) return { score: dec(0), completion: 0 };
      const f = dec(1).minus(B.minus(A).div(A));
      return { score: w.times(f), completion: Number(f.toFixed(6)) };
    }
    const f = A.div(B);
    return { score: w.times(f), completion: Number(f.toFixed(6)) };
  }
  if (A.eq(0)) {
    const ok = op === '=' ? B.lte(0) : B.gte(0);
    return { score: ok ? w : dec(0), completion: ok ? 1 : 0 };
  }
  if (B.gte(A)) return { score: w, completion: Number(B.div(A).toFixed(6)) };
  const f = B.div(A);
  return { score: w.times(f), completion: Number(f.toFixed(6)) };
}

/** Qualitative band of a score: 达成 [0.8w, w]; 部分达成 [0.6w, 0.8w); 未达成 [0, 0.6w). */
export function inBand(grade: Grade, s: number, w: number): boolean {
  const S = dec(s);
  const W = dec(w);
  if (grade === '达成') return S.gte(W.times(0.8)) && S.lte(W);
  if (grade === '部分达成') return S.gte(W.times(0.6)) && S.lt(W.times(0.8));
  return S.gte(0) && S.lt(W.times(0.6));
}

type Outcome = Omit<RowScore, 'row' | 'weight' | 'weightSource'>;

/**
 * A row's score with every field in its usual order; `more` sets the ones that differ from “nothing computed”.
 * The whole RowScore at once: scoreProject keeps it, and a second object per row (an outcome copied into it) was
 * 100 000 short-lived objects at 100 000 rows, most of them a target table's “no actual” rows.
 */
function outcome(
  row: number,
  weight: number | null,
  weightSource: RowScore['weightSource'],
  method: Method | null,
  op: Op | null,
  blocked: string | null,
  more?: Partial<Outcome>,
): RowScore {
  return {
    row,
    weight,
    weightSource,
    method,
    op,
    score: more?.score ?? null,
    completion: more?.completion ?? null,
    excluded: more?.excluded ?? false,
    reasonNeeded: more?.reasonNeeded ?? null,
    grade: more?.grade ?? null,
    blocked,
  };
}

/** `sheetUnit`: the sheet's money unit, for a bare number under a money target in another unit (sheetUnitReading). */
export function scoreRow(ind: IndicatorRow, w: number | null, cfg: Config, sheetUnit?: string | null): Outcome {
  return rowScore(ind, w, null, cfg, sheetUnit);
}

/** scoreRow as the RowScore scoreProject keeps, with the row's weight and where it came from. */
function rowScore(ind: IndicatorRow, w: number | null, src: RowScore['weightSource'], cfg: Config, sheetUnit?: string | null): RowScore {
  const m = methodOf(ind);
  const op = effectiveOp(ind);
  if (m === 'na') return outcome(ind.row, w, src, m, op, null, { excluded: true });
  if (m === null) return outcome(ind.row, w, src, m, op, 'no-target');
  const a = ind.actual;
  if (!a || a.kind === 'missing') return outcome(ind.row, w, src, m, op, 'no-actual');
  if (w === null) return outcome(ind.row, w, src, m, op, 'no-weight', { grade: a.grade });
  const W = dec(w);
  if (m === 'qualitative' || (a.kind === 'qualitative' && a.grade && ind.target.kind !== 'quantitative')) {
    // Wording outside the three grades (SE-04 asks for one) is still scored, by the words the
    // sheet's formula looks for, so that the pane and Excel show the same score.
    // “增长3%” under “较上年有所提高” (value-direction.ts): the direction it says grades it, before any other word.
    const way = ind.target.kind === 'qualitative' ? directionGrade(String(ind.target.raw), wordsOf(a.raw)) : undefined;
    // “未发生安全事故” under “无安全事故” (value-none.ts): met, before its 未 is read.
    const none = ind.target.kind === 'qualitative' ? noneGrade(String(ind.target.raw), wordsOf(a.raw)) : undefined;
    const grade = actualGrade(ind) ?? yesNoGrade(ind.target.raw, a.raw) ?? none ?? (way === undefined ? keywordGrade(a.raw) : way);
    if (!grade) return outcome(ind.row, w, src, m, op, 'no-grade');
    const typed = ind.sheetScore !== null && !ind.scoreIsFormula && inBand(grade, ind.sheetScore, w);
    const s = typed ? dec(ind.sheetScore!) : W.times(cfg.qualitative[grade]);
    const score = round(s, cfg.places);
    return outcome(ind.row, w, src, m, op, null, { score, grade, reasonNeeded: score < w ? 'below' : null });
  }
  if (m === 'date') {
    if (a.kind !== 'quantitative' || a.unit !== 'date' || !a.date || !ind.target.date) return outcome(ind.row, w, src, m, op, 'not-number', { grade: a.grade });
    const ok = dateMet(a.date, ind.target.date);
    return outcome(ind.row, w, src, m, op, null, { score: ok ? w : 0, completion: ok ? 1 : 0, reasonNeeded: ok ? null : 'below' });
  }
  // 约40套, or 超过40套 under ≤40套: 需人工判断 (value-approx.ts, value-bound.ts)
  if ((approxActual(a) && !approxSettled(a, ind.target, m)) || boundUnsettled(a, ind.target, m)) return outcome(ind.row, w, src, m, op, 'approx', { grade: a.grade });
  const none = noneActual(ind, m);
  if (!none && (a.kind !== 'quantitative' || a.number === null || formulaUnread(a))) return outcome(ind.row, w, src, m, op, 'not-number', { grade: a.grade });
  const tu = targetUnitFor(a.unit, ind.target);
  const au = shownUnit(a, tu); // 0.96 in a %-formatted cell under ≥10人 is 96 人, as Excel's formula reads it (percent-cell.ts)
  // 1,180,000元 against 120万元, 5‰ against 0.5%: converted to the target's unit first.
  const factor = !none && au && tu && !sameCount(au, tu) ? unitFactor(au, tu) : null;
  if (!none && au && tu && !sameCount(au, tu) && !factor) return outcome(ind.row, w, src, m, op, 'unit');
  const A = dec(ind.target.number!);
  const fraction = !none && fractionActual(ind) !== null;
  const sheetRead = none || factor || fraction ? null : inSheetUnit(ind, sheetUnit);
  const read = none ? dec(0) : factor ? dec(a.number!).times(factor.mul).div(factor.div) : fraction ? dec(a.number!).times(100) : (sheetRead ?? dec(a.number!));
  // Under “较上年下降10%”, “-12%” is a fall of 12 % (value-change.ts).
  const B = inChangeDirection(ind, read);
  // A range (“90%-95%”): inside it is met; above its high bound scores as a ≤ target of that bound.
  const upper = ind.target.upper;
  if (upper !== undefined && m === 'positive' && B.gt(upper)) {
    const above = quantScore('reverse', '≤', dec(upper), B, W, cfg);
    const s = round(min(above.score, W), cfg.places);
    return outcome(ind.row, w, src, m, op, null, { score: s, completion: above.completion, reasonNeeded: s < w ? 'over' : null });
  }
  const { score, completion } = quantScore(m, op!, A, B, W, cfg);
  const s = round(min(score, W), cfg.places);
  let reasonNeeded: RowScore['reasonNeeded'] = s < w ? 'below' : null;
  if (!reasonNeeded && m !== 'reverse' && upper === undefined) {
    const over = A.gt(0) ? B.gte(A.times(cfg.overAchievement.ratio)) : B.gte(cfg.overAchievement.zeroAbsolute);
    if (over) reasonNeeded = 'over';
  }
  return outcome(ind.row, w, src, m, op, null, { score: s, completion, reasonNeeded });
}

export function scoreExecution(p: Project, cfg: Config, weight: number): ExecutionScore {
  const f = p.funds;
  let budget = f.total?.value ?? null;
  let executed = f.executed?.value ?? null;
  let fromParts = false;
  const parts = partsBudget(f);
  if (parts) [budget, executed, fromParts] = [parts.budget, parts.executed, true];
  // (A 目标表's “年度预算执行率 | 100% | 分值 | 10分” is the planned rate, not an outcome.)
  if (p.layout === 'selfeval' && executed === null && f.cols.total === undefined && f.cols.executed === undefined && f.rateValue !== null && f.rateValue >= 0) {
    // 预算执行率 given only as a rate (预算执行率 | 96% | 分值 | 10): 执行率 × 分值, capped (财预〔2020〕10号).
    return { weight, budget, executed, rate: f.rateValue, score: round(min(dec(f.rateValue), dec(1)).times(weight), cfg.places), fromParts, fromRate: true };
  }
  if (budget === null || executed === null || budget <= 0) return { weight, budget, executed, rate: null, score: null, fromParts };
  const r = dec(executed).div(budget);
  const score = round(min(r, dec(1)).times(weight), cfg.places);
  const rate = Number(r.toFixed(8));
  // A budget near zero (5e-324) makes rates of 1e307 that overflow later sums and percentages (big.js then throws):
  // more than a billion times the budget is no usable rate.
  if (!(Math.abs(rate) <= 1e9) || !Number.isFinite(score)) return { weight, budget, executed, rate: null, score: null, fromParts };
  return { weight, budget, executed, rate, score, fromParts };
}

export function gradeOf(total: number, cfg: Config): '优' | '良' | '中' | '差' {
  if (total >= cfg.grades.优) return '优';
  if (total >= cfg.grades.良) return '良';
  if (total >= cfg.grades.中) return '中';
  return '差';
}

/** Each indicator's RowScore, with the weights assignWeights gives. */
function scoreRows(p: Project, cfg: Config): RowScore[] {
  const { weights, source } = assignWeights(p, cfg);
  return p.indicators.map((ind, i) => rowScore(ind, weights[i], source[i], cfg, p.money?.unit));
}

/** Apart from scoreProject: this closure's context holds only p and cfg, not scoreProject's arrays. */
function unkept(p: Project, cfg: Config, rest: Omit<ProjectScore, 'rows' | 'sheet'>): ProjectScore {
  return rowsOnRead<ProjectScore>(() => scoreRows(p, cfg), rest);
}

export function scoreProject(p: Project, cfg: Config): ProjectScore {
  const { weights, source, buckets } = assignWeights(p, cfg);
  const rows: RowScore[] = p.indicators.map((ind, i) => rowScore(ind, weights[i], source[i], cfg, p.money?.unit));
  // The sheet's own execution 分值 is respected unless implausible (江西 prints 100; SE-01 reports it).
  const typed = p.funds.weight?.value ?? null;
  const execWeight = typed !== null && typed > 0 && typed < 100 ? typed : (p.labelWeights.execution ?? cfg.scheme.execution);
  const execution = scoreExecution(p, cfg, execWeight);
  // Rows with no target or no weight leave the table incomplete: no total is given then.
  const parts = breakdownRows(p.indicators); // 其中 rows under a weighted indicator (breakdown-rows.ts)
  const incomplete = rows.some((r, i) => !r.excluded && !parts.has(i) && (r.weight === null || r.blocked === 'no-target'));
  const counted = rows.filter((r) => r.weight !== null && !r.excluded);
  // Excluded (不适用) rows leave the total; with none excluded these are all the weighted rows.
  const weightTotal = sum(counted.map((r) => r.weight!)).plus(execution.weight);
  let total: number | null = null;
  const scored = counted.every((r) => r.score !== null);
  if (counted.length && scored && !incomplete && execution.score !== null) {
    const S = sum(counted.map((r) => r.score!)).plus(execution.score);
    const anyExcluded = rows.some((r) => r.excluded);
    total = anyExcluded ? round(S.div(weightTotal).times(100), cfg.places) : round(S, cfg.places);
  }
  const rest = { execution, buckets, weightTotal: round(weightTotal, cfg.places), total, grade: total === null ? null : gradeOf(total, cfg) };
  // A 目标表's records say only “no actual”: made again, the same, when first read (lazy-rows.ts), not kept meanwhile.
  const out: ProjectScore = rows.length && nothingScored(rows) ? unkept(p, cfg, rest) : { rows, ...rest };
  out.sheet = sheetTotal(p, { rows, execution, weightTotal: rest.weightTotal }, cfg, gradeOf); // not out.rows: read, they would be kept
  return out;
}
