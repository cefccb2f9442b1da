/**
 * Units and indicator-name classes (docs/domain.md §8.1), used by VAL-03/04/06/08/09.
 * Pure lookups; the lists come from the seed, the real tables and the §7 indicator library.
 */
import { readOp } from './value-read';
import type { Op } from './types';
import { memoise } from './memo';
import { canonicalName, normaliseText, toHalfWidth } from './text';
import { chineseUnit } from './value-words';

export type UnitClass = 'percent' | 'persons' | 'personTimes' | 'occurrences' | 'count' | 'money' | 'rateMoney' | 'time' | 'date' | 'other';

export type NameClass = 'percent' | 'satisfaction' | 'growth' | 'persons' | 'personTimes' | 'occurrences' | 'money' | 'rateMoney' | 'time' | 'count' | null;

const UNIT_LIST: Record<Exclude<UnitClass, 'rateMoney' | 'other'>, string[]> = {
  percent: ['%', '‰', '‱', '个百分点', '百分点'], // ‰, ‱: rates of rare events (受害率, 死亡率) are published per mille
  persons: ['人', '名', '位', '万人', '千人'],
  personTimes: ['人次', '万人次'],
  occurrences: ['次', '场', '期', '班', '班次', '场次', '轮', '批次', '届', '回'],
  count: [
    '个',
    '项',
    '家',
    '台',
    '套',
    '件',
    '所',
    '篇',
    '份',
    '册',
    '条',
    '门',
    '批',
    '间',
    '平方米',
    '辆',
    '处',
    '座',
    '本',
    '张',
    '部',
    '株',
    '棵',
    '亩',
    '公顷',
    '公里',
    '平方公里',
    '千米',
    '米',
    '延米',
    '立方米',
    '吨',
    '千克',
    '公斤',
    '户',
    '只',
    '头',
    '课时',
    '学时',
    '种',
    '类',
    '栋',
    '幢',
    '块',
    '组',
    '支',
    '队',
    '村',
    '校',
    '节',
    '首',
    '集',
    '架',
    '盏',
    '口',
    '万册',
    '万字',
    '篇次',
    '万平方米',
    '万立方米',
    '平方千米',
    '万亩',
    '万吨',
    '万户',
    '万件',
    '万台',
    '万个',
    '千瓦',
    '千瓦时',
    '万千瓦',
    '万千瓦时',
    '兆瓦',
  ],
  money: ['元', '万元', '亿元', '千元', '百万元'],
  time: ['天', '日', '个月', '月', '年', '小时', '工作日', '个工作日', '分钟', '周', '季度', '学期', '学年', '秒'],
  date: ['date'],
};

const UNIT_CLASS = new Map<string, UnitClass>();
for (let i = 0, list = Object.entries(UNIT_LIST); i < list.length; i++) {
  const cls = list[i][0],
    units = list[i][1];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    UNIT_CLASS.set(u, cls as UnitClass);
  }
}

/** Spellings that mean a known unit; the change code goes to ParsedValue.changes. */
const ALIASES: [RegExp, string, string | null][] = [
  [/^(百分比|百分号|pct|﹪)$/i, '%', 'percent-word'],
  [/^人[/·•・*]次$/, '人次', 'unit-alias'],
  [/^(㎡|m2|m²)$/i, '平方米', 'unit-alias'],
];

// Measure words tried as a prefix of a longer unit text ("条数据" → 条, "家企业" → 家), longest
// first so 人次 beats 人. Time and money units are left out: "2023年现代职业" is text, not 2023 年.
const NOUN_CLASSES = new Set<UnitClass>(['percent', 'persons', 'personTimes', 'occurrences', 'count']);
const PREFIXES = [...UNIT_CLASS.keys()]
  .filter((u) => NOUN_CLASSES.has(UNIT_CLASS.get(u) as UnitClass))
  .concat(['百分比', '百分号'])
  .sort((a, b) => b.length - a.length);

const KNOWN_PREFIXES = [...UNIT_CLASS.keys()].filter((u) => u !== 'date');

// A bracketed note after a unit: the last bracket pair, closing the text.
const UNIT_NOTE = /^(.+?)[(（]([^()（）]+)[)）]$/;

