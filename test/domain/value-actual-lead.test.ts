/**
 * Actuals written as a short sentence before the figure (“实际98%”, “已开展2次”, “组织培训3次”, “惠及120户”): read as the
 * figure, in the pane and in the formula fill writes (SE-04 said “not a number” and no score was given).
 */
import { parseValue } from '../../src/domain/value';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

test.each([
  ['≥95%', '实际98%', 10],
  ['≥95%', '实际为98%', 10],
  ['≥95%', '实际值98%', 10],
  ['≥95%', '实际完成值98%', 10],
  ['≥2次', '已开展2次', 10],
  ['≥2次', '开展1次', 5],
  ['≥2次', '共开展3次', 10],
  ['≥2次', '组织培训3次', 10],
  ['≥100人', '已培训120人', 10],
  ['≥100人', '实际培训80人', 8],
  ['≥100户', '惠及120户', 10],
  ['≥100户', '累计发放120户', 10],
])('target %s, actual %s: %p of 10 in the pane and in Excel', async (target, actual, want) => {
  const r = await paneAndExcel(indicatorRow(target), actual);
  expect([r.score, r.blocked, r.excel]).toEqual([want, null, want]);
});

test.each([
  ['每季度开展2次', '次/季度'],
  ['未开展', null],
  ['已开展', null],
])('%s reads with unit %p (a count per period, its verb read past; no figure: text)', (raw, unit) => {
  expect(parseValue(raw).unit).toBe(unit);
});
