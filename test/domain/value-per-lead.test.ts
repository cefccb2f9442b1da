/**
 * A rate written with its “per” words first, as published targets often are: “每人每天17元”, “人均1000元”, “每生每年200元”,
 * “户均500元”, “次均300元”, “人均补助标准不低于1000元”. Each is the quantity “17元/人·天”, “1000元/人” …, as the same target
 * written unit-last is — not qualitative text (which a 成本 row's VAL rules called “not a number” and SE-04 graded by words).
 */
import { parseValue } from '../../src/domain/value';
import { analyse } from '../../src/engine/analyse';
import { table, SELFEVAL_HEADER } from '../helpers/table';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

const view = (s: string) => {
  const p = parseValue(s);
  return [p.kind, p.op, p.number, p.unit];
};

test.each([
  ['每人每天17元', '=', '17', '元/人·天'],
  ['每人每日17元', '=', '17', '元/人·日'],
  ['每人每天不低于17元', '≥', '17', '元/人·天'],
  ['每人每天17元以上', '≥', '17', '元/人·天'],
  ['每人每月100元', '=', '100', '元/人·月'],
  ['每人1000元', '=', '1000', '元/人'],
  ['每人次50元', '=', '50', '元/人次'],
  ['人均1000元', '=', '1000', '元/人'],
  ['人均≥1000元', '≥', '1000', '元/人'],
  ['人均不低于1000元', '≥', '1000', '元/人'],
  ['人均1000元以上', '≥', '1000', '元/人'],
  ['人均１０００元', '=', '1000', '元/人'],
  ['人均1,000元', '=', '1000', '元/人'],
  ['人均0.5万元', '=', '0.5', '万元/人'],
  ['人均补助1000元', '=', '1000', '元/人'],
  ['人均补助标准≥1000元', '≥', '1000', '元/人'],
  ['人均增收1000元', '=', '1000', '元/人'],
  ['人均1000元/年', '=', '1000', '元/人·年'],
  ['≥人均1000元', '≥', '1000', '元/人'],
  ['平均每人1000元', '=', '1000', '元/人'],
  ['每生每年200元', '=', '200', '元/生·年'],
  ['生均800元/年', '=', '800', '元/生·年'],
  ['生均≤800元', '≤', '800', '元/生'],
  ['户均500元', '=', '500', '元/户'],
  ['户均增收2000元', '=', '2000', '元/户'],
  ['每户2000元', '=', '2000', '元/户'],
  ['每户不超过2000元', '≤', '2000', '元/户'],
  ['次均300元', '=', '300', '元/次'],
  ['每亩300元', '=', '300', '元/亩'],
  ['亩均补贴300元', '=', '300', '元/亩'],
  ['每公里5万元', '=', '5', '万元/公里'],
  ['每村1名', '=', '1', '名/村'],
  ['每人每天8小时', '=', '8', '小时/人·天'],
])('%s is the rate %s%s %s', (raw, op, number, unit) => {
  expect(view(raw)).toEqual(['quantitative', op, number, unit]);
  expect(view(`${op === '=' ? '' : op}${number}${unit}`)).toEqual(['quantitative', op, number, unit]);
});

test.each([
  ['每年1次', '次/年'],
  ['每季度开展2次', '次/季度'],
  ['平均1000元', null],
  ['年均增长5%', '%'],
  ['人均可支配收入增长5%', null],
  ['人均', null],
  ['每人', null],
])('%s is not a per-person rate (unit %p)', (raw, unit) => {
  expect(parseValue(raw).unit).toBe(unit);
});

test('VAL and NRM findings are those of the same targets written unit-last; NRM-06 offers the unit-last spelling', () => {
  const rows = (targets: string[]) =>
    table(
      [
        ['产出指标', '成本指标', '人均补助标准', targets[0]],
        ['产出指标', '成本指标', '伙食补助标准', targets[1]],
        ['产出指标', '成本指标', '户均补助', targets[2]],
        ['产出指标', '成本指标', '生均公用经费', targets[3]],
      ],
      { header: ['一级指标', '二级指标', '三级指标', '指标值'] },
    );
  const findings = (targets: string[]) =>
    analyse([rows(targets)])
      .diagnostics.filter((x) => x.row > 1 && (x.rule.startsWith('VAL') || x.rule.startsWith('NRM')))
      .map((x) => `${x.rule} ${x.row}`);
  const first = ['人均1000元', '每人每天17元', '户均≤500元', '每生每年200元'];
  const last = ['1000元/人', '17元/人·天', '≤500元/户', '200元/生·年'];
  expect(findings(first)).toEqual([...findings(last), 'NRM-06 2', 'NRM-06 3', 'NRM-06 4', 'NRM-06 5'].sort());
  const nrm = analyse([rows(first)]).diagnostics.filter((x) => x.rule === 'NRM-06');
  expect(nrm.map((x) => x.message)).toEqual(first.map((t, i) => `指标值“${t}”规范写法为“${last[i]}”`));
});

test('a rate target with its per words first scores an actual in the rate, in the pane and in Excel', async () => {
  for (const [target, actual, want] of [
    ['每人每天17元', '17元/人·天', 10],
    ['人均≥1000元', '1200元/人', 10],
    ['人均≥1000元', '800元/人', 8],
    ['每生每年200元', '200元/生·年', 10],
  ] as const) {
    const r = await paneAndExcel(indicatorRow(target), actual);
    expect([target, actual, r.score, r.blocked, r.excel]).toEqual([target, actual, want, null, want]);
  }
});

test('an actual written per-words-first is read alike in the pane and in Excel', async () => {
  const r = await paneAndExcel(indicatorRow('人均≥1000元'), '人均1200元');
  expect(r.score).toBe(r.excel === '' ? null : r.excel);
});

test('in a whole 自评表: the rate rows are scored', () => {
  const g = table(
    [
      ['产出指标', '成本指标', '人均补助标准', '人均≤1000元', '1000元/人', 10, null, null],
      ['产出指标', '数量指标', '伙食补助', '每人每天17元', '17元/人·天', 10, null, null],
    ],
    { header: SELFEVAL_HEADER },
  );
  const a = analyse([g]);
  expect(a.projects[0].score.rows.map((r) => r.score)).toEqual([10, 10]);
  expect(a.diagnostics.filter((x) => x.severity === 'error' && x.rule !== 'SE-01').map((x) => `${x.rule} ${x.message}`)).toEqual([]);
});
