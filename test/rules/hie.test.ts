/** HIE-01 … HIE-06: the indicator hierarchy. */
import { HIE_CASES } from './hie.cases';
import { ruleTester } from './rule-tester';

for (const c of HIE_CASES) ruleTester(c.rule, c);
