/** A target written into a 三级 name is split off; a yes/no question (是否达到…) is a name, not a name and a target. */
import { targetInName } from '../../src/sheet/rows';

describe('targetInName', () => {
  it.each([
    ['培训人数≥100人', '培训人数', '≥100人'],
    ['工程验收合格率100%', '工程验收合格率', '100%'],
    ['设备完好率不低于95%', '设备完好率', '不低于95%'],
  ])('%s → %s | %s', (cell, name, target) => expect(targetInName(cell)).toEqual({ name, target }));
  it.each(['是否达到国家标准', '是否达到国家二级标准', '能否达到预期效果', '是否不低于上年', '有无达到验收要求'])('%s stays a name', (cell) =>
    expect(targetInName(cell)).toBeNull(),
  );
});
