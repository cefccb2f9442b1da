/**
 * A batch `check` the launcher's thread starts on before the CLI's thread is up (bin/jixiao.js). The launcher's
 * thread is one of a two-thread batch's threads; it used to wait until the CLI's worker had booted, loaded the
 * bundle and read its options (~0.1 s on an idle machine, ~0.5 s on a busy one) before being asked to help. When
 * the command line holds only files and options the launcher can read alike, it makes the batch's shared counter
 * itself, hands it to the CLI's thread with the worker, and starts taking files at once. The CLI's thread takes
 * that batch only when its own reading of the command line gives the same files and options; otherwise it stops
 * the launcher's counter and runs the batch without the launcher's thread.
 */
import type { BatchJob, Setup } from './batch-help';

/** What the launcher hands the CLI's thread (workerData.early). */
export interface EarlyBatch extends BatchJob {
  setup: Setup;
}

/** check's options the launcher reads itself: flags that only say how to print. Anything else (--map, --scheme, …) is the CLI's to read. */
const PLAIN = new Set(['--json', '--verbose', '--explain']);

/**
 * The options of `check ARGS` when the launcher can read them exactly as the CLI does, else null: only files,
 * --json, --verbose, --explain and --jobs N (or --jobs=N).
 */
export function plainSetup(args: string[]): Setup | null {
  const setup: Setup = { json: false, verbose: false, explain: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (PLAIN.has(a)) setup[a.slice(2) as 'json' | 'verbose' | 'explain'] = true;
    else if (a === '--jobs') i++;
    else if (a.startsWith('--jobs=')) continue;
    else if (a.startsWith('-')) return null;
  }
  return setup;
}

/** The batch the CLI's thread makes from its own reading of the command line. */
export interface Wanted {
  files: string[];
  setup: Setup;
}

/**
 * The launcher's early batch when it is the batch wanted here: the same files in the same order and the same
 * options. Otherwise (never expected) the launcher's counter is run out, so its thread stops after its current
 * file, and null: the batch runs without it (its messages are never listened to).
 */
export function takeEarly(early: EarlyBatch | undefined, want: Wanted): EarlyBatch | null {
  if (!early) return null;
  const a = early.setup;
  const b = want.setup;
  const same =
    early.files.length === want.files.length &&
    early.files.every((f, i) => f === want.files[i]) &&
    !!a.json === !!b.json &&
    !!a.verbose === !!b.verbose &&
    !!a.explain === !!b.explain &&
    !b.map &&
    b.scheme === undefined &&
    b.config === undefined;
  if (same) return early;
  Atomics.store(early.next, 0, early.files.length);
  return null;
}
