import { formatValue, parseAmount, parseValue, serialToIso, type CellInput, type ValueContext } from '../../src/domain/value';
import type { ParsedValue } from '../../src/domain/types';

type Want = Partial<Pick<ParsedValue, 'kind' | 'op' | 'opImplicit' | 'number' | 'upper' | 'unit' | 'rawUnit' | 'date' | 'placeholder' | 'range' | 'notApplicable' | 'grade'>>;
type Case = [CellInput, Want, string?, ValueContext?, string[]?];

const Q = 'quantitative' as const;
const T = 'qualitative' as const;
const M = 'missing' as const;

function check([input, want, formatted, ctx, changes]: Case) {
  const p = parseValue(input, ctx);
  expect(p).toMatchObject(want);
  if (formatted !== undefined) expect(formatValue(p)).toBe(formatted);
  if (changes) for (const c of changes) expect(p.changes).toContain(c);
  // The canonical spelling reads back the same.
  const again = parseValue(formatValue(p));
  expect([again.kind, again.op, again.number, again.unit, again.date]).toEqual([p.kind, p.op, p.number, p.unit, p.date]);
}

const SEED: Case[] = [
  ['≥10000 条数据', { kind: Q, op: '≥', opImplicit: false, number: '10000', unit: '条', rawUnit: '条数据' }, '≥10000条', undefined, ['count-noun', 'space']],
  ['≥98 百分号', { kind: Q, op: '≥', number: '98', unit: '%', rawUnit: '百分号' }, '≥98%', undefined, ['percent-word']],
  ['100 百分比', { kind: Q, op: '=', opImplicit: true, number: '100', unit: '%' }, '100%', undefined, ['percent-word']],
  ['≥99 百分比', { kind: Q, op: '≥', number: '99', unit: '%' }, '≥99%'],
  ['≥90 百分比', { kind: Q, op: '≥', number: '90', unit: '%' }, '≥90%'],
  ['≥80 百分比', { kind: Q, op: '≥', number: '80', unit: '%' }, '≥80%'],
  ['500 万元', { kind: Q, op: '=', opImplicit: true, number: '500', unit: '万元' }, '500万元'],
  ['1个', { kind: Q, op: '=', opImplicit: true, number: '1', unit: '个' }, '1个'],
  ['4 个', { kind: Q, number: '4', unit: '个' }, '4个', undefined, ['space']],
  ['2 项', { kind: Q, number: '2', unit: '项' }, '2项'],
  ['1项', { kind: Q, number: '1', unit: '项' }, '1项'],
  ['≥3 家', { kind: Q, op: '≥', number: '3', unit: '家' }, '≥3家'],
  ['100%', { kind: Q, op: '=', opImplicit: true, number: '100', unit: '%' }, '100%'],
  ['≥95%', { kind: Q, op: '≥', number: '95', unit: '%' }, '≥95%'],
  ['≥4 人', { kind: Q, op: '≥', number: '4', unit: '人' }, '≥4人'],
  ['≥10 人', { kind: Q, op: '≥', number: '10', unit: '人' }, '≥10人'],
  ['≥2500 人次', { kind: Q, op: '≥', number: '2500', unit: '人次' }, '≥2500人次'],
  ['≥3000 人次', { kind: Q, op: '≥', number: '3000', unit: '人次' }, '≥3000人次'],
  ['≥500 人次', { kind: Q, op: '≥', number: '500', unit: '人次' }, '≥500人次'],
  ['≥200 人次', { kind: Q, op: '≥', number: '200', unit: '人次' }, '≥200人次'],
  ['≥100 万元', { kind: Q, op: '≥', number: '100', unit: '万元' }, '≥100万元'],
  ['2395.81 万元', { kind: Q, number: '2395.81', unit: '万元' }, '2395.81万元'],
  ['≥120万平方米', { kind: Q, op: '≥', number: '120', unit: '万平方米' }, '≥120万平方米'],
  ['≥3.5 万立方米', { kind: Q, op: '≥', number: '3.5', unit: '万立方米' }, '≥3.5万立方米'],
  ['665.3 万元', { kind: Q, number: '665.3', unit: '万元' }, '665.3万元'],
  ['12 万元', { kind: Q, number: '12', unit: '万元' }, '12万元'],
  ['5 万元', { kind: Q, number: '5', unit: '万元' }, '5万元'],
  ['≥1 次', { kind: Q, op: '≥', number: '1', unit: '次' }, '≥1次'],
  ['665.30', { kind: Q, number: '665.3', unit: null, opImplicit: true }, '665.3', undefined, ['text-number']],
  ['900.38', { kind: Q, number: '900.38' }, '900.38'],
  ...['全面提升', '持续提升', '显著提升', '明显提升', '持续增强', '有效增强', '提升', '显著提高', '覆盖度高', '健全', '符合规定', '符合标准'].map((s): Case => [
    s,
    { kind: T, op: null, number: null, unit: null, grade: null, placeholder: false },
    s,
  ]),
];

