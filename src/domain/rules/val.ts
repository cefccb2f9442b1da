/** VAL: the 指标值 of each row (domain.md §5, §8). Most findings point at the 指标值 cell. */
import { memoise } from '../memo';
import { canonicalName } from '../text';
import { compatible, isCostName, isNegativeName, isRateName, nameClass, unitClass, type NameClass } from '../units';
import { formatValue } from '../value';
import type { IndicatorRow } from '../model';
import type { Op } from '../types';
import type { Rule } from './types';
import { cite } from './cite';
import { TIANJIN_2024_SEED } from './evidence';
import { CLASS_LABEL, CLASS_LABEL_EN, fixAt, nameOf, nameRaw, rawOf } from './util';


/** Classes whose name promises a number (VAL-04). */
const QUANTITY_CLASSES: NameClass[] = ['percent', 'satisfaction', 'growth', 'persons', 'personTimes', 'occurrences', 'money', 'rateMoney', 'count'];

// nameClass falls back to “contains 成本” → money; for VAL-04 a money name must end like one, or sit on a cost row
// (“对控制基建项目成本影响程度” under 生态效益 is a degree, not an amount).
const MONEY_END = /(成本|金额|资金|费用|经费|投入|支出|总额|预算|补助|补贴|造价|标准|单价|控制数)$/;

function quantityName(ind: IndicatorRow): Exclude<NameClass, null> | null {
  const c = nameClass(ind.level3);
  if (!c || !QUANTITY_CLASSES.includes(c)) return null;
  if ((c === 'money' || c === 'rateMoney') && !ind.cost && !MONEY_END.test(canonicalName(ind.level3))) return null;
  return c;
}

/** VAL-04 fires on this row: a quantity name with a qualitative value. */
function val04Applies(ind: IndicatorRow): boolean {
  const t = ind.target;
  return t.kind === 'qualitative' && !t.notApplicable && t.op === null && quantityName(ind) !== null;
}

const WRITTEN_OPS = (t: IndicatorRow['target']): Op | null => (t.op && !t.opImplicit ? t.op : null);

export const VAL01: Rule = {
  id: 'VAL-01',
  meta: {
    title: '指标值是占位符', titleEn: 'Placeholder in the target value',
    description: '模板里的占位符（*、**、XX、_、-）没有换成实际目标值。预算管理一体化系统通常也拒绝含 *、_、- 的指标值。',
    source: cite('VAL-01'), evidence: 'pmkpi “不符合规范” [P]；申报模板以 ** 作占位 [V]', severity: 'error', fixable: false,
    messages: { placeholder: '“{name}”的指标值“{raw}”是占位符，没有填写实际目标值' },
    messagesEn: { placeholder: 'The target of “{name}”, “{raw}”, is a placeholder, not a real value' },
  },
  create(ctx) {
    for (const ind of ctx.project.indicators) {
      if (!ind.target.placeholder) continue;
      ctx.report({ messageId: 'placeholder', data: { name: nameOf(ind), raw: rawOf(ind.target) }, ...ctx.valueCell(ind) });
    }
  },
};

const DIGIT = /\d/;
const COVERAGE = /覆盖率$/;
const OP_START = /^\s*(≥|≤|>=|<=|=>|=<|≧|≦|＞＝|＜＝|>|<|＞|＜|=|＝|大于|小于|不低于|不少于|不高于|不超过|至少|至多|等于)/;

export const VAL02: Rule = {
  id: 'VAL-02',
  meta: {
    title: '有比较符号没有数值', titleEn: 'Operator without a number',
    description: '指标值写了比较符号（≥、≤、不低于 …），却没有可识别的数值，如“≥ 万元”“≥上年”。定量指标值必须是数值。',
    source: cite('VAL-02'), evidence: 'pmkpi 数值正则“定量指标的指标值为数值！” [P]', severity: 'error', fixable: false,
    messages: { noNumber: '“{name}”的指标值“{raw}”有比较符号却没有数值' },
    messagesEn: { noNumber: 'The target of “{name}”, “{raw}”, has an operator but no number' },
  },
  create(ctx) {
    for (const ind of ctx.project.indicators) {
      const t = ind.target;
      if (t.placeholder || t.notApplicable || t.kind === 'missing') continue;
      const quantNoNumber = t.kind === 'quantitative' && t.number === null && t.unit !== 'date' && !t.opImplicit;
      const textWithOp = t.kind === 'qualitative' && (t.op !== null || (OP_START.test(rawOf(t)) && !DIGIT.test(rawOf(t))));
      if (quantNoNumber || textWithOp)
        ctx.report({ messageId: 'noNumber', data: { name: nameOf(ind), raw: rawOf(t) }, ...ctx.valueCell(ind) });
    }
  },
};

