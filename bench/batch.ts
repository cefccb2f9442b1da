/**
 * Batch `check`: 200 workbooks in one invocation, one thread against every core, measured both ways
 * in one run, commands alternated:
 * - `--jobs 1` vs `--jobs N`: CPU time of the whole process (every thread); 1-thread CPU ÷ (N-thread
 *   CPU ÷ N) is the speed-up N idle cores would give — the figure to read on a busy machine;
 * - the default jobs on one core vs on every core (`taskset`, Linux): a user's "1 core vs 2 cores",
 *   wall time — meaningful only when the machine is otherwise idle (the load average is printed).
 * Each file is its own variant (names and numbers differ), as a bureau's batch is: copies of one file
 * would let a thread's caches answer every file after the first.
 * Alone: node scripts/run-ts.js bench/batch.ts [rows per file…]; before/after: BENCH_BATCH_BASE=<other build's root>.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateMerged } from './merged';

const ROOT = path.join(__dirname, '..');
const HOOK = path.join(__dirname, 'child-usage.js');
const THREADS = path.join(__dirname, 'thread-usage.js');
const f0 = (x: number) => x.toFixed(0);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

interface Run {
  ms: number;
  cpuMs: number;
  load: number;
  /** CPU ms by kind of thread (Linux): the launcher, the CLI's thread, batch workers, V8's and libuv's helpers. */
  threads?: Threads;
}

interface Threads {
  launcher: number;
  cli: number;
  workers: number;
  helpers: number;
}

