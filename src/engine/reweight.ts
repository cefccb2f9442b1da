/**
 * 分值 for rows inserted into a table that already has them. When every 分值 in the table is the
 * scheme's own equal split (what 自评 wrote), inserting rows re-splits the table by the scheme, the
 * new rows included; a table whose 分值 someone set by hand is left alone (the pane then asks).
 */
import { bucketOf, canonicalLevel1, canonicalLevel2 } from '../domain/catalogue';
import type { Config } from '../domain/config';
import type { IndicatorRow, Project } from '../domain/model';
import { assignWeights } from '../domain/scoring';
import type { Edit } from '../sheet/plan';

export interface Inserted {
  /** Sheet row before which the block goes (original coordinates) and its rows' names and groups. */
  at: number;
  rows: { level1: string; level2: string; level3: string }[];
}

const same = (a: number, b: number) => Math.abs(a - b) < 0.005;

function unweighted(ind: IndicatorRow): IndicatorRow {
  return { ...ind, sheetWeight: null, sheetWeightText: null, sheetScore: null, sheetScoreText: null };
}

/** Value edits (in the coordinates after every insert) that re-split 分值, or [] when the table is not the scheme's. */
export function reweightEdits(sheet: string, p: Project, blocks: Inserted[], cfg: Config): Edit[] {
  const col = p.columns.weight;
  if (col === undefined || !blocks.length) return [];
  const inds = p.indicators;
  if (!inds.some((x) => x.sheetWeight !== null)) return [];
  const now = assignWeights({ ...p, indicators: inds.map(unweighted) }, cfg).weights;
  const schemeMade = inds.every((x, i) => (x.sheetWeight === null ? now[i] === null : now[i] !== null && same(x.sheetWeight, now[i]!)));
  if (!schemeMade) return [];
  // The table as it will be: each row with its final sheet row.
  const shift = (row: number) => blocks.filter((b) => b.at <= row).reduce((n, b) => n + b.rows.length, 0);
  const after: { ind: IndicatorRow; row: number }[] = inds.map((ind) => ({ ind: unweighted(ind), row: ind.row + shift(ind.row) }));
  for (const b of blocks) {
    const start = b.at + blocks.filter((x) => x.at < b.at).reduce((n, x) => n + x.rows.length, 0);
    b.rows.forEach((r, k) => {
      const level1 = canonicalLevel1(r.level1);
      const level2 = canonicalLevel2(r.level2);
      // Only what the split looks at: its group (bucket) and that it is a named row.
      const ind: IndicatorRow = { ...unweighted(inds[0]), row: start + k, fragmentRows: [], level1, level2, level3: r.level3, bucket: bucketOf(level1, level2), actual: null };
      after.push({ ind, row: start + k });
    });
  }
  after.sort((a, b) => a.row - b.row);
  const next = assignWeights({ ...p, indicators: after.map((x) => x.ind) }, cfg).weights;
  const edits: Edit[] = [];
  after.forEach((x, i) => {
    const w = next[i];
    if (w !== null) edits.push({ kind: 'value', sheet, row: x.row, col, value: w });
  });
  return edits;
}