// A short noun after a measure word ("家企业", "条数据", "%的学生", "个村(社区)").
const NOUN_TAIL = /^[\p{Script=Han}（）()“”]{1,6}$/u;
// An unknown unit must look like one: up to 3 CJK characters ("千瓦时") or a short Latin symbol ("kWh").
const UNKNOWN_UNIT = /^(?:[\p{Script=Han}·]{1,3}|[A-Za-z/·%²³°℃‰‱]{1,6})$/u;
const RATE_UNIT = /^[\p{L}/·%²³]{2,10}$/u;
const PER_WORDS = /^((?:(?!每)[\p{Script=Han}A-Za-z]){1,2})((?:每(?:(?!每)[\p{Script=Han}A-Za-z]){1,2}){1,2})$/u;

/**
 * A rate unit ("元/人·天", "次/年") in one spelling: the dot between denominators as ·, whatever
 * was typed (• ・ ∙ ⋅ .), brackets around the denominator dropped, "元每人每天" as 元/人·天.
 * Null when the text is not a rate.
 */
function rateUnit(rest: string): string | null {
  const per = PER_WORDS.exec(rest);
  if (per) return `${per[1]}/${per[2].slice(1).split('每').join('·')}`;
  if (!rest.includes('/')) return null;
  return rest.replace(/[•・∙⋅.]/g, '·').replace(/\/[（(]([^（）()]+)[)）]$/, '/$1');
}
// A range connector closing the text or before a number (“0至”, “个到十个”): the range's high bound, never part of a unit.
// A word that only starts with 到 (“到位”, “到户”) is a noun after a measure word, not a connector.
const CONNECTOR = /[至到\-~—–―～〜－](?=$|[\d零〇一二两三四五六七八九十百千万])/;

const POSTFIX: [RegExp, Op][] = [
  [/(及以上|以上)$/, '≥'],
  [/(及以下|以下|以内|之内|内)$/, '≤'],
];

export interface UnitText {
  /** Canonical unit, or null when the text was only a postfix ("以上"). */
  unit: string | null;
  /** The unit as written, postfix removed. */
  rawUnit: string | null;
  /** 以上 → ≥, 以下/以内 → ≤ (民法典 1259: both include the number). */
  postfix: Op | null;
  changes: string[];
}

function aliasOf(u: string): [string, string | null] | null {
  for (let i = 0; i < ALIASES.length; i++) {
    const re = ALIASES[i][0],
      unit = ALIASES[i][1],
      change = ALIASES[i][2];
    if (re.test(u)) return [unit, change];
  }
  return null;
}

/**
 * Reads the text after a number ("条数据", "%以上", " 万元"): postfix operator, then the unit.
 * Returns null when the text does not look like a unit (then the caller treats the cell as text).
 */
