/** CST-01 … CST-04. Target tables: 预算数 in B2/D2 above a header at row 4; self-evaluations from grids.ts. */
import { CST_CASES } from './cst.cases';
import { ruleTester } from './rule-tester';

for (const c of CST_CASES) ruleTester(c.rule, c);
