/**
 * A sheet whose part is there but empty (0 bytes, or only white space: a converter that crashed half-way,
 * a sync tool that truncated one file) is not a worksheet: Excel can only repair the workbook by dropping
 * it. The other sheets are whole, so they are read and checked, and the empty one is named in one line
 * (`blankSheets`); only when every sheet is empty is the file refused as damaged (the reader says so).
 */
import type { Grid } from '../../sheet/grid';
import type { Package } from './input';

const blanks = new WeakMap<Grid[], string[]>();

/** At most this many bytes of white space make an empty part; a larger part is read (and refused if broken). */
const SMALL = 64;

function isBlank(pkg: Package, part: string): boolean {
  const e = pkg.dir.get(pkg.name(part));
  return !!e && e.size <= SMALL && pkg.text(part).trim() === '';
}

/** The sheets to read and the names of the empty ones left out (none left out when every sheet is empty). */
export function sheetsToRead<S extends { name: string; part: string }>(pkg: Package, sheets: S[]): { read: S[]; blank: string[] } {
  const blank = sheets.filter((s) => isBlank(pkg, s.part));
  if (!blank.length || blank.length === sheets.length) return { read: sheets, blank: [] };
  return { read: sheets.filter((s) => !blank.includes(s)), blank: blank.map((s) => s.name) };
}

/** The grids, remembering which sheets were left out as empty. */
export function withBlanks(grids: Grid[], blank: string[]): Grid[] {
  if (blank.length) blanks.set(grids, blank);
  return grids;
}

/** One line for each empty sheet left out of `grids` (read by readGrids), for the user. */
export function blankSheetLines(grids: Grid[]): string[] {
  return (blanks.get(grids) ?? []).map((n) => `工作表“${n}”的内容是空的（0 字节），Excel 打开时只能修复；已跳过这个工作表，其余工作表照常读取。`);
}
