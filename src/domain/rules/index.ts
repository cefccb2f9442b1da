/**
 * The rule registry: every rule, in catalogue order. Ids are stable: never renumber or reuse one.
 *
 * Adding a rule: a file src/domain/rules/<family>/<id>.ts exporting one Rule (meta with titles, description,
 * public source (cite.ts), developer evidence, severity, fix kind, messages; create(ctx) reporting through
 * ctx.report), listed in its family's index.ts; RuleTester cases in test/rules/<family>.cases.ts; then
 * `npm run docs:rules` writes its page under docs/rules/.
 */
import type { Config } from '../config';
import type { Project } from '../model';
import type { ProjectScore } from '../scoring';
import { cstRules } from './cst';
import { hieRules } from './hie';
import { nrmRules } from './nrm';
import { runRuleSet, type InfoCount } from './run';
import { seRules } from './se';
import type { CellName, Diagnostic, Rule } from './types';
import { valRules } from './val';

export { severityOf, type InfoCount } from './run';

export const RULES: Rule[] = [...nrmRules, ...hieRules, ...valRules, ...cstRules, ...seRules];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/**
 * Runs the rules (all by default) on one project.
 * `cellName`: how the caller spells a cell (the engine passes the sheet's A1 `address`).
 * `related`: the other projects of the same file (for SE-15); optional, rules that need it do nothing without it.
 * `infos`: the caller only counts infos — each is counted there, not kept as a finding.
 */
export function runRules(project: Project, score: ProjectScore, config: Config, cellName: CellName, rules: Rule[] = RULES, related?: Project[], infos?: InfoCount): Diagnostic[] {
  return runRuleSet(project, score, config, cellName, rules, related, infos);
}
