/**
 * titleHorizon: a one-text title line above a grid naming the long-term table. It settles a line at its first
 * cell that is not blank and has no 期 (every such title has one) without squeezing each cell: these cases pin
 * what a line of one title, blank cells, numbers and other texts give.
 */
import { gridHorizon, titleHorizon } from '../../src/sheet/horizon';
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

/** gridHorizon: a title line within three rows above the header; a line whose first text has no 标 is passed over early. */
describe('gridHorizon', () => {
  const above = (rows: CellValue[][]) => gridHorizon(makeGrid('S', [...rows, ['一级指标', '二级指标', '三级指标', '指标值']]), 1, rows.length + 1, 1, 4);
  test.each<[string, CellValue[][], 'long' | 'annual' | null]>([
    ['一、长期绩效指标', [['一、长期绩效指标', null, null, null]], 'long'],
    ['a merged 年度绩效目标', [['年度绩效目标', '年度绩效目标', null, null]], 'annual'],
    ['2024年度绩效指标', [['2024年度绩效指标', null, null, null]], 'annual'],
    ['2024—2026年绩效目标', [['2024—2026年绩效目标', null, null, null]], 'long'],
    ['blank cells first', [['  ', '\u3000', '（二）中长期 绩效指标：', null]], 'long'],
    ['two texts, the title first', [['实施期绩效目标', '单位：万元', null, null]], 'long'],
    ['two texts, the title second', [['单位：万元', '实施期绩效目标', null, null]], null],
    ['three texts', [['年度绩效目标', '单位', '万元', null]], null],
    ['a number first', [[2024, '年度绩效目标', null, null]], null],
    [
      'the nearest line wins',
      [
        ['长期绩效指标', null, null, null],
        ['年度绩效指标', null, null, null],
      ],
      'annual',
    ],
    [
      'a line without 标 between',
      [
        ['长期绩效指标', null, null, null],
        ['单位：万元', null, null, null],
      ],
      'long',
    ],
    [
      'more than three rows up',
      [
        ['长期绩效指标', null, null, null],
        ['a', null, null, null],
        ['b', null, null, null],
        ['c', null, null, null],
      ],
      null,
    ],
  ])('%s', (_, rows, want) => {
    expect(above(rows)).toBe(want);
  });
});
