/**
 * 指标值 / 实际完成值 cells → ParsedValue (docs/domain.md §8.2, §8.3), and back to a canonical
 * spelling (NRM-06). Pure; never throws. Numbers stay exact decimal strings (big.js), never floats.
 */
import Big from 'big.js';
import { dateFormatKind } from './excel-date';
import type { Grade, Op, ParsedValue } from './types';
import { normaliseText, toHalfWidth } from './text';
import { parseUnitText, unitClass } from './units';
import { chineseSpelling } from './value-words';
import { CANONICAL_SYMBOLS, CHINESE_HUNDREDS, MIXED_OP, NUM, canonNumber, readOp, type Read } from './value-read';
import { dateText, readDate, serialToIso } from './value-date';
import { readRange } from './value-range';
import { chainedBounds } from './value-chain';
import { intervalBounds } from './value-interval';
import { respellPhrases } from './value-phrases';
import { chineseNumber, rateWord } from './value-numerals';
import { asTimeWords } from './value-time';
import { asMeasureWords } from './value-measure';
import { withoutExponent } from './value-exponent';
import { withoutIncluded } from './value-op-note';
import type { Measure } from './units';

export { serialToIso };

export interface ValueContext {
  /** 指标性质 / 计算符号 column: ≥ ≤ = …, or 正向/反向/定量/定性/不适用. */
  op?: string | null;
  /** 度量单位 / 计量单位 column. */
  unit?: string | null;
  /** The unit the column's header names (“指标值（%）”): given to a bare number when no unit column speaks. */
  headerUnit?: string | null;
  /** Excel number format of the cell ("0.00%", "yyyy-mm-dd"). */
  numFmt?: string | null;
  /** Accepted for callers' convenience; the parser does not guess ≤ for cost rows (the scorer does). */
  costRow?: boolean;
  /** 时效 row: a bare number in [20000, 80000] is an Excel date serial. */
  timeRow?: boolean;
  /** What the row's name measures (units.ts measureOf): “全覆盖” on a rate row is 100 %, “12月” on a 周期 row twelve months. */
  measure?: Measure;
}

export type CellInput = string | number | boolean | Date | null | undefined;

const RANGE = /^([^\d]*?)(?:-|~|—|–|―|至|到)[+-]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?(.*)$/s;
// Placeholders (VAL-01): *, **, XX, ___, N. Stars may touch digits ("20**年"); letters must stand alone ("NaN", "3x4" are not).
const PH = /(?<![A-Za-z])[*＊]+(?![A-Za-z])|(?<![A-Za-z0-9])(?:[xX×]{1,4}|_+|N)(?![A-Za-z0-9])/;
const PH_ALL = new RegExp(PH.source, 'g');
const DASH_RUN = /(?<!\d)[-—–―]+(?!\d)/g;
const DASH_ONLY = /^[-—–―_~…·./\\|]+$/;
// Used per numeric cell: module level, as a literal inside a function is a new RegExp on every call.
const FORMAT_LITERALS = /"[^"]*"|\\./g;
const SPACES = /\s+/g;
const CURRENCY = /^[¥￥]/;
const SPACED_THOUSANDS = /(?<![\d.,])(\d{1,3})((?:[ \u00a0\u2009\u202f]\d{3})+)(?!\d|\s+\d)/g;
const PERCENT_UNIT = /^(%|百分比|百分号)$/;
const HUNDREDS = /^[零〇一二两三四五六七八九十]*[百千]/;
// Word operators that compare (不低于, 不超过…), not 达到 / 等于, which also start plain sentences (“达到预期目标”).
const COMPARING_WORD = /^(?:不低于|不少于|不小于|不高于|不超过|不多于|不大于|至少|至多)/;

// ---------- dates ----------

// ---------- quantities ----------

/** The quantity a text reads as, or null (a range's bounds). */
function quantRead(s: string): Read | null {
  const q = readQuant(s);
  return q && q.kind === 'quant' ? q.read : null;
}

type QuantRead = { kind: 'quant'; read: Read } | { kind: 'opText'; op: Op } | null;

