/** CST: money — the budget lines and the cost rows against them (docs/domain.md §5.3, §8.2). */
import type { Rule } from '../types';
import { CST01 } from './cst-01';
import { CST02 } from './cst-02';
import { CST03 } from './cst-03';
import { CST04 } from './cst-04';

export { CST01, CST02, CST03, CST04 };

export const cstRules: Rule[] = [CST01, CST02, CST03, CST04];
