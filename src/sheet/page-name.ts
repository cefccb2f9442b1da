/**
 * A printed form repeats its 项目名称 line at the top of every page, with the title and the header. The
 * same line as the one above the table's header is that repeat, not a new project starting in the grid.
 */
import { nonEmptyCount, type HeaderHit, type Reader } from './reader';

const lineOf = (rd: Reader, r: number, h: HeaderHit): string =>
  rd
    .rowTexts(r, h.left, h.right)
    .filter((x) => x)
    .join('|');

/** The name line found on row r, or null when the line repeats one of the lines just above the header. */
export function newName<T>(rd: Reader, r: number, h: HeaderHit, name: T | null): T | null {
  if (!name) return null;
  const own = lineOf(rd, r, h);
  for (let k = Math.max(1, h.row - 8); k < h.row; k++) if (nonEmptyCount(rd.rowTexts(k, h.left, h.right)) && lineOf(rd, k, h) === own) return null;
  return name;
}