/** op? 百分之? number? unit? postfix? — whitespace allowed between parts, not inside the number. */
function readQuant(t: string): QuantRead {
  let s = t.trim();
  const changes: string[] = [];
  let op: Op | null = null;
  let word = false;
  // “控制在320万元以内”, “保持在98%以上”: the verb frames the bound; 以内/以上 after the number say which.
  const frame = /^(控制在|保持在|维持在)/.exec(s);
  if (frame) {
    s = s.slice(frame[0].length).trimStart();
    changes.push('word-op');
  }
  const o = frame ? null : readOp(s);
  if (o) {
    op = o.op;
    word = o.word;
    s = s.slice(o.len).trimStart();
    if (word) changes.push('word-op');
    else if (!CANONICAL_SYMBOLS.has(o.symbol)) changes.push(...(/[≥≤]/.test(o.symbol) && /[^≥≤\s]/.test(o.symbol) ? ['op-symbol', MIXED_OP] : ['op-symbol']));
  }
  // 百分之五 / 千分之0.8 / 万分之三: a rate in %, ‰ or ‱, its number in digits or Chinese numerals.
  const rw = rateWord(s);
  const percentWord = rw !== null;
  if (rw) {
    s = rw.text;
    changes.push('percent-word');
  }
  let m = NUM.exec(s);
  // “三个”, “≥两次”, “不少于十二场”: a number in Chinese numerals, only before a unit of its own (not “一流”, “一次性”).
  const cn = m || rw ? null : chineseCount(s);
  if (cn) {
    changes.push(...(HUNDREDS.test(s) ? ['chinese-numeral', CHINESE_HUNDREDS] : ['chinese-numeral']));
    s = cn;
    m = NUM.exec(s);
  }
  if (!m) {
    // "达到预期目标", "控制在预算以内": words, not a quantity. “不低于上年” is text with its operator, as “≥上年” is (VAL-02 either way).
    if (word && op !== null && !percentWord && !frame && COMPARING_WORD.test(t.trim()) && s !== '') return { kind: 'opText', op };
    if (percentWord || op === null || word || frame) return null;
    const u = s === '' ? null : parseUnitText(s);
    // “≥ 万元” lacks its number; “≤预算数”, “≥上年”, “≥良好” are text with an operator (VAL-02 either way), not a unit.
    if (s === '' || (u && u.unit !== null && u.postfix === null && unitClass(u.unit) !== 'other' && !u.changes.includes('count-noun'))) {
      const read: Read = {
        op,
        opWritten: true,
        number: null,
        unit: u ? u.unit : null,
        rawUnit: u ? u.rawUnit : null,
        date: null,
        range: false,
        changes: changes.concat(u ? u.changes : []),
      };
      return { kind: 'quant', read };
    }
    return { kind: 'opText', op };
  }
  if (/[,，]/.test(m[0])) changes.push('thousands');
  const number = canonNumber(m[0]);
  let rest = s.slice(m[0].length).replace(/\s+/g, '');
  let range = false;
  const r = RANGE.exec(rest);
  if (r) {
    range = true;
    rest = r[1] || r[2];
  }
  const u = rest === '' ? null : parseUnitText(rest);
  if (rest !== '' && !u) return null;
  let unit = u ? u.unit : null;
  if (rw) {
    if (unit !== null && unit !== rw.unit) return null;
    unit = rw.unit;
  }
  if (u) changes.push(...u.changes);
  const postfix = u ? u.postfix : null;
  if (op && postfix && op !== postfix) changes.push('op-conflict:' + postfix);
  // 控制在 alone caps the value (“控制在48万元” reads as ≤ 48万元).
  const finalOp = op ?? postfix ?? (range ? '≥' : frame?.[0] === '控制在' ? '≤' : null);
  const read: Read = {
    op: finalOp,
    opWritten: finalOp !== null,
    number,
    unit,
    rawUnit: u ? u.rawUnit : null,
    date: null,
    range,
    changes,
  };
  return { kind: 'quant', read };
}

/** “三个以上” → “3个以上” when the numeral is followed by a known unit (postfix allowed); else null. */
function chineseCount(s: string): string | null {
  const n = chineseNumber(s);
  if (!n) return null;
  const rest = s.slice(n.len).replace(/\s+/g, '');
  const u = rest === '' ? null : parseUnitText(rest);
  const cls = u?.unit ? unitClass(u.unit) : null;
  if (!u || !u.unit || u.changes.includes('count-noun') || cls === null || cls === 'other' || cls === 'percent' || cls === 'money') return null;
  return n.digits + rest;
}

// ---------- ranges ----------

// ---------- grades and context ----------

const GRADES: [RegExp, Grade][] = [
  [/^(未|没有|没)(达成|完成|达到)(年度|预期)?(指标|目标)?值?(且?效果较差)?$/, '未达成'],
  [/^(部分|基本)(达成|完成|达到)(年度|预期)?(指标|目标)?值?(并?具有一定效果)?$/, '部分达成'],
  [/^(已经?)?(全部|全面|圆满|按期|按时|如期|顺利)?(达成|完成|达到)(年度|预期)?(指标|目标)?值?$/, '达成'],
];

