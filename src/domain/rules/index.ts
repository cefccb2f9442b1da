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
/** A diagnostic whose messages are formatted when read: large sheets produce many findings that are only counted. */
class Finding implements Diagnostic {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  row: number;
  col: number;
  project: number;
  source: string;
  fixable: boolean;
  fix?: Report['fix'];
  constructor(rule: Rule, severity: Severity, project: Project, private r: Report, private tpl: string, private en: string) {
    this.rule = rule.id;
    this.severity = severity;
    this.sheet = project.sheet;
    this.cell = address(r.row, r.col);
    this.row = r.row;
    this.col = r.col;
    this.project = project.index;
    this.source = rule.meta.source;
    this.fixable = !!r.fix;
    if (r.fix) this.fix = r.fix;
  }
  get message(): string {
    return format(this.tpl, this.r.data);
  }
  get messageEn(): string {
    return format(this.en, this.r.data);
  }
  /** JSON and spreads see the messages as plain fields. */
  toJSON() {
    const { r: _r, tpl: _t, en: _e, ...rest } = this;
    return { ...rest, message: this.message, messageEn: this.messageEn };
  }
}

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
      out.push(new Finding(rule, severity, project, r, tpl, rule.messagesEn[r.messageId] ?? tpl));
    };
    const col = (role: Role) => project.columns[role] ?? project.columns.level3 ?? firstCol;
    rule.check({
      project, score, config, report, col, related: related?.filter((p) => p !== project),
      valueCell: (ind) => ({ row: ind.row, col: project.columns.target ?? col('level3') }),
    });
  }
  return out;
}
