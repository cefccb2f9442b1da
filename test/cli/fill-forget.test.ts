/**
 * A large `fill` lets go of the reader's caches once every table is recognised: at 100 000 rows they
 * held ~13 MB (and the shared strings' text, through a key sliced from it) through the whole plan, and V8
 * lets the heap grow in proportion to what is alive (peak 492 → 468 MB). The caches answer the same
 * after being emptied; the plan must not change.
 */
import { readFileSync } from 'fs';
import { main } from '../../src/cli/main';
import * as memo from '../../src/domain/memo';
import * as pkgWriter from '../../src/gateways/xlsx-write/package';
import { fixture } from '../helpers/fixtures';
import { tempDir } from '../gateways/exceljs/tmp';

jest.mock('../../src/gateways/xlsx-write/package', () => {
  const real = jest.requireActual('../../src/gateways/xlsx-write/package');
  return { ...real, packageWriter: jest.fn(real.packageWriter) };
});
const writerOpened = pkgWriter.packageWriter as jest.MockedFunction<typeof pkgWriter.packageWriter>;

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const quiet = { log: () => undefined, err: () => undefined };

describe('forgetMemos', () => {
  it('empties every memoised function: the next question is worked out again, with the same answer', () => {
    let calls = 0;
    const twice = memo.memoise((s) => {
      calls++;
      return s + s;
    });
    expect(twice('ab')).toBe('abab');
    expect(twice('ab')).toBe('abab');
    expect(calls).toBe(1);
    memo.forgetMemos();
    expect(twice('ab')).toBe('abab');
    expect(calls).toBe(2);
  });
});

describe('fill forgets the reader caches', () => {
  it('after recognising the tables and before the writer opens, with the same output as without', async () => {
    const forget = jest.spyOn(memo, 'forgetMemos');
    const file = fixture('real-04-sichuan-qingshen.xlsx');
    const a = tmp.path('a.xlsx');
    // 1: the file has errors (the fill is written all the same).
    const code = await main(['fill', file, '-o', a], quiet);
    expect(code).toBeLessThan(2);
    expect(forget).toHaveBeenCalledTimes(1);
    expect(forget.mock.invocationCallOrder[0]).toBeLessThan(writerOpened.mock.invocationCallOrder[0]);
    // Without forgetting (the caches warm from the first run): the same bytes.
    forget.mockImplementation(() => undefined);
    const b = tmp.path('b.xlsx');
    expect(await main(['fill', file, '-o', b], quiet)).toBe(code);
    expect(readFileSync(b).equals(readFileSync(a))).toBe(true);
    forget.mockRestore();
  });
});
