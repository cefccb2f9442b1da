/**
 * A header's own band (src/sheet/header-band.ts): past an empty column with another table's cells beyond
 * it, the band stops; a merged cell is no gap, and a gap with nothing beyond it changes nothing (v155).
 */
import { ownBand } from '../../src/sheet/header-band';
import { makeGrid, type CellValue, type Merge } from '../../src/sheet/grid';
import { Reader, type HeaderHit } from '../../src/sheet/reader';

const hit = (row: CellValue[], cols: HeaderHit['cols'], merges: Merge[] = []): HeaderHit =>
  ownBand(new Reader(makeGrid('s', [row], merges)), { row: 1, cols, left: 1, right: row.length });
const cols = { level1: 1, level2: 2, level3: 3, target: 4 };

test('another table’s cells past an empty column end the band', () => {
  expect(hit(['一级指标', '二级指标', '三级指标', '指标值', null, '项目名称', '乙项目'], cols).right).toBe(4);
});

test('cells of a table to the left, past an empty column, move the band’s left edge', () => {
  const h = hit(['产出指标', '数量指标', '培训人数', '≥100人', null, '一级指标', '二级指标', '三级指标', '指标值'], { level1: 6, level2: 7, level3: 8, target: 9 });
  expect([h.left, h.right]).toEqual([6, 9]);
});

test('a gap with nothing beyond it, or a merged cell, changes nothing', () => {
  expect(hit(['一级指标', '二级指标', '三级指标', '指标值', null, null], cols).right).toBe(6);
  const merged = hit(['一级指标', '二级指标', '三级指标', '指标值', null, '说明'], cols, [{ top: 1, left: 4, bottom: 1, right: 5 }]);
  expect(merged.right).toBe(6);
});
