/** 分值 / 得分 cells read as points, also when typed with their unit. Pure; never throws. */
import { toHalfWidth } from './text';
import { parseAmount, type CellInput } from './value';

// “20分”: the points, not text (forms that print the unit in every cell).
const POINTS = /^\s*([+-]?\d+(?:\.\d+)?)\s*分\s*$/;

/** A 分值 / 得分 cell as points: 20, "20", "20分", "２０ 分". Null when it holds none. */
export function parsePoints(v: CellInput): number | null {
  if (v === null || v === undefined || v === '') return null;
  const points = typeof v === 'string' ? POINTS.exec(toHalfWidth(v)) : null;
  return parseAmount(points ? points[1] : v).value;
}
