/**
 * `fill` plans a sheet's tables top-down, one at a time; the grid rows above every table still to plan
 * are read by nothing after that (the rules read the recognised tables, not the grid). Letting them go as
 * the plan goes down keeps the grid from lying under the package writer's rows at the end of planning:
 * at 100 000 rows the grid was ~45 MB of the heap's peak there.
 */
import type { Amount, Project } from '../domain/model';
import type { Grid } from '../sheet/grid';

/**
 * The first sheet row planning `p` may read: its block, header, repeated headers, rows, fragments,
 * funds cells (a 自评表's funds block may stand above its grid) and total line. Infinity for a table
 * fill writes nothing beside (laid across, two halves, a long-term grid): its rows are not sheet rows.
 */
export function firstRowRead(p: Project): number {
  if (p.transposed || p.halves || p.partOf !== undefined) return Infinity;
  let top = Math.min(p.startRow, p.headerRow);
  const at = (r: number | null | undefined) => {
    if (typeof r === 'number' && r < top) top = r;
  };
  const amount = (a: Amount | null | undefined) => {
    if (!a) return;
    at(a.row);
    for (const x of a.sumOf ?? []) at(x.row);
  };
  at(p.nameCell?.row);
  const f = p.funds;
  at(f.headerRow);
  at(f.row);
  for (const a of [f.initial, f.total, f.fiscal, f.other, f.executed, f.weight, f.rate, f.score]) amount(a);
  for (const x of f.parts) {
    at(x.row);
    amount(x.total);
    amount(x.executed);
  }
  at(p.total?.row);
  for (const r of p.repeatedHeaders) at(r);
  for (const x of p.rows) at(x.row);
  for (const x of p.indicators) {
    at(x.row);
    if (x.fragmentRows) for (const r of x.fragmentRows) at(r);
  }
  return top;
}

/**
 * For a sheet's tables in planning order: after(k) lets go of the grid rows above every table from k + 1 on
 * (values, formulas, number formats, no-result flags). Nothing the plan reads later is dropped.
 */
export function rowReleaser(g: Grid, order: Project[]): (k: number) => void {
  // Lowest row still to be read from the k-th table on (suffix minimum).
  const low = new Array<number>(order.length + 1).fill(Infinity);
  for (let k = order.length - 1; k >= 0; k--) low[k] = Math.min(low[k + 1], firstRowRead(order[k]));
  let done = 0;
  return (k) => {
    const upTo = Math.min(low[k + 1], g.values.length + 1) - 1;
    for (const rows of [g.values, g.formulas, g.numFormats, g.noResult]) if (rows) clear(rows, done, upTo);
    done = Math.max(done, upTo);
  };
}

/** At least half of 64 evenly spaced rows exist (as grid.ts presentRows asks). */
function mostlyPresent(rows: unknown[]): boolean {
  let n = 0;
  const step = rows.length / 64;
  for (let k = 0; k < 64; k++) if (rows[Math.floor(k * step)] !== undefined) n++;
  return n >= 32;
}

/**
 * Rows [from, to) let go. A sparse grid (a stray cell at row 1 048 576) is walked by the rows it has:
 * asking each index of a million-row gap cost ~0.7 s, and setting one would add an entry per row.
 */
function clear(rows: unknown[], from: number, to: number): void {
  if (to - from > 4096 && !mostlyPresent(rows)) {
    for (const k of Object.keys(rows)) {
      const i = Number(k);
      if (i >= from && i < to) delete rows[i];
    }
    return;
  }
  for (let i = from; i < to; i++) if (rows[i] !== undefined) rows[i] = undefined;
}