export const VAL03: Rule = {
  id: 'VAL-03',
  meta: {
    fix: 'suggest',
    title: '定量指标值缺少计量单位', titleEn: 'Quantitative value without a unit',
    description: '定量指标值只有数字没有计量单位（“≥95”）。比率、满意度类指标缺少“%”时为错误，数值为 1–100 时建议补上“%”（由用户确认后手工修改，不自动写入）。',
    source: cite('VAL-03'), evidence: 'pmkpi “计量单位为必录项” [P]', severity: 'warning', variants: { percent: 'error' }, fixable: true,
    messages: {
      noUnit: '“{name}”的指标值“{raw}”没有计量单位',
      noPercent: '“{name}”是{label}指标，指标值“{raw}”缺少“%”',
    },
    messagesEn: {
      noUnit: 'The target of “{name}”, “{raw}”, has no unit',
      noPercent: '“{name}” is {labelEn} indicator; its target “{raw}” lacks “%”',
    },
  },
  create(ctx) {
    const p = ctx.project;
    for (const ind of p.indicators) {
      const t = ind.target;
      if (t.kind !== 'quantitative' || t.number === null || t.unit !== null || t.placeholder) continue;
      const cls = nameClass(ind.level3);
      if (cls && isRateName(ind.level3)) {
        const n = t.value ?? NaN;
        // 95 on a rate can only mean 95 %; 0.95 or 1 might be a fraction, so no fix there.
        const safe = n > 1 && n <= 100 && !t.range;
        const fix = !safe ? undefined
          : p.columns.unit !== undefined ? { row: ind.row, col: p.columns.unit, value: '%' }
          : fixAt(ctx.valueCell(ind), formatValue({ ...t, unit: '%' }));
        ctx.report({ messageId: 'noPercent', variant: 'percent', data: { name: nameOf(ind), raw: rawOf(t), label: CLASS_LABEL[cls], labelEn: CLASS_LABEL_EN[cls] }, ...ctx.valueCell(ind), fix });
      } else {
        ctx.report({ messageId: 'noUnit', data: nameRaw(ind), ...ctx.valueCell(ind) });
      }
    }
  },
};

export const VAL04: Rule = {
  id: 'VAL-04',
  meta: {
    title: '数量型指标写成定性值', titleEn: 'Quantity-named indicator with a qualitative value',
    description: '名称表明是可计量的量（…率、比例、占比、人数、次数、数量、金额、成本、满意度），指标值却是文字（“覆盖度高”“符合规定”）。绩效目标应“尽量进行定量表述”。指标值类型列写“定量”而值是文字时同样提示。',
    source: cite('VAL-04'), evidence: '2011 “尽量进行定量表述” [V]；seed 项目 2 [V]', severity: 'warning', fixable: false,
    messages: {
      qualitative: '“{name}”是{label}指标，指标值“{raw}”不是数值',
      declared: '“{name}”的指标值类型为“定量”，指标值“{raw}”却不是数值',
    },
    messagesEn: {
      qualitative: '“{name}” is {labelEn} indicator, but its target “{raw}” is not a number',
      declared: '“{name}” is declared 定量 (quantitative), but its target “{raw}” is not a number',
    },
  },
  create(ctx) {
    for (const ind of ctx.project.indicators) {
      const t = ind.target;
      if (t.kind !== 'qualitative' || t.notApplicable || t.op !== null) continue;
      const cls = quantityName(ind);
      if (cls) ctx.report({ messageId: 'qualitative', data: { name: nameOf(ind), raw: rawOf(t), label: CLASS_LABEL[cls], labelEn: CLASS_LABEL_EN[cls] }, ...ctx.valueCell(ind) });
      else if (ind.valueType === '定量') ctx.report({ messageId: 'declared', data: nameRaw(ind), ...ctx.valueCell(ind) });
    }
  },
};

