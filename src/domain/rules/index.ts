/** The rule catalogue and the runner. Ids are stable: never renumber or reuse one. */
import type { Config } from '../config';
import type { Project, Role } from '../model';
import type { ProjectScore } from '../scoring';
import { address } from '../../sheet/grid';
import type { Severity } from '../../sheet/plan';
import { cstRules } from './cst';
import { hieRules } from './hie';
import { nrmRules } from './nrm';
import { seRules } from './se';
import { format, type Diagnostic, type Report, type Rule } from './types';
import { valRules } from './val';

export const RULES: Rule[] = [...nrmRules, ...hieRules, ...valRules, ...cstRules, ...seRules];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export function severityOf(rule: Rule, variant: string | undefined, cfg: Config): Severity | 'off' {
  const s = cfg.severity;
  if (variant && s[`${rule.id}:${variant}`]) return s[`${rule.id}:${variant}`];
  if (s[rule.id]) return s[rule.id];
  return (variant && rule.meta.variants?.[variant]) || rule.meta.severity;
}

/** `related`: the other projects of the same file (for SE-15); optional, rules that need it do nothing without it. */
export function runRules(project: Project, score: ProjectScore, config: Config, rules: Rule[] = RULES, related?: Project[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const used = Object.values(project.columns) as number[];
  const firstCol = used.length ? Math.min(...used) : 1;
  for (const rule of rules) {
    if (config.severity[rule.id] === 'off') continue;
    const report = (r: Report) => {
      const severity = severityOf(rule, r.variant, config);
      if (severity === 'off') return;
      const tpl = rule.messages[r.messageId];
      if (!tpl) throw new Error(`${rule.id}: unknown messageId ${r.messageId}`);
      out.push({
        rule: rule.id, severity, sheet: project.sheet, cell: address(r.row, r.col), row: r.row, col: r.col,
        project: project.index, message: format(tpl, r.data), messageEn: format(rule.messagesEn[r.messageId] ?? tpl, r.data),
        source: rule.meta.source, fixable: !!r.fix, ...(r.fix ? { fix: r.fix } : {}),
      });
    };
    const col = (role: Role) => project.columns[role] ?? project.columns.level3 ?? firstCol;
    rule.check({
      project, score, config, report, col, related: related?.filter((p) => p !== project),
      valueCell: (ind) => ({ row: ind.row, col: project.columns.target ?? col('level3') }),
    });
  }
  return out;
}
