/**
 * A 三级 cell merged down over two rows (variant v167 end to end): the second line is the same indicator
 * when it holds only a note, another indicator of that name when it holds a target of its own.
 */
import { analyse } from '../../src/engine/analyse';
import { recogniseSheet } from '../../src/sheet/recognise';
import { targetTable } from '../helpers/table';

// targetTable: name on row 1, funds on rows 2–3, header on row 4, grid from row 5.
const merged3 = (top: number) => ({ top, left: 3, bottom: top + 1, right: 3 });

describe('a 三级 cell merged over two rows', () => {
  test('a bracketed note under the value joins the indicator above', () => {
    const g = targetTable(
      [
        ['产出指标', '数量指标', '日常养护里程', '≥286公里'],
        ['产出指标', '数量指标', null, '（按验收资料统计）'],
        ['产出指标', '质量指标', '路面优良率', '≥80%'],
      ],
      286,
      { merges: [merged3(5)] },
    );
    const p = recogniseSheet(g).projects[0];
    expect(p.indicators.map((x) => [x.row, x.level3])).toEqual([
      [5, '日常养护里程'],
      [7, '路面优良率'],
    ]);
    expect(p.indicators[0].mergedRows).toEqual([6]);
    expect(p.rows.find((x) => x.row === 6)).toMatchObject({ role: 'indicator', code: 'mergedTail' });
    const rules = analyse([g]).diagnostics.map((d) => d.rule);
    expect(rules).not.toContain('HIE-05');
    expect(rules).not.toContain('NRM-04');
  });

  test('a target of its own on the second line is a second indicator of that name, not a duplicate', () => {
    const g = targetTable(
      [
        ['产出指标', '数量指标', '日常养护里程', '≥120公里'],
        ['产出指标', '数量指标', null, '≥166公里'],
      ],
      286,
      { merges: [merged3(5)] },
    );
    const p = recogniseSheet(g).projects[0];
    expect(p.indicators.map((x) => [x.row, x.level3, x.target.value])).toEqual([
      [5, '日常养护里程', 120],
      [6, '日常养护里程', 166],
    ]);
    const rules = analyse([g]).diagnostics.map((d) => d.rule);
    expect(rules).not.toContain('HIE-05');
    expect(rules).not.toContain('HIE-06');
  });

  test('a name written twice is still a duplicate', () => {
    const g = targetTable([
      ['产出指标', '数量指标', '日常养护里程', '≥120公里'],
      ['产出指标', '数量指标', '日常养护里程', '≥166公里'],
    ]);
    expect(analyse([g]).diagnostics.map((d) => d.rule)).toContain('HIE-06');
  });

  test('a 二级 label merged across the 三级 cell and down does not name the row below', () => {
    const g = targetTable(
      [
        ['产出指标', '数量指标', null, null],
        ['产出指标', null, null, '≥10个'],
      ],
      100,
      { merges: [{ top: 5, left: 2, bottom: 6, right: 3 }] },
    );
    const p = recogniseSheet(g).projects[0];
    expect(p.indicators.find((x) => x.row === 6)?.level3 ?? '').toBe('');
  });
});
