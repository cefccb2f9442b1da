/**
 * The indicator's measure written before its figure, as 指标值 cells that repeat the name do (满意度≥90%, 合格率：95%,
 * 补助标准≤500元/人, 覆盖率达100%), and 达到95%以上 (the postfix is the operator): read as the figure, in the pane and
 * in the formula `fill` writes. A period before a count (每季度不少于1次) stays a count per period.
 */
import { indicatorRow, paneAndExcel } from '../helpers/score-row';
import { valueView } from '../helpers/value-view';

const view = valueView;

test.each([
  ['满意度≥90%', ['quantitative', '≥', '90', '%']],
  ['合格率：95%', ['quantitative', '=', '95', '%']],
  ['出勤率不低于95%', ['quantitative', '≥', '95', '%']],
  ['补助标准≤500元/人', ['quantitative', '≤', '500', '元/人']],
  ['培训人数≥100人', ['quantitative', '≥', '100', '人']],
  ['覆盖率达100%', ['quantitative', '=', '100', '%']],
  ['群众满意度达90%以上', ['quantitative', '≥', '90', '%']],
  ['达到95%以上', ['quantitative', '≥', '95', '%']],
  ['每季度不少于1次', ['quantitative', '≥', '1', '次/季度']],
  // No figure after the measure: still text.
  ['满意度明显提升', ['qualitative', null, null, null]],
  ['服务水平≥上年', ['qualitative', null, null, null]],
])('%s', (raw, want) => expect(view(raw)).toEqual(want));

test.each<[string, string, number]>([
  ['≥95%', '满意度96%', 10],
  ['≥95%', '合格率：98%', 10],
  ['≥95%', '达到95%以上', 10],
  ['≥100人', '培训人数120人', 10],
  ['≥95%', '合格率达90%', 9.47],
  ['满意度≥90%', '95%', 10],
])('%s with %s: pane and Excel agree', async (target, actual, want) => {
  const r = await paneAndExcel(indicatorRow(target, { level2: '质量指标' }), actual);
  expect([r.score, r.excel]).toEqual([want, want]);
});
