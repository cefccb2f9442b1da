/**
 * SE: the self-evaluation (绩效自评, docs/domain.md §4 and “Scoring algorithm”). The rules compare what the
 * sheet holds (分值, 得分, the funds block, the total line) with what the scorer computed (ctx.score).
 */
import type { Rule } from '../types';
import { SE01 } from './se-01';
import { SE02 } from './se-02';
import { SE03 } from './se-03';
import { SE04 } from './se-04';
import { SE05 } from './se-05';
import { SE06 } from './se-06';
import { SE07 } from './se-07';
import { SE08 } from './se-08';
import { SE09 } from './se-09';
import { SE10 } from './se-10';
import { SE11 } from './se-11';
import { SE12 } from './se-12';
import { SE13 } from './se-13';
import { SE14 } from './se-14';
import { SE15 } from './se-15';

export { SE01, SE02, SE03, SE04, SE05, SE06, SE07, SE08, SE09, SE10, SE11, SE12, SE13, SE14, SE15 };

export const seRules: Rule[] = [SE01, SE02, SE03, SE04, SE05, SE06, SE07, SE08, SE09, SE10, SE11, SE12, SE13, SE14, SE15];
