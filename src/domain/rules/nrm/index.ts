/** NRM: normalisation notices. They never block; NRM-01/05/06 carry safe fixes (meta.fix). */
import type { Rule } from '../types';
import { NRM01 } from './nrm-01';
import { NRM02 } from './nrm-02';
import { NRM03 } from './nrm-03';
import { NRM04 } from './nrm-04';
import { NRM05 } from './nrm-05';
import { NRM06 } from './nrm-06';
import { NRM07 } from './nrm-07';

export { NRM01, NRM02, NRM03, NRM04, NRM05, NRM06, NRM07 };

export const nrmRules: Rule[] = [NRM01, NRM02, NRM03, NRM04, NRM05, NRM06, NRM07];
