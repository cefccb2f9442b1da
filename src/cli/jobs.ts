/**
 * How many threads a batch `check` uses when --jobs is not given: every core this process may use, but only
 * as many as the work pays for (a thread warms V8 up afresh: ~0.5 s CPU). The launcher (bin/jixiao.js)
 * decides it once, before its V8 settings, and tells the CLI's thread (workerData.jobs): both count alike.
 * How busy the cores look at start is not asked: a ~0.1 s sample in 10 ms ticks says little about the next
 * seconds, the system shares busy cores among every runnable thread anyway, and on a lightly loaded 2-core
 * machine it kept a batch on one thread (1 core → 2 cores by wall 1.24× against 1.61× with --jobs 2, session 13).
 */
import * as fs from 'fs';
import * as os from 'os';
import { workerData } from 'worker_threads';

/**
 * Input that pays for one more thread: 1 MB, or about 64 workbooks of 100 rows (each file counts
 * FILE_BYTES beside its bytes: a file's fixed cost is most of a small one's). One thread checks
 * that in ~0.45 s once warm, about what a new thread spends warming up.
 */
const BYTES_PER_THREAD = 1024 * 1024;
const FILE_BYTES = 8 * 1024;

/** The cores this process may use (its CPU affinity: `taskset -c 0` is one). */
export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** Threads for a batch: one per core, within what the input pays for and never more than its files. */
export function threadsFor(input: { bytes: number; files: number }, cores: number): number {
  const worth = Math.floor((input.bytes + input.files * FILE_BYTES) / BYTES_PER_THREAD);
  return Math.max(1, Math.min(cores, worth, input.files));
}

/**
 * The threads of a `check` with these arguments and inputs (`n` files readable, `bytes` in all): --jobs N as given,
 * else threadsFor. undefined for a --jobs the CLI will refuse (the launcher then decides nothing).
 */
export function jobsFor(args: string[], input: { bytes: number; n: number }, cores: number): number | undefined {
  for (let i = 0; i < args.length; i++) {
    const m = /^--jobs(?:=(.*))?$/.exec(args[i]);
    if (!m) continue;
    const jobs = Number(m[1] !== undefined ? m[1] : args[i + 1]);
    return Number.isInteger(jobs) && jobs >= 1 ? jobs : undefined;
  }
  return threadsFor({ bytes: input.bytes, files: input.n }, cores);
}

/** The launcher's count (bin/jixiao.js), when this thread is its worker. */
function launcherJobs(): number | undefined {
  const j = (workerData as { jobs?: unknown } | null)?.jobs;
  return typeof j === 'number' && Number.isInteger(j) && j >= 1 ? j : undefined;
}

export function autoJobs(files: string[]): number {
  const told = launcherJobs();
  if (told !== undefined) return told;
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += fs.statSync(f).size;
    } catch {
      // A missing file is reported by the check itself.
    }
  }
  return threadsFor({ bytes, files: files.length }, defaultJobs());
}
