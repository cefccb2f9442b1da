/**
 * Units that count the same thing: “120名” or “120位” under a target in 人 (and 万名 as 10 000 人), an actual in 人 under a
 * target in 人次 (each person is at least one visit), “2.5km” under 公里, “6000kg” under 吨 — each was “单位不一致” with no
 * score, in the pane and in Excel. A unit written with its alternative in brackets (“≥36台(套)”) is one unit: NRM-06 no
 * longer offers to drop “(套)”; it is compared as its first unit (an actual in 套 alone is left for Excel's formula to read).
 */
import { parseValue } from '../../src/domain/value';
import { unitClass } from '../../src/domain/units';
import { analyse } from '../../src/engine/analyse';
import { table, SELFEVAL_HEADER } from '../helpers/table';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

test.each([
  ['≥100人', '120名', 10],
  ['≥100人', '120位', 10],
  ['≥100人', '80名', 8],
  ['≥100名', '120人', 10],
  ['≥100名', '120位', 10],
  ['≥1万人', '12000名', 10],
  ['≥10000人', '1.2万名', 10],
  ['≥100人次', '120人', 10],
  ['≥100人次', '50人', 5],
  ['≥2公里', '2.5km', 10],
  ['≥2公里', '1KM', 5],
  ['≥2km', '2500米', 10],
  ['≥5吨', '6000kg', 10],
  ['≥36台(套)', '40台', 10],
  ['≥36台(套)', '40台(套)', 10],
  ['≥36台(套)', '40台（套）', 10],
  ['≥36台（套）', '18台', 5],
  ['≥36台', '40台(套)', 10],
  ['≥10个(项)', '10个', 10],
])('target %s, actual %s: %p of 10 in the pane and in Excel', async (target, actual, want) => {
  const r = await paneAndExcel(indicatorRow(target), actual);
  expect([r.score, r.blocked, r.excel]).toEqual([want, null, want]);
});

test.each([
  ['≥100人', '120人次'],
  ['≥100人', '120个'],
  ['≥36台(套)', '40个'],
  // “40套” under “≥36台(套)” is scored since session 14 (test/domain/unit-target-for.test.ts).
])('target %s, actual %s: still not the same count (no score, in either)', async (target, actual) => {
  const r = await paneAndExcel(indicatorRow(target), actual);
  expect([r.score, r.blocked, r.excel]).toEqual([null, 'unit', '']);
});

test.each([
  ['≥36台(套)', '台'],
  ['≥36台（套）', '台'],
  ['36台(套)', '台'],
  ['≥2个(项)', '个'],
  ['≥5辆(台)', '辆'],
])('%s: the unit with its alternative is one unit, compared as %s and kept as written', (raw, unit) => {
  const p = parseValue(raw);
  expect([p.kind, p.unit, unitClass(p.unit), p.changes]).toEqual(['quantitative', unit, 'count', expect.arrayContaining(['unit-note'])]);
  expect(p.changes).not.toContain('count-noun');
});

test.each([
  ['3台(含备用)', '台'],
  ['5个村(社区)', '个'],
  ['≥100人(次)', '人'],
])('%s: a note or a noun in brackets, no alternative unit (unit %s)', (raw, unit) => {
  expect(parseValue(raw).unit).toBe(unit);
});

test('in a whole 自评表: no NRM-06 offer to drop (套), no unit finding, every row scored', () => {
  const g = table(
    [
      ['产出指标', '数量指标', '购置设备数量', '≥36台(套)', '40台(套)', 10, null, null],
      ['产出指标', '数量指标', '培训人数', '≥100人', '120名', 10, null, null],
      ['产出指标', '数量指标', '服务人次', '≥100人次', '150人', 10, null, null],
      ['产出指标', '数量指标', '修建道路长度', '≥2公里', '2.5km', 10, null, null],
    ],
    { header: SELFEVAL_HEADER },
  );
  const a = analyse([g]);
  expect(a.projects[0].score.rows.map((r) => r.score)).toEqual([10, 10, 10, 10]);
  const d = a.diagnostics.filter((x) => x.row > 1 && x.rule !== 'SE-01');
  expect(d.filter((x) => x.rule === 'NRM-06' || x.rule === 'SE-03' || x.severity === 'error').map((x) => `${x.rule} ${x.message}`)).toEqual([]);
});