// Trend and degree words (domain.md §5.1) and the adverbs that go with them.
const VAGUE_END = /(提升|提高|增强|加强|明显|显著|持续|有效|全面|健全|完善|改善|高)$/;
const VAGUE_RULE = /^符合(相关|有关|国家|上级)?(规定|要求)$/;
// A grade, a standard or a measure makes the text assessable.
const GRADED = /(达到|达成|未|基本|部分|好|一般|差|优|良|合格|等级|档|级|分|标准|[0-9%])/;

/** True for a qualitative value that only names a trend or degree (“全面提升”, “覆盖度高”, “符合规定”). */
export function isBareTrend(text: string): boolean {
  return bareTrendMemo(text);
}

const bareTrendMemo = memoise((text) => {
  const s = canonicalName(text).replace(/[。.!！；;，,、\s]+$/g, '');
  if (!s) return false;
  if (VAGUE_RULE.test(s)) return true;
  return VAGUE_END.test(s) && !GRADED.test(s);
});

export const VAL05: Rule = {
  id: 'VAL-05',
  meta: {
    title: '定性指标值只有趋势词', titleEn: 'Qualitative value is a bare trend word',
    description: '定性指标值只是趋势或程度词（提升、提高、增强、明显、显著、持续、有效、全面、高、健全、符合规定），没有分级分档，无法衡量。建议改为分级表述（达到/基本达到/未达到；好/较好/一般/差）或数值。名称本身是可计量量的行由 VAL-04 报告，这里不重复。',
    source: cite('VAL-05'), evidence: '2011 “定性的分级分档形式表述” [V]；财预〔2015〕88号 “可衡量性” [R]', severity: 'warning', fixable: false,
    messages: { bare: '“{name}”的指标值“{raw}”只是趋势或程度词，无法衡量；宜改为分级表述（达到/基本达到/未达到）或数值' },
    messagesEn: { bare: 'The target of “{name}”, “{raw}”, is only a trend or degree word and cannot be measured; use grades (达到/基本达到/未达到) or a number' },
  },
  create(ctx) {
    for (const ind of ctx.project.indicators) {
      const t = ind.target;
      if (t.kind !== 'qualitative' || t.notApplicable || t.placeholder || val04Applies(ind)) continue;
      if (isBareTrend(rawOf(t))) ctx.report({ messageId: 'bare', data: nameRaw(ind), ...ctx.valueCell(ind) });
    }
  },
};

export const VAL06: Rule = {
  id: 'VAL-06',
  meta: {
    title: '百分比超出 0–100', titleEn: 'Percentage outside 0–100',
    description: '比率、满意度类指标的百分比应在 0% 到 100% 之间；增长率、增幅、下降率等可以超过 100% 或为负，不在此列。',
    source: cite('VAL-06'), evidence: '[I]', severity: 'error', fixable: false,
    messages: { range: '“{name}”是{label}指标，指标值“{raw}”超出 0%–100%' },
    messagesEn: { range: '“{name}” is {labelEn} indicator; its target “{raw}” is outside 0 %–100 %' },
  },
  create(ctx) {
    for (const ind of ctx.project.indicators) {
      const t = ind.target;
      if (t.kind !== 'quantitative' || t.unit !== '%' || t.value === null) continue;
      const cls = nameClass(ind.level3);
      if (cls !== 'percent' && cls !== 'satisfaction') continue;
      if (t.value < 0 || t.value > 100)
        ctx.report({ messageId: 'range', data: { name: nameOf(ind), raw: rawOf(t), label: CLASS_LABEL[cls], labelEn: CLASS_LABEL_EN[cls] }, ...ctx.valueCell(ind) });
    }
  },
};

function isSatisfaction(ind: IndicatorRow): boolean {
  const cls = nameClass(ind.level3);
  return cls === 'satisfaction' || (ind.level2 === '服务对象满意度指标' && cls === null);
}

