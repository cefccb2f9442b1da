/**
 * The period a figure is counted over, written before it: “全年不少于100人”, “2025年完成100人”, “年底前≥95%”, “2025年度培训100人”,
 * “年度≥90%”. The figure is the target (a 自评表 covers that one year); the cell was text (VAL “not a number”, no score) —
 * and the year must not turn it into a date. On a 时效 row a year with what is to be done (“2025年完成”, “2025年全年”) is a
 * deadline by the end of that year; elsewhere it stays words.
 */
import { parseValue } from '../../src/domain/value';
import { analyse } from '../../src/engine/analyse';
import { table, SELFEVAL_HEADER } from '../helpers/table';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

const view = (s: string, timeRow = false) => {
  const p = parseValue(s, { timeRow });
  return [p.kind, p.op, p.number, p.unit, p.date];
};

test.each([
  ['全年不少于100人', '≥', '100', '人'],
  ['全年≥100人', '≥', '100', '人'],
  ['全年度≥100人', '≥', '100', '人'],
  ['2025年全年100人', '=', '100', '人'],
  ['2025年完成100人', '=', '100', '人'],
  ['2025年≥100人', '≥', '100', '人'],
  ['2025年度≥100人', '≥', '100', '人'],
  ['2025年度培训100人', '=', '100', '人'],
  ['2025年底前完成100人', '=', '100', '人'],
  ['年底前完成100人', '=', '100', '人'],
  ['年底前100%', '=', '100', '%'],
  ['年底前≥95%', '≥', '95', '%'],
  ['年内完成100人', '=', '100', '人'],
  ['当年完成100%', '=', '100', '%'],
  ['年度≥90%', '≥', '90', '%'],
  ['年度不低于90%', '≥', '90', '%'],
  ['全年完成培训120人次', '=', '120', '人次'],
])('%s: the figure counted over the period, %s%s%s', (raw, op, number, unit) => {
  for (const timeRow of [false, true]) expect(view(raw, timeRow)).toEqual(['quantitative', op, number, unit, null]);
});

test.each([
  ['2025年12月底前', '2025-12'],
  ['2025年6月30日前', '2025-06-30'],
  ['2025年12月31日前完成', '2025-12-31'],
  ['年底前', '--12'],
  ['年底前完成', '--12'],
])('%s is still a date (%s)', (raw, date) => {
  expect(view(raw)[4]).toBe(date);
});

test.each([
  ['2025年完成', '2025'],
  ['2025年度完成', '2025'],
  ['2025年全年', '2025'],
  ['2025年全年完成', '2025'],
  ['2025年度全年', '2025'],
  ['2025全年', '2025'],
])('on a 时效 row %s is by the end of %s', (raw, date) => {
  expect(view(raw, true)).toEqual(['quantitative', '≤', null, 'date', date]);
});

test.each([['2025年完成'], ['2025年全年'], ['全年'], ['2025年度完成']])('elsewhere %s stays words, not a date', (raw) => {
  expect(view(raw)[0]).toBe('qualitative');
});

test('scored alike in the pane and in Excel, target or actual', async () => {
  for (const [target, actual, want] of [
    ['全年不少于100人', '120人', 10],
    ['2025年≥100人', '80人', 8],
    ['≥100人', '2025年完成120人', 10],
    ['≥100人', '全年≥120人', 10],
    ['≥95%', '年底前完成96%', 10],
    ['≥100人', '2025年度培训80人', 8],
  ] as const) {
    const r = await paneAndExcel(indicatorRow(target), actual);
    expect([target, actual, r.score, r.blocked, r.excel]).toEqual([target, actual, want, null, want]);
  }
});

test('in a whole 自评表: no false errors, every row scored', () => {
  const g = table(
    [
      ['产出指标', '数量指标', '培训人数', '全年不少于100人', '120人', 10, null, null],
      ['产出指标', '数量指标', '服务人次', '2025年≥1000人次', '1200人次', 10, null, null],
      ['产出指标', '质量指标', '验收合格率', '年底前≥95%', '98%', 10, null, null],
      ['产出指标', '时效指标', '完成时间', '2025年完成', '2025年11月', 10, null, null],
      ['产出指标', '时效指标', '项目周期', '2025年全年', '2025年12月', 10, null, null],
    ],
    { header: SELFEVAL_HEADER },
  );
  const a = analyse([g]);
  expect(a.projects[0].score.rows.map((r) => r.score)).toEqual([10, 10, 10, 10, 10]);
  expect(a.diagnostics.filter((x) => x.severity === 'error' && x.rule !== 'SE-01').map((x) => `${x.rule} ${x.message}`)).toEqual([]);
});
