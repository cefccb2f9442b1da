/**
 * The house rules for src/, read with the TypeScript compiler (every import, export-from, import()
 * and require): imports point inward only, there are no import circles, and no source file grows
 * past 600 lines without saying why at its top. docs/architecture.md explains the layers.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const SRC = path.join(__dirname, '../../src');

/**
 * What each top-level folder of src/ may import besides itself. Inward: domain ← sheet ← engine ←
 * everything else. A folder missing here fails the test: a new folder needs a decision.
 */
const MAY_IMPORT: Record<string, string[]> = {
  // Pure: numbers, text, rules, scoring. No I/O, no grid.
  domain: [],
  // The Grid model and the recogniser (grid → projects).
  sheet: ['domain'],
  // Reads a Grid, returns a plan of edits; never writes.
  engine: ['domain', 'sheet'],
  // Files (xlsx, exceljs) and Office.js: turn a workbook into a Grid and apply a plan.
  gateways: ['domain', 'sheet', 'engine', 'wps-api'],
  // The task pane (React): talks only to its Host interface (src/ui/host.ts).
  ui: ['domain', 'sheet', 'engine'],
  // The `jixiao` command line: files through the file gateways.
  cli: ['domain', 'sheet', 'engine', 'gateways'],
  // The Excel add-in: implements the pane's Host with the Office gateway.
  addin: ['domain', 'sheet', 'engine', 'gateways', 'ui'],
  // Ribbon commands and the summary dialog (Office entry pages).
  commands: ['domain', 'sheet', 'engine', 'gateways', 'ui', 'addin'],
  // The task pane's Office entry page.
  taskpane: ['domain', 'sheet', 'engine', 'gateways', 'ui', 'addin'],
  // A test double of Excel: it must not know the gateway it checks.
  double: ['domain', 'sheet'],
  // The browser preview: the real pane and add-in on the double (or the WPS shell on its fake); gateways only through addin/wps.
  preview: ['domain', 'sheet', 'engine', 'ui', 'addin', 'double', 'wps', 'wps-fake', 'wps-api'],
  // The WPS object model's shape as the gateway uses it (our own declarations, like @types/office-js).
  'wps-api': [],
  // The WPS 加载项: ribbon callbacks and task pane; implements the pane's Host with the WPS gateway.
  wps: ['domain', 'sheet', 'engine', 'gateways', 'ui', 'addin', 'wps-api'],
  // A fake of WPS 表格's object model: it must not know the gateway it checks (the double's formula engine is shared).
  'wps-fake': ['domain', 'sheet', 'double', 'wps-api'],
  // Plain pages and scripts served as they are.
  static: [],
};

/** Pairs that must never meet (MAY_IMPORT leaves them out already): the reason the failure prints. */
const NEVER: [from: string, to: string, why: string][] = [
  ['double', 'gateways', 'the double checks the Office gateway, so it may not share its code'],
  ['wps-fake', 'gateways', 'the fake checks the WPS gateway, so it may not share its code'],
  ['ui', 'gateways', 'the pane reaches Excel only through its Host'],
  ['ui', 'addin', 'the pane knows the Host interface, not the Office implementation'],
];

/**
 * Known wrong-way imports that other helpers are removing in this session. Each entry is
 * `from-file -> to-file` (paths under src/). The lead empties this list after merging their work.
 */
const ALLOWED_WRONG_WAY = new Set<string>([]);

/**
 * Known import circles other helpers are breaking, each as its files sorted and joined by ' ↔ '.
 * The lead empties this list after merging their work.
 */
const ALLOWED_CIRCLES = new Set<string>([]);

const MAX_LINES = 600;
/** A longer file says why in its first lines, e.g. "Over 600 lines because …". */
const LONG_REASON = /over 600 lines/i;
/** Files other helpers are splitting (or justifying) in this session; the lead empties this list. */
const ALLOWED_LONG = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');
const folder = (relPath: string) => relPath.split('/')[0];

/** Every module specifier the file names: import/export … from, import(), require(), import x = require(). */
export function specifiers(file: string, text = fs.readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      out.push(n.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference) && ts.isStringLiteral(n.moduleReference.expression)) {
      out.push(n.moduleReference.expression.text);
    } else if (ts.isCallExpression(n) && n.arguments.length > 0 && ts.isStringLiteralLike(n.arguments[0])) {
      const dynamic = n.expression.kind === ts.SyntaxKind.ImportKeyword;
      const required = ts.isIdentifier(n.expression) && n.expression.text === 'require';
      if (dynamic || required) out.push(n.arguments[0].text);
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) {
      out.push(n.argument.literal.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The file a relative specifier names, or null for packages (and for files outside src/). */
function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (/\.(ts|tsx|json)$/.test(c) && fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  throw new Error(`${rel(from)}: cannot resolve '${spec}'`);
}

/** src-relative file → the src files it imports. */
function importGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const f of sourceFiles(SRC)) {
    const to = new Set<string>();
    for (const s of specifiers(f)) {
      const r = resolve(f, s);
      if (r && r.startsWith(SRC + path.sep) && /\.tsx?$/.test(r)) to.add(rel(r));
    }
    graph.set(rel(f), to);
  }
  return graph;
}

