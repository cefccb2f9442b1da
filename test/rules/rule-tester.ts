/**
 * RuleTester in the style of ESLint's: each rule gets valid and invalid cases; a case is a Grid,
 * run through the real recogniser and scorer, then through the one rule. Which rules were
 * exercised is recorded, so a test can fail when a rule has no cases.
 */
import { DEFAULT_CONFIG, type Config } from '../../src/domain/config';
import { runRules } from '../../src/domain/rules';
import type { Rule } from '../../src/domain/rules/types';
import { scoreProject } from '../../src/domain/scoring';
import { address, type Grid } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';

export interface ExpectedError {
  messageId: string;
  /** A1 address, e.g. "D3". */
  cell?: string;
  severity?: 'error' | 'warning' | 'info';
  /** Substring of the Chinese message. */
  message?: string;
  /** Expected fix value, when the rule offers one. */
  fix?: string | number;
}

export interface ValidCase { name: string; grid: Grid; config?: Partial<Config> }
export interface InvalidCase extends ValidCase { errors: ExpectedError[] }

export const exercised = new Map<string, { valid: number; invalid: number }>();

function run(rule: Rule, c: ValidCase) {
  const config = { ...DEFAULT_CONFIG, ...c.config };
  const { projects } = recogniseSheet(c.grid);
  if (!projects.length) throw new Error(`${rule.id} case “${c.name}”: no table recognised`);
  // Every project of the grid is passed as `related`, as the engine does for cross-table rules (SE-15).
  return projects.flatMap((p) => runRules(p, scoreProject(p, config), config, address, [rule], projects));
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rec = exercised.get(rule.id) ?? { valid: 0, invalid: 0 };
  rec.valid += cases.valid.length;
  rec.invalid += cases.invalid.length;
  exercised.set(rule.id, rec);
  describe(rule.id, () => {
    for (const c of cases.valid) {
      test(`valid: ${c.name}`, () => {
        expect(run(rule, c).map((d) => `${d.cell} ${d.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      test(`invalid: ${c.name}`, () => {
        const got = run(rule, c);
        expect(got).toHaveLength(c.errors.length);
        c.errors.forEach((e, i) => {
          const d = got[i];
          expect(rule.meta.messages[e.messageId]).toBeDefined();
          if (e.cell) expect(d.cell).toBe(e.cell);
          if (e.severity) expect(d.severity).toBe(e.severity);
          if (e.message) expect(d.message).toContain(e.message);
          if (e.fix !== undefined) expect(d.fix?.value).toBe(e.fix);
          // The message must come from the expected template: compare its fixed prefix.
          const prefix = rule.meta.messages[e.messageId].split('{')[0];
          expect(d.message.startsWith(prefix)).toBe(true);
        });
      });
    }
  });
}
