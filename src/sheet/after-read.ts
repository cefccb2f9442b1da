/** What the reader does once a sheet's tables are read: formulas with no result (no-result.ts), hidden rows (hidden-rows.ts), then tables printed in two halves (two-halves.ts), then header names merged down from above (head-above.ts). */
import type { Grid } from './grid';
import type { Project } from '../domain/model';
import { readHidden } from './hidden-rows';
import { markNoResult } from './no-result';
import { joinHalves, stackedFix, type Fix } from './two-halves';
import { headsFromAbove } from './head-above';

/** again: the recogniser on the stacked grid with the corrections moved, or null inside such a reading (or a table laid across). */
export function afterRead<R extends { projects: Project[]; horizons: unknown[]; sure: boolean[] }, F extends Fix>(
  g: Grid,
  r: R,
  firstIndex: number,
  fix: F | undefined,
  again: ((stacked: Grid, fix: F | undefined) => R) | null,
): R {
  const seen = readHidden(g, r);
  markNoResult(g, seen.projects); // before the halves are joined: a joined table is read (and marked) on its own stacked grid
  return headsFromAbove(g, joinHalves(g, seen, firstIndex, again && ((s, h) => again(s, stackedFix(fix, h))))); // names merged down (head-above.ts)
}
