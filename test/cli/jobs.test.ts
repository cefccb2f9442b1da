/** The default number of threads of a batch check: every core this process may use, and only what the input pays for. */
import { jobsFor, threadsFor } from '../../src/cli/jobs';
import { batchShare } from '../../src/cli/bundle-load';

const KB = 1024;

describe('threads for a batch check without --jobs', () => {
  test('200 workbooks of 100 rows: two threads on two cores, one on one core', () => {
    const batch = { bytes: 200 * 8 * KB, files: 200 };
    expect(threadsFor(batch, 2)).toBe(2);
    expect(threadsFor(batch, 1)).toBe(1);
  });

  test('a batch too small to pay for a thread stays in one, whatever the cores', () => {
    expect(threadsFor({ bytes: 20 * 8 * KB, files: 20 }, 8)).toBe(1);
    expect(threadsFor({ bytes: 100 * 8 * KB, files: 100 }, 8)).toBe(1);
    // One large workbook is one file: never more threads than files.
    expect(threadsFor({ bytes: 30 * 1024 * KB, files: 1 }, 8)).toBe(1);
  });

  test('more input, more threads, up to the cores', () => {
    const big = { bytes: 200 * 40 * KB, files: 200 };
    expect(threadsFor(big, 8)).toBe(8);
    expect(threadsFor(big, 4)).toBe(4);
    expect(threadsFor({ bytes: 3 * 1024 * KB, files: 10 }, 8)).toBe(3);
  });
});

describe('the launcher and the CLI thread use one count of threads (the launcher decides it once)', () => {
  const input = { bytes: 200 * 7.4 * KB, n: 200 };
  test('--jobs N, in either spelling, is exact; a bad value is left to the CLI to refuse', () => {
    expect(jobsFor(['--jobs', '3', 'a.xlsx'], input, 2)).toBe(3);
    expect(jobsFor(['--jobs=1', 'a.xlsx'], input, 8)).toBe(1);
    expect(jobsFor(['--jobs', '0', 'a.xlsx'], input, 8)).toBeUndefined();
    expect(jobsFor(['--jobs', 'x', 'a.xlsx'], input, 8)).toBeUndefined();
  });

  test('without --jobs: the cores and the input, never how busy the cores looked at start', () => {
    expect(jobsFor(['a.xlsx'], input, 2)).toBe(2);
    expect(jobsFor(['a.xlsx'], input, 1)).toBe(1);
    expect(jobsFor(['a.xlsx'], { bytes: 20 * 8 * KB, n: 20 }, 8)).toBe(1);
  });

  test("a batch's V8 settings follow the threads it will run: one thread keeps a lone check's", () => {
    // Before, the launcher counted every core (2) while the CLI thread could pick one: one thread under the batch settings.
    const jobs = jobsFor(['a.xlsx'], input, 1)!;
    expect(batchShare(input.bytes, input.n, jobs)).toBe(false);
    expect(batchShare(input.bytes, input.n, jobsFor(['a.xlsx'], input, 2)!)).toBe(true);
  });
});
