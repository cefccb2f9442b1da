/**
 * titleHorizon: a one-text title line above a grid naming the long-term table. It settles a line at its first
 * cell that is not blank and has no 期 (every such title has one) without squeezing each cell: these cases pin
 * what a line of one title, blank cells, numbers and other texts give.
 */
import { titleHorizon } from '../../src/sheet/horizon';
import { makeGrid, type CellValue } from '../../src/sheet/grid';

const T = 'XX项目中长期绩效目标表';
const at = (rows: CellValue[][], name = 'Sheet1') => titleHorizon(makeGrid(name, rows), 1, rows.length + 1, 1, 4);

describe('titleHorizon', () => {
  test.each<[string, CellValue[][], 'long' | null]>([
    ['a merged title repeated across the line', [[T, T, T, T]], 'long'],
    ['the title alone', [[T, null, null, null]], 'long'],
    ['blank and white-space cells beside it', [['  ', T, '\u3000', '\n']], 'long'],
    ['spaces inside the title', [['中长期 绩效\n目标表', null, '', null]], 'long'],
    ['实施期 and 长期 spellings', [['', '实施期绩效指标表', null, null]], 'long'],
    ['a number beside the title', [[T, 2024, null, null]], null],
    ['a text without 期 before the title', [['单位：万元', T, null, null]], null],
    ['a text without 期 after the title', [[T, '单位：万元', null, null]], null],
    ['two different titles with 期', [[T, '长期绩效指标表', null, null]], null],
    ['an indicator name, not a title', [['长期目标达成率', null, null, null]], null],
    ['over 40 characters', [['一'.repeat(35) + '中长期绩效目标表', null, null, null]], null],
    ['nothing at all', [[null, '', ' ', null]], null],
    [
      'a later line is the title',
      [
        ['项目名称', 'XX', null, null],
        [null, null, null, null],
        [T, T, null, null],
      ],
      'long',
    ],
    [
      'a line of other texts, then the title in a number line',
      [
        ['预算', 100, null, null],
        [T, 3, null, null],
      ],
      null,
    ],
  ])('%s', (_, rows, want) => {
    expect(at(rows)).toBe(want);
  });

  test('a sheet named for the long-term table', () => {
    expect(at([['项目名称', null, null, null]], '中长期 目标')).toBe('long');
  });
});
