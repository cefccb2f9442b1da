/**
 * Durations in 天 against 个月 / 年 (一个月按 30 天、一年按 365 天, 实务惯例) convert before SE-03 and scoring, in the
 * pane and in the formula `fill` writes; 工作日 against calendar days do not convert, and SE-03 says why.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { parseValue } from '../../src/domain/value';
import { SE03 } from '../../src/domain/rules/se/se-03';
import { unitFactor, workdaysAgainstCalendar } from '../../src/domain/unit-scale';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

test.each<[string, string, number | null, string | null]>([
  ['≤3个月', '85天', 10, null],
  ['≤3个月', '120天', 7.5, null],
  ['≤45天', '1个月', 10, null],
  ['≤30天', '2个月', 5, null],
  ['≥2年', '730天', 10, null],
  ['≥6个月', '3周', 1.17, null],
  ['≤1年', '12个月', 10, null],
  ['≤15个工作日', '12天', null, 'unit'],
  ['≤10天', '8个工作日', null, 'unit'],
])('%s with %s: pane and Excel agree', async (target, actual, want, blocked) => {
  const r = await paneAndExcel(indicatorRow(target, { level2: '时效指标' }), actual);
  expect([r.score, r.blocked, r.excel]).toEqual([want, blocked, want ?? '']);
});

test('a year stays 12 months against months, 365 days against days', () => {
  expect(unitFactor('年', '个月')).toEqual({ mul: '12', div: '1' });
  expect(unitFactor('年', '天')).toEqual({ mul: '365', div: '1' });
  expect(unitFactor('天', '个月')).toEqual({ mul: '1', div: '30' });
  expect(unitFactor('工作日', '天')).toBeNull();
  expect([workdaysAgainstCalendar('工作日', '天'), workdaysAgainstCalendar('个月', '个工作日'), workdaysAgainstCalendar('小时', '工作日')]).toEqual([true, true, false]);
});

test('SE-03 says working days do not convert to calendar days', () => {
  const ind = indicatorRow('≤15个工作日', { level2: '时效指标', level3: '办结时限' });
  ind.actual = parseValue('12天');
  const out: { messageId: string }[] = [];
  const project = { indicators: [ind], columns: {} } as never;
  SE03.create({
    project,
    config: DEFAULT_CONFIG,
    report: (r: { messageId: string }) => out.push(r),
    col: () => 1,
    cellName: () => 'A1',
    valueCell: () => ({ row: 1, col: 1 }),
  } as never);
  expect(out.map((x) => x.messageId)).toEqual(['workdays']);
});
