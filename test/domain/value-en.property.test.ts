/**
 * Properties: every valid date written with an English month name, in each common order and with each
 * deadline word, reads like its Chinese twin; every amount in yuan, million or ¥ likewise; and a range
 * written in any spelling keeps both bounds.
 */
import fc from 'fast-check';
import { parseValue } from '../../src/domain/value';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const short = (m: number) => (m === 9 ? 'Sept' : MONTHS[m - 1].slice(0, 3));
const view = (s: string) => {
  const p = parseValue(s);
  return [p.kind, p.op, p.opImplicit, p.date, p.number, p.upper ?? null, p.unit];
};
const days = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const date = fc
  .record({ y: fc.integer({ min: 1990, max: 2150 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => d <= days(y, m));

test('month-name dates read as 年月日, with or without a deadline word', () => {
  const orders = [
    (y: number, m: number, d: number) => `${MONTHS[m - 1]} ${d}, ${y}`,
    (y: number, m: number, d: number) => `${d} ${MONTHS[m - 1]} ${y}`,
    (y: number, m: number, d: number) => `${short(m)}. ${d}, ${y}`,
    (y: number, m: number, d: number) => `${d}th ${short(m)} ${y}`,
  ];
  const leads: [string, string][] = [
    ['', ''],
    ['by ', '前'],
    ['before ', '前'],
    ['no later than ', '前'],
  ];
  fc.assert(
    fc.property(date, fc.integer({ min: 0, max: orders.length - 1 }), fc.integer({ min: 0, max: leads.length - 1 }), ({ y, m, d }, o, l) => {
      const [lead, zh] = leads[l];
      expect(view(lead + orders[o](y, m, d))).toEqual(view(`${y}年${m}月${d}日${zh}`));
    }),
    { numRuns: 600 },
  );
});

test('month and year, and the end of a month or year', () => {
  fc.assert(
    fc.property(date, fc.boolean(), ({ y, m }, full) => {
      const name = full ? MONTHS[m - 1] : short(m);
      expect(view(`${name} ${y}`)).toEqual(view(`${y}年${m}月`));
      expect(view(`by the end of ${name} ${y}`)).toEqual(view(`${y}年${m}月底前`));
      expect(view(`by the end of ${y}`)).toEqual(view(`${y}年底前`));
    }),
    { numRuns: 300 },
  );
});

test('yuan amounts: grouped digits, RMB / CNY / ¥ before, million and billion', () => {
  const amount = fc.integer({ min: 1, max: 99_999_999 });
  const grouped = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  fc.assert(
    fc.property(amount, fc.constantFrom(' ', ',', '\u00a0'), fc.constantFrom('RMB ', 'CNY ', '¥', '￥', ''), (n, sep, cur) => {
      const written = cur ? `${cur}${grouped(n, sep)}` : `${grouped(n, sep)} yuan`;
      expect(view(written)).toEqual(view(`${n}元`));
    }),
    { numRuns: 600 },
  );
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('RMB ', 'CNY ', ''), (k, cur) => {
      const m = k / 100; // 0.01 … 99.99 million
      const written = cur ? `${cur}${m} million` : `${m} million yuan`;
      expect(view(written)).toEqual(view(`${k}万元`));
    }),
    { numRuns: 300 },
  );
});

test('ranges keep both bounds in every spelling', () => {
  const spellings = [
    (a: string, b: string, u: string) => `${a}${u}-${b}${u}`,
    (a: string, b: string, u: string) => `${a}-${b}${u}`,
    (a: string, b: string, u: string) => `${a}${u}～${b}${u}`,
    (a: string, b: string, u: string) => `${a}${u}至${b}${u}`,
    (a: string, b: string, u: string) => `≥${a}${u}且≤${b}${u}`,
    (a: string, b: string, u: string) => `≤${b}${u}，≥${a}${u}`,
    (a: string, b: string, u: string) => `不低于${a}${u}且不高于${b}${u}`,
    (a: string, b: string, u: string) => `介于${a}${u}与${b}${u}之间`,
    (a: string, b: string, u: string) => `between ${a}${u} and ${b}${u}`,
  ];
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 9998 }),
      fc.integer({ min: 1, max: 500 }),
      fc.constantFrom('%', '个', '人', '万元', '天'),
      fc.integer({ min: 0, max: spellings.length - 1 }),
      (lo, gap, u, k) => {
        const a = String(lo / 10);
        const b = String((lo + gap) / 10);
        const p = parseValue(spellings[k](a, b, u));
        expect([p.kind, p.op, p.number, p.upper, p.unit]).toEqual(['quantitative', '≥', a, b, u]);
      },
    ),
    { numRuns: 900 },
  );
});