export function parseUnitText(text: string): UnitText | null {
  const spelled = chineseUnit(toHalfWidth(normaliseText(text)));
  let rest = spelled.text.replace(/\s+/g, '');
  let postfix: Op | null = null;
  const changes: string[] = spelled.changes.length ? [...spelled.changes] : [];
  for (let again = true; again;) {
    again = false;
    for (let i = 0; i < POSTFIX.length; i++) {
      const re = POSTFIX[i][0],
        op = POSTFIX[i][1];
      const m = re.exec(rest);
      // "内" alone is a postfix only after a unit ("3个月内"), not as the whole text.
      if (m && (m[0] !== '内' || rest.length > 1)) {
        postfix = postfix ?? op;
        rest = rest.slice(0, m.index);
        again = true;
      }
    }
  }
  if (postfix) changes.push('postfix-op');
  if (CONNECTOR.test(rest)) return null;
  if (rest === '') return { unit: null, rawUnit: null, postfix, changes };
  const rawUnit = rest;
  const alias = aliasOf(rest);
  if (alias) {
    if (alias[1]) changes.push(alias[1]);
    return { unit: alias[0], rawUnit, postfix, changes };
  }
  if (rest === 'date') return null;
  if (UNIT_CLASS.has(rest)) return { unit: rest, rawUnit, postfix, changes };
  const rate = rateUnit(rest);
  if (rate && RATE_UNIT.test(rate)) return { unit: rate, rawUnit, postfix, changes };
  // “台(套)”, “个（项）”: a unit and its alternative in brackets, both counting alike, are one unit. It is compared as the first
  // (Excel's score formula reads the actual without its bracket, then the target's unit), and written as it is ('unit-note').
  const alt = alternatives(rest);
  if (alt) return { unit: alt[0], rawUnit, postfix, changes: [...changes, 'unit-note'] };
  for (let i = 0, list = rate ? [] : PREFIXES; i < list.length; i++) {
    const p = list[i];
    if (rest.startsWith(p) && NOUN_TAIL.test(rest.slice(p.length))) {
      changes.push('count-noun');
      const a = aliasOf(p);
      if (a && a[1]) changes.push(a[1]);
      return { unit: a ? a[0] : p, rawUnit, postfix, changes };
    }
  }
  // “420万元（全年）”, “3台(套)(含备用)”: a note in brackets after a unit keeps the unit (the words stay in the cell).
  const note = UNIT_NOTE.exec(rest);
  if (note) {
    const inner = parseUnitText(note[1]);
    if (inner?.unit && !inner.postfix) return { unit: inner.unit, rawUnit, postfix, changes: [...changes, ...inner.changes, 'unit-note'] };
  }
  // A rate unit (“元/人”) is whole only with its note taken off (“元/人（年）”): anything else after it is text.
  if (rate) return null;
  // "天完成", "月底前", "元补助": a known unit glued to words is text, not a new unit.
  if (KNOWN_PREFIXES.some((p) => rest.startsWith(p))) return null;
  // “至少”, “不高于”: an operator's word after a number is no unit (“2024至少” is text).
  if (readOp(rest)?.word) return null;
  return UNKNOWN_UNIT.test(rest) ? { unit: rest, rawUnit, postfix, changes } : null;
}

const ALTERNATIVE = /^([^()（）]+)[(（]([^()（）]+)[)）]$/;

/** “台(套)” → [台, 套]: a known unit and another of the same class in brackets after it; else null. */
export function alternatives(unit: string): [string, string] | null {
  const m = ALTERNATIVE.exec(unit);
  if (!m) return null;
  const a = UNIT_CLASS.get(m[1]);
  return a && a !== 'date' && a === UNIT_CLASS.get(m[2]) ? [m[1], m[2]] : null;
}

/** Class of a unit; accepts canonical or raw spellings ("百分号", "人/次"). */
export function unitClass(unit: string | null): UnitClass | null {
  if (unit === null || unit === undefined) return null;
  return unitClassMemo(unit);
}

const unitClassMemo = memoise(unitClassUncached);

function unitClassUncached(unit: string): UnitClass | null {
  const parsed = parseUnitText(unit);
  const u = parsed?.unit ?? toHalfWidth(normaliseText(unit)).replace(/\s+/g, '');
  if (u === '') return null;
  const known = UNIT_CLASS.get(u);
  if (known) return known;
  const slash = u.indexOf('/');
  if (slash > 0) {
    const head = UNIT_CLASS.get(u.slice(0, slash));
    // 元/人, 万元/人 are per-unit money; 次/年 is a frequency, classed by its head.
    if (head === 'money') return 'rateMoney';
    if (head) return head;
  }
  return 'other';
}

// Ordered: the first rule whose suffix matches wins ("补助资金发放及时率" is a rate, not money).
const NAME_RULES: [RegExp, Exclude<NameClass, null>][] = [
  [/(增长率|增幅|增速|增长幅度|增长比例|下降率|降低率|下降幅度|降幅|提高率|提升率)$/, 'growth'],
  [/(满意度|满意率|认可度|认同度|满意程度|好评率)$/, 'satisfaction'],
  [/(率|比例|占比|比率|比重|百分比)$/, 'percent'],
  [/人次$/, 'personTimes'],
  [/(次数|场次|班次|期数|频次|批次|届数|轮次)$/, 'occurrences'],
  [/(人数|人员数量|人员数|人员|名额|人口|学生数|学员数|员工数)$/, 'persons'],
  [/(生均|人均|户均|亩均|单位|每人).*(成本|费用|金额|经费|支出|补助|标准|价格|投入)$/, 'rateMoney'],
  [/(单价|单位成本|(补助|资助|奖励|发放|收费|补贴)标准)$/, 'rateMoney'],
  [/(成本|金额|资金|费用|经费|投入|支出|总额|预算|补助|补贴|造价)$/, 'money'],
  [/(时间|时限|周期|期限|时长|工期|天数|日期|时效|时点|进度|年限|用时)$/, 'time'],
  [/(成本|金额|资金|费用|经费|预算)(控制|支出|总)?数$/, 'money'], // “成本控制数” (四川) is a sum of money, not a count
  [/(数量|个数|数|量|面积|长度|里程)$/, 'count'],
];

