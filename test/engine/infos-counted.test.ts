/**
 * `check`'s text report without --verbose prints only how many infos a project has: the analysis it reads
 * counts each project's infos (a number) instead of keeping a finding for each (a 100 000-row check made
 * ~185 000 of them). The report and the counts must not change; findings that are printed stay whole, and
 * the list of findings holds no stand-in objects (what the analysis does never depends on the output mode).
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse, analysisCounts, counts } from '../../src/engine/analyse';
import { formatCheck } from '../../src/cli/text';
import { infosOnlyCounted } from '../../src/cli/check-file';
import { grids } from '../helpers/fixtures';

const BOOKS = [
  'real-01-anhui-chizhou.xlsx',
  'value-spellings.xlsx',
  'seed-tianjin-2024.xlsx',
  'variants/v92-transposed-table.xlsx', // findings moved to the sheet's cells
  'variants/v174-two-halves.xlsx', // findings moved to the other half
  'variants/v201-self-eval-two-halves.xlsx',
  'variants/v33-regional-counties.xlsx', // recipients' findings
  'variants/v76-long-term-and-annual-grids.xlsx',
];

describe('infos counted, not kept, for the text report', () => {
  test.each(BOOKS)('%s: the same text report and counts; infos are counted per project, not kept', async (book) => {
    const gs = await grids(book);
    const whole = analyse(gs, DEFAULT_CONFIG);
    const lean = analyse(gs, DEFAULT_CONFIG, undefined, true);
    expect(formatCheck(book, lean, false)).toBe(formatCheck(book, whole, false));
    expect(analysisCounts(lean)).toEqual(counts(whole.diagnostics));
    expect(analysisCounts(whole)).toEqual(counts(whole.diagnostics));
    expect(lean.diagnostics.filter((d) => d.severity === 'info')).toEqual([]);
    lean.projects.forEach((r, i) => {
      expect(r.countedInfos).toBe(whole.projects[i].diagnostics.filter((d) => d.severity === 'info').length);
      expect(whole.projects[i].countedInfos).toBeUndefined();
    });
    // What is printed is whole: the same findings, in the same order, as the full analysis.
    const printed = (a: typeof whole) => a.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.rule, d.cell, d.message, d.messageEn]);
    expect(printed(lean)).toEqual(printed(whole));
  });

  test('some book has infos at all (or the test above proves nothing)', async () => {
    const a = analyse(await grids('real-01-anhui-chizhou.xlsx'), DEFAULT_CONFIG, undefined, true);
    expect(a.projects.some((r) => (r.countedInfos ?? 0) > 0)).toBe(true);
  });

  test('only the plain text report counts: --json, --verbose and --explain need every finding', () => {
    expect(infosOnlyCounted({ json: false, verbose: false })).toBe(true);
    expect(infosOnlyCounted({ json: true, verbose: false })).toBe(false);
    expect(infosOnlyCounted({ json: false, verbose: true })).toBe(false);
    expect(infosOnlyCounted({ json: false, verbose: false, explain: true })).toBe(false);
  });
});
