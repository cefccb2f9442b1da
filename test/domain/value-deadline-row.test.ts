/**
 * A deadline in words (“年底前”, “年底前完成”, “年内完成”, “上半年完成”) on a row whose name counts or rates something (培训人数,
 * 验收合格率, 惠及人数, 补助资金) is not a date: the row measures a quantity, the words say it is done by then — text, graded by
 * the words of the actual. It was read as a date ≤ 12月: VAL-08 “人数类指标，指标值单位却是日期”, SE-03 against “100%”, no score.
 * On a 时效 row, or a row whose name says nothing of its measure, it stays a date.
 */
import { analyse } from '../../src/engine/analyse';
import { table, SELFEVAL_HEADER } from '../helpers/table';
import { parseValue } from '../../src/domain/value';
import { deadlineAsText } from '../../src/domain/value-deadline-row';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

const rows = (target: string, actual: string) =>
  table(
    [
      ['产出指标', '数量指标', '培训人数', target, actual, 10, null, null],
      ['产出指标', '质量指标', '验收合格率', target, actual, 10, null, null],
      ['效益指标', '社会效益指标', '受益群众满意度', target, actual, 10, null, null],
      ['产出指标', '成本指标', '补助资金', target, actual, 10, null, null],
      ['产出指标', '时效指标', '完成时间', target, actual, 10, null, null],
      ['产出指标', '数量指标', '新建校舍', target, actual, 10, null, null],
    ],
    { header: SELFEVAL_HEADER },
  );

test.each(['年底前', '年底前完成', '年内完成', '年末前完成', '上半年完成', '第三季度前完成'])('“%s” on a quantity row is text; on a 时效 or unnamed row a date', (target) => {
  const a = analyse([rows(target, '已完成')]);
  const inds = a.projects[0].project.indicators;
  expect(inds.map((i) => [i.level3, i.target.kind, i.target.unit])).toEqual([
    ['培训人数', 'qualitative', null],
    ['验收合格率', 'qualitative', null],
    ['受益群众满意度', 'qualitative', null],
    ['补助资金', 'qualitative', null],
    ['完成时间', 'quantitative', 'date'],
    ['新建校舍', 'quantitative', 'date'],
  ]);
  const bad = a.diagnostics.filter((d) => d.row >= 2 && d.row <= 5 && ['VAL-08', 'SE-03'].includes(d.rule));
  expect(bad).toEqual([]);
});

test("the actual's words grade it, in the pane and in Excel alike", async () => {
  for (const [actual, want] of [
    ['已完成', 10],
    ['按期完成', 10],
  ] as const) {
    const ind = indicatorRow('年底前完成', { level3: '培训人数' });
    ind.target = deadlineAsText(parseValue('年底前完成'), '培训人数', false);
    const r = await paneAndExcel(ind, actual);
    expect([actual, r.method, r.score, r.excel]).toEqual([actual, 'qualitative', want, want]);
  }
});

test('an actual written as a deadline on a quantity row is text too; a date stays a date', () => {
  expect(deadlineAsText(parseValue('年底前完成'), '培训人数', false).kind).toBe('qualitative');
  expect(deadlineAsText(parseValue('2024年12月底前'), '培训人数', false).unit).toBe('date');
  expect(deadlineAsText(parseValue('年底前≥95%'), '验收合格率', false).number).toBe('95');
  expect(deadlineAsText(parseValue('年底前完成'), '培训人数', true).unit).toBe('date');
});