/** One child process (optionally under a prefix such as taskset): wall time, its own CPU time, the load average before it. */
function run(prefix: string[], args: string[]): Run {
  const load = os.loadavg()[0];
  const argv = [...prefix, process.execPath, '-r', HOOK, '-r', THREADS, ...args];
  const t = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  // The hooks also run in the CLI's worker thread, which ends first: the process's own figures are the last.
  const usage = [...(r.stderr ?? '').matchAll(/@@usage (.*)/g)].pop();
  const cpuMs = usage ? (JSON.parse(usage[1]) as { cpuMs: number }).cpuMs : NaN;
  const parts = Object.assign({}, ...[...(r.stderr ?? '').matchAll(/@@threads (.*)/g)].map((m) => JSON.parse(m[1]) as Partial<Threads>)) as Partial<Threads>;
  const threads =
    parts.launcher !== undefined && parts.cli !== undefined
      ? { launcher: parts.launcher, cli: parts.cli, helpers: parts.helpers ?? 0, workers: Math.max(0, cpuMs - parts.launcher - parts.cli - (parts.helpers ?? 0)) }
      : undefined;
  return { ms, cpuMs, load, threads };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Each round's one-thread (or one-core) wall ÷ the same round's two-thread wall. The two commands of a round run back
 * to back, so a round slowed by other programs slows both: the same code read 1.71× and 1.81× by medians apart in one
 * run (session 18, load 23–29), so the bench gives these per-round figures' median and range beside the medians' ratio.
 */
export function roundSpeedUps(one: number[], two: number[]): number[] {
  if (one.length !== two.length) throw new Error(`rounds: ${one.length} against ${two.length}`);
  return one.map((x, i) => x / two[i]);
}

/** Median and range of per-round speed-ups, as the table prints them. */
const rounds = (xs: number[]) => `${median(xs).toFixed(2)}× (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;

/**
 * BENCH_BATCH_RT=1 (Linux, root): every measured command under real-time round-robin priority (`chrt -r 1`), so that on a
 * machine other jobs keep busy a one-core run's wall is its CPU again and the wall columns mean something. Niceness does
 * not do it (the kernel shares the cores between sessions first). It holds the cores against everything else for the
 * bench's duration (the kernel still leaves others 5 %): for a few minutes, not as a habit.
 */
function rtPrefix(): string[] {
  if (!process.env.BENCH_BATCH_RT || process.platform !== 'linux') return [];
  return spawnSync('chrt', ['-r', '1', 'true']).status === 0 ? ['chrt', '-r', '1'] : [];
}

function hasTaskset(): boolean {
  return process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

export async function batchBench(dir: string, sizes = [100, 1000], runs = 3): Promise<string[]> {
  const n = Number(process.env.BENCH_BATCH ?? 200);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const builds = [{ label: 'this', root: ROOT }];
  if (process.env.BENCH_BATCH_BASE) builds.unshift({ label: 'base', root: path.resolve(process.env.BENCH_BATCH_BASE) });
  const taskset = hasTaskset();
  const rt = rtPrefix();
  const out = [
    `== 批量 batch check of ${n} workbooks in one invocation, ${cores} cores; medians of ${runs}, every command alternated${rt.length ? ' (real-time priority: chrt -r 1)' : ''}`,
    `| rows/file | 总 KB | build | --jobs 1 CPU (wall) ms | --jobs ${cores} CPU (wall) ms | 空闲时可达 idle cores (CPU) | wall --jobs 1 → ${cores} | ${taskset ? `1 core → ${cores} cores, default jobs: wall ms (CPU) | wall speed-up |` : ''} load |`,
    `|---:|---:|---|---:|---:|---:|---:|${taskset ? '---:|---:|' : ''}---:|`,
  ];
  /** Where the CPU goes, by kind of thread (Linux only): what a second thread adds, against what 1.8× allows. */
  const split = [
    '',
    `CPU ms by thread, medians | 启动器 launcher (checks files too when --jobs > 1) | CLI 线程 thread | 批量 workers (and the rest) | V8/libuv helpers | 加线程的额外 CPU extra of the added threads (whole process) | 1.8× 允许的额外 extra allowed`,
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const all = Array.from({ length: cores }, (_, i) => i).join(',');
  for (const rows of sizes) {
    const bdir = path.join(dir, `batch-${rows}`);
    const files: string[] = [];
    for (let i = 0; i < n; i++) files.push(await generateMerged(rows, bdir, i + 1));
    const kb = files.reduce((s, f) => s + fs.statSync(f).size, 0) / 1024;
    const commands: { build: string; key: string; prefix: string[]; args: string[] }[] = [];
    for (const b of builds) {
      const bin = path.join(b.root, 'bin', 'jixiao.js');
      commands.push({ build: b.label, key: 'j1', prefix: rt, args: [bin, 'check', '--jobs', '1', ...files] });
      commands.push({ build: b.label, key: 'jN', prefix: rt, args: [bin, 'check', '--jobs', String(cores), ...files] });
      if (taskset) {
        commands.push({ build: b.label, key: 'core1', prefix: [...rt, 'taskset', '-c', '0'], args: [bin, 'check', ...files] });
        commands.push({ build: b.label, key: 'coreN', prefix: [...rt, 'taskset', '-c', all], args: [bin, 'check', ...files] });
      }
    }
    const got = commands.map(() => [] as Run[]);
    for (let r = 0; r < runs; r++) commands.forEach((c, k) => got[k].push(run(c.prefix, c.args)));
    const walls = (build: string, key: string) => got[commands.findIndex((c) => c.build === build && c.key === key)].map((x) => x.ms);
    const med = (build: string, key: string) => {
      const rs = got[commands.findIndex((c) => c.build === build && c.key === key)];
      return { ms: median(rs.map((x) => x.ms)), cpuMs: median(rs.map((x) => x.cpuMs)) };
    };
    /** Medians of each thread kind's CPU, when every run of the command reported them. */
    const byThread = (build: string, key: string): Threads | null => {
      const ts = got[commands.findIndex((c) => c.build === build && c.key === key)].map((x) => x.threads);
      if (ts.some((t) => !t)) return null;
      const m = (k: keyof Threads) => median(ts.map((t) => t![k]));
      return { launcher: m('launcher'), cli: m('cli'), workers: m('workers'), helpers: m('helpers') };
    };
    const loads = got.flat().map((x) => x.load);
    for (const b of builds) {
      const j1 = med(b.label, 'j1');
      const jN = med(b.label, 'jN');
      let row = `| ${rows} | ${f0(kb)} | ${b.label} | ${f0(j1.cpuMs)} (${f0(j1.ms)}) | ${f0(jN.cpuMs)} (${f0(jN.ms)}) | ${ratio(j1.cpuMs, jN.cpuMs / cores)} | ${ratio(j1.ms, jN.ms)}; by round ${rounds(roundSpeedUps(walls(b.label, 'j1'), walls(b.label, 'jN')))} |`;
      if (taskset) {
        const c1 = med(b.label, 'core1');
        const cN = med(b.label, 'coreN');
        row += ` ${f0(c1.ms)} (${f0(c1.cpuMs)}) → ${f0(cN.ms)} (${f0(cN.cpuMs)}) | ${ratio(c1.ms, cN.ms)}; by round ${rounds(roundSpeedUps(walls(b.label, 'core1'), walls(b.label, 'coreN')))} |`;
      }
      row += ` ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} |`;
      out.push(row);
      console.log(row);
      const t1 = byThread(b.label, 'j1');
      const tN = byThread(b.label, 'jN');
      if (t1 && tN) {
        // On N idle cores the process's CPU is shared out over N cores at best; 1.8× on 2 needs the N-thread run's
        // CPU ≤ 2 ÷ 1.8 of the one-thread run's. Counted for the whole process: the launcher's thread checks files
        // too (its heap collections run on V8's helper threads).
        const extra = jN.cpuMs - j1.cpuMs;
        const allowed = (2 * j1.cpuMs) / 1.8 - j1.cpuMs;
        for (const [jobs, t] of [
          ['1', t1],
          [String(cores), tN],
        ] as const) {
          const tail = jobs === '1' ? '| | |' : `| ${f0(extra)} | ${cores === 2 ? f0(allowed) : '—'} |`;
          split.push(`| ${rows} rows, ${b.label}, --jobs ${jobs} | ${f0(t.launcher)} | ${f0(t.cli)} | ${f0(t.workers)} | ${f0(t.helpers)} ${tail}`);
        }
      }
    }
  }
  if (split.length > 3) out.push(...split);
  out.push(
    `目标 target: ≥ 1.8× on 2 cores. "idle cores" = 1-thread CPU ÷ (${cores}-thread CPU ÷ ${cores}); wall speed-ups mean something only at a load average well under ${cores} (other programs take the cores). "by round": each round's two commands run back to back, their ratio's median (range) — judge the target by it.`,
  );
  return out;
}

if (path.basename(process.argv[1] ?? '') === 'batch.ts') {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  void batchBench(path.join(ROOT, '.tmp', 'bench'), sizes.length ? sizes : [100, 1000], Number(process.env.BENCH_BATCH_RUNS ?? 3)).then((o) => console.log('\n' + o.join('\n')));
}
