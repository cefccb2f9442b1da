/**
 * A range connector (至 到 - ~ — – ― ～ 〜) is never a unit: “≥0至”, “90%至”, “5个到” are a range whose high bound is missing,
 * not “0 至”, “90%” or “5个”. Read as text, a finding then asks for the target (VAL-04 / SE-04) instead of a bound silently dropped.
 * Words that only start with 到 (“100%到位”, “95%到户”) stay a measure word with its noun.
 */
import fc from 'fast-check';
import { parseUnitText } from '../../src/domain/units';
import { parseValue } from '../../src/domain/value';

const CONNECTORS = ['至', '到', '-', '~', '—', '–', '―', '～', '〜', '－'];
const UNITS = ['', '%', '个', '人', '人次', '次', '万元', '元', '天', '个月', '公里', '元/人', '次/年', '户', '家企业'];
const OPS = ['', '≥', '≤', '>', '<', '不少于', '不超过', '控制在', '达到'];
const NUMBERS = ['0', '5', '90', '1.5', '1,200'];
const HIGH = ['', '十', '十个', '一百', '五'];
const RUNS = Number(process.env.RUNS ?? 200);
const connectorIn = (u: string | null) => u !== null && CONNECTORS.some((c) => u.includes(c));

test('parseUnitText: a connector, alone or before a number, is not a unit', () => {
  for (const c of CONNECTORS) {
    for (const u of UNITS) {
      for (const h of HIGH) {
        const r = parseUnitText(u + c + h);
        expect([u + c + h, r?.unit ?? null, connectorIn(r?.rawUnit ?? null)]).toEqual([u + c + h, null, false]);
      }
    }
  }
});

test('op × number × unit × connector (× a Chinese-numeral high bound): never read with a connector in its unit, nor as the bound alone', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...OPS),
      fc.constantFrom(...NUMBERS),
      fc.constantFrom(...UNITS),
      fc.constantFrom(...CONNECTORS),
      fc.constantFrom(...HIGH),
      fc.boolean(),
      (op, n, u, c, h, time) => {
        const v = op + n + u + c + h;
        const p = parseValue(v, { timeRow: time });
        expect([v, connectorIn(p.unit), connectorIn(p.rawUnit)]).toEqual([v, false, false]);
        // One bound read and the rest dropped would score a truncated range as met: text, or a range with both bounds.
        if (p.kind === 'quantitative' && p.number !== null) expect([v, p.range]).toEqual([v, true]);
      },
    ),
    { numRuns: RUNS },
  );
});

test.each([
  ['100%到位', '%'],
  ['95%到户', '%'],
  ['3人到岗', '人'],
])('%s keeps its unit (到 starts a word here)', (v, unit) => {
  expect(parseValue(v).unit).toBe(unit);
});
