/** The rule catalogue and the runner. Ids are stable: never renumber or reuse one. */
import type { Config } from '../config';
import type { IndicatorRow, Project, Role } from '../model';
import type { ProjectScore } from '../scoring';
import { address } from '../../sheet/a1';
import type { Severity } from '../../sheet/plan';
import { cstRules } from './cst';
import { hieRules } from './hie';
import { nrmRules } from './nrm';
import { seRules } from './se';
import { format, type Diagnostic, type Report, type Rule, type RuleContext } from './types';
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
  // Only the message data is kept from the report: large sheets hold tens of thousands of findings.
  private data: Report['data'];
  constructor(rule: Rule, severity: Severity, project: Project, r: Report, private tpl: string, private en: string) {
    this.data = r.data;
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
    return format(this.tpl, this.data);
  }
  get messageEn(): string {
    return format(this.en, this.data);
  }
  /** JSON and spreads see the messages as plain fields. */
  toJSON() {
    const { data: _d, tpl: _t, en: _e, ...rest } = this;
    return { ...rest, message: this.message, messageEn: this.messageEn };
  }
}

/** One project's run: every rule gets the same context, and `rule` is the one being run. */
class Run implements RuleContext {
  rule!: Rule;
  private firstCol: number;
  private others?: Project[];
  constructor(readonly project: Project, readonly score: ProjectScore, readonly config: Config, private file: Project[] | undefined, private out: Diagnostic[]) {
    const used = Object.values(project.columns) as number[];
    this.firstCol = used.length ? Math.min(...used) : 1;
  }
  report(r: Report): void {
    const rule = this.rule;
    const severity = severityOf(rule, r.variant, this.config);
    if (severity === 'off') return;
    const tpl = rule.messages[r.messageId];
    if (!tpl) throw new Error(`${rule.id}: unknown messageId ${r.messageId}`);
    this.out.push(new Finding(rule, severity, this.project, r, tpl, rule.messagesEn[r.messageId] ?? tpl));
  }
  col(role: Role): number {
    return this.project.columns[role] ?? this.project.columns.level3 ?? this.firstCol;
  }
  valueCell(ind: IndicatorRow): { row: number; col: number } {
    return { row: ind.row, col: this.project.columns.target ?? this.col('level3') };
  }
  /** Filtered on first use: only SE-15 reads it, and unnamed tables can share one large group. */
  get related(): Project[] | undefined {
    return (this.others ??= this.file?.filter((p) => p !== this.project));
  }
}

/** `related`: the other projects of the same file (for SE-15); optional, rules that need it do nothing without it. */
export function runRules(project: Project, score: ProjectScore, config: Config, rules: Rule[] = RULES, related?: Project[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const run = new Run(project, score, config, related, out);
  for (const rule of rules) {
    if (config.severity[rule.id] === 'off') continue;
    run.rule = rule;
    rule.check(run);
  }
  return out;
}
