/**
 * The catalogue as a whole: every rule in RULES is documented (Chinese title and description, an English
 * title, evidence carrying a label (users see a public source, test/rules/public-sources.test.ts), an English text for every message) and has at least one valid
 * and one invalid case (<family>.cases.ts); ids are unique, well-formed and cover docs/domain.md's
 * “Rule candidates”. The generated docs are checked in rule-docs.test.ts.
 */
import { RULES } from '../../src/domain/rules';
import { ALL_CASES } from './all-cases';

/** docs/domain.md “Rule candidates”, in order; HIE-07 (区域绩效目标表: the areas' targets against the whole area's) added after them. */
const CATALOGUE = [...range('NRM', 7), ...range('HIE', 7), ...range('VAL', 12), ...range('CST', 4), ...range('SE', 15)];
function range(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);
}

const CJK = /\p{Script=Han}/u;

describe('rule catalogue', () => {
  test('ids are unique and well-formed', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(NRM|HIE|VAL|CST|SE)-\d{2}$/);
  });

  test('every catalogue id of docs/domain.md is implemented, in order', () => {
    expect(RULES.map((r) => r.id)).toEqual(CATALOGUE);
  });

  test.each(RULES.map((r) => [r.id, r]))('%s is documented', (_id, r) => {
    expect(r.meta.title).toMatch(CJK);
    expect(r.meta.description).toMatch(CJK);
    expect(r.meta.titleEn.trim()).not.toBe('');
    expect(r.meta.evidence).toMatch(/\[(V|R|P|I)\]/);
    expect(['error', 'warning', 'info']).toContain(r.meta.severity);
    for (const s of Object.values(r.meta.variants ?? {})) expect(['error', 'warning', 'info']).toContain(s);
    expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
    for (const [id, zh] of Object.entries(r.meta.messages)) {
      expect(zh).toMatch(CJK);
      expect(r.meta.messagesEn[id]?.trim()).toBeTruthy();
    }
    expect(Object.keys(r.meta.messagesEn).sort()).toEqual(Object.keys(r.meta.messages).sort());
  });

  test.each(RULES.map((r) => [r.id]))('%s has valid and invalid cases', (id) => {
    const mine = ALL_CASES.filter((c) => c.rule.id === id);
    expect(mine.reduce((n, c) => n + c.valid.length, 0)).toBeGreaterThanOrEqual(1);
    expect(mine.reduce((n, c) => n + c.invalid.length, 0)).toBeGreaterThanOrEqual(1);
  });
});
