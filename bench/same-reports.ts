/**
 * Are `check`'s reports unchanged? Every workbook in test/fixtures (variants/ too) and examples/, one batch of 40 at
 * a time (`--jobs 1`), and the merge-heavy bench workbooks one by one, in the four modes (text, --json, --explain,
 * --verbose), run with this build and with another (its bin/jixiao.js), compared byte for byte.
 * node scripts/run-ts.js bench/same-reports.ts BASE_ROOT [rows…]   (rows default 1000 10000 100000; 0 = none)
 * Exit 1 when any output differs; each difference names the files and mode, and the first differing line.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { generateMerged } from './merged';

const ROOT = path.join(__dirname, '..');
const MODES = ['', '--json', '--explain', '--verbose'];
const CHUNK = 40;

function workbooks(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...workbooks(p));
    else if (e.name.endsWith('.xlsx')) out.push(path.relative(ROOT, p));
  }
  return out;
}

/** stdout, stderr and the exit code of one check: all three must match. */
function run(root: string, args: string[]): string {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'jixiao.js'), 'check', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  return `${r.stdout}\n--stderr--\n${r.stderr}\n--exit ${r.status}\n`;
}

function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return `line ${i + 1}: ${JSON.stringify(x[i]?.slice(0, 160))} ≠ ${JSON.stringify(y[i]?.slice(0, 160))}`;
  return '';
}

async function main(): Promise<number> {
  const base = process.argv[2];
  if (!base || !fs.existsSync(path.join(base, 'bin', 'jixiao.js'))) {
    console.error('usage: node scripts/run-ts.js bench/same-reports.ts BASE_ROOT [rows…]');
    return 2;
  }
  const given = process.argv.slice(3).map(Number);
  const rows = given.length ? given.filter((n) => n > 0) : [1000, 10000, 100000];
  const files = [...workbooks(path.join(ROOT, 'test', 'fixtures')), ...workbooks(path.join(ROOT, 'examples'))].sort();
  const groups: string[][] = [];
  for (let i = 0; i < files.length; i += CHUNK) groups.push(['--jobs', '1', ...files.slice(i, i + CHUNK)]);
  for (const n of rows) groups.push([await generateMerged(n, path.join(ROOT, '.tmp', 'bench'))]);
  let differ = 0;
  let runs = 0;
  for (const mode of MODES)
    for (const g of groups) {
      const args = mode ? [mode, ...g] : g;
      const a = run(ROOT, args);
      const b = run(base, args);
      runs++;
      if (a === b) continue;
      differ++;
      const named = g.filter((x) => x.endsWith('.xlsx'));
      console.log(`DIFFERS ${mode || 'text'} ${named[0]}${named.length > 1 ? ` … (${named.length} files)` : ''}: ${firstDifference(b, a)}`);
    }
  console.log(`${files.length} workbooks + ${rows.length} bench workbooks, 4 modes, ${runs} runs each build: ${differ ? `${differ} differ` : 'all identical'}`);
  return differ ? 1 : 0;
}

void main().then((code) => (process.exitCode = code));
