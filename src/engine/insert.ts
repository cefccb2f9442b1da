/**
 * `insert`: standard rows into a project's grid under the right 一级/二级 group. A row goes after
 * the last row of its 二级 group (else its 一级 group, else the end of the table); vertical merges
 * of that group's 一级/二级 cells are extended over it, and formats come from the row above.
 */
import { canonicalLevel2 } from '../domain/catalogue';
import type { Config } from '../domain/config';
import type { IndicatorRow, Project } from '../domain/model';
import { adaptToGeneration, rowValueText, type StandardRow } from '../domain/standard-rows';
import { mergeAt, type Grid } from '../sheet/grid';
import type { Edit, Plan } from '../sheet/plan';
import { reweightEdits } from './reweight';

interface Placement {
  after: IndicatorRow;
  level1: string;
  level2: string;
  /** Write the 一级 / 二级 text (no group to join) or extend the merge above. */
  joinLevel1: boolean;
  joinLevel2: boolean;
  row: StandardRow;
}

function lastRowOf(ind: IndicatorRow): number {
  return Math.max(ind.row, ...(ind.fragmentRows ?? []));
}

function place(p: Project, r: StandardRow): Placement {
  const { level1, level2 } = adaptToGeneration(r, p.generation);
  const inds = p.indicators;
  const same2 = inds.filter((x) => x.level1 === level1 && x.level2 === level2);
  if (same2.length) return { after: same2[same2.length - 1], level1, level2, joinLevel1: true, joinLevel2: true, row: r };
  const same1 = inds.filter((x) => x.level1 === level1);
  if (same1.length) return { after: same1[same1.length - 1], level1, level2, joinLevel1: true, joinLevel2: false, row: r };
  // No such 一级 yet: before the first row of a later 一级 in catalogue order, else at the end.
  const order = ['产出指标', '成本指标', '效益指标', '满意度指标'];
  const later = inds.find((x) => x.level1 && order.indexOf(x.level1) > order.indexOf(level1));
  const idx = later ? inds.indexOf(later) - 1 : inds.length - 1;
  return { after: inds[Math.max(0, idx)], level1, level2, joinLevel1: false, joinLevel2: false, row: r };
}

export class InsertError extends Error {}

/** With `cfg`, a table whose 分值 are the scheme's split is re-split with the new rows (reweight.ts). */
export function planInsert(g: Grid, p: Project, rows: StandardRow[], cfg?: Config): Plan {
  if (!p.indicators.length) throw new InsertError(`项目“${p.name}”没有指标行，无法定位插入位置`);
  const cols = p.columns;
  const placements = rows.map((r) => place(p, r));
  // Bottom-up, and rows for the same spot in the order given.
  const groups = new Map<number, Placement[]>();
  for (const pl of placements) {
    const at = lastRowOf(pl.after) + 1;
    if (!groups.has(at)) groups.set(at, []);
    groups.get(at)!.push(pl);
  }
  const edits: Edit[] = [];
  for (const at of [...groups.keys()].sort((a, b) => b - a)) {
    const list = groups.get(at)!;
    const above = at - 1;
    edits.push({ kind: 'insertRows', sheet: g.name, at, count: list.length, formatFrom: above });
    const bottom = at + list.length - 1;
    const extend = (col: number | undefined, join: boolean) => {
      if (col === undefined || !join) return false;
      const m = mergeAt(g, above, col);
      // Inserting right under a merge does not grow it (Excel grows only merges the insertion cuts).
      if (m && m.bottom === above && m.left === col && m.right === col) {
        edits.push({ kind: 'extendMerge', sheet: g.name, row: m.top, col, bottom });
        return true;
      }
      return false;
    };
    // Inserting inside a merge (it reaches below `above`) grows it: the new rows are part of it already.
    const inside = (col: number | undefined) => col !== undefined && (mergeAt(g, above, col)?.bottom ?? 0) > above;
    const l1Extended =
      inside(cols.level1) ||
      extend(
        cols.level1,
        list.every((x) => x.joinLevel1 && x.level1 === list[0].level1),
      );
    const l2Extended =
      inside(cols.level2) ||
      extend(
        cols.level2,
        list.every((x) => x.joinLevel2 && x.level2 === list[0].level2),
      );
    list.forEach((pl, k) => {
      const r = at + k;
      const put = (col: number | undefined, value: string | number | null) => {
        if (col !== undefined && value !== null && value !== '') edits.push({ kind: 'value', sheet: g.name, row: r, col, value });
      };
      if (!l1Extended) put(cols.level1, pl.joinLevel1 && pl.after.level1From !== 'cell' && isBlankLevel1(g, above, cols.level1) ? null : pl.level1);
      if (!l2Extended) put(cols.level2, pl.level2);
      put(cols.level3, pl.row.level3);
      put(cols.description, pl.row.level3);
      const budget = p.funds.total?.value ?? null;
      if (cols.op !== undefined || cols.unit !== undefined) {
        put(cols.op, pl.row.op ?? '定性');
        put(cols.target, pl.row.value === '预算数' && budget !== null ? budget : numOrText(pl.row.value));
        put(cols.unit, pl.row.unit);
      } else {
        put(cols.target, rowValueText(pl.row, budget));
      }
    });
  }
  if (cfg) {
    const blocks = [...groups].map(([at, list]) => ({ at, rows: list.map((pl) => ({ level1: pl.level1, level2: pl.level2, level3: pl.row.level3 })) }));
    for (const e of reweightEdits(g.name, p, blocks, cfg)) edits.push(e);
  }
  return { edits };
}

/** A blank 一级 cell above (merged group): keep the new row blank too so the group reads as one. */
function isBlankLevel1(g: Grid, row: number, col: number | undefined): boolean {
  return col !== undefined && (g.values[row - 1]?.[col - 1] ?? null) === null;
}

function numOrText(v: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
}

/** The 二级 a standard row lands in, for previews: canonical name. */
export function targetGroup(p: Project, r: StandardRow): string {
  const { level1, level2 } = adaptToGeneration(r, p.generation);
  return `${level1} › ${canonicalLevel2(level2) ?? level2}`;
}
