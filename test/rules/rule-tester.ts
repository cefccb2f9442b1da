/**
 * RuleTester in the style of ESLint's: each rule gets valid and invalid cases; a case is a Grid,
 * run through the real recogniser and scorer, then through the one rule. The cases live in
 * <family>.cases.ts (all-cases.ts gathers them): the docs generator shows some of them as examples.
 *
 * As in ESLint, an invalid case names each report's messageId, which must match exactly, and may give
 * its data: the template of that messageId filled with that data must be the message reported.
 */
import { DEFAULT_CONFIG, type Config } from '../../src/domain/config';
import { runRules, severityOf } from '../../src/domain/rules';
import { format, type Diagnostic, type Report, type Rule, type RuleContext } from '../../src/domain/rules/types';
import { scoreProject } from '../../src/domain/scoring';
import { address } from '../../src/sheet/a1';
import type { Grid } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';

export interface ExpectedError {
  /** The report's messageId, exactly. */
  messageId: string;
  /** The report's data: the messageId's template filled with it must equal the message. */
  data?: Record<string, string | number>;
  /** A1 address, e.g. "D3". */
  cell?: string;
  severity?: 'error' | 'warning' | 'info';
  /** Substring of the Chinese message. */
  message?: string;
  /** Expected fix value, when the rule offers one. */
  fix?: string | number;
}

export interface ValidCase {
  name: string;
  grid: Grid;
  config?: Partial<Config>;
}
export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

/** One rule's cases. */
export interface RuleCases {
  rule: Rule;
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** A finding with the report it came from (messageId and data are not part of a Diagnostic). */
export interface Reported {
  diagnostic: Diagnostic;
  report: Report;
}

/** Runs one rule on a case, keeping each report beside the finding it became (reports switched off make none). */
export function runCase(rule: Rule, c: ValidCase): Reported[] {
  const config = { ...DEFAULT_CONFIG, ...c.config };
  const { projects } = recogniseSheet(c.grid);
  if (!projects.length) throw new Error(`${rule.id} case “${c.name}”: no table recognised`);
  const out: Reported[] = [];
  for (const p of projects) {
    const reports: Report[] = [];
    // The rule sees the runner's own context; only `report` is watched.
    const watched: Rule = {
      ...rule,
      create(ctx: RuleContext) {
        const spy: RuleContext = Object.create(ctx);
        spy.report = (r) => {
          if (severityOf(rule, r.variant, config) !== 'off') reports.push(r);
          ctx.report(r);
        };
        rule.create(spy);
      },
    };
    // Every project of the grid is passed as `related`, as the engine does for cross-table rules (SE-15).
    const found = runRules(p, scoreProject(p, config), config, address, [watched], projects);
    if (found.length !== reports.length) throw new Error(`${rule.id}: ${reports.length} reports became ${found.length} findings`);
    found.forEach((d, i) => out.push({ diagnostic: d, report: reports[i] }));
  }
  return out;
}

/** Throws (a failed expectation) unless the case yields no finding. */
export function verifyValid(rule: Rule, c: ValidCase): void {
  expect(runCase(rule, c).map(({ diagnostic: d }) => `${d.cell} ${d.message}`)).toEqual([]);
}

/** Throws (a failed expectation) unless the case yields exactly the expected findings, in order. */
export function verifyInvalid(rule: Rule, c: InvalidCase): void {
  const got = runCase(rule, c);
  expect(got.map(({ diagnostic: d }) => `${d.cell} ${d.message}`)).toHaveLength(c.errors.length);
  c.errors.forEach((e, i) => {
    const { diagnostic: d, report: r } = got[i];
    const where = `${rule.id} “${c.name}” error ${i + 1}`;
    expect(`${where}: ${r.messageId}`).toBe(`${where}: ${e.messageId}`);
    // Every placeholder of the template was filled.
    expect(`${where}: ${d.message}`).not.toMatch(/\{\w+\}/);
    if (e.data) expect(`${where}: ${d.message}`).toBe(`${where}: ${format(rule.meta.messages[e.messageId] ?? '', e.data)}`);
    if (e.cell) expect(`${where}: ${d.cell}`).toBe(`${where}: ${e.cell}`);
    if (e.severity) expect(`${where}: ${d.severity}`).toBe(`${where}: ${e.severity}`);
    if (e.message) expect(d.message).toContain(e.message);
    if (e.fix !== undefined) expect(d.fix?.value).toBe(e.fix);
  });
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const c of cases.valid) test(`valid: ${c.name}`, () => verifyValid(rule, c));
    for (const c of cases.invalid) test(`invalid: ${c.name}`, () => verifyInvalid(rule, c));
  });
}