export const VAL07: Rule = {
  id: 'VAL-07',
  meta: {
    title: '满意度不是“≥N%”', titleEn: 'Satisfaction not written as ≥ N %',
    description: '所见的满意度指标都写作“≥N%”（下限）。没有比较符号、写成“=”“≤”，或满意度栏下的指标用文字表述时提示。没有发现官方的最低值，故不检查 N 的大小。',
    source: cite('VAL-07'), evidence: 'domain.md §5.5：seed、宁晋、池州 等实例 [P]', severity: 'warning', fixable: false,
    messages: {
      notGe: '满意度指标“{name}”应写作“≥N%”，现为“{raw}”',
      qualitative: '满意度指标“{name}”应写作“≥N%”，现为文字“{raw}”',
    },
    messagesEn: {
      notGe: 'Satisfaction indicator “{name}” should read “≥N%”; it is “{raw}”',
      qualitative: 'Satisfaction indicator “{name}” should read “≥N%”; it is the text “{raw}”',
    },
  },
  create(ctx) {
    for (const ind of ctx.project.indicators) {
      const t = ind.target;
      if (!isSatisfaction(ind) || t.notApplicable || t.placeholder) continue;
      if (t.kind === 'quantitative' && t.number !== null) {
        const op = WRITTEN_OPS(t);
        const unitOk = t.unit === null || t.unit === '%';
        if (!unitOk) continue; // VAL-08 reports a wrong unit
        if (op !== '≥' && op !== '>') ctx.report({ messageId: 'notGe', data: nameRaw(ind), ...ctx.valueCell(ind) });
      } else if (t.kind === 'qualitative' && !val04Applies(ind) && t.op === null) {
        ctx.report({ messageId: 'qualitative', data: nameRaw(ind), ...ctx.valueCell(ind) });
      }
    }
  },
};

export const VAL08: Rule = {
  id: 'VAL-08',
  meta: {
    title: '单位与指标名称不符', titleEn: 'Unit does not fit the indicator name',
    description: '指标值的单位类别与名称所示的类别不一致：时间类指标用“人次”，比率类指标用“人”“个”，等等。也报告指标值自带的单位与“计量单位”列不一致（“28.8万元”而计量单位为“%”），以及定性指标值却填了计量单位。',
    source: cite('VAL-08'), evidence: 'domain.md §8.1 [I]；seed [V]；岳阳楼 2023 [P]', severity: 'warning', fixable: false,
    messages: {
      mismatch: '“{name}”是{label}指标，指标值单位却是“{unit}”',
      conflict: '“{name}”的指标值“{raw}”带单位“{unit}”，与计量单位列的“{column}”不一致',
      unitOnText: '“{name}”的指标值“{raw}”是文字，计量单位列却填了“{column}”',
    },
    messagesEn: {
      mismatch: '“{name}” is {labelEn} indicator, but the unit of its target is “{unit}”',
      conflict: 'The target of “{name}”, “{raw}”, carries the unit “{unit}”, which differs from “{column}” in the unit column',
      unitOnText: 'The target of “{name}”, “{raw}”, is text, yet the unit column says “{column}”',
    },
  },
  create(ctx) {
    for (const ind of ctx.project.indicators) {
      const t = ind.target;
      if (t.placeholder || t.notApplicable) continue;
      const conflict = changeNote(t, 'unit-conflict:');
      if (conflict !== null) {
        ctx.report({ messageId: 'conflict', data: { name: nameOf(ind), raw: rawOf(t), unit: t.unit ?? '', column: conflict }, ...ctx.valueCell(ind) });
        continue;
      }
      const onText = changeNote(t, 'unit-on-qualitative:');
      if (onText !== null && t.kind === 'qualitative') {
        ctx.report({ messageId: 'unitOnText', data: { name: nameOf(ind), raw: rawOf(t), column: onText }, ...ctx.valueCell(ind) });
        continue;
      }
      if (t.kind !== 'quantitative' || t.unit === null) continue;
      const cls = nameClass(ind.level3);
      const uc = unitClass(t.unit);
      // 人数 counted in 人次 is a loose spelling the §7.2 library itself shows (seed “补助人数 ≥3000 人次”).
      const loose = cls === 'persons' && uc === 'personTimes';
      if (cls && !loose && !compatible(cls, uc))
        ctx.report({ messageId: 'mismatch', data: { name: nameOf(ind), raw: rawOf(t), label: CLASS_LABEL[cls], labelEn: CLASS_LABEL_EN[cls], unit: t.unit === 'date' ? '日期' : t.rawUnit || t.unit }, ...ctx.valueCell(ind) });
    }
  },
};

/** The text after `prefix` in the first change note that starts with it (“unit-conflict:%” → “%”), or null. */
function changeNote(v: IndicatorRow['target'], prefix: string): string | null {
  for (const c of v.changes) if (c.startsWith(prefix)) return c.slice(prefix.length);
  return null;
}

