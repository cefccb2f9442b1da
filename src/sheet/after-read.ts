/** What the reader does once a sheet's tables are read: hidden rows (hidden-rows.ts), then tables printed in two halves (two-halves.ts). */
import type { Grid } from './grid';
import type { Project } from '../domain/model';
import { readHidden } from './hidden-rows';
import { joinHalves, stackedFix, type Fix } from './two-halves';

/** again: the recogniser on the stacked grid with the corrections moved, or null inside such a reading (or a table laid across). */
export function afterRead<R extends { projects: Project[]; horizons: unknown[]; sure: boolean[] }, F extends Fix>(
  g: Grid,
  r: R,
  firstIndex: number,
  fix: F | undefined,
  again: ((stacked: Grid, fix: F | undefined) => R) | null,
): R {
  return joinHalves(g, readHidden(g, r), firstIndex, again && ((s, h) => again(s, stackedFix(fix, h))));
}
