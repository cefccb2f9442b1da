/** Only fixes a rule declares safe (meta.fix) are written; suggested ones never are, whatever the rule id. */
import { RULES } from '../../src/domain/rules';
import type { Diagnostic } from '../../src/domain/rules/types';
import { fixEdits, isSafeFix } from '../../src/engine/planner';

function diag(rule: string): Diagnostic {
  return {
    rule,
    severity: 'warning',
    sheet: 'S',
    cell: 'B2',
    row: 2,
    col: 2,
    project: 1,
    message: '',
    messageEn: '',
    source: '',
    fixable: true,
    fix: { row: 2, col: 2, value: 'x' },
  };
}

describe('fix kinds', () => {
  test('every rule that carries a fix says which kind; rules without one say nothing', () => {
    for (const r of RULES) expect([r.id, r.meta.fixable]).toEqual([r.id, r.meta.fix !== undefined]);
  });

  test('the plan builder writes safe fixes and skips suggestions (VAL-03, CST-04)', () => {
    const safe = RULES.filter((r) => r.meta.fix === 'safe').map((r) => r.id);
    const suggest = RULES.filter((r) => r.meta.fix === 'suggest').map((r) => r.id);
    expect(safe).toEqual(expect.arrayContaining(['NRM-01', 'NRM-05', 'NRM-06']));
    expect(suggest).toEqual(expect.arrayContaining(['VAL-03', 'CST-04']));
    for (const id of safe) expect(fixEdits([diag(id)])).toHaveLength(1);
    for (const id of suggest) expect(fixEdits([diag(id)])).toHaveLength(0);
    // A rule id's prefix decides nothing: an unknown NRM id is not safe.
    expect(isSafeFix(diag('NRM-99'))).toBe(false);
  });
});