/** Lower is better for this row: a money amount (cost level or cost name), a negative name, or 反向. */
function lowerBetter(ind: IndicatorRow): 'cost' | 'negative' | 'nature' | null {
  const name = ind.level3;
  const cls = nameClass(name);
  if (isNegativeName(name)) return 'negative';
  if (isCostName(name) || (ind.cost && (cls === null || cls === 'money' || cls === 'rateMoney'))) return 'cost';
  if (ind.nature === '反向') return 'nature';
  return null;
}

export const VAL09: Rule = {
  id: 'VAL-09',
  meta: {
    title: '比较符号方向与指标性质相反', titleEn: 'Operator direction contradicts the indicator',
    description: '成本指标是“预期控制范围”，应写“≤”（上限）；超支率、投诉率、事故数、差错率、结余率等越低越好，也应写“≤”。写成“≥”“>”时提示。反之，正向的比率（合格率、完成率、满意度 …）写成“≤”“<”时提示。指标性质列为“反向”/“正向”时以其为准。',
    source: cite('VAL-09'), evidence: '财预〔2021〕101号 成本“预期控制范围” [V secondary]；seed 项目 6 [V]', severity: 'warning', fixable: false,
    messages: {
      cost: '“{name}”是成本指标，应为“≤”（控制上限），却写成“{op}”',
      negative: '“{name}”越低越好，应为“≤”，却写成“{op}”',
      nature: '“{name}”指标性质为“反向”，比较符号却是“{op}”',
      positive: '“{name}”是正向比率指标，应为“≥”或“=”，却写成“{op}”',
      naturePositive: '“{name}”指标性质为“正向”，比较符号却是“{op}”',
    },
    messagesEn: {
      cost: '“{name}” is a cost indicator and should use “≤” (an upper limit), but is written with “{op}”',
      negative: 'Lower is better for “{name}”, so it should use “≤”, but is written with “{op}”',
      nature: '“{name}” is marked 反向 (reverse), but its operator is “{op}”',
      positive: '“{name}” is a positive rate and should use “≥” or “=”, but is written with “{op}”',
      naturePositive: '“{name}” is marked 正向 (positive), but its operator is “{op}”',
    },
  },
  create(ctx) {
    for (const ind of ctx.project.indicators) {
      const t = ind.target;
      const op = t.kind === 'quantitative' ? WRITTEN_OPS(t) : null;
      if (!op || t.unit === 'date') continue;
      const down = lowerBetter(ind);
      const report = (messageId: string) => ctx.report({ messageId, data: { name: nameOf(ind), op }, ...ctx.valueCell(ind) });
      if (op === '≥' || op === '>') {
        if (down) report(down);
        continue;
      }
      if (op === '≤' || op === '<') {
        if (ind.nature === '正向') report('naturePositive');
        else if (!down && !ind.cost && (nameClass(ind.level3) === 'percent' || nameClass(ind.level3) === 'satisfaction'))
          report('positive');
      }
    }
  },
};

export const VAL10: Rule = {
  id: 'VAL-10',
  meta: {
    title: '时效指标不是百分比、日期或时长', titleEn: 'Timeliness value is not a %, a date or a duration',
    description: '时效指标反映“及时程度和效率”，典型写法是及时率/按期完成率（%）、完成日期（“2024年12月底前”）或时长（“≤30天”）。其他写法（“及时”“符合规定”“≥2500 人次”）无法考核。',
    source: cite('VAL-10'), evidence: 'domain.md §5.4 [P]', severity: 'warning', fixable: false,
    messages: {
      text: '时效指标“{name}”的指标值“{raw}”不是百分比、日期或时长',
      unit: '时效指标“{name}”的指标值单位是“{unit}”，应为百分比、日期或时长',
    },
    messagesEn: {
      text: 'The timeliness target of “{name}”, “{raw}”, is not a %, a date or a duration',
      unit: 'The timeliness target of “{name}” is in “{unit}”; use a %, a date or a duration',
    },
  },
  create(ctx) {
    for (const ind of ctx.project.indicators) {
      if (ind.level2 !== '时效指标') continue;
      const t = ind.target;
      if (t.notApplicable || t.placeholder || t.kind === 'missing') continue;
      if (t.kind === 'qualitative') {
        if (!val04Applies(ind)) ctx.report({ messageId: 'text', data: nameRaw(ind), ...ctx.valueCell(ind) });
        continue;
      }
      if (t.unit === null) continue; // VAL-03
      const uc = unitClass(t.unit);
      if (uc !== 'percent' && uc !== 'time' && uc !== 'date')
        ctx.report({ messageId: 'unit', data: { name: nameOf(ind), raw: rawOf(t), unit: t.rawUnit || t.unit }, ...ctx.valueCell(ind) });
    }
  },
};