const REAL: Case[] = [
  ['≥50个', { kind: Q, op: '≥', number: '50', unit: '个' }, '≥50个'],
  ['≥100百分比', { kind: Q, op: '≥', number: '100', unit: '%' }, '≥100%'],
  ['=8个', { kind: Q, op: '=', opImplicit: false, number: '8', unit: '个' }, '=8个'],
  ['=42个', { kind: Q, op: '=', number: '42', unit: '个' }, '=42个'],
  ['≤90万元', { kind: Q, op: '≤', number: '90', unit: '万元' }, '≤90万元'],
  ['≤202.6万元', { kind: Q, op: '≤', number: '202.6', unit: '万元' }, '≤202.6万元'],
  ['严格执行相关制度规定', { kind: T, grade: null }, '严格执行相关制度规定'],
  ['在项目计划完成时间内完成', { kind: T, date: null }, '在项目计划完成时间内完成'],
  ['效果明显', { kind: T }, '效果明显'],
  ['达成预期指标', { kind: T, grade: '达成' }, '达成预期指标'],
  ['≤30', { kind: Q, op: '≤', number: '30', unit: null }, '≤30'],
  ['290%', { kind: Q, op: '=', opImplicit: true, number: '290', unit: '%' }, '290%'],
  ['≥90%', { kind: Q, op: '≥', number: '90', unit: '%' }, '≥90%'],
  ['95%以上', { kind: Q, op: '≥', opImplicit: false, number: '95', unit: '%' }, '≥95%', undefined, ['postfix-op']],
  ['不低于90%', { kind: Q, op: '≥', number: '90', unit: '%' }, '≥90%', undefined, ['word-op']],
  ['百分之九十', { kind: Q, number: '90', unit: '%' }, '90%', undefined, ['percent-word']],
  ['３０％', { kind: Q, number: '30', unit: '%' }, '30%', undefined, ['fullwidth']],
  ['1,200人', { kind: Q, number: '1200', unit: '人' }, '1200人', undefined, ['thousands']],
  ['２０２４年１２月底前', { kind: Q, op: '≤', opImplicit: false, unit: 'date', date: '2024-12', number: null }, '≤2024年12月', undefined, ['fullwidth']],
  ['应保尽保', { kind: T }, '应保尽保', { unit: '%', op: '定性' }, ['unit-on-qualitative:%']],
  ['按月安排', { kind: T, op: null }, '按月安排', { op: '定量' }],
  ['28.8万元', { kind: Q, number: '28.8', unit: '万元' }, '28.8万元', { unit: '%', op: '定量' }, ['unit-conflict:%', 'unit-in-number']],
  ['100', { kind: Q, op: '=', opImplicit: false, number: '100', unit: '%', rawUnit: '%' }, '=100%', { op: '=', unit: '%' }],
  ['8', { kind: Q, op: '=', number: '8', unit: null }, '=8', { op: '=', unit: '' }],
  ['24', { kind: Q, op: '=', number: '24', unit: '人次', rawUnit: '人/次' }, '=24人次', { op: '=', unit: '人/次' }],
  ['0', { kind: Q, number: '0', unit: '万元/人' }, '=0万元/人', { op: '=', unit: '万元/人' }],
  ['8', { kind: Q, op: '=', opImplicit: true, number: '8' }, '8', { op: '正向' }],
  ['8', { kind: Q, op: '=', opImplicit: true, number: '8' }, '8', { op: '反向' }],
  [
    '44,561',
    { kind: Q, op: '≤', opImplicit: true, unit: 'date', date: '2021-12-31', number: null },
    '2021年12月31日',
    { op: '=', unit: '44,561', timeRow: true },
    ['thousands', 'text-number', 'serial-date', 'unit-column-ignored'],
  ],
  ['44,561', { kind: Q, number: '44561', unit: null }, '44561', {}],
  ['12月底之前完成', { kind: Q, op: '≤', unit: 'date', date: '--12' }, '≤12月底'],
  ['≥90%', { kind: Q, op: '≥', number: '90', unit: '%' }, '≥90%'],
  ['620.82万元', { kind: Q, number: '620.82', unit: '万元' }, '620.82万元'],
];

