/**
 * English month-name dates (“by December 31, 2024”, “Dec 2024”) and money in yuan (“100 000 yuan”,
 * “RMB 1.2 million”, “¥500,000”) read as their Chinese twins: same op, date, number and unit.
 */
import { parseValue } from '../../src/domain/value';

const view = (s: string) => {
  const p = parseValue(s);
  return [p.kind, p.op, p.opImplicit, p.date, p.number, p.unit];
};

describe('dates with month names', () => {
  test.each([
    ['by December 31, 2024', '2024年12月31日前'],
    ['By Dec. 31, 2024', '2024年12月31日前'],
    ['before 31 December 2024', '2024年12月31日前'],
    ['no later than 31st Dec 2024', '2024年12月31日前'],
    ['on or before June 30th, 2024', '2024年6月30日前'],
    ['prior to Sept 30 2024', '2024年9月30日前'],
    ['December 31, 2024', '2024年12月31日'],
    ['31 Dec 2024', '2024年12月31日'],
    ['Dec 2024', '2024年12月'],
    ['December, 2024', '2024年12月'],
    ['end of December 2024', '2024年12月底'],
    ['by the end of December 2024', '2024年12月底前'],
    ['by the end of 2024', '2024年底前'],
    ['by end-2024', '2024年底前'],
    ['by end of Nov.', '11月底前'],
    ['completed on November 15, 2024', '2024年11月15日完成'],
    ['Completed by 20 Dec 2024', '2024年12月20日前完成'],
    ['Completed in October 2024', '2024年10月完成'],
    ['≤ December 31, 2024', '≤2024年12月31日'],
  ])('%s reads as %s', (en, zh) => expect(view(en)).toEqual(view(zh)));

  test.each([
    ['by December 31, 2024', '2024-12-31'],
    ['Dec 2024', '2024-12'],
    ['by the end of 2024', '2024'],
  ])('%s → %s', (en, iso) => {
    expect(parseValue(en).date).toBe(iso);
    expect(parseValue(en).changes).toContain('english');
  });

  test.each([['February 30, 2024'], ['Decembre 2024'], ['May the force be with you'], ['March towards goals'], ['December 31']])('%s is not a dated deadline with a year', (s) => {
    const p = parseValue(s);
    expect(p.date === null || !/^\d{4}/.test(p.date)).toBe(true);
  });
});

describe('money in yuan', () => {
  test.each([
    ['100 000 yuan', '100000元'],
    ['100,000 yuan', '100000元'],
    ['100 000元', '100000元'],
    ['≥ 3 000 人', '≥3000人'],
    ['RMB 1.2 million', '120万元'],
    ['1.2 million yuan', '120万元'],
    ['CNY 1.2 million', '120万元'],
    ['RMB 500,000', '500000元'],
    ['RMB500000', '500000元'],
    ['¥500,000', '500000元'],
    ['￥120万', '120万元'],
    ['≤¥48万元', '≤48万元'],
    ['no more than RMB 2 million', '≤200万元'],
    ['50 thousand yuan', '50000元'],
    ['1.5 billion yuan', '15亿元'],
    ['0.35 million yuan', '35万元'],
    ['200 yuan per person', '200元/人'],
    ['17 yuan/person/day', '17元/人·天'],
  ])('%s reads as %s', (en, zh) => expect(view(en)).toEqual(view(zh)));

  test.each([['1 2'], ['12 345 678 9'], ['2024 12']])('%s: digits apart are not one number', (s) => {
    expect(parseValue(s).kind).not.toBe('quantitative');
  });
});