export function gradeOf(c: string): Grade | null {
  const s = c.replace(/[，,、。.；;！!：:\s]/g, '');
  for (const [re, g] of GRADES) if (re.test(s)) return g;
  return null;
}

function columnOp(text: string | null | undefined): Op | 'na' | null {
  if (!text) return null;
  const s = withoutIncluded(toHalfWidth(normaliseText(String(text))).replace(/\s+/g, ''));
  if (/不适用/.test(s)) return 'na';
  const o = readOp(s);
  return o && o.len === s.length ? o.op : null; // 正向/反向/定量/定性: a nature, not an operator
}

function columnUnit(text: string | null | undefined): { unit: string; changes: string[] } | 'bad' | null {
  if (text === null || text === undefined) return null;
  const s = toHalfWidth(normaliseText(String(text)));
  if (s === '') return null;
  // Excel serials leak into the unit column (乌海 "44,561"); placeholders are not units either.
  if (/^[\d,，.\s]+$/.test(s) || PH.test(s)) return 'bad';
  const u = parseUnitText(s);
  if (!u || u.unit === null) return 'bad';
  // Only a unit that reads back as one after a number ("不适用" does not) may be attached to the value.
  const probe = parseText('1' + u.unit);
  if (probe.kind !== 'quantitative' || probe.unit !== u.unit || !probe.opImplicit || probe.notApplicable) return 'bad';
  return { unit: u.unit, changes: u.changes.filter((c) => c !== 'postfix-op') };
}

// ---------- assembling ----------

function blank(raw: string): ParsedValue {
  // prettier-ignore
  return {
    raw, kind: 'missing', op: null, opImplicit: false, number: null, value: null, unit: null, rawUnit: null,
    date: null, placeholder: false, range: false, notApplicable: false, grade: null, changes: [],
  };
}

function fromRead(raw: string, r: Read, changes: string[]): ParsedValue {
  const p = blank(raw);
  p.kind = 'quantitative';
  // A number written with no operator (“1个”, “100%”) means exactly that: op “=”, marked implicit
  // (docs/contracts.md §3; VAL-11 and the scorer — cost rows score as ≤ — look at opImplicit).
  p.op = r.op ?? (r.number !== null ? '=' : null);
  p.opImplicit = !r.opWritten;
  p.number = r.number;
  p.value = r.number === null ? null : toJsNumber(r.number);
  p.unit = r.unit;
  p.rawUnit = r.rawUnit;
  p.date = r.date;
  p.range = r.range;
  if (r.upper !== undefined) p.upper = r.upper;
  p.changes = changes.concat(r.changes);
  return p;
}

function toJsNumber(n: string): number | null {
  const v = Number(n);
  return Number.isFinite(v) ? v : null;
}

function asSerialDate(p: ParsedValue, ctx: ValueContext): void {
  if (!ctx.timeRow || p.kind !== 'quantitative' || p.number === null || p.unit !== null || p.range) return;
  const b = new Big(p.number);
  if (b.lt(20000) || b.gt(80000)) return;
  p.date = serialToIso(Number(b.round(0, Big.roundDown).toFixed()));
  p.unit = 'date';
  p.number = null;
  p.value = null;
  if (p.opImplicit) p.op = '≤';
  p.changes.push('serial-date');
}

/** “2024.12”, “2024.9” on a 时效 row: a month (YYYY.MM), not the number 2024.12. */
function asDottedMonth(p: ParsedValue, ctx: ValueContext): void {
  if (!ctx.timeRow || p.kind !== 'quantitative' || p.unit !== null || p.range) return;
  const m = /^\s*(\d{4})\s*[.．]\s*(\d{1,2})\s*$/.exec(p.raw);
  if (!m || +m[1] < 1900 || +m[1] > 2199 || +m[2] < 1 || +m[2] > 12) return;
  p.date = `${m[1]}-${m[2].padStart(2, '0')}`;
  p.unit = 'date';
  p.number = null;
  p.value = null;
  if (p.opImplicit) p.op = '≤';
  p.changes.push('dotted-month');
}

function bareOpKeeps(unit: string): boolean {
  const q = parseText('≥' + unit);
  return q.kind === 'quantitative' && q.unit === unit;
}

