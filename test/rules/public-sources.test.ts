/**
 * Users see only what they can cite: every finding's 依据 names a public document or says 实务惯例 /
 * 通行做法; evidence labels and internal references ([V] [R] [P] [I], seed, domain.md, §, pmkpi) stay
 * in docs/rules.md. Checked over every user-facing string: rule titles, descriptions, messages and
 * sources, the standard rows, the pane's strings, and the literals of the CLI, add-in and engine.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../src/domain/rules';
import { CITES } from '../../src/domain/rules/cite';
import { STANDARD_ROWS } from '../../src/domain/standard-rows';
import { STRINGS } from '../../src/ui/i18n';
import { analyse } from '../../src/engine/analyse';
import { expected, grids } from '../helpers/fixtures';

const INTERNAL = /seed|domain\.md|\[(?:V|R|P|I)(?:\]|\s)|pmkpi|§|indicator_audit/;
const PUBLIC = /《[^》]+》|实务惯例|通行做法/;

const offending = (texts: [string, string][]) => texts.filter(([, t]) => INTERNAL.test(t)).map(([where, t]) => `${where}: ${t}`);

test('the pattern catches what it must', () => {
  for (const t of ['seed 天津 2024 公开表 [V]', 'domain.md §8.2 [I]', 'pmkpi “必录项”', '财预〔2020〕10号 [R]', '[V secondary]']) expect(INTERNAL.test(t)).toBe(true);
  expect(INTERNAL.test('《项目支出绩效评价管理办法》（财预〔2020〕10号）附件 项目支出绩效自评表')).toBe(false);
});

test('every rule cites a public document or practice, and says nothing internal to users', () => {
  const texts: [string, string][] = [];
  for (const r of RULES) {
    expect([r.id, PUBLIC.test(r.meta.source)]).toEqual([r.id, true]);
    expect(CITES[r.id]).toBe(r.meta.source);
    texts.push([`${r.id} source`, r.meta.source], [`${r.id} title`, r.meta.title], [`${r.id} titleEn`, r.meta.titleEn], [`${r.id} description`, r.meta.description]);
    for (const [k, v] of Object.entries(r.meta.messages)) texts.push([`${r.id} ${k}`, v]);
    for (const [k, v] of Object.entries(r.meta.messagesEn)) texts.push([`${r.id} ${k} (en)`, v]);
    // The evidence is kept, for developers.
    expect(r.meta.evidence.length).toBeGreaterThan(0);
  }
  expect(offending(texts)).toEqual([]);
  expect(Object.keys(CITES).sort()).toEqual(RULES.map((r) => r.id).sort());
});

test('standard rows show a public kind of source; their evidence stays internal', () => {
  const texts: [string, string][] = STANDARD_ROWS.flatMap(
    (r) =>
      [
        [`${r.id} source`, r.source],
        [`${r.id} level3`, r.level3],
      ] as [string, string][],
  );
  expect(offending(texts)).toEqual([]);
  for (const r of STANDARD_ROWS) expect(PUBLIC.test(r.source)).toBe(true);
});

test('the pane’s strings say nothing internal', () => {
  const texts: [string, string][] = Object.entries(STRINGS).flatMap(([k, v]) =>
    Object.entries(v as Record<string, string>).map(([lang, s]) => [`${k} ${lang}`, s] as [string, string]),
  );
  expect(texts.length).toBeGreaterThan(20);
  expect(offending(texts)).toEqual([]);
});

/** String literals of a source file, comments removed. */
function literals(file: string): string[] {
  const code = fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0]);
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

test('the CLI, the add-in, the pane and the engine print nothing internal', () => {
  const src = path.join(__dirname, '..', '..', 'src');
  const texts: [string, string][] = [];
  for (const dir of ['cli', 'addin', 'commands', 'ui', 'engine', 'taskpane'].map((d) => path.join(src, d)).filter((d) => fs.existsSync(d)))
    for (const f of files(dir)) for (const l of literals(f)) texts.push([path.relative(src, f), l]);
  expect(texts.length).toBeGreaterThan(100);
  expect(offending(texts)).toEqual([]);
});

test('the findings on the demo workbook and the corpus cite public documents only', async () => {
  for (const f of ['seed-tianjin-2024.xlsx', 'variants/v13-national-self-missing-actual.xlsx', 'variants/v01-national-target-school.xlsx']) {
    const a = analyse(await grids(f));
    expect(a.diagnostics.length).toBeGreaterThan(0);
    expect(offending(a.diagnostics.map((d) => [`${f} ${d.cell} ${d.rule}`, `${d.message} ${d.source}`]))).toEqual([]);
    for (const d of a.diagnostics) expect(PUBLIC.test(d.source)).toBe(true);
  }
  void expected;
});
