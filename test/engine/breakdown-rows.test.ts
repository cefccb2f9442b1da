/**
 * A 自评表 whose indicators are broken down by 其中 rows (“★补助家畜家禽养殖数量 | 20 | ≥190只 …” then “其中羊养殖数量 |
 * (no 分值) | ≥180只 | 180只 | (no 得分)”, as 衔接资金 自评表 print them): the breakdown rows have no points of their own,
 * so the sheet's 总分 of 100 is the project's total — they left it “自评得分不完整” (no total). A row left without
 * its 分值 that is not a breakdown still leaves the table incomplete.
 */
import { analyse } from '../../src/engine/analyse';
import { fullReport } from '../../src/engine/report';
import { grids } from '../helpers/fixtures';
import type { Grid } from '../../src/sheet/grid';

async function total(file: string, edit?: (g: Grid) => void): Promise<number | null> {
  const gs = (await grids(file)).map((g) => ({ ...g, values: g.values.map((r) => (r ? [...r] : r)) }));
  if (edit) edit(gs[0]);
  const r = fullReport([{ file, analysis: analyse(gs) }]).files[0];
  return r.projects[0].score.total;
}

const FILE = 'variants/v277-self-breakdown-rows.xlsx';

test('其中 rows with no 分值 under a weighted indicator leave the total whole', async () => {
  expect(await total(FILE)).toBe(100);
});

test('a weighted indicator left without its 分值 (not a 其中 row) still leaves the table incomplete', async () => {
  const noWeight = (g: Grid) => {
    const r = g.values.findIndex((row) => row?.some((v) => v === '种植作物成活率'));
    g.values[r][3] = null;
  };
  expect(await total(FILE, noWeight)).toBeNull();
});

test('a 其中 row that carries its own 分值 is scored as any indicator', async () => {
  const weighted = (g: Grid) => {
    const r = g.values.findIndex((row) => row?.some((v) => v === '其中羊养殖数量'));
    g.values[r][3] = 5;
    g.values[r][6] = 5;
  };
  expect(await total(FILE, weighted)).toBe(105);
});