const SPELLINGS: Case[] = [
  // prefix operators
  ...(['≥', '≧', '>=', '＞＝', '大于等于', '不低于', '不少于', '至少'] as const).map((o): Case => [`${o}90%`, { kind: Q, op: '≥', number: '90', unit: '%' }, '≥90%']),
  ...(['≤', '≦', '<=', '＜＝', '小于等于', '不高于', '不超过', '不多于', '至多'] as const).map((o): Case => [`${o}5天`, { kind: Q, op: '≤', number: '5', unit: '天' }, '≤5天']),
  ...(['=', '＝', '等于', '达到'] as const).map((o): Case => [`${o}3个`, { kind: Q, op: '=', number: '3', unit: '个' }, '=3个']),
  ...(['>', '＞', '大于', '超过', '高于'] as const).map((o): Case => [`${o}10人`, { kind: Q, op: '>', number: '10', unit: '人' }, '>10人']),
  ...(['<', '＜', '小于', '低于', '少于', '不满'] as const).map((o): Case => [`${o}5%`, { kind: Q, op: '<', number: '5', unit: '%' }, '<5%']),
  // postfix operators
  ['100人以上', { op: '≥', number: '100', unit: '人' }, '≥100人', undefined, ['postfix-op']],
  ['5%以下', { op: '≤', number: '5', unit: '%' }, '≤5%'],
  ['30天以内', { op: '≤', number: '30', unit: '天' }, '≤30天'],
  ['3个月内', { op: '≤', number: '3', unit: '个月' }, '≤3个月'],
  ['≥95%以下', { op: '≥', number: '95' }, '≥95%', undefined, ['op-conflict:≤']],
  // percent spellings
  ['百分之90', { kind: Q, number: '90', unit: '%' }, '90%', undefined, ['percent-word']],
  ['≥百分之95', { op: '≥', number: '95', unit: '%' }, '≥95%'],
  ['90％', { number: '90', unit: '%' }, '90%'],
  ['90 PCT', { number: '90', unit: '%' }, '90%', undefined, ['percent-word']],
  ['≥98百分号', { number: '98', unit: '%' }, '≥98%'],
  ['3个百分点', { number: '3', unit: '个百分点' }, '3个百分点'],
  // digits and separators
  ['１２', { number: '12' }, '12', undefined, ['fullwidth']],
  ['５．５％', { number: '5.5', unit: '%' }, '5.5%'],
  ['≥1,000,000元', { number: '1000000', unit: '元' }, '≥1000000元', undefined, ['thousands']],
  ['1，200人', { number: '1200', unit: '人' }, '1200人', undefined, ['thousands']],
  ['-5%', { number: '-5', unit: '%' }, '-5%'],
  ['+5%', { number: '5', unit: '%' }, '5%'],
  ['007', { number: '7' }, '7'],
  ['≥ 90 %', { op: '≥', number: '90', unit: '%' }, '≥90%', undefined, ['space']],
  // units
  ['10人/次', { number: '10', unit: '人次' }, '10人次', undefined, ['unit-alias']],
  ['3300元/生·年', { number: '3300', unit: '元/生·年' }, '3300元/生·年'],
  ['≤50元/人·天', { op: '≤', number: '50', unit: '元/人·天' }, '≤50元/人·天'],
  ['≥3家企业', { number: '3', unit: '家', rawUnit: '家企业' }, '≥3家', undefined, ['count-noun']],
  ['≥2 次/年', { number: '2', unit: '次/年' }, '≥2次/年'],
  ['≤5 个工作日', { number: '5', unit: '个工作日' }, '≤5个工作日'],
  // dates
  ['2024年12月底前', { kind: Q, op: '≤', opImplicit: false, unit: 'date', date: '2024-12' }, '≤2024年12月'],
  ['2024年12月31日前', { op: '≤', unit: 'date', date: '2024-12-31' }, '≤2024年12月31日'],
  ['2024年12月31日之前完成', { op: '≤', date: '2024-12-31' }, '≤2024年12月31日'],
  ['截至2024年12月31日', { op: '≤', opImplicit: false, date: '2024-12-31' }, '≤2024年12月31日'],
  ['2024年12月', { op: '≤', opImplicit: true, date: '2024-12' }, '2024年12月'],
  ['2024年底前', { op: '≤', date: '2024' }, '≤2024年底'],
  ['12月31日', { op: '≤', opImplicit: true, date: '--12-31' }, '12月31日'],
  ['2021-12-31', { unit: 'date', date: '2021-12-31' }, '2021年12月31日'],
  ['2021/12/31', { date: '2021-12-31' }, '2021年12月31日'],
  ['≤12月', { kind: Q, op: '≤', number: '12', unit: '月', date: null }, '≤12月'], // a duration, not a date
  ['2月30日', { kind: T, date: null }],
  ['13月底前', { kind: T, date: null }],
  // placeholders (VAL-01)
  ...['*', '**', '***', '_', '-', '—', 'XX', 'xx', 'N', '/'].map((s): Case => [s, { kind: M, placeholder: true, number: null }, s]),
  ['**人', { kind: M, placeholder: true, unit: '人', op: null }, '**人'],
  ['≥**%', { kind: M, placeholder: true, op: '≥', unit: '%' }, '≥**%'],
  ['≥**人次', { kind: M, placeholder: true, op: '≥', unit: '人次' }],
  ['**元/人·月', { kind: M, placeholder: true, unit: '元/人·月' }],
  ['≥XX万元', { kind: M, placeholder: true, op: '≥', unit: '万元' }],
  ['≥-%', { kind: M, placeholder: true, op: '≥', unit: '%' }],
  ['**月**日前', { kind: M, placeholder: true, op: '≤', unit: 'date', date: null }],
  ['20**年**月**日前', { kind: M, placeholder: true, op: '≤', unit: 'date' }],
  ['≥95%*', { kind: Q, placeholder: true, op: '≥', number: '95', unit: '%' }, '≥95%'],
  ['达到**标准', { kind: M, placeholder: true }],
  // ranges
  ['90%-95%', { kind: Q, range: true, op: '≥', number: '90', upper: '95', unit: '%' }, '90%-95%'],
  ['90-95%', { kind: Q, range: true, op: '≥', number: '90', upper: '95', unit: '%' }, '90%-95%'],
  ['90%~95%', { kind: Q, range: true, op: '≥', number: '90', upper: '95', unit: '%' }, '90%-95%'],
  ['90%～95%', { range: true, number: '90', unit: '%' }],
  ['90%至95%', { range: true, number: '90', unit: '%' }],
  // not applicable
  ['不适用', { kind: T, notApplicable: true }, '不适用'],
  ['本指标不适用此项目', { kind: T, notApplicable: true }],
  ['N/A', { kind: T, notApplicable: true }],
  ['100', { notApplicable: true }, undefined, { op: '不适用' }],
  // operator without a number (VAL-02)
  ['≥ 万元', { kind: Q, op: '≥', number: null, unit: '万元' }, '≥万元'],
  ['≥', { kind: Q, op: '≥', number: null, unit: null }, '≥'],
  ['≥较上年有所提高', { kind: T, op: '≥', number: null }, '≥较上年有所提高'],
  ['达到预期目标', { kind: T, op: null, grade: '达成' }],
  ['不低于上年', { kind: T, op: '≥' }], // its operator read, as in “≥上年”
  // missing
  ['', { kind: M, placeholder: false }, ''],
  [' \n\t\u3000', { kind: M }, ''],
  [null, { kind: M, raw: '' } as Want, ''],
  [undefined, { kind: M }, ''],
  // a number with words around it, as published 自评表 write actuals
  ['约100人', { kind: Q, number: '100', unit: '人' }, '100人', undefined, ['approx']],
  // text that is not a quantity
  // digits grouped by spaces (SI style, “100 000 yuan”) are one number; NRM-06 offers the plain spelling
  ['1 200人', { kind: Q, number: '1200', unit: '人' }, '1200人', undefined, ['thousands']],
  ['1 2人', { kind: T }],
  ['完成率100%', { kind: Q, number: '100', unit: '%', grade: null }, '100%', undefined, ['approx']],
  ['2023  年现代职业教育', { kind: T }, '2023 年现代职业教育'],
  ['3天完成', { kind: T }],
];