function applyContext(p: ParsedValue, ctx: ValueContext, fromText: boolean): void {
  const cu = columnUnit(ctx.unit);
  if (cu === 'bad') p.changes.push('unit-column-ignored');
  else if (cu && p.kind === 'quantitative' && p.unit !== 'date') {
    if (p.unit === null) {
      // A bare operator (“≥”, its number missing) takes the column's unit only if “≥unit” reads back as that
      // unit: “≥截至” does not, and the value written back would change kind.
      if (p.number !== null || bareOpKeeps(cu.unit)) {
        p.unit = cu.unit;
        p.rawUnit = String(ctx.unit).trim();
        p.changes.push(...cu.changes);
      }
    } else {
      // The form has a unit column, yet the value cell carries a unit too (乌海, 岳阳楼).
      if (fromText) p.changes.push('unit-in-number');
      if (p.unit !== cu.unit) p.changes.push('unit-conflict:' + cu.unit);
    }
  } else if (cu && p.kind === 'qualitative') {
    p.changes.push('unit-on-qualitative:' + cu.unit);
  } else if (!cu && ctx.headerUnit && p.kind === 'quantitative' && p.unit === null && p.number !== null) {
    p.unit = ctx.headerUnit;
    p.rawUnit = ctx.headerUnit;
    p.changes.push('unit-from-header');
  }
  const co = columnOp(ctx.op);
  if (co === 'na') p.notApplicable = true;
  else if (co && p.kind === 'quantitative') {
    // A "=" column on a deadline is the form's default, not a claim that the date must be hit exactly.
    if (p.unit === 'date' && co === '=') return;
    if (p.opImplicit) {
      p.op = co;
      p.opImplicit = false;
    } else if (p.op !== co) {
      p.changes.push('op-conflict:' + co);
    }
  }
}

function halfWidthValue(s: string): string {
  return toHalfWidth(s)
    .replace(/[～〜]/g, '~')
    .replace(/﹪/g, '%')
    .replace(/\u2212/g, '-');
}

function parseText(raw: string): ParsedValue {
  const t0 = normaliseText(raw);
  const p = blank(raw);
  if (t0 === '') return p;
  const changes: string[] = [];
  if (t0 !== raw) changes.push('space');
  const t1w = halfWidthValue(t0);
  if (t1w !== t0) changes.push('fullwidth');
  // “100 000 yuan”, “3 000人”: digits grouped by spaces are one number.
  const t1h = t1w.replace(SPACED_THOUSANDS, (_, a: string, b: string) => a + b.replace(/\D/g, ''));
  if (t1h !== t1w) changes.push('thousands');
  // "不少於90%", "at least 90 persons": read as their Chinese spelling.
  const spelled = chineseSpelling(withoutExponent(t1h, changes)); // “1e2” as Excel reads it (value-exponent.ts)
  changes.push(...spelled.changes);
  // “较上年增长5%”, “每年1次”, “≥90%（含）”, “年底前”: respelled in the grammar below.
  const c0 = spelled.text.replace(/\s+/g, '');
  const phrased = respellPhrases(c0);
  const t1 = phrased.text === c0 ? spelled.text : phrased.text;
  changes.push(...phrased.changes);
  const c = t1.replace(/\s+/g, '');

  if (/不适用/.test(c) || /^N\/?A$/i.test(c)) {
    p.kind = 'qualitative';
    p.notApplicable = true;
    p.changes = changes;
    return p;
  }
  const read = (s: string): Read | null => {
    const d = readDate(s);
    if (d) return d;
    const q = readQuant(s);
    return q && q.kind === 'quant' ? q.read : null;
  };

  // “90%≤x≤95%”: the x is the indicator between two bounds, not a placeholder (value-chain.ts); “[90%,95%]”, “95%±2%” (value-interval.ts).
  const chain = chainedBounds(c) ?? intervalBounds(c);
  const chained = chain === null ? null : readRange(chain, quantRead);
  if (chained) return fromRead(raw, chained, /\s/.test(t0) && !changes.includes('space') ? changes.concat('space') : changes);
  if (PH.test(c) || DASH_ONLY.test(c)) {
    const withoutPh = read(c.replace(PH_ALL, ''));
    if (withoutPh && (withoutPh.number !== null || withoutPh.date !== null)) {
      const q = fromRead(raw, withoutPh, changes);
      q.placeholder = true;
      return q;
    }
    // Each run stands for up to 4 digits: "20**年**月**日前" reads as 2011年11月11日前.
    return placeholder(p, read(c.replace(PH_ALL, (r) => '1'.repeat(Math.min(r.length, 4)))), changes);
  }
  // Dashes stand for a number only where the cell does not read without them ("≥-%", "--人").
  const dashed = c.replace(DASH_RUN, '1');
  if (dashed !== c && !read(c)) {
    const r = read(dashed);
    if (r) return placeholder(p, r, changes);
  }

  // The canonical spelling has no spaces, so any left between op, number and unit are dropped.
  const quantChanges = /\s/.test(t0) && !changes.includes('space') ? changes.concat('space') : changes;
  const d = readDate(c);
  if (d) return fromRead(raw, d, quantChanges);
  const rg = readRange(c, quantRead);
  if (rg) return fromRead(raw, rg, quantChanges);
  const q = readQuant(t1);
  if (q && q.kind === 'quant') {
    if (phrased.strict && q.read.opWritten) q.read.op = q.read.op === '≥' ? '>' : q.read.op === '≤' ? '<' : q.read.op;
    const v = fromRead(raw, q.read, quantChanges);
    if (v.opImplicit && v.unit === null && v.number !== null && !v.range) v.changes.push('text-number');
    return v;
  }
  p.kind = 'qualitative';
  p.changes = changes;
  if (q && q.kind === 'opText') p.op = q.op;
  p.grade = gradeOf(c);
  return p;
}

