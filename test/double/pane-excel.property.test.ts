/**
 * The pane's score and the score formula fill writes, evaluated in the Excel double, agree on any target × actual
 * drawn from the spellings sheets use (counts, rates, money, days, ranges, per-year counts, grade words; numbers in
 * General and in %-formatted cells). Comparing the two over such a grid found the percent-cell family
 * (src/domain/percent-cell.ts). Session 15 took in the families left out by name until then (a unit under a target with
 * none, % text under a count, “1e2”, “36台(套)”): none is left out. A formula written while the cell was empty, then the
 * actual typed: Excel shows the pane's score or nothing (a spelling fill did not see), never another number.
 */
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { excelValue, indicatorRow } from '../helpers/score-row';

const TARGETS = [
  '≥95%',
  '≤5%',
  '100%',
  '≥10人',
  '≥10 人次',
  '=1',
  '1个',
  '≥3家',
  '≤90万元',
  '≤3天',
  '≥36台(套)',
  '1000元/人',
  '≥200名',
  '≥5km',
  '≤48000元',
  '90%-95%',
  '3-5天',
  '≥90分',
  '≥2次/年',
  '每年4次',
  '不少于300户',
  '≥95个百分点',
  '≥0.95',
  '≥1200人次',
  '≤10个工作日',
  '≥80',
  '≥85%',
  '≥1.5万人',
  '显著提升',
  '是',
  '达到预期',
  '无安全事故',
  '较上年有所提高',
  '≥95%；',
  '≥80%，力争90%',
  '≥10人。',
];
const NUMBERS = [0.96, 0.5, 1, 0, 95, 96, 100, 120, 8, 10, 12, 40, 3, 2, 1000, 1200, 50000, 0.05, 3.5, -1];
const TEXTS = [
  '96%',
  '80%',
  '98',
  '≥95%',
  '≥96%',
  '≤3天',
  '8人',
  '12人',
  '40套',
  '40台',
  '1000元',
  '1200元/人',
  '210名',
  '6km',
  '6公里',
  '5000米',
  '95分',
  '12人次',
  '3家',
  '1.2万人',
  '12000人',
  '2次',
  '4次',
  '九成',
  '百分之九十五',
  '一百二十人',
  '已完成',
  '达到',
  ' 100 ',
  '１００',
  '95％',
  '0.95',
  '3天',
  '5个工作日',
  '85万元',
  '850000元',
  '100.0%',
  '1,200',
  '达成',
  '基本达成',
  '未达成',
  '显著提升',
  '有所提升',
  '未发生安全事故',
  '增长3%',
  '是',
  '否',
  '36台(套)',
  '1e2',
  '1.2E+03',
  '百分之96',
  '40 套',
  '8人（含外聘）',
  '96%。',
  '12人；',
  '９６％',
  '≥９５％',
  '４０套',
  '８人',
  '约40套',
  '40套左右',
  '近40套',
  '40余套',
  '约96%',
];

const actualArb = fc.oneof(
  fc.record({ actual: fc.constantFrom<string | number>(...NUMBERS), percent: fc.boolean() }),
  fc.record({ actual: fc.constantFrom<string | number>(...TEXTS), percent: fc.constant(false) }),
);

test('pane score = Excel formula score, for any target × actual of the grid', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...TARGETS), actualArb, async (target, { actual, percent }) => {
      const ind = indicatorRow(target);
      ind.actual = typeof actual === 'number' ? parseValue(actual, { numFmt: percent ? '0.00%' : null }) : parseValue(actual);
      const s = scoreRow(ind, 10, DEFAULT_CONFIG);
      if (!s.method) return;
      // As fill.ts: an approximate actual (约40套) gets the formula of an empty cell.
      const f = rowScoreFormula(s.blocked === 'approx' ? { ...ind, actual: null } : ind, s.method, 'B1', 'A1', percent, DEFAULT_CONFIG);
      if (!f) return;
      const got = await excelValue(f, actual, 10, percent);
      expect([target, actual, percent, got]).toEqual([target, actual, percent, s.score ?? '']);
    }),
    { numRuns: 300 },
  );
});

test('a formula written before the actual was typed: Excel shows the pane score or nothing, never another number', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...TARGETS), actualArb, async (target, { actual, percent }) => {
      const ind = indicatorRow(target);
      const method = scoreRow(ind, 10, DEFAULT_CONFIG).method;
      if (!method) return;
      const f = rowScoreFormula(ind, method, 'B1', 'A1', percent, DEFAULT_CONFIG);
      if (!f) return;
      ind.actual = typeof actual === 'number' ? parseValue(actual, { numFmt: percent ? '0.00%' : null }) : parseValue(actual);
      const s = scoreRow(ind, 10, DEFAULT_CONFIG);
      const got = await excelValue(f, actual, 10, percent);
      if (got !== '') expect([target, actual, percent, got]).toEqual([target, actual, percent, s.score]);
    }),
    { numRuns: 300 },
  );
});