const GRADES: Case[] = [
  ...['达成年度指标', '达成预期指标', '达到预期目标', '达成', '已完成', '完成', '全部完成', '按时完成', '按期完成', '如期完成'].map((s): Case => [s, { kind: T, grade: '达成' }]),
  ...['部分达成年度指标并具有一定效果', '部分达成预期指标并具有一定效果', '部分达到预期目标', '部分达成', '基本达成', '基本完成', '部分达成预期指标，并具有一定效果'].map(
    (s): Case => [s, { kind: T, grade: '部分达成' }],
  ),
  ...['未达成年度指标且效果较差', '未完成预期指标且效果较差', '未达成', '未完成', '未达到预期目标'].map((s): Case => [s, { kind: T, grade: '未达成' }]),
  ...['完成情况良好', '效果明显', '合规'].map((s): Case => [s, { kind: T, grade: null }]),
];

const CELLS: Case[] = [
  [665.3, { kind: Q, number: '665.3', value: 665.3, opImplicit: true } as Want, '665.3'],
  [0.1 + 0.2, { number: '0.30000000000000004' }],
  [1e21, { number: '1000000000000000000000' }],
  [1e-7, { number: '0.0000001' }],
  [-0, { number: '0' }],
  [1, { kind: Q, number: '100', unit: '%' }, '100%', { numFmt: '0.00%' }, ['percent-format']],
  [0.985, { number: '98.5', unit: '%' }, '98.5%', { numFmt: '0%' }],
  [0.07, { number: '7', unit: '%' }, '7%', { numFmt: '0.0%' }],
  [44561, { kind: Q, op: '≤', opImplicit: true, unit: 'date', date: '2021-12-31' }, '2021年12月31日', { timeRow: true }, ['serial-date']],
  [45657, { date: '2024-12-31' }, '2024年12月31日', { numFmt: 'yyyy"年"m"月"d"日"' }],
  [44561, { number: '44561', unit: null }, '44561', { numFmt: '#,##0' }],
  [44561, { number: '44561' }, '44561', {}],
  [100, { number: '100', unit: '%', op: '≥' }, '≥100%', { op: '≥', unit: '百分比' }],
  [new Date(Date.UTC(2021, 11, 31)), { kind: Q, unit: 'date', date: '2021-12-31', op: '≤', opImplicit: true }, '2021年12月31日', {}, ['date-cell']],
  [new Date(Date.UTC(1850, 0, 1)), { kind: T, raw: '1850年1月1日' } as Want, '1850年1月1日'],
  [new Date(NaN), { kind: M }],
  [true, { kind: T, raw: 'TRUE' } as Want],
  [NaN, { kind: M }, ''],
  [Infinity, { kind: M }, ''],
];

