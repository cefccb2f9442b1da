/**
 * A target written as a chained inequality, the indicator (or an x) between its bounds: “90%≤x≤95%”, “95%≤合格率≤100%”,
 * “0<X≤5%”. The x was taken for a template placeholder (a false VAL-01 error, no score); the name made it text.
 */
import { parseValue } from '../../src/domain/value';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

const view = (s: string) => {
  const p = parseValue(s);
  return [p.kind, p.op, p.number, p.upper, p.unit, p.placeholder];
};

test.each([
  ['90%≤x≤95%', ['quantitative', '≥', '90', '95', '%', false]],
  ['90%≤X≤95%', ['quantitative', '≥', '90', '95', '%', false]],
  ['90≤x≤95%', ['quantitative', '≥', '90', '95', '%', false]],
  ['90% ≤ x ≤ 95%', ['quantitative', '≥', '90', '95', '%', false]],
  ['95%≤合格率≤100%', ['quantitative', '≥', '95', '100', '%', false]],
  ['3天≤办理时限≤5天', ['quantitative', '≥', '3', '5', '天', false]],
  ['0<x≤5%', ['quantitative', '>', '0', '5', '%', false]],
  ['90%＜X＜95%', ['quantitative', '>', '90', '95', '%', false]],
  ['90%≦x≦95%', ['quantitative', '≥', '90', '95', '%', false]],
])('%s: a range between its bounds', (raw, want) => expect(view(raw)).toEqual(want));

test.each([['X≤5%'], ['≥XX%'], ['**≤x≤**']])('%s: still a placeholder', (raw) => expect(parseValue(raw).placeholder).toBe(true));

test('an actual inside the chained range scores full marks, in the pane and in Excel', async () => {
  const r = await paneAndExcel(indicatorRow('90%≤x≤95%'), '93%');
  expect([r.score, r.blocked, r.excel]).toEqual([10, null, 10]);
});
