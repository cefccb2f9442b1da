import fc from 'fast-check';
import { formatValue, parseValue } from '../../src/domain/value';
import { chineseSpelling } from '../../src/domain/value-words';
import { unitClass } from '../../src/domain/units';

// Each foreign spelling beside the Chinese one it must read like.
const OPS: [string, string][] = [
  ['at least ', '不少于'],
  ['At least ', '至少'],
  ['no less than ', '不低于'],
  ['not less than ', '不少于'],
  ['minimum ', '≥'],
  ['min ', '≥'],
  ['greater than or equal to ', '大于等于'],
  ['no more than ', '不超过'],
  ['not more than ', '不多于'],
  ['not exceeding ', '不超过'],
  ['at most ', '至多'],
  ['up to ', '≤'],
  ['within ', '≤'],
  ['maximum ', '≤'],
  ['less than or equal to ', '小于等于'],
  ['more than ', '大于'],
  ['over ', '超过'],
  ['above ', '高于'],
  ['less than ', '小于'],
  ['below ', '低于'],
  ['under ', '<'],
  ['equal to ', '等于'],
  ['>= ', '≥'],
  ['<= ', '≤'],
  ['≧', '≥'],
  ['≦', '≤'],
  ['不少於', '不少于'],
  ['不低於', '不低于'],
  ['大於等於', '大于等于'],
  ['不超過', '不超过'],
  ['不高於', '不高于'],
  ['達到', '达到'],
  ['超過', '超过'],
  ['大於', '大于'],
  ['小於', '小于'],
  ['低於', '低于'],
  ['不滿', '不满'],
  ['', ''],
];
const UNITS: [string, string][] = [
  [' persons', '人'],
  [' person', '人'],
  [' people', '人'],
  [' person-times', '人次'],
  [' person times', '人次'],
  [' times', '次'],
  [' days', '天'],
  [' day', '天'],
  [' working days', '工作日'],
  [' workdays', '工作日'],
  [' business days', '工作日'],
  [' hours', '小时'],
  [' months', '个月'],
  [' years', '年'],
  [' %', '%'],
  [' percent', '%'],
  [' per cent', '%'],
  [' percentage points', '个百分点'],
  [' households', '户'],
  [' items', '个'],
  [' yuan', '元'],
  [' ten thousand yuan', '万元'],
  [' kilometers', '公里'],
  [' tons', '吨'],
  ['個', '个'],
  ['項', '项'],
  ['人次', '人次'],
  ['天', '天'],
  ['個月', '个月'],
  ['萬元', '万元'],
  ['小時', '小时'],
  ['場次', '场次'],
  ['臺', '台'],
  ['條', '条'],
  ['戶', '户'],
  ['％', '%'],
  ['', ''],
];
const POSTS: [string, string][] = [
  ['', ''],
  [' or more', '以上'],
  [' or above', '以上'],
  [' and above', '以上'],
  [' or less', '以下'],
  [' or below', '以下'],
  ['以內', '以内'],
  ['之內', '之内'],
  ['以上', '以上'],
];
const FULL = '０１２３４５６７８９';
const numberArb = fc.oneof(
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a}.${b}`),
);
const fullWidth = (n: string) => n.replace(/\d/g, (d) => FULL[Number(d)]).replace('.', '．');

function shape(s: string) {
  const p = parseValue(s);
  return { kind: p.kind, op: p.op, implicit: p.opImplicit, number: p.number, unit: p.unit, date: p.date };
}

describe('English, Traditional and full-width values read like the Chinese ones', () => {
  it('op + number + unit + bound: same op, number and unit as the Chinese spelling', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPS), numberArb, fc.boolean(), fc.constantFrom(...UNITS), fc.constantFrom(...POSTS), ([op, zhOp], n, full, [unit, zhUnit], [post, zhPost]) => {
        // A bound before and after the number at once is a conflict in either language; tested alone.
        fc.pre(op === '' || post === '');
        const foreign = `${op}${full ? fullWidth(n) : n}${unit}${post}`;
        const chinese = `${zhOp}${n}${zhUnit}${zhPost}`;
        const a = shape(foreign);
        expect(a).toEqual(shape(chinese));
        expect(a.kind).toBe('quantitative');
        // The canonical spelling is Chinese and reads back the same.
        const f = formatValue(parseValue(foreign));
        expect(f).not.toMatch(/[A-Za-z個於內達過萬]/);
        expect(shape(f)).toEqual({ ...a, implicit: a.implicit });
      }),
      { numRuns: 3000 },
    );
  });

  it('the brief’s examples', () => {
    const cases: [string, string, string, string][] = [
      ['100 persons', '=', '100', '人'],
      ['≥ 95 %', '≥', '95', '%'],
      ['不少於90%', '≥', '90', '%'],
      ['3個', '=', '3', '个'],
      ['1200人次', '=', '1200', '人次'],
      ['７天', '=', '7', '天'],
      ['９５％', '=', '95', '%'],
      ['≧90%', '≥', '90', '%'],
      ['5天以內', '≤', '5', '天'],
      ['>= 95%', '≥', '95', '%'],
      ['at least 90%', '≥', '90', '%'],
      ['no more than 3 days', '≤', '3', '天'],
      ['≤ 10 working days', '≤', '10', '工作日'],
    ];
    for (const [raw, op, number, unit] of cases) expect([raw, shape(raw)]).toEqual([raw, expect.objectContaining({ kind: 'quantitative', op, number, unit })]);
  });

  it('deadlines in English: before / by / no later than a date read as ≤ that date', () => {
    expect(shape('before 2024-12-31')).toEqual(shape('2024-12-31前'));
    expect(shape('by 2024-12-31')).toEqual(shape('截至2024-12-31'));
    expect(shape('no later than 2025-06')).toEqual(shape('≤2025-06'));
  });

  it('English prose stays text, as written', () => {
    const words = fc.constantFrom('service', 'quality', 'improved', 'over', 'at', 'least', 'the', 'users', 'days', 'satisfied', 'within', 'budget', 'and', 'above');
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 6 }), (ws) => {
        const s = ws.join(' ');
        const p = parseValue(s);
        // No number, so never a quantity with a number; the displayed text is the cell's.
        expect(p.number).toBeNull();
        if (p.kind === 'qualitative') expect(formatValue(p)).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('Simplified Chinese text without Latin letters is left exactly as written', () => {
    const zh = fc.constantFrom('不少于', '90', '%', '个', '人次', '以内', '达到', '完成', '年', '月', '≥', ' ', '满意度', '项目');
    fc.assert(
      fc.property(fc.array(zh, { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        expect(chineseSpelling(s)).toEqual({ text: s, changes: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('unit columns and unit classes accept the same spellings', () => {
    expect(parseValue(5, { unit: 'persons' }).unit).toBe('人');
    expect(parseValue(5, { unit: '個' }).unit).toBe('个');
    expect(parseValue(5, { unit: 'working days' }).unit).toBe('工作日');
    expect(unitClass('days')).toBe('time');
    expect(unitClass('萬元')).toBe('money');
    expect(unitClass('person-times')).toBe('personTimes');
  });
});