describe('parseValue', () => {
  describe('seed 指标值 strings (domain.md §2, §8.3)', () => {
    it.each(SEED.map((c) => [JSON.stringify(c[0]), c] as const))('%s', (_, c) => check(c));
  });
  describe('real-table values', () => {
    it.each(REAL.map((c) => [JSON.stringify(c[0]) + (c[3] ? ' ' + JSON.stringify(c[3]) : ''), c] as const))('%s', (_, c) => check(c));
  });
  describe('§8.2 spellings', () => {
    it.each(SPELLINGS.map((c) => [JSON.stringify(c[0]) + (c[3] ? ' ' + JSON.stringify(c[3]) : ''), c] as const))('%s', (_, c) => check(c));
  });
  describe('grades of qualitative actual values', () => {
    it.each(GRADES.map((c) => [c[0] as string, c] as const))('%s', (_, c) => check(c));
  });
  describe('JS cell values', () => {
    it.each(CELLS.map((c) => [String(c[0]) + (c[3] ? ' ' + JSON.stringify(c[3]) : ''), c] as const))('%s', (_, c) => check(c));
  });

  it('keeps raw as written and records normalisation', () => {
    const p = parseValue('≥10000 条数据');
    expect(p.raw).toBe('≥10000 条数据');
    expect(p.value).toBe(10000);
  });
  it('does not guess ≤ for cost rows (the scorer does): a bare number reads as an implicit =', () => {
    expect(parseValue('500 万元', { costRow: true })).toMatchObject({ op: '=', opImplicit: true });
  });
});

