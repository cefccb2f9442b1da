/** Every rule's RuleTester cases, in catalogue order: the catalogue test and the docs generator read them. */
import { CST_CASES } from './cst.cases';
import { HIE_CASES } from './hie.cases';
import { NRM_CASES } from './nrm.cases';
import type { RuleCases } from './rule-tester';
import { SE_CASES } from './se.cases';
import { VAL_CASES } from './val.cases';

export const ALL_CASES: RuleCases[] = [...NRM_CASES, ...HIE_CASES, ...VAL_CASES, ...CST_CASES, ...SE_CASES];