function placeholder(p: ParsedValue, shape: Read | null, changes: string[]): ParsedValue {
  p.placeholder = true;
  p.changes = changes;
  if (shape) {
    p.op = shape.op;
    p.opImplicit = !shape.opWritten;
    p.unit = shape.unit;
    p.rawUnit = shape.rawUnit;
  }
  return p;
}

function parseNumber(n: number, ctx: ValueContext): ParsedValue {
  if (!Number.isFinite(n)) return blank('');
  const raw = String(n);
  const fmt = ctx.numFmt ? ctx.numFmt.replace(FORMAT_LITERALS, '') : '';
  let number = canonNumber(String(n));
  let unit: string | null = null;
  const changes: string[] = [];
  if (fmt.includes('%')) {
    // Excel stores 100% as 1.
    number = canonNumber(new Big(number).times(100).toFixed());
    unit = '%';
    changes.push('percent-format');
  } else if (n >= 20000 && n <= 80000 && (ctx.timeRow || dateFormatKind(ctx.numFmt) === 'date')) {
    const r: Read = {
      op: '≤',
      opWritten: false,
      number: null,
      unit: 'date',
      rawUnit: null,
      date: serialToIso(n),
      range: false,
      changes: ['serial-date'],
    };
    return fromRead(raw, r, []);
  }
  return fromRead(raw, { op: null, opWritten: false, number, unit, rawUnit: null, date: null, range: false, changes }, []);
}

function parseDate(d: Date): ParsedValue {
  if (Number.isNaN(d.getTime())) return blank('');
  const y = d.getUTCFullYear();
  if (y < 1900 || y > 2199) {
    // Not a plausible deadline; keep it readable as text (text dates accept 1900–2199 only).
    const p = blank(`${y}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`);
    p.kind = 'qualitative';
    return p;
  }
  const iso = d.toISOString().slice(0, 10);
  const r: Read = {
    op: '≤',
    opWritten: false,
    number: null,
    unit: 'date',
    rawUnit: null,
    date: iso,
    range: false,
    changes: ['date-cell'],
  };
  return fromRead(iso, r, []);
}

// Parsed text values, by context and then by the cell's text: the text is looked up as it is (its
// hash is cached), not joined into a fresh key string for every cell. Bounded.
const memo = new Map<string, Map<string, ParsedValue>>();
let memoSize = 0;

function contextKey(c: ValueContext): string {
  if (!c.op && !c.unit && !c.numFmt && !c.headerUnit) return PLAIN_KEYS[c.measure ?? 'none'][(c.costRow ? 2 : 0) + (c.timeRow ? 1 : 0)];
  return keyOf(c);
}

function keyOf(c: ValueContext): string {
  return `${c.op ?? ''}\u0000${c.unit ?? ''}\u0000${c.numFmt ?? ''}\u0000${c.costRow ? 1 : 0}${c.timeRow ? 1 : 0}${c.headerUnit ? '\u0000' + c.headerUnit : ''}${c.measure ? '\u0001' + c.measure : ''}`;
}

