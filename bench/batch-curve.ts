/**
 * Why a batch `check` on 2 cores is not 1.8× the speed on 1: one cold thread's CPU per file over 200 different
 * workbooks (V8 warming up the engine: its first files cost several times the later ones), the serial start
 * (Node, the launcher, the CLI's thread and its bundle: `jixiao help`) and a batch worker's own start, put
 * together into what two idle cores could give at best:
 *   one core:  S + W + n·w          two cores: S + s/2 + W + (n/2)·w
 * (S serial start, W a thread's warm-up, w a warm file, s the second thread's start, halved by the shared queue).
 * Every thread is its own V8 isolate and pays W again; the code cache holds bytecode, not optimised code.
 * Alone: node scripts/run-ts.js bench/batch-curve.ts [rows per file…] (CPU medians of BENCH_CURVE_RUNS, default 3).
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { generateMerged } from './merged';

const ROOT = path.join(__dirname, '..');
const LOAD = JSON.stringify(path.join(ROOT, 'lib', 'cli', 'bundle-load.js'));
const f0 = (x: number) => x.toFixed(0);
const f1 = (x: number) => x.toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A fresh process under check's V8 flags and code cache, as a batch thread runs: CPU ms of each file in order. */
const CURVE = `
const v8 = require('v8');
const b = require(${LOAD});
for (const f of b.CHECK_V8_FLAGS) v8.setFlagsFromString(f);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const l = b.loadBundle(b.BUNDLE, require('fs').readFileSync(b.CACHES.full));
if (l.script.cachedDataRejected) throw new Error('code cache refused');
const cf = l.require('cli/check-file.js');
const cfg = l.require('cli/options.js').configFor(undefined, undefined);
(async () => {
  const per = [];
  for (const f of JSON.parse(process.env.FILES)) { const a = cpu(); await cf.checkFile(f, cfg, { json: false, verbose: false, stream: true }); per.push(cpu() - a); }
  console.log(JSON.stringify(per));
})();`;

/**
 * The second thread's start under --jobs 2: the launcher's thread, already running, loads the bundle from its code cache
 * and the modules a helper runs (bin/jixiao.js, src/cli/batch-help.ts) — no worker's bootstrap since session 12.
 */
const WORKER = `const b = require(${LOAD}); for (const f of b.CHECK_V8_FLAGS) require('v8').setFlagsFromString(f); b.requireCli('cli/batch-help.js')`;

function node(args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${args.slice(0, 2).join(' ')} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return r.stdout;
}

/** CPU ms of a whole child process (user + system), from the child-usage hook. */
function processCpu(args: string[]): number {
  const r = spawnSync(process.execPath, ['-r', path.join(__dirname, 'child-usage.js'), ...args], { encoding: 'utf8' });
  const m = [...(r.stderr ?? '').matchAll(/@@usage (.*)/g)].pop();
  return m ? (JSON.parse(m[1]) as { cpuMs: number }).cpuMs : NaN;
}

export async function batchCurve(dir: string, sizes = [100, 1000], runs = 3): Promise<string[]> {
  const n = 200;
  const start = median(Array.from({ length: runs }, () => processCpu([path.join(ROOT, 'bin', 'jixiao.js'), 'help'])));
  const worker = median(Array.from({ length: runs }, () => processCpu(['-e', WORKER]) - processCpu(['-e', `require(${LOAD})`])));
  const out = [
    `== 批量加速的上限 why a batch of ${n} on 2 cores is not 1.8×: one cold thread, CPU ms, medians of ${runs}`,
    `serial start S (jixiao help: Node, launcher, CLI thread, bundle) ${f0(start)} ms; the second thread's start s (the launcher's thread loading the bundle) ${f0(worker)} ms`,
    `| rows/file | file 1 | files 2–25 (each) | 26–100 (each) | 101–200 (each) | warm w (median of the last 50) | warm-up W | 1 → 2 cores: as measured W | with W = 0 | W allowed for 1.8× |`,
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const rows of sizes) {
    const files: string[] = [];
    for (let i = 0; i < n; i++) files.push(await generateMerged(rows, path.join(dir, `batch-${rows}`), i + 1));
    const curves = Array.from({ length: runs }, () => JSON.parse(node(['-e', CURVE], { FILES: JSON.stringify(files) })) as number[]);
    const at = (i: number) => median(curves.map((c) => c[i]));
    const per = files.map((_, i) => at(i));
    const avg = (a: number, z: number) => per.slice(a, z).reduce((s, x) => s + x, 0) / (z - a);
    const w = median(per.slice(n - 50));
    const warm = per.reduce((s, x) => s + x, 0) - n * w;
    const speedUp = (W: number) => (start + W + n * w) / (start + worker / 2 + W + (n / 2) * w);
    // (S + W + n·w) ÷ (S + s/2 + W + n·w/2) = 1.8  ⇔  W = (n·w·(1 − 0.9) − 0.8·S − 0.9·s) ÷ 0.8
    const allowed = (0.1 * n * w - 0.8 * start - 0.9 * worker) / 0.8;
    const row = `| ${rows} | ${f1(per[0])} | ${f1(avg(1, 25))} | ${f1(avg(25, 100))} | ${f1(avg(100, n))} | ${f1(w)} | ${f0(warm)} | ${speedUp(warm).toFixed(2)}× | ${speedUp(0).toFixed(2)}× | ${allowed > 0 ? f0(allowed) : 'none'} |`;
    out.push(row);
    console.log(row);
  }
  out.push('W = the thread\'s 200 files − 200·w. "W allowed" < 0 (none): even a thread that starts warm cannot reach 1.8× at that file size.');
  return out;
}

if (path.basename(process.argv[1] ?? '') === 'batch-curve.ts') {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  void batchCurve(path.join(ROOT, '.tmp', 'bench'), sizes.length ? sizes : [100, 1000], Number(process.env.BENCH_CURVE_RUNS ?? 3)).then((o) => console.log('\n' + o.join('\n')));
}