function stripName(name: string): { core: string; percentTag: boolean } {
  let core = canonicalName(name);
  let percentTag = false;
  // "工程质量达标率(%)", "足额保障率(参保率)": a trailing bracket is a gloss, not the name.
  for (let m = /[（(]([^（）()]*)[)）]$/.exec(core); m; m = /[（(]([^（）()]*)[)）]$/.exec(core)) {
    if (unitClass(m[1]) === 'percent') percentTag = true;
    core = core.slice(0, m.index);
  }
  if (core.length > 3 && core.endsWith('指标')) core = core.slice(0, -2);
  return { core, percentTag };
}

/** Expected value class of an indicator name (§8.1), or null when the name says nothing. */
export function nameClass(name: string): NameClass {
  if (typeof name !== 'string') return null;
  return nameClassMemo(name);
}

const nameClassMemo = memoise(nameClassUncached);

function nameClassUncached(name: string): NameClass {
  const { core, percentTag } = stripName(name);
  // “教育教学质量”, “工程质量”: 质量 ends in 量 but names a quality, not an amount.
  if (/质量$/.test(core)) return null;
  for (let i = 0; i < NAME_RULES.length; i++) {
    const re = NAME_RULES[i][0],
      cls = NAME_RULES[i][1];
    if (re.test(core)) return cls;
  }
  if (percentTag) return 'percent';
  // "合规性", "及时性": qualities, whatever words they contain.
  if (/性$/.test(core)) return null;
  if (/满意/.test(core)) return 'satisfaction';
  if (/(生均|人均|单位成本)/.test(core)) return 'rateMoney';
  if (/成本/.test(core)) return 'money'; // "成本控制" (seed project 2)
  return null;
}

/** VAL-08: may a value with this unit class stand for a name of this class? Unknown on either side → true. */
export function compatible(name: NameClass, unit: UnitClass | null): boolean {
  if (name === null || unit === null) return true;
  switch (name) {
    case 'percent':
    case 'satisfaction':
    case 'growth':
      return unit === 'percent'; // a rate is a %, whatever the unit dictionary called it
    case 'persons':
      return unit === 'persons' || unit === 'count' || unit === 'other'; // "=42个" for people is common
    case 'personTimes':
      return unit === 'personTimes' || unit === 'persons' || unit === 'other'; // 人 for 人次 is a loose spelling
    case 'occurrences':
      return unit === 'occurrences' || unit === 'count' || unit === 'other'; // "1个" 会议 is loose, not wrong
    case 'money':
      return unit === 'money' || unit === 'rateMoney' || unit === 'other'; // "补助金额 3300元/人" is legitimate
    case 'rateMoney':
      return unit === 'rateMoney' || unit === 'money' || unit === 'other'; // "出差单位成本 0 万元" states the per-unit sum
    case 'time':
      return unit === 'time' || unit === 'date' || unit === 'percent' || unit === 'other'; // 按期完成 as 100% is common
    case 'count':
      // objects may be counted in any count-like unit; a %, money or time is another quantity
      return unit !== 'percent' && unit !== 'money' && unit !== 'rateMoney' && unit !== 'time' && unit !== 'date';
  }
}

/** A cost-type name (money or per-unit money): reverse (≤) by nature, VAL-09. */
export function isCostName(name: string): boolean {
  const c = nameClass(name);
  return c === 'money' || c === 'rateMoney';
}

const NEGATIVE =
  /(超支|投诉|事故|差错|结余|失误|返工|误差|不合格|违规|违纪|违法|上访|信访|故障|流失|辍学|死亡|发病|空置|闲置|退回|失败|逾期|延误|延期|拖欠|漏报|错报|缺陷|隐患|损失|浪费|超标|污染|排放|能耗|积压|偏差)/;
