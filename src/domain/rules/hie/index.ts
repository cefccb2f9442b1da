/** HIE: the indicator hierarchy (docs/domain.md §3). */
import type { Rule } from '../types';
import { HIE01 } from './hie-01';
import { HIE02 } from './hie-02';
import { HIE03 } from './hie-03';
import { HIE04 } from './hie-04';
import { HIE05 } from './hie-05';
import { HIE06 } from './hie-06';
import { HIE07 } from './hie-07';

export { HIE01, HIE02, HIE03, HIE04, HIE05, HIE06, HIE07 };

export const hieRules: Rule[] = [HIE01, HIE02, HIE03, HIE04, HIE05, HIE06, HIE07];
