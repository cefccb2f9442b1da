/**
 * Data tables (What-If Analysis → 模拟运算表): the table's first cell holds <f t="dataTable"> with the
 * table's range in `ref` and its input cells in `r1`/`r2` (ECMA-376 Part 1, 18.3.1.40; the other
 * cells hold values only). Inserted rows above or below move those three references like any formula.
 * Excel refuses to insert rows through a data table ("无法只更改模拟运算表的一部分"), so a plan that
 * would is left to the other path rather than written into a table Excel cannot keep.
 */
import { attr } from '../xlsx/xml';
import { setAttr } from './styles';

export const isDataTable = (el: string) => el.includes('"dataTable"') && /<f\b[^>]*\st="dataTable"/.test(el);

const rows = (ref: string) => {
  const m = /^\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/i.exec(ref);
  return m ? Number(m[2] ?? m[1]) - Number(m[1]) : NaN;
};

/** The cell's data-table formula with ref, r1 and r2 moved by `move` (a formula's references moved); null when rows go through the table. */
export function moveDataTable(el: string, move: (ref: string) => string): string | null {
  let through = false;
  const out = el.replace(/<f\b[^>]*>/, (tag) => {
    let next = tag;
    for (const name of ['ref', 'r1', 'r2']) {
      const v = attr(tag, name);
      if (!v) continue;
      const moved = move(v);
      if (name === 'ref' && rows(moved) !== rows(v)) through = true;
      next = setAttr(next, name, moved);
    }
    return next;
  });
  return through ? null : out;
}
