/**
 * Operators typed twice or in two spellings at once, as targets are found in published tables: “≥=90%” (≥ then the = of
 * “>=”), “≥≥90%”, “=≥90%”, “≤=5%”, “≧=90％”, “≥ =90%”, “>=≥90%”. Each is the one operator it repeats (≥ or ≤, “=” adding
 * nothing to it); the cell was read as text — VAL said “not a number”, no score could be given against it. NRM-06 offers
 * the single operator. Opposite operators together (“≥≤90%”) say nothing clear and stay text.
 */
import { parseValue, formatValue } from '../../src/domain/value';
import { analyse } from '../../src/engine/analyse';
import { table } from '../helpers/table';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

const view = (s: string) => {
  const p = parseValue(s);
  return [p.kind, p.op, p.opImplicit, p.number, p.unit];
};

test.each([
  ['≥=90%', '≥', '90', '%'],
  ['≥＝90%', '≥', '90', '%'],
  ['≧=90％', '≥', '90', '%'],
  ['≥≥90%', '≥', '90', '%'],
  ['=≥90%', '≥', '90', '%'],
  ['==≥90%', '≥', '90', '%'],
  ['≥ =90%', '≥', '90', '%'],
  ['≥ = 90%', '≥', '90', '%'],
  ['>=≥90%', '≥', '90', '%'],
  ['=>=90%', '≥', '90', '%'],
  ['＞＝＝90%', '≥', '90', '%'],
  ['≤=5%', '≤', '5', '%'],
  ['≦=5%', '≤', '5', '%'],
  ['=≤5%', '≤', '5', '%'],
  ['≤≤5天', '≤', '5', '天'],
  ['<==5天', '≤', '5', '天'],
  ['≥=100人', '≥', '100', '人'],
  ['≥=36台', '≥', '36', '台'],
])('%s is one operator %s', (raw, op, number, unit) => {
  expect(view(raw)).toEqual(['quantitative', op, false, number, unit]);
  expect(parseValue(raw).changes).toContain('op-symbol');
  expect(formatValue(parseValue(raw))).toBe(`${op}${number}${unit}`);
});

test.each([['≥≤90%'], ['≤≥5%'], ['<>5%']])('%s: opposite operators together stay text', (raw) => {
  expect(parseValue(raw).kind).toBe('qualitative');
});

test('a column of operators may hold a doubled one (≥=): it is the row operator', () => {
  expect(parseValue('90%', { op: '≥=' }).op).toBe('≥');
  expect(parseValue('5%', { op: '≤=' }).op).toBe('≤');
});

test('a doubled operator on a target scores the actual against it, in the pane and in Excel', async () => {
  for (const [target, actual, want] of [
    ['≥=90%', '95%', 10],
    ['≥=90%', '45%', 5],
    ['≤=5天', '5天', 10],
    ['≥≥100人', '80人', 8],
  ] as const) {
    const r = await paneAndExcel(indicatorRow(target), actual);
    expect([target, actual, r.score, r.blocked, r.excel]).toEqual([target, actual, want, null, want]);
  }
});

test('in a whole table: no “not a number”, NRM-06 offers the single operator', () => {
  const g = table([
    ['产出指标', '质量指标', '验收合格率', '≥=90%'],
    ['产出指标', '数量指标', '培训人数', '≥≥100人'],
    ['产出指标', '时效指标', '办理时限', '≤=5天'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '=≥90%'],
  ]);
  const d = analyse([g]).diagnostics.filter((x) => x.row > 1);
  expect(d.filter((x) => x.rule.startsWith('VAL'))).toEqual([]);
  expect(d.filter((x) => x.rule === 'NRM-06').map((x) => x.message)).toEqual([
    '指标值“≥=90%”规范写法为“≥90%”',
    '指标值“≥≥100人”规范写法为“≥100人”',
    '指标值“≤=5天”规范写法为“≤5天”',
    '指标值“=≥90%”规范写法为“≥90%”',
  ]);
});

test('an actual typed with a doubled operator: the same in the pane and in Excel', async () => {
  // “≥≥95%”, “>=95%”, and since session 14 “≥=95%”, “=≥95%” (the formula drops the “=” left after ≥: engine/formula-spelling.ts).
  for (const [actual, want] of [
    ['≥≥95%', 10],
    ['>=95%', 10],
    ['≥=95%', 10],
    ['=≥95%', 10],
  ] as const) {
    const r = await paneAndExcel(indicatorRow('≥90%'), actual);
    expect([actual, r.score, r.excel]).toEqual([actual, want, want ?? '']);
  }
  const g = table(
    [
      ['产出指标', '质量指标', '验收合格率', '≥90%', '≥=95%', 10, null, null],
      ['产出指标', '质量指标', '达标率', '≥90%', '≥≥95%', 10, null, null],
    ],
    { header: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'] },
  );
  const se04 = analyse([g]).diagnostics.filter((x) => x.rule === 'SE-04');
  expect(se04.map((x) => x.row)).toEqual([]);
});
