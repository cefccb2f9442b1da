/**
 * A table with no label column at all (德化 2020 扶贫 绩效目标表): the 一级 names merged across their
 * indicators' columns, the 二级 names in the row under them, the 三级 names under those, and one row per
 * recipient (项目单位 | 龙门滩镇 …) holding its targets. It is the table laid across with the recipients'
 * column as its label column: read turned upright, the first recipient's figures as the 指标值 and each
 * other recipient's as its own (town-columns.ts), findings on the sheet's own cells.
 */
import { canonicalLevel1, canonicalLevel2 } from '../domain/catalogue';
import { cellText, presentRows, type Grid, type Merge } from './grid';

/** Where the 一级 row starts: the column of its first 一级 name and the recipients' column to its left. */
export interface LevelRows {
  top: number;
  col: number;
  rows: number;
}

const LEVEL1_HINT = /产|效|满|成/;

const across = (g: Grid, r: number, c: number): string => {
  const own = cellText(g, r, c).trim();
  if (own) return own;
  const m = g.merges.find((x) => x.top === r && x.left < c && x.right >= c);
  return m ? cellText(g, m.top, m.left).trim() : '';
};

/** The first such table on the sheet: 一级 / 二级 / 三级 rows over recipients' rows, or null. */
export function findLevelRows(g: Grid): LevelRows | null {
  for (let i = 0, list = presentRows(g); i < list.length; i++) {
    const r = list[i];
    const row = g.values[r - 1] ?? [];
    let first = 0;
    // Asked of every cell of a sheet with no header: text cells only, and a cheap look first.
    for (let c = 2; c <= row.length && !first; c++) {
      const v = row[c - 1];
      if (typeof v === 'string' && v.length <= 24 && LEVEL1_HINT.test(v) && canonicalLevel1(v.trim())) first = c;
    }
    if (!first) continue;
    // Every indicator column: a 一级 over it (through its merge), a 二级 under that (through its merge), a 三级 name.
    let last = first - 1;
    // A 三级 name is not itself a level's name: a template's list sheet (产出指标 | 效益指标 over 数量指标 | 经济效益指标 over
    // 质量指标 | 社会效益指标 …) lists the levels for its drop-downs and holds no indicator.
    while (canonicalLevel1(across(g, r, last + 1)) && canonicalLevel2(across(g, r + 1, last + 1)) && isName(cellText(g, r + 2, last + 1).trim())) last++;
    if (last - first < 1) continue;
    // The recipients: names down the column left of the first indicator, each with figures in its row.
    let bottom = r + 2;
    while (isName(cellText(g, bottom + 1, first - 1).trim()) && filled(g, bottom + 1, first, last)) bottom++;
    if (bottom === r + 2) continue;
    return { top: r, col: first - 1, rows: bottom - r + 1 };
  }
  return null;
}

/** A 三级 name or a recipient's: present, and not a 一级 / 二级 level's own name. */
const isName = (t: string): boolean => t !== '' && !canonicalLevel1(t) && !canonicalLevel2(t);

function filled(g: Grid, r: number, from: number, to: number): boolean {
  let n = 0;
  for (let c = from; c <= to; c++) if (cellText(g, r, c).trim()) n++;
  return n * 2 >= to - from + 1;
}

/** The sheet with the recipients' column labelled as the table's label column (一级指标 / 二级指标 / 三级指标 over the recipients). */
export function labelled(g: Grid, t: LevelRows): Grid {
  const values = g.values.map((row) => [...row]);
  ['一级指标', '二级指标', '三级指标'].forEach((label, k) => {
    const row = values[t.top + k - 1];
    while (row.length < t.col) row.push(null);
    row[t.col - 1] = label;
  });
  // The recipients' heading merged down over the three label rows (项目单位) gives way to them.
  const merges: Merge[] = g.merges.filter((m) => !(m.left <= t.col && m.right >= t.col && m.top <= t.top + 2 && m.bottom >= t.top));
  return { ...g, values, merges };
}
