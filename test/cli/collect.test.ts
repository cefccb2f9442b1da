import * as v8 from 'v8';
import { collectIfLarge } from '../../src/cli/collect';

const used = () => v8.getHeapStatistics().used_heap_size;

describe('collectIfLarge', () => {
  it('leaves a heap below the threshold alone', () => {
    expect(collectIfLarge(used() + 1024 * 1048576)).toBe(false);
  });

  it('collects the garbage of a phase that just ended, and leaves gc unexposed', () => {
    let junk: { i: number; s: string }[] | null = [];
    for (let i = 0; i < 300000; i++) junk.push({ i, s: `cell ${i}` });
    const full = used();
    junk = null;
    expect(collectIfLarge(0)).toBe(true);
    expect(used()).toBeLessThan(full - 10 * 1048576);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
