/** VAL: the 指标值 of each row (docs/domain.md §5, §8). Most findings point at the 指标值 cell. */
import type { Rule } from '../types';
import { VAL01 } from './val-01';
import { VAL02 } from './val-02';
import { VAL03 } from './val-03';
import { VAL04 } from './val-04';
import { VAL05 } from './val-05';
import { VAL06 } from './val-06';
import { VAL07 } from './val-07';
import { VAL08 } from './val-08';
import { VAL09 } from './val-09';
import { VAL10 } from './val-10';
import { VAL11 } from './val-11';
import { VAL12 } from './val-12';

export { VAL01, VAL02, VAL03, VAL04, VAL05, VAL06, VAL07, VAL08, VAL09, VAL10, VAL11, VAL12 };
export { isBareTrend } from './val-05';

export const valRules: Rule[] = [VAL01, VAL02, VAL03, VAL04, VAL05, VAL06, VAL07, VAL08, VAL09, VAL10, VAL11, VAL12];
