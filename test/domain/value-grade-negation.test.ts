/**
 * Qualitative actuals that say the opposite of the words the grade is read by: “延期完成” holds 完成 but was late
 * (it scored full marks under “按时”), “不合格” / “不满意” / “不达标” hold the target's own word; and actuals that say the
 * harm did not happen (“未发生安全事故” under “无安全事故”, “未延期” under “按时”), which held 未 and scored 未达成.
 * The pane and the formula `fill` writes give one score (evaluated in the double).
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { parseValue } from '../../src/domain/value';
import { isOurFormula } from '../../src/engine/fill';
import { rowScoreFormula } from '../../src/engine/formulas';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

const row = (target: string) => indicatorRow(target, { level2: '质量指标', level3: '项目实施情况' });

test.each([
  ['按时', '延期完成', 3],
  ['按时', '逾期完成', 3],
  ['按期完成', '滞后', 3],
  ['按时完成', '项目滞后，年底前完成', 3],
  ['合格', '不合格', 3],
  ['验收合格', '验收不合格', 3],
  ['满意', '不满意', 3],
  ['达标', '不达标', 3],
  ['按时', '部分延期', 7],
  // unchanged: the grade words still read so
  ['按时', '按时完成', 10],
  ['按时', '已完成', 10],
  ['达标', '基本达标', 7],
  ['合格', '合格', 10],
])('target %s, actual %s: %p of 10 in the pane and in Excel', async (target, actual, want) => {
  const r = await paneAndExcel(row(target), actual);
  expect([r.method, r.score, r.blocked, r.excel]).toEqual(['qualitative', want, null, want]);
});

test.each([
  ['无安全事故', '未发生安全事故', 10],
  ['无重大安全事故', '未发生', 10],
  ['杜绝安全生产事故', '未发生安全生产事故', 10],
  ['不发生食品安全事故', '未出现食品安全事故', 10],
  ['零投诉', '未收到投诉', 10],
  ['无安全事故', '无', 10],
  ['避免出现质量问题', '没有出现质量问题', 10],
  ['按时', '未延期', 10],
  ['按时完成', '无延期，按时完成', 10],
  ['及时', '无滞后', 10],
  // a none said under a target that says none is met; elsewhere 未 still reads 未达成
  ['有效提升', '未发生变化', 3],
  ['无安全事故', '发生安全事故1起，未造成损失', 3], // it happened: 未 reads 未达成, as before
])('target %s, actual %s (the harm did not happen): %p of 10 in the pane and in Excel', async (target, actual, want) => {
  const r = await paneAndExcel(row(target), actual);
  expect([r.method, r.score, r.blocked, r.excel]).toEqual(['qualitative', want, null, want]);
});

test.each([['无安全事故'], ['按时'], ['较上年有所提高'], ['合格']])('the formula for %s is recognised as ours on a re-run', (target) => {
  const f = rowScoreFormula({ target: parseValue(target) } as never, 'qualitative', 'G12', 'F12', false, DEFAULT_CONFIG)!;
  expect([f, isOurFormula(f)]).toEqual([f, true]);
});
