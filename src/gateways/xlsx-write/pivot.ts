/**
 * Pivot tables beside inserted rows, as Excel moves them when rows are inserted: a pivot cache whose
 * source range is on that sheet (<worksheetSource ref sheet>, ECMA-376 Part 1, 18.10.1.101) gets the
 * range moved and grown like a formula's; a pivot table on that sheet (<location ref>, 18.10.1.49)
 * moves with its rows. Its cache stays as saved: Excel shows it until the next refresh, as after an
 * insert in Excel. Rows inserted through a pivot table Excel refuses ("不能更改数据透视表的这一部分"),
 * so that plan is left to the other path rather than written into a pivot Excel would repair.
 */
import type { RowMap } from '../../sheet/shift-formula';
import { moveReferences } from '../../sheet/shift-formula';
import type { Package } from '../xlsx/input';
import { attr, decode } from '../xlsx/xml';
import { Unsupported } from './sheet';
import { setAttr } from './styles';

const PIVOT_CACHE = /^xl\/pivotCache\/pivotCacheDefinition\d*\.xml$/;

const rows = (ref: string) => {
  const m = /^\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/i.exec(ref);
  return m ? Number(m[2] ?? m[1]) - Number(m[1]) : NaN;
};

const on = (sheet: string, map: RowMap) => (ref: string) => moveReferences(ref, sheet, (k) => (k === sheet.toLowerCase() ? map : undefined));

/** Every pivot cache whose source range is on a sheet of `maps` (lower-case names), its range moved, into `texts`. */
export function movePivotSources(pkg: Package, text: (part: string) => string, texts: Map<string, string>, maps: Map<string, RowMap>): void {
  for (const [part] of pkg.dir) {
    if (!PIVOT_CACHE.test(part)) continue;
    const xml = text(part);
    const next = xml.replace(/<worksheetSource\b[^>]*>/, (tag) => {
      const sheet = attr(tag, 'sheet');
      const ref = attr(tag, 'ref');
      // A source in another workbook names it by r:id; a named range or table moves with its name.
      if (sheet === undefined || ref === undefined || /\s[\w.-]+:id\s*=/.test(tag)) return tag;
      const map = maps.get(decode(sheet).toLowerCase());
      return map ? setAttr(tag, 'ref', on(decode(sheet), map)(decode(ref))) : tag;
    });
    if (next !== xml) texts.set(part, next);
  }
}

/** A pivot table on a sheet with inserted rows, its location moved. Throws when the rows go through it. */
export function movePivotTable(xml: string, sheet: string, map: RowMap): string {
  return xml.replace(/(<location\b[^>]*?\sref=")([^"]*)"/, (_w, a: string, v: string) => {
    const moved = on(sheet, map)(decode(v));
    if (rows(moved) !== rows(decode(v))) throw new Unsupported('rows inserted through a pivot table');
    return `${a}${moved}"`;
  });
}