// Most cells have no op, unit or format columns: their keys (cost row, time row, what the name measures) are spelled once.
const PLAIN_KEYS = Object.fromEntries(
  (['none', 'rate', 'harmRate', 'harmCount', 'span'] as const).map((m) => [
    m,
    [0, 1, 2, 3].map((k) => keyOf({ costRow: k >= 2, timeRow: k % 2 === 1, measure: m === 'none' ? null : m })),
  ]),
) as Record<Exclude<Measure, null> | 'none', string[]>;

/**
 * Parse a 指标值 / 实际完成值 cell. Never throws; unknown input is 'missing'.
 * Parsing is pure, and real sheets repeat the same few hundred spellings: parsed text values
 * are memoised (bounded) and shared, so callers must not mutate what they get.
 */
export function parseValue(input: CellInput, ctx: ValueContext = {}): ParsedValue {
  if (typeof input !== 'string') return parseValueUncached(input, ctx);
  const key = contextKey(ctx ?? {});
  let byText = memo.get(key);
  const hit = byText?.get(input);
  if (hit) return hit;
  const p = parseValueUncached(input, ctx);
  if (memoSize > 20000) {
    memo.clear();
    memoSize = 0;
    byText = undefined;
  }
  if (!byText) memo.set(key, (byText = new Map()));
  byText.set(input, p);
  memoSize++;
  return p;
}

function parseValueUncached(input: CellInput, ctx: ValueContext = {}): ParsedValue {
  try {
    const c = ctx ?? {};
    let p: ParsedValue;
    if (input === null || input === undefined) p = blank('');
    else if (typeof input === 'number') p = parseNumber(input, c);
    else if (typeof input === 'boolean') {
      p = blank(input ? 'TRUE' : 'FALSE');
      p.kind = 'qualitative';
    } else if (input instanceof Date) p = parseDate(input);
    else p = parseText(String(input));
    if (typeof input === 'string') {
      asSerialDate(p, c);
      asDottedMonth(p, c);
      if (c.timeRow) asTimeWords(p, c.measure === 'span');
      if (c.measure) asMeasureWords(p, c.measure);
    }
    applyContext(p, c, typeof input === 'string');
    return p;
  } catch {
    const p = blank(typeof input === 'string' ? input : '');
    p.kind = p.raw.trim() === '' ? 'missing' : 'qualitative';
    return p;
  }
}

/** Canonical spelling (NRM-06): op (omitted when implicit) + number + unit, no spaces; text → normaliseText(raw). */
export function formatValue(p: ParsedValue): string {
  if (p.kind !== 'quantitative') return normaliseText(p.raw);
  const op = p.opImplicit || !p.op ? '' : p.op;
  if (p.unit === 'date' && p.date) return op + dateText(p.date);
  // A strict low bound (“>0且<1”) cannot be written as a dash range: it keeps its operator.
  if (p.upper !== undefined) return `${p.op === '>' ? '>' : ''}${p.number}${p.unit ?? ''}${p.op === '>' ? '且≤' : '-'}${p.upper}${p.unit ?? ''}`;
  return op + (p.number ?? '') + (p.unit ?? '');
}

export interface Amount {
  number: string | null;
  value: number | null;
  unit: string | null;
  percent: boolean;
}

const AMOUNT_UNITS = /^(万元|元|亿元|千元|%|百分比|百分号)?$/;

/** Money / count / percent cells of the funds block: 500, "500.00", "620.82万元", "1,234.5", "100.00%". "/" or "—" → null. */
export function parseAmount(input: CellInput, numFmt?: string | null): Amount {
  const none: Amount = { number: null, value: null, unit: null, percent: false };
  try {
    if (typeof input === 'number') {
      if (!Number.isFinite(input)) return none;
      const f = numFmt ? numFmt.replace(FORMAT_LITERALS, '') : '';
      const percent = f.includes('%');
      const base = canonNumber(String(input));
      const number = percent ? canonNumber(new Big(base).times(100).toFixed()) : base;
      return { number, value: toJsNumber(number), unit: percent ? '%' : null, percent };
    }
    if (typeof input !== 'string') return none;
    const s = halfWidthValue(normaliseText(input)).replace(SPACES, '').replace(CURRENCY, '');
    const m = NUM.exec(s);
    if (!m) return none;
    const tail = s.slice(m[0].length);
    if (!AMOUNT_UNITS.test(tail)) return none;
    const unit = tail === '' ? null : PERCENT_UNIT.test(tail) ? '%' : tail;
    const number = canonNumber(m[0]);
    return { number, value: toJsNumber(number), unit, percent: unit === '%' };
  } catch {
    return none;
  }
}