// Acting on a bad thing is good: 投诉处理率, 隐患整改率, 能耗降低率, 排放达标率.
// A harm measured right at the end (森林火灾受害率, 火灾发生率, 发案率) is lower-is-better; the same
// word before a population (受灾群众补助发放率, 失业人员再就业率) is not, so only the tail counts.
const HARM_TAIL = /(受害|受灾|成灾|发生|发案|犯罪|伤亡|病死|致死|患病|感染|复发|破损|丢失|返贫|失业)(率|人数|次数|起数|面积|数)$/;
const FIXES =
  /(救助|救治|救援|重建|安置|修复|恢复|预警|破案|处理|办结|解决|整改|处置|回复|查处|排查|化解|消除|减少|降低|下降|控制|防控|防治|治理|满意|追回|收回|挽回|回收|达标|响应)/;

/** Names where lower is better (超支率, 投诉率, 事故数, …); cost names are separate (isCostName). */
export function isNegativeName(name: string): boolean {
  if (typeof name !== 'string') return false;
  return negativeMemo(name);
}

const negativeMemo = memoise((name) => {
  const core = stripName(name).core;
  return (NEGATIVE.test(core) || HARM_TAIL.test(core)) && !FIXES.test(core);
});

// “三公”经费控制率, 预算控制率, 支出变动率: spending over its budget or last year's — a cap, not a rate to raise.
const SPENDING_CAP = /(三公|经费|预算|支出|成本|费用|开支).*(控制|变动|增减|压减|压缩)(率|比例)$/;

/** A rate that caps spending (实际支出 ÷ 预算 ≤ 100%, 变动率 ≤ 0): “≤” is its natural operator. */
export function isSpendingCap(name: string): boolean {
  return typeof name === 'string' && SPENDING_CAP.test(stripName(name).core);
}

// Of those, the rates that hold spending to a level (控制率, 变动率); a 压减率 / 压缩率 is a cut to reach.
const CAP_RATE = /(控制|变动)(率|比例)$/;

/** A spending 控制率 / 变动率: “≥” on it points the wrong way (VAL-09). */
export function isSpendingCapRate(name: string): boolean {
  return isSpendingCap(name) && CAP_RATE.test(stripName(name).core);
}

/**
 * What a row's name measures, as far as words in its value cells depend on it (value-measure.ts, value-time.ts):
 * 'rate' (覆盖率: “全覆盖” is 100 %), 'harmRate' / 'harmCount' (事故发生率, 事故次数: “零事故” is 0),
 * 'span' (a length of time: 周期, 工期, 时长 — “12月” there is twelve months, elsewhere December). Null otherwise.
 */
export type Measure = 'rate' | 'harmRate' | 'harmCount' | 'span' | null;

// A length of time, not a point in it (“建设周期”, “服务期”); 时间 / 时限 / 日期 name a point or are left to the value.
const SPAN = /(周期|工期|时长|年限|用时|历时|天数|(?:服务|运行|质保|保修|维护|建设|实施|养护)期)$/;

export function measureOf(name: string): Measure {
  if (typeof name !== 'string' || name === '') return null;
  return measureMemo(name);
}

const measureMemo = memoise((name): Measure => {
  const c = nameClass(name);
  if (c === 'percent' || c === 'satisfaction' || c === 'growth') return isNegativeName(name) ? 'harmRate' : 'rate';
  if ((c === 'occurrences' || c === 'count' || c === 'persons') && isNegativeName(name)) return 'harmCount';
  if (SPAN.test(stripName(name).core)) return 'span';
  return null;
});

/** Names expecting a % value (rates, satisfaction, growth). */
export function isRateName(name: string): boolean {
  const c = nameClass(name);
  return c === 'percent' || c === 'satisfaction' || c === 'growth';
}

/**
 * The actual's unit counts in the target's: the same, or a count per year (“每年1次” → 次/年) and
 * the year's count (“2次”) — a self-evaluation covers one year.
 */
export function sameCount(actual: string | null, target: string | null): boolean {
  return actual === target || (actual !== null && target === `${actual}/年`);
}
