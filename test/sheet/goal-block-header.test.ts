/**
 * A 自评表 in blocks (年度绩效目标1（40分） … 年度绩效目标2（40分）, goal-blocks.ts): the second block's header starts a block of
 * its own, it is no header repeated after a page break. Before, it got NRM-02's note “第 11 行是分页后重复的表头，已跳过” and
 * the row's reason said so; a header repeated with the same label (one table cut by pages) keeps the note.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { formatExplain } from '../../src/cli/text';
import { grids } from '../helpers/fixtures';

async function read(file: string) {
  const a = analyse(await grids(`variants/${file}`), DEFAULT_CONFIG);
  const r = a.projects[0];
  const heads = r.project.rows.filter((x) => x.code === 'repeatedHeader' || x.code === 'goalBlockHeader');
  return { a, r, heads };
}

describe('a goal block header is not a page-break repeat', () => {
  test.each([
    ['v563-self-two-goal-blocks-points-in-labels.xlsx', 1],
    ['v564-self-three-goal-blocks-yuan.xlsx', 2],
  ])('%s: no NRM-02, the row says which block it heads', async (file, n) => {
    const { a, r, heads } = await read(file);
    expect(r.project.labelWeights.blocks).toHaveLength(n + 1);
    expect(r.diagnostics.filter((d) => d.rule === 'NRM-02')).toEqual([]);
    expect(heads.map((x) => x.code)).toEqual(Array(n).fill('goalBlockHeader'));
    expect(heads[0].reason).toMatch(/^第 2 个绩效目标分块的表头/);
    expect(formatExplain(file, a)).not.toContain('分页重复表头');
  });
});
