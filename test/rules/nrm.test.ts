/** NRM-01 … NRM-06: normalisation notices (info), several with safe fixes. */
import { NRM_CASES } from './nrm.cases';
import { ruleTester } from './rule-tester';

for (const c of NRM_CASES) ruleTester(c.rule, c);
