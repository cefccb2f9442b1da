/** VAL-01 … VAL-12 through the real recogniser and scorer. Target tables: header row 4, rows from 5, 指标值 in D. */
import { isBareTrend } from '../../src/domain/rules/val';
import { VAL_CASES } from './val.cases';
import { ruleTester } from './rule-tester';

for (const c of VAL_CASES) ruleTester(c.rule, c);

test('isBareTrend', () => {
  for (const s of ['提升', '持续提升', '显著提高', '覆盖度高', '健全', '符合规定', '有效增强', '效果明显。']) expect(isBareTrend(s)).toBe(true);
  for (const s of ['达到预期', '较好', '基本达到', '达到二级标准', '≥95%', '按月安排', '']) expect(isBareTrend(s)).toBe(false);
});
