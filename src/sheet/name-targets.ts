/**
 * A form with no 指标值 column whose 三级 names hold their targets (“足额保障率=100%”, “结余率≤5%”): the reader
 * is not guessing a column, the targets are read from the names, so it does not ask for a 指标值 column.
 */
import type { Project } from '../domain/model';
import { targetInName } from './rows';

export function targetsInNames(p: Project): boolean {
  return p.indicators.length > 0 && p.indicators.every((ind) => !!ind.target.raw.trim() && targetInName(ind.raw.level3.trim()) !== null);
}
