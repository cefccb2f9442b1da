/**
 * A note in brackets after the unit (“≤420万元（全年）”, “≥3台(套)（含备用）”, a line break before it) keeps the
 * value a quantity with its unit; NRM-06 does not offer to drop the note (the words carry meaning).
 */
import { formatValue, parseValue } from '../../src/domain/value';
import { valueView } from '../helpers/value-view';

const view = valueView;

test.each([
  ['≤420万元（全年）', ['quantitative', '≤', '420', '万元']],
  ['≤420万元\n（全年）', ['quantitative', '≤', '420', '万元']],
  ['≥3台(套)（含备用）', ['quantitative', '≥', '3', '台']],
  ['≤2年（质保期）', ['quantitative', '≤', '2', '年']],
  ['100万元(其中中央50万元)', ['quantitative', '=', '100', '万元']],
  ['≥10台（套）', ['quantitative', '≥', '10', '台']],
  // After a rate unit too (session 9): the rate is the unit, the bracket a note.
  ['≥5000元/人（年）', ['quantitative', '≥', '5000', '元/人']],
  ['≤17元/人·天（含餐费）', ['quantitative', '≤', '17', '元/人·天']],
  ['≤1.2万元/亩(含材料费)', ['quantitative', '≤', '1.2', '万元/亩']],
  ['≥2次/年（含电话回访）', ['quantitative', '≥', '2', '次/年']],
  ['≤17元/(人·天)', ['quantitative', '≤', '17', '元/人·天']],
])('%s', (s, want) => {
  expect(view(s)).toEqual(want);
});

test('the note is marked: NRM-06 skips such a value, since formatValue alone would drop the note', () => {
  const p = parseValue('≤420万元（全年）');
  expect(p.changes).toContain('unit-note');
  expect(formatValue(p)).toBe('≤420万元');
});

test('a bracket that is not a note after a unit stays text', () => {
  expect(parseValue('按合同（协议）约定').kind).toBe('qualitative');
  expect(parseValue('≥（全年）').number).toBeNull();
  expect(parseValue('5元/人（年）左右').kind).toBe('qualitative');
});