export const VAL11: Rule = {
  id: 'VAL-11',
  meta: {
    title: '指标值没有比较符号', titleEn: 'Number without an operator',
    description: '指标值只有数字（“100%”“500 万元”），没有 ≥/≤/=。评分时按“=”处理（成本指标按“≤”），每张表提示一次。表中另有“指标性质/指标方向”列且该行已填写时不提示。',
    source: cite('VAL-11'), evidence: '四川 “指标性质” 列 [P]', severity: 'info', fixable: false,
    messages: { implicit: '{count} 项指标值没有比较符号（如“{name}”的“{raw}”），评分时按“=”处理，成本指标按“≤”' },
    messagesEn: { implicit: '{count} targets have no operator (e.g. “{name}”: “{raw}”); scored as “=”, cost rows as “≤”' },
  },
  create(ctx) {
    const rows = ctx.project.indicators.filter((ind) => {
      const t = ind.target;
      return t.kind === 'quantitative' && t.opImplicit && t.number !== null && t.unit !== 'date' && !t.range && !t.placeholder
        && ind.nature === null;
    });
    if (!rows.length) return;
    const first = rows[0];
    ctx.report({ messageId: 'implicit', data: { count: rows.length, name: nameOf(first), raw: rawOf(first.target) }, ...ctx.valueCell(first) });
  },
};

const COMPLIANCE = /(专款专用|合规|违规|违纪|规范使用|专账核算|财务制度|财经纪律)/;

function placement(ind: IndicatorRow): 'compliance' | 'ratio' | 'headcount' | null {
  const name = ind.level3;
  if (ind.level1 === '效益指标' && (COMPLIANCE.test(name) || COMPLIANCE.test(ind.description))) return 'compliance';
  const cls = nameClass(name);
  // The library (§7.7) itself lists 覆盖率 beside 覆盖单位数 under 数量, so it is not flagged.
  if (ind.level2 === '数量指标' && cls === 'percent' && !COVERAGE.test(canonicalName(name))) return 'ratio';
  if (ind.level2 === '社会效益指标' && (cls === 'persons' || cls === 'personTimes')) return 'headcount';
  return null;
}

export const VAL12: Rule = {
  id: 'VAL-12',
  meta: {
    title: '指标放在不合适的二级下', titleEn: 'Indicator under an implausible 二级',
    description: '合规类事项（专款专用、资金使用合规）属于产出的质量指标，不是效益；比率（…占比、…率）不是数量；受益人数、人次是产出数量，不是社会效益。',
    source: cite('VAL-12'), evidence: `${TIANJIN_2024_SEED}；[I]`, severity: 'info', fixable: false,
    messages: {
      compliance: '“{name}”是合规类事项，宜放在产出指标的质量指标下，而不是“{level2}”',
      ratio: '“{name}”是比率，宜放在质量指标下，而不是数量指标',
      headcount: '“{name}”是人数/人次，宜放在产出指标的数量指标下，而不是社会效益指标',
    },
    messagesEn: {
      compliance: '“{name}” is a compliance item; it belongs under 产出/质量指标, not “{level2}”',
      ratio: '“{name}” is a ratio; it belongs under 质量指标, not 数量指标',
      headcount: '“{name}” is a head-count; it belongs under 产出/数量指标, not 社会效益指标',
    },
  },
  create(ctx) {
    for (const ind of ctx.project.indicators) {
      const kind = placement(ind);
      if (!kind) continue;
      const name = ind.description && COMPLIANCE.test(ind.description) && !COMPLIANCE.test(ind.level3)
        ? `${nameOf(ind)}（${ind.description}）` : nameOf(ind);
      ctx.report({ messageId: kind, data: { name, level2: ind.level2 ?? ind.level2Text }, row: ind.row, col: ctx.col('level3') });
    }
  },
};

export const valRules: Rule[] = [VAL01, VAL02, VAL03, VAL04, VAL05, VAL06, VAL07, VAL08, VAL09, VAL10, VAL11, VAL12];
