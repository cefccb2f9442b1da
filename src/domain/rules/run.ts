/**
 * The runner: each rule's create() gets one context per project; its reports become findings whose
 * messages are formatted only when read. The registry (index.ts) passes the rules to run.
 */
import type { Config } from '../config';
import type { IndicatorRow, Project, Role } from '../model';
import type { ProjectScore } from '../scoring';
import type { Severity } from '../severity';
import { format, type CellName, type Diagnostic, type Report, type Rule, type RuleContext } from './types';

/** A report's severity: the configuration's for “id:variant”, then for the id, then the rule's own for the variant, then its default. */
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
  constructor(
    rule: Rule,
    severity: Severity,
    project: Project,
    r: Report,
    cell: string,
    private tpl: string,
    private en: string,
  ) {
    this.data = r.data;
    this.rule = rule.id;
    this.severity = severity;
    this.sheet = project.sheet;
    this.cell = cell;
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
  constructor(
    readonly project: Project,
    readonly score: ProjectScore,
    readonly config: Config,
    readonly cellName: CellName,
    private file: Project[] | undefined,
    private out: Diagnostic[],
    private infos: InfoCount | undefined,
  ) {
    const used = Object.values(project.columns) as number[];
    this.firstCol = used.length ? Math.min(...used) : 1;
  }
  report(r: Report): void {
    const rule = this.rule;
    const severity = severityOf(rule, r.variant, this.config);
    if (severity === 'off') return;
    const tpl = rule.meta.messages[r.messageId];
    if (!tpl) throw new Error(`${rule.id}: unknown messageId ${r.messageId}`);
    if (severity === 'info' && this.infos) return void this.infos.count++;
    this.out.push(new Finding(rule, severity, this.project, r, this.cellName(r.row, r.col), tpl, rule.meta.messagesEn[r.messageId] ?? tpl));
  }
  col(role: Role): number {
    return this.project.columns[role] ?? this.project.columns.level3 ?? this.firstCol;
  }
  valueCell(ind: IndicatorRow): { row: number; col: number } {
    // A 指标值 merged down over several indicators is held (and fixed) in the merge's cell.
    return ind.targetFrom ?? { row: ind.row, col: this.project.columns.target ?? this.col('level3') };
  }
  /** Filtered on first use: only SE-15 reads it, and unnamed tables can share one large group. */
  get related(): Project[] | undefined {
    return (this.others ??= this.file?.filter((p) => p !== this.project));
  }
}

/**
 * Where a caller that only counts infos (the text report without --verbose prints their number) has them counted:
 * no finding is made for an info — at 100 000 rows ~185 000 of them, each kept to the end of the run.
 */
export interface InfoCount {
  count: number;
}

/** Runs `rules` on one project (see runRules in index.ts); with `infos`, each info is counted there instead of kept. */
export function runRuleSet(project: Project, score: ProjectScore, config: Config, cellName: CellName, rules: Rule[], related?: Project[], infos?: InfoCount): Diagnostic[] {
  const out: Diagnostic[] = [];
  const run = new Run(project, score, config, cellName, related, out, infos);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (config.severity[rule.id] === 'off') continue;
    run.rule = rule;
    rule.create(run);
  }
  return out;
}
