/**
 * The rule documentation is what `npm run docs:rules` would write: docs/rules/<ID>.md per rule,
 * docs/rules/README.md and docs/rules.md, no page left over from a removed rule. The pages are for
 * users: they show the public source, never the developer evidence labels.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../src/domain/rules';
import { DOCS, renderRuleDocs, stalePages } from '../../scripts/rule-docs';

const docs = renderRuleDocs();
const INTERNAL = /seed|domain\.md|\[(?:V|R|P|I)(?:\]|\s)|pmkpi|§|indicator_audit/;

describe('rule docs (npm run docs:rules)', () => {
  test.each([...docs.keys()])('docs/%s is up to date', (f) => {
    const file = path.join(DOCS, f);
    expect(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `(missing) ${f}`).toBe(docs.get(f));
  });

  test('one page per rule, and no page for a rule that is gone', () => {
    expect(RULES.every((r) => docs.has(`rules/${r.id}.md`))).toBe(true);
    expect(stalePages(docs)).toEqual([]);
  });

  test('the pages show each rule’s public source and examples, never the evidence labels', () => {
    for (const r of RULES) {
      const page = docs.get(`rules/${r.id}.md`)!;
      expect(page).toContain(r.meta.source);
      expect(page).toContain('## 正确示例 / Correct');
      expect(page).toMatch(/## 错误示例 \/ Incorrect\n\n### .+\n\n\|/);
      expect([r.id, page.match(INTERNAL)?.[0]]).toEqual([r.id, undefined]);
    }
    expect(docs.get('rules/README.md')).not.toMatch(INTERNAL);
  });

  test('the developer page keeps the evidence', () => {
    for (const r of RULES) expect(docs.get('rules.md')).toContain(r.meta.evidence.replace(/\|/g, '\\|'));
  });
});
