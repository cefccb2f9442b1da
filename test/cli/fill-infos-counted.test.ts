/**
 * `fill` prints, of the findings, only their counts (and a line per project): an info is counted, never
 * kept as a finding of its own — at 100 000 rows ~185 000 of them were made, each with its cell name and
 * message data, only to be counted (the larger part of why fill's analysis cost more than all of `check`).
 * The counts printed stay those of the whole analysis (fill-stream.test.ts).
 */
import * as analyse from '../../src/engine/analyse';
import { main } from '../../src/cli/main';
import type { Diagnostic } from '../../src/domain/rules/types';
import { fixture } from '../helpers/fixtures';
import { tempDir } from '../gateways/exceljs/tmp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const quiet = { log: () => undefined, err: () => undefined };

/** Every project's findings as fill's analysis returned them. */
function recordChecks(): Diagnostic[][] {
  const seen: Diagnostic[][] = [];
  const real = analyse.startAnalysis;
  jest.spyOn(analyse, 'startAnalysis').mockImplementation((...args) => {
    const run = real(...args);
    return {
      ...run,
      check: (...a: Parameters<typeof run.check>) => {
        const r = run.check(...a);
        seen.push(r.diagnostics);
        return r;
      },
    };
  });
  return seen;
}

afterEach(() => jest.restoreAllMocks());

describe('fill counts infos', () => {
  test.each(['real-01-anhui-chizhou.xlsx', 'seed-tianjin-2024.xlsx'])('%s: no info is made a finding of its own', async (book) => {
    const seen = recordChecks();
    expect(await main(['fill', fixture(book), '-o', tmp.path(`${book}.xlsx`), '--force'], quiet)).toBeLessThan(2);
    expect(seen.length).toBeGreaterThan(0);
    const infos = new Set(seen.flat().filter((d) => d.severity === 'info'));
    // At most the one shared placeholder a counted info stands as.
    expect(infos.size).toBeLessThanOrEqual(1);
  });

  test('the book above has infos at all (or the test proves nothing)', async () => {
    const a = await (await import('../../src/gateways/xlsx/read')).readGrids(fixture('real-01-anhui-chizhou.xlsx'));
    expect(analyse.counts(analyse.analyse(a).diagnostics).infos).toBeGreaterThan(1);
  });
});
