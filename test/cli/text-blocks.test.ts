/**
 * `check`'s text report joins each project's lines as soon as they are made (one flat string per project instead of
 * ~30 000 line strings kept until the end of a 100 000-row report): the bytes must be those of every line joined at
 * once — no line lost, doubled or reordered, no blank line between projects, the total line last.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { formatCheck } from '../../src/cli/text';
import { grids } from '../helpers/fixtures';

const BOOKS = ['real-01-anhui-chizhou.xlsx', 'seed-tianjin-2024.xlsx', 'variants/v33-regional-counties.xlsx', 'variants/v76-long-term-and-annual-grids.xlsx', 'not-a-table.xlsx'];

describe('text report in per-project blocks', () => {
  test.each(BOOKS)('%s: each project begins its own line and the lines are those of the findings', async (book) => {
    const a = analyse(await grids(book), DEFAULT_CONFIG);
    for (const verbose of [false, true]) {
      const lines = formatCheck(book, a, verbose).split('\n');
      expect(lines[0]).toBe(`文件：${book}`);
      expect(lines[lines.length - 1]).toMatch(/^合计：错误 \d+，警告 \d+，提示 \d+$/);
      expect(lines.filter((l) => l === '')).toEqual([]);
      // One line per project header, in order, each followed by its own findings (two lines each).
      const heads = lines.map((l, i) => [l, i] as const).filter(([l]) => /^(项目 \d+：| {2}项目 \S+ 的长期绩效指标)/.test(l));
      expect(heads.length).toBe(a.projects.length);
      for (let k = 0; k < a.projects.length; k++) {
        const r = a.projects[k];
        const end = k + 1 < heads.length ? heads[k + 1][1] : lines.length - 1;
        const block = lines.slice(heads[k][1], end);
        const shown = r.diagnostics.filter((d) => verbose || d.severity !== 'info');
        expect(block.filter((l) => l.startsWith('           依据：')).length).toBe(shown.length);
      }
    }
  });
});
