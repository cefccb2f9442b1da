/**
 * A target written in interval notation (“[90%,95%]”, “【90%，95%】”, “(85%,95%]”) or as a value and its tolerance
 * (“95%±2%”) is a range. Before, each was qualitative text: VAL-04 “比率类指标…不是数值” on a rate, and no score.
 */
import { parseValue } from '../../src/domain/value';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

const view = (s: string) => {
  const p = parseValue(s);
  return [p.kind, p.op, p.number, p.upper, p.unit];
};

test.each([
  ['[90%,95%]', ['quantitative', '≥', '90', '95', '%']],
  ['[90%, 95%]', ['quantitative', '≥', '90', '95', '%']],
  ['【90%，95%】', ['quantitative', '≥', '90', '95', '%']],
  ['［90%，95%］', ['quantitative', '≥', '90', '95', '%']],
  ['(85%,95%]', ['quantitative', '>', '85', '95', '%']],
  ['（85%，95%］', ['quantitative', '>', '85', '95', '%']],
  ['[3,5]次', ['quantitative', '≥', '3', '5', '次']],
  ['[3次,5次]', ['quantitative', '≥', '3', '5', '次']],
  ['95%±2%', ['quantitative', '≥', '93', '97', '%']],
  ['95±2%', ['quantitative', '≥', '93', '97', '%']],
  ['25℃±2℃', ['quantitative', '≥', '23', '27', '℃']],
])('%s: a range', (raw, want) => expect(view(raw)).toEqual(want));

test.each([['[95%,90%]'], ['[90%,95元]'], ['(附件1)'], ['±2%'], ['5±5天'], ['[2024,2025]']])('%s: not a range read from brackets', (raw) => {
  expect(parseValue(raw).upper).toBeUndefined();
});

test('an actual inside the interval scores full marks, in the pane and in Excel', async () => {
  const r = await paneAndExcel(indicatorRow('[90%,95%]'), '93%');
  expect([r.score, r.blocked, r.excel]).toEqual([10, null, 10]);
  const t = await paneAndExcel(indicatorRow('95%±2%'), '96%');
  expect([t.score, t.blocked, t.excel]).toEqual([10, null, 10]);
});
