/**
 * How many threads a batch `check` uses when --jobs is not given: as many as the cores left idle by
 * other programs, but only as many as the work pays for (a thread warms V8 up afresh: ~0.5 s CPU).
 */
import * as fs from 'fs';
import * as os from 'os';
import { workerData } from 'worker_threads';

/** Wall clock (ms) and the idle time of every core added up (ms), at one moment. */
export interface CpuSample {
  at: number;
  idle: number;
}

export function cpuSample(): CpuSample {
  let idle = 0;
  for (const c of os.cpus()) idle += c.times.idle;
  return { at: Date.now(), idle };
}

/**
 * Input that pays for one more thread: 1 MB, or about 64 workbooks of 100 rows (each file counts
 * FILE_BYTES beside its bytes: a file's fixed cost is most of a small one's). One thread checks
 * that in ~0.45 s once warm, about what a new thread spends warming up.
 */
const BYTES_PER_THREAD = 1024 * 1024;
const FILE_BYTES = 8 * 1024;
/** Shorter than this, the idle time (counted in 10 ms ticks on Linux) says too little. */
const MIN_WINDOW_MS = 40;

export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * Cores idle since `since` (the launcher's sample when the process started): measured, not guessed.
 * This process keeps one core busy meanwhile, so two idle cores of three read as 2. Without a long
 * enough window, the 1-minute load average (which also counts this process's previous runs).
 */
export function idleCores(since: CpuSample | undefined, now: CpuSample = cpuSample()): number {
  if (since && now.at - since.at >= MIN_WINDOW_MS) return Math.max(0, (now.idle - since.idle) / (now.at - since.at));
  return Math.max(0, os.cpus().length - 1 - (os.loadavg()[0] || 0));
}

/**
 * Threads for a batch: this one, plus one per core measured at least 60 % idle (a thread that gets
 * half a core still pays its whole warm-up; the margin is the 10 ms ticks idle time is counted in,
 * over a window of ~0.1 s), within the cores this process may use and what the input pays for.
 */
export function threadsFor(input: { bytes: number; files: number }, cores: number, idle: number): number {
  const worth = Math.floor((input.bytes + input.files * FILE_BYTES) / BYTES_PER_THREAD);
  return Math.max(1, Math.min(cores, 1 + Math.floor(idle + 0.4), worth, input.files));
}

/** The launcher's sample (bin/jixiao.js), when this thread is its worker. */
function startSample(): CpuSample | undefined {
  const s = (workerData as { cpu?: CpuSample } | null)?.cpu;
  return s && typeof s.at === 'number' && typeof s.idle === 'number' ? s : undefined;
}

export function autoJobs(files: string[]): number {
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += fs.statSync(f).size;
    } catch {
      // A missing file is reported by the check itself.
    }
  }
  return threadsFor({ bytes, files: files.length }, defaultJobs(), idleCores(startSample()));
}
