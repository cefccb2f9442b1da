/**
 * Range targets (“90%-95%”, “≥90%且≤95%”, “介于90%与95%之间”): the low bound is the target with op ≥,
 * the high bound is kept as `upper`; an actual inside the range is met, below it scores as a ≥ target,
 * above it as a ≤ target of the high bound — in the pane and in the Excel formula `fill` writes alike.
 */
import { DEFAULT_CONFIG, type Config } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { formatValue, parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { excelValue, indicatorRow } from '../helpers/score-row';

describe('parsing', () => {
  test.each([
    ['90%-95%', '90', '95', '%'],
    ['90-95%', '90', '95', '%'],
    ['90%～95%', '90', '95', '%'],
    ['90%~95%', '90', '95', '%'],
    ['90%至95%', '90', '95', '%'],
    ['90%到95%', '90', '95', '%'],
    ['90%—95%', '90', '95', '%'],
    ['90% - 95%', '90', '95', '%'],
    ['3-5天', '3', '5', '天'],
    ['1,000-2,000人', '1000', '2000', '人'],
    ['≥90%且≤95%', '90', '95', '%'],
    ['≥90%，≤95%', '90', '95', '%'],
    ['≥90% ≤95%', '90', '95', '%'],
    ['≤95%且≥90%', '90', '95', '%'],
    ['>90%且<95%', '90', '95', '%'],
    ['大于等于90%小于等于95%', '90', '95', '%'],
    ['不低于90%且不高于95%', '90', '95', '%'],
    ['不少于3次且不超过5次', '3', '5', '次'],
    ['介于90%与95%之间', '90', '95', '%'],
    ['介于90%和95%之间', '90', '95', '%'],
    ['在90%-95%之间', '90', '95', '%'],
    ['90%-95%之间', '90', '95', '%'],
    ['90%~95%区间', '90', '95', '%'],
    ['控制在80-100万元之间', '80', '100', '万元'],
    ['95%-90%', '90', '95', '%'],
    ['９０％－９５％', '90', '95', '%'],
    ['between 90% and 95%', '90', '95', '%'],
    ['90% to 95%', '90', '95', '%'],
  ])('%s: ≥ %s, upper %s, unit %s', (raw, low, high, unit) => {
    const p = parseValue(raw);
    // The low bound's operator as written: ≥, or > where the sheet says so.
    const op = raw.startsWith('>') ? '>' : '≥';
    expect([p.kind, p.op, p.opImplicit, p.range, p.number, p.upper, p.unit]).toEqual(['quantitative', op, false, true, low, high, unit]);
    // A strict low bound keeps its operator (a dash range reads back as ≥): parse → format → parse holds.
    expect(formatValue(p)).toBe(op === '>' ? `>${low}${unit}且≤${high}${unit}` : `${low}${unit}-${high}${unit}`);
  });

  test.each([['≥90%'], ['90%'], ['2023-12-31'], ['≥90%且≥95%'], ['≥90%，≤5人'], ['90%-95人'], ['≥95%且≤90%'], ['2021-2023年'], ['第1-2季度']])(
    '%s: not a range with an upper bound',
    (raw) => {
      expect(parseValue(raw).upper ?? null).toBeNull();
    },
  );

  test('the upper bound reads back from the canonical spelling', () => {
    for (const raw of ['≥90%且≤95%', '介于3与5天之间', '80-100万元']) {
      const p = parseValue(raw);
      const again = parseValue(formatValue(p));
      expect([again.op, again.number, again.upper, again.unit]).toEqual([p.op, p.number, p.upper, p.unit]);
    }
  });
});

const row = (target: string, opts: { cost?: boolean } = {}) => indicatorRow(target, { level2: '质量指标', ...opts });

const excel = excelValue;

describe('scoring', () => {
  const w = 10;
  test.each([
    ['90%-95%', 0.92, true, 10, null],
    ['90%-95%', 0.9, true, 10, null],
    ['90%-95%', 0.95, true, 10, null],
    ['90%-95%', 0.81, true, 9, 'below'],
    ['90%-95%', 1, true, 9.5, 'over'],
    ['90%-95%', '97%', false, 9.79, 'over'],
    ['≥90%且≤95%', '93%', false, 10, null],
    ['介于3与5天之间', '10天', false, 5, 'over'],
    ['3-5天', 4, false, 10, null],
    ['0-3天', 2, false, 10, null],
    ['0-3天', 6, false, 5, 'over'],
  ] as const)('target %s, actual %p: %p of 10 (%p)', async (target, actual, percent, want, reason) => {
    const ind = row(target);
    ind.actual = typeof actual === 'number' ? parseValue(actual, { numFmt: percent ? '0.00%' : null }) : parseValue(actual);
    const s = scoreRow(ind, w, DEFAULT_CONFIG);
    expect([s.score, s.reasonNeeded]).toEqual([want, reason]);
  });

  const linear: Config = { ...DEFAULT_CONFIG, reverseMethod: 'linear' };
  const cases: [string, string | number | null, boolean, Config][] = [];
  for (const cfg of [DEFAULT_CONFIG, linear]) {
    for (const [t, a, pc] of [
      ['90%-95%', 0.92, true],
      ['90%-95%', 0.5, true],
      ['90%-95%', 0.97, true],
      ['90%-95%', 1.5, true],
      ['90%-95%', 2.1, true],
      ['90%-95%', '98%', true],
      ['90%-95%', '≥96%', false],
      ['90%-95%', '93', true],
      ['≥90%且≤95%', '99%', false],
      ['介于3与5天之间', '8天', false],
      ['3-5天', 2, false],
      ['0-3天', 4, false],
      ['0-3天', 0, false],
      ['80-100万元', 120, false],
      ['90%-95%', null, true],
      ['90%-95%', '暂无', false],
    ] as const)
      cases.push([t, a, pc, cfg]);
  }
  test.each(cases)('target %s, actual %p (percent cell %p): Excel formula = pane score', async (target, actual, percent, cfg) => {
    const ind = row(target);
    ind.actual = actual === null ? null : typeof actual === 'number' ? parseValue(actual, { numFmt: percent ? '0.00%' : null }) : parseValue(actual);
    const s = scoreRow(ind, w, cfg);
    const f = rowScoreFormula(ind, s.method!, 'B1', 'A1', percent, cfg)!;
    expect([f, await excel(f, actual, w, percent)]).toEqual([f, s.score ?? '']);
  });
});