describe('serialToIso', () => {
  it.each([
    [44561, '2021-12-31'],
    [45657, '2024-12-31'],
    [61, '1900-03-01'],
    [20000, '1954-10-03'],
  ])('%d → %s', (serial, iso) => expect(serialToIso(serial)).toBe(iso));
});

describe('parseAmount', () => {
  it.each<[CellInput, string | null, ReturnType<typeof parseAmount>]>([
    [500, null, { number: '500', value: 500, unit: null, percent: false }],
    ['500.00', null, { number: '500', value: 500, unit: null, percent: false }],
    ['620.82万元', null, { number: '620.82', value: 620.82, unit: '万元', percent: false }],
    ['1,234.5', null, { number: '1234.5', value: 1234.5, unit: null, percent: false }],
    ['１２', null, { number: '12', value: 12, unit: null, percent: false }],
    ['100.00%', null, { number: '100', value: 100, unit: '%', percent: true }],
    ['0.00%', null, { number: '0', value: 0, unit: '%', percent: true }],
    [1, '0.00%', { number: '100', value: 100, unit: '%', percent: true }],
    [0.4988, '0%', { number: '49.88', value: 49.88, unit: '%', percent: true }],
    [' 89.974 ', null, { number: '89.974', value: 89.974, unit: null, percent: false }],
    ['￥1,000', null, { number: '1000', value: 1000, unit: null, percent: false }],
    ['/', null, { number: null, value: null, unit: null, percent: false }],
    ['—', null, { number: null, value: null, unit: null, percent: false }],
    ['', null, { number: null, value: null, unit: null, percent: false }],
    [null, null, { number: null, value: null, unit: null, percent: false }],
    ['执行率*该指标分值', null, { number: null, value: null, unit: null, percent: false }],
    ['100人', null, { number: null, value: null, unit: null, percent: false }],
  ])('%j (%s)', (input, fmt, want) => {
    expect(parseAmount(input, fmt)).toEqual(want);
  });
});
