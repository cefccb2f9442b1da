/**
 * Findings as the pane shows them: per project, one group per rule (and severity), errors first,
 * biggest groups first within a severity. Pure, so the grouping is tested without a browser.
 */
import type { Severity } from '../sheet/plan';
import type { Finding } from './host';

export interface RuleGroup {
  key: string;
  project: number;
  rule: string;
  severity: Severity;
  findings: Finding[];
  /** Those whose safe fix 应用 writes. */
  fixable: Finding[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function groupByRule(findings: Finding[]): RuleGroup[] {
  const map = new Map<string, RuleGroup>();
  for (const f of findings) {
    const key = `${f.project}|${f.rule}|${f.severity}`;
    let g = map.get(key);
    if (!g) map.set(key, (g = { key, project: f.project, rule: f.rule, severity: f.severity, findings: [], fixable: [] }));
    g.findings.push(f);
    if (f.fix) g.fixable.push(f);
  }
  return [...map.values()].sort((a, b) => a.project - b.project || ORDER[a.severity] - ORDER[b.severity] || b.findings.length - a.findings.length || a.rule.localeCompare(b.rule));
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export function countBySeverity(findings: Finding[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** The few findings to deal with first: errors, then warnings, in sheet order. */
export function firstToFix(findings: Finding[], max = 3): Finding[] {
  return findings
    .filter((f) => f.severity !== 'info')
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
    .slice(0, max);
}

/** A rule group's title in the display language (the rule id when the host gave no title). */
export function ruleTitle(f: Finding, lang: 'zh' | 'en'): string {
  return (lang === 'en' ? f.ruleTitleEn || f.ruleTitle : f.ruleTitle) || f.rule;
}
