/**
 * Batch `check`'s parallel overhead in instructions, repeatable on a loaded machine: valgrind's callgrind counts every
 * thread's instructions (~0.5 % apart run to run, whatever the load), so
 *   overhead = instructions of `--jobs 2` ÷ instructions of `--jobs 1`
 * and two idle cores give at best ≈ 2 ÷ overhead when the files split evenly (≥ 1.8× needs overhead ≤ ~1.11).
 * Per thread (callgrind --separate-threads): the launcher (thread 1), the threads that run JS (the CLI's thread and any
 * batch worker) and V8's helpers (GC, background compiles); the files each JS thread took are estimated from its zlib
 * inflate instructions (every file inflates alike). Where the instructions go by kind: TurboFan, baseline (Sparkplug)
 * code and the inline-cache builtins unoptimised code calls, optimised code, GC, other.
 * valgrind runs a program ~35× slower and one thread at a time: wall times and which thread took which file are
 * valgrind's, not a real run's; instruction totals are the program's.
 * Alone: node scripts/run-ts.js bench/batch-instr.ts [files] [rows per file]   (default 200 files of 100 rows, ~5 min a run);
 * before/after: BENCH_BATCH_BASE=<other build's root> (then 4 runs).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateMerged } from './merged';

const ROOT = path.join(__dirname, '..');
const G = (x: number) => (x / 1e9).toFixed(2);

/** Instructions of one callgrind output file by function (callgrind_annotate's flat list). */
function byFunction(file: string): Map<string, number> {
  const out = spawnSync('callgrind_annotate', ['--threshold=100', file], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout ?? '';
  const fns = new Map<string, number>();
  for (const line of out.split('\n')) {
    const m = /^\s*([\d,]+) \([ \d.]+%\)\s+(.*)$/.exec(line);
    if (m && !m[2].includes('PROGRAM TOTALS')) fns.set(m[2], (fns.get(m[2]) ?? 0) + Number(m[1].replace(/,/g, '')));
  }
  return fns;
}

const KINDS: [string, RegExp][] = [
  ['TurboFan', /compiler::|turboshaft|maglev|Pipeline/i],
  ['baseline + ICs', /Baseline|Sparkplug|Builtins_(Keyed)?(Load|Store|DefineNamedOwn)IC|Builtins_Interpreter|Bytecode/],
  ['GC', /Scaveng|MarkCompact|Heap::|Sweeper|Marking|Evacuat|Remembered|heap::/],
  ['other builtins', /Builtins_/],
  ['optimised code', /^\?\?\?:0x/],
  ['zlib inflate', /inflate/i],
];
const kindOf = (fn: string) => KINDS.find(([, re]) => re.test(fn))?.[0] ?? 'other';

interface Thread {
  n: number;
  ir: number;
  js: boolean;
  zlib: number;
  kinds: Map<string, number>;
}

/** One run under callgrind: total instructions and each thread's. */
function measure(root: string, jobs: number, files: string[], out: string): { total: number; threads: Thread[] } {
  const r = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--separate-threads=yes', `--callgrind-out-file=${out}`, process.execPath, path.join(root, 'bin', 'jixiao.js'), 'check', '--jobs', String(jobs), ...files],
    { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
  if (!refs) throw new Error(`valgrind failed: ${(r.stderr ?? '').slice(-2000)}`);
  const threads: Thread[] = [];
  for (const f of fs.readdirSync(path.dirname(out))) {
    const m = new RegExp(`^${path.basename(out)}-(\\d+)$`).exec(f);
    if (!m) continue;
    const fns = byFunction(path.join(path.dirname(out), f));
    const kinds = new Map<string, number>();
    let ir = 0;
    for (const [fn, n] of fns) {
      ir += n;
      kinds.set(kindOf(fn), (kinds.get(kindOf(fn)) ?? 0) + n);
    }
    const builtins = (kinds.get('baseline + ICs') ?? 0) + (kinds.get('other builtins') ?? 0);
    threads.push({ n: Number(m[1]), ir, js: Number(m[1]) !== 1 && builtins > ir * 0.1, zlib: kinds.get('zlib inflate') ?? 0, kinds });
  }
  return { total: Number(refs[1].replace(/,/g, '')), threads: threads.sort((a, b) => a.n - b.n) };
}

(async () => {
  const n = Number(process.argv[2] ?? 200);
  const rows = Number(process.argv[3] ?? 100);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'batch-instr-'));
  const files: string[] = [];
  for (let i = 0; i < n; i++) files.push(await generateMerged(rows, path.join(dir, 'w'), i + 1));
  const builds = [{ label: 'this', root: ROOT }, ...(process.env.BENCH_BATCH_BASE ? [{ label: 'base', root: path.resolve(process.env.BENCH_BATCH_BASE) }] : [])];
  const kinds = [...KINDS.map(([k]) => k), 'other'];
  console.log(`${n} workbooks of ${rows} rows; instructions in G (10⁹), every thread counted; load ${os.loadavg()[0].toFixed(1)}\n`);
  console.log(`| build | jobs | total | launcher | JS threads (≈ files) | V8 helpers | ${kinds.join(' | ')} |`);
  console.log(`|${'---|'.repeat(6 + kinds.length)}`);
  const totals = new Map<string, number[]>();
  for (const jobs of [1, 2])
    for (const b of builds) {
      const out = path.join(fs.mkdtempSync(path.join(dir, 'cg-')), 'cg.out');
      const m = measure(b.root, jobs, files, out);
      const zlib = m.threads.reduce((s, t) => s + t.zlib, 0);
      const js = m.threads.filter((t) => t.js).map((t) => `${G(t.ir)} (≈ ${zlib ? Math.round((n * t.zlib) / zlib) : '?'})`);
      const launcher = m.threads.find((t) => t.n === 1);
      const helpers = m.threads.filter((t) => t.n !== 1 && !t.js).reduce((s, t) => s + t.ir, 0);
      const sum = (k: string) => m.threads.reduce((s, t) => s + (t.kinds.get(k) ?? 0), 0);
      const l = launcher ? `${G(launcher.ir)} (≈ ${zlib ? Math.round((n * launcher.zlib) / zlib) : '?'})` : '—';
      console.log(`| ${b.label} | ${jobs} | ${G(m.total)} | ${l} | ${js.join(', ')} | ${G(helpers)} | ${kinds.map((k) => G(sum(k))).join(' | ')} |`);
      (totals.get(b.label) ?? totals.set(b.label, []).get(b.label)!).push(m.total);
    }
  console.log('');
  for (const [label, [one, two]] of totals)
    console.log(`${label}: overhead --jobs 2 ÷ --jobs 1 = ${(two / one).toFixed(3)}; at best ≈ ${(2 / (two / one)).toFixed(2)}× on two idle cores`);
  fs.rmSync(dir, { recursive: true, force: true });
})();
