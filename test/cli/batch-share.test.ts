/** Which batch `check` runs under BATCH_RUN_FLAGS: each thread's share of the input is short (bundle-load.ts). */
import { batchShare, BATCH_SHARE_BYTES } from '../../src/cli/bundle-load';

const KB = 1024;

describe("a batch's share a thread", () => {
  test('200 workbooks of 100 rows (~7.4 KB each) on two threads: a short share each; on one thread: not', () => {
    expect(batchShare(200 * 7.4 * KB, 200, 2)).toBe(true);
    expect(batchShare(200 * 7.4 * KB, 200, 1)).toBe(false);
  });

  test('200 workbooks of 1 000 rows on two threads: each share long enough to repay V8 optimising as usual', () => {
    expect(batchShare(200 * 60 * KB, 200, 2)).toBe(false);
    expect(batchShare(200 * 60 * KB, 200, 16)).toBe(true);
  });

  test('one file is never a batch; threads beyond the files share nothing', () => {
    expect(batchShare(100 * KB, 1, 8)).toBe(false);
    // Two files of 0.6 MB on 8 threads: two threads, 0.6 MB each.
    expect(batchShare(1.2 * 1024 * KB, 2, 8)).toBe(true);
    expect(batchShare(2 * BATCH_SHARE_BYTES + 2, 2, 8)).toBe(false);
  });
});
