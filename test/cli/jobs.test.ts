/** The default number of threads of a batch check: idle cores measured, and only what the input pays for. */
import { idleCores, threadsFor } from '../../src/cli/jobs';

const KB = 1024;

describe('threads for a batch check without --jobs', () => {
  test('200 workbooks of 100 rows on two idle cores: two threads; on one core or a busy machine: one', () => {
    const batch = { bytes: 200 * 8 * KB, files: 200 };
    expect(threadsFor(batch, 2, 1)).toBe(2);
    expect(threadsFor(batch, 1, 1)).toBe(1);
    expect(threadsFor(batch, 2, 0)).toBe(1);
    // The other core half busy: a second thread would pay its whole warm-up at half speed.
    expect(threadsFor(batch, 2, 0.5)).toBe(1);
    expect(threadsFor(batch, 2, 0.65)).toBe(2);
  });

  test('a batch too small to pay for a thread stays in one, whatever the cores', () => {
    expect(threadsFor({ bytes: 20 * 8 * KB, files: 20 }, 8, 7)).toBe(1);
    expect(threadsFor({ bytes: 100 * 8 * KB, files: 100 }, 8, 7)).toBe(1);
    // One large workbook is one file: never more threads than files.
    expect(threadsFor({ bytes: 30 * 1024 * KB, files: 1 }, 8, 7)).toBe(1);
  });

  test('more input, more threads, up to the idle cores', () => {
    const big = { bytes: 200 * 40 * KB, files: 200 };
    expect(threadsFor(big, 8, 7)).toBe(8);
    expect(threadsFor(big, 8, 2.9)).toBe(4);
    expect(threadsFor(big, 8, 2.5)).toBe(3);
    expect(threadsFor({ bytes: 3 * 1024 * KB, files: 10 }, 8, 7)).toBe(3);
  });

  test('idle cores are measured over the window since the sample', () => {
    expect(idleCores({ at: 1000, idle: 5000 }, { at: 1100, idle: 5100 })).toBeCloseTo(1);
    expect(idleCores({ at: 1000, idle: 5000 }, { at: 1100, idle: 5000 })).toBe(0);
    expect(idleCores({ at: 1000, idle: 5000 }, { at: 1200, idle: 5600 })).toBeCloseTo(3);
  });
});
