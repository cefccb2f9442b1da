/**
 * The plan's writes into an Excel table's header row. Excel keeps a table's header cells non-empty
 * and different from each other (case-insensitive): a header written empty comes back as Column1
 * (列1 in the Chinese build), a name another column has as 名称2 (src/double/table-headers.ts says
 * what is documented and what is guessed). Either way the cell would not hold what the plan wrote —
 * the journal would not match it and 撤销 would leave it. So such a write is refused before
 * anything is written. A name is taken as repeated when another column has it now or is planned to
 * get it: the plan's writes may reach Excel in more than one Range write, and a swap of two names
 * would repeat one in between. A table showing no header row (Table.showHeaders false) is not checked.
 */
import { colLetters, type Rect } from '../../sheet/a1';
import { cellText } from '../../sheet/grid';
import { cellKey, type SheetWork } from './work';

interface HeaderTable {
  name: string;
  /** In the plan's final coordinates. */
  rect: Rect;
  /** Where it is before the plan's inserts (the snapshot's grid). */
  now: Rect;
  headerless?: boolean;
}

/** The first header write Excel would not keep as written: its cell and why; null when none. */
export function headerWrite(work: SheetWork, t: HeaderTable): { cell: string; why: string } | null {
  if (t.headerless) return null;
  const row = t.rect.top;
  const now: string[] = [];
  const planned: (string | null)[] = [];
  for (let c = t.rect.left; c <= t.rect.right; c++) {
    now.push(cellText(work.snap.grid, t.now.top, c).toLowerCase());
    const v = work.contents.get(cellKey(row, c));
    planned.push(v === undefined ? null : String(v));
  }
  for (let i = 0; i < planned.length; i++) {
    const v = planned[i];
    if (v === null) continue;
    const cell = `${colLetters(t.rect.left + i)}${row}`;
    if (v === '') return { cell, why: '是 Excel 表格的标题：Excel 不允许标题为空，会改写为“列1”之类的名称' };
    const name = v.toLowerCase();
    if (now.some((x, j) => j !== i && x === name) || planned.some((x, j) => j !== i && x !== null && x.toLowerCase() === name)) {
      return { cell, why: `是 Excel 表格的标题：表格中已有同名的列“${v}”，Excel 会在名称后加数字` };
    }
  }
  return null;
}
