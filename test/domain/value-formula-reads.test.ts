/**
 * Actuals the pane reads and Excel's score formula, as fill writes it for the actual in the cell, now reads too — so both
 * score them, alike: an operator typed twice (“≥=95%”, “=≥95%”), a rate with its per words first (“人均1200元”, “每人每天17元”)
 * and counts in Chinese numerals with 百/千 (“一百二十人”, “不少于三百户”). Session 13 left them unscored in both (SE-04 asked
 * for the number). The formula stays one of ours (撤销 and re-runs recognise it).
 */
import { parseValue } from '../../src/domain/value';
import { analyse } from '../../src/engine/analyse';
import { isOurFormula } from '../../src/engine/fill';
import { rowScoreFormula } from '../../src/engine/formulas';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { table, SELFEVAL_HEADER } from '../helpers/table';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

const cases: [string, string, number][] = [
  // an operator typed twice or in two spellings
  ['≥95%', '≥=95%', 10],
  ['≥95%', '=≥95%', 10],
  ['≥95%', '≥ =95%', 10],
  ['≥95%', '≧=95％', 10],
  ['≥95%', '>=≥95%', 10],
  ['≥90%', '≥=45%', 5],
  ['≤5天', '≤=5天', 10],
  ['≤5天', '=≤10天', 5],
  ['≥100人', '≥=100人', 10],
  ['≥100人', '＞＝＝80人', 8],
  // a rate with its per words first
  ['人均≥1000元', '人均1200元', 10],
  ['≥1000元/人', '人均1200元', 10],
  ['≥1000元/人', '人均800元', 8],
  ['≥1000元/人', '人均不低于1200元', 10],
  ['≥1000元/人', '人均≥800元', 8],
  ['≥1000元/人', '人均1,200元', 10],
  ['≥1000元/人', '人均0.08万元', 8],
  ['17元/人·天', '每人每天17元', 10],
  ['≥800元/生·年', '生均800元/年', 10],
  ['≥500元/户', '户均400元', 8],
  ['≥0.1万元/人', '人均800元', 8],
  // counts in Chinese numerals with 百/千
  ['≥100人', '一百二十人', 10],
  ['≥300户', '不少于三百户', 10],
  ['≥1000个', '一千零五十个', 10],
  ['≥400人', '两百人', 5],
  ['≥305人', '三百零五人', 10],
  ['≥1200人', '一千二百人', 10],
  ['≥200人次', '≥两百人次', 10],
  ['≥1000个', '五百个以上', 5],
  ['≥5个', '不少于五个', 10],
  ['≥5个', '不低于三个', 6],
];

test.each(cases)('under %s, %s scores %s in the pane and in Excel', async (target, actual, want) => {
  const r = await paneAndExcel(indicatorRow(target), actual);
  expect([r.score, r.blocked, r.excel]).toEqual([want, null, want]);
});

test.each(cases)('under %s, the formula written for %s is one of ours', (target, actual) => {
  const ind = indicatorRow(target);
  ind.actual = parseValue(actual);
  const s = scoreRow(ind, 10, DEFAULT_CONFIG);
  expect(isOurFormula('=' + rowScoreFormula(ind, s.method!, 'F9', 'E9', false, DEFAULT_CONFIG)!)).toBe(true);
});

// Actuals in another unit of the target's quantity (converted by the formula): these formulas were not recognised as ours either.
test.each([
  ['≥120万元', '1,180,000元'],
  ['≥0.5%', '5‰'],
  ['≥2吨', '2000千克'],
  ['≥3公里', '2.5km'],
])('under %s, the formula written for %s (another unit) is one of ours', (target, actual) => {
  const ind = indicatorRow(target);
  ind.actual = parseValue(actual);
  const s = scoreRow(ind, 10, DEFAULT_CONFIG);
  expect(isOurFormula('=' + rowScoreFormula(ind, s.method!, 'F9', 'E9', false, DEFAULT_CONFIG)!)).toBe(true);
});

test('in a whole 自评表 such actuals are scored and SE-04 does not ask for a number', () => {
  const g = table(
    [
      ['产出指标', '质量指标', '验收合格率', '≥90%', '≥=95%', 10, null, null],
      ['产出指标', '成本指标', '人均补助标准', '≤1000元/人', '人均1000元', 10, null, null],
      ['产出指标', '数量指标', '培训人数', '≥100人', '一百二十人', 10, null, null],
    ],
    { header: SELFEVAL_HEADER },
  );
  const a = analyse([g]);
  expect(a.projects[0].score.rows.map((r) => r.score)).toEqual([10, 10, 10]);
  expect(a.diagnostics.filter((x) => x.rule === 'SE-04')).toEqual([]);
});