/** Why the import from → to is wrong, or null when it points inward. */
export function wrongWay(from: string, to: string): string | null {
  const a = folder(from);
  const b = folder(to);
  if (a === b) return null;
  const allowed = MAY_IMPORT[a];
  if (!allowed) return `src/${a}/ has no rule in MAY_IMPORT (decide what it may import)`;
  const never = NEVER.find(([x, y]) => x === a && y === b);
  if (never) return never[2];
  return allowed.includes(b) ? null : `${a} may import only ${allowed.join(', ') || 'itself'}`;
}

/** Strongly connected components with more than one file (Tarjan), each sorted. */
export function circles(graph: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const part: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1 || graph.get(v)?.has(v)) out.push(part.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return out;
}

describe('the house: layers', () => {
  const graph = importGraph();

  test('the parser sees every kind of import', () => {
    const text = [
      "import a from './a';",
      "import type { B } from './b';",
      "export * from './c';",
      "export { d } from './d';",
      "const e = import('./e');",
      "const f = require('./f');",
      "import g = require('./g');",
      "type H = import('./h').H;",
      "import './i';",
    ].join('\n');
    expect(specifiers('x.ts', text)).toEqual(['./a', './b', './c', './d', './e', './f', './g', './h', './i']);
  });

  test('the rules catch a wrong-way import', () => {
    expect(wrongWay('domain/x.ts', 'sheet/grid.ts')).toMatch(/domain may import only itself/);
    expect(wrongWay('ui/x.ts', 'gateways/office/index.ts')).toMatch(/Host/);
    expect(wrongWay('double/x.ts', 'gateways/office/address.ts')).toMatch(/double/);
    expect(wrongWay('newfolder/x.ts', 'domain/x.ts')).toMatch(/no rule/);
    expect(wrongWay('engine/x.ts', 'sheet/grid.ts')).toBeNull();
    expect(
      circles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
          ['d', new Set(['a'])],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });

  test('every import points inward (see docs/architecture.md)', () => {
    const wrong: string[] = [];
    const stillThere = new Set<string>();
    for (const [from, tos] of graph) {
      for (const to of tos) {
        const why = wrongWay(from, to);
        if (!why) continue;
        const key = `${from} -> ${to}`;
        if (ALLOWED_WRONG_WAY.has(key)) stillThere.add(key);
        else wrong.push(`${key}: ${why}`);
      }
    }
    expect(wrong).toEqual([]);
    // An allow-list entry that no longer happens must go, so the list only shrinks.
    expect([...ALLOWED_WRONG_WAY].filter((k) => !stillThere.has(k))).toEqual([]);
  });

  test('docs/architecture.md states the same rules as MAY_IMPORT', () => {
    const doc = fs.readFileSync(path.join(SRC, '../docs/architecture.md'), 'utf8');
    const stated: Record<string, string[]> = {};
    for (const m of doc.matchAll(/^\| `src\/([a-z-]+)` \|[^|\n]*\|([^|\n]*)\|$/gm)) {
      stated[m[1]] = m[2]
        .split(',')
        .map((w) => w.trim())
        .filter((w) => w in MAY_IMPORT);
    }
    const rules = Object.fromEntries(Object.entries(MAY_IMPORT).map(([k, v]) => [k, [...v].sort()]));
    expect(Object.fromEntries(Object.entries(stated).map(([k, v]) => [k, v.sort()]))).toEqual(rules);
  });

  test('no import circles', () => {
    const found = circles(graph).map((c) => c.join(' ↔ '));
    expect(found.filter((c) => !ALLOWED_CIRCLES.has(c))).toEqual([]);
    expect([...ALLOWED_CIRCLES].filter((c) => !found.includes(c))).toEqual([]);
  });
});

describe('the house: file size', () => {
  test(`no source file over ${MAX_LINES} lines without a reason at its top`, () => {
    const long: string[] = [];
    const stillLong = new Set<string>();
    for (const f of sourceFiles(SRC)) {
      const lines = fs.readFileSync(f, 'utf8').split('\n');
      if (lines.length <= MAX_LINES || LONG_REASON.test(lines.slice(0, 20).join('\n'))) continue;
      if (ALLOWED_LONG.has(rel(f))) stillLong.add(rel(f));
      else long.push(`${rel(f)}: ${lines.length} lines`);
    }
    expect(long).toEqual([]);
    expect([...ALLOWED_LONG].filter((f) => !stillLong.has(f))).toEqual([]);
  });
});
