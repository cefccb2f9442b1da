/**
 * Hidden rows inside an indicator grid. Budget-system exports hide template rows and last year's rows; an
 * accountant hides a finished row to print the table shorter. So: a hidden row that is empty or a template
 * placeholder is not read (it is not, visible either); a hidden row repeating an indicator a visible row of
 * the same project holds (same 一级/二级/三级) is a copy kept out of sight — last year's row, a template
 * copy — and is not read, as a hidden column repeating a visible one's role is not; any other hidden indicator
 * is read: hiding a row changes the print, not the filed table (its weight still counts towards 100). Both
 * are said in --explain (role and reason), so the user can correct either with one click.
 */
import type { IndicatorRow, Project, RowInfo } from '../domain/model';
import { canonicalName } from '../domain/text';
import type { Grid } from './grid';
import { reason } from './reasons';

const key = (x: IndicatorRow) => `${canonicalName(x.level1 ?? x.level1Text)}|${canonicalName(x.level2 ?? x.level2Text)}|${canonicalName(x.level3)}`;

/** Each project's hidden indicator rows: a copy of a visible one left out, the others read and marked. */
export function readHidden<R extends { projects: Project[] }>(g: Grid, r: R): R {
  if (!g.hiddenRows?.length) return r;
  const hidden = new Set(g.hiddenRows);
  for (let i = 0, list = r.projects; i < list.length; i++) {
    const p = list[i];
    if (p.indicators.some((x) => hidden.has(x.row))) hiddenIn(p, hidden);
  }
  return r;
}

function hiddenIn(p: Project, hidden: ReadonlySet<number>): void {
  const shown = new Map<string, number>();
  for (let i = 0, list = p.indicators; i < list.length; i++) {
    const x = list[i];
    if (!hidden.has(x.row) && x.level3 && !shown.has(key(x))) shown.set(key(x), x.row);
  }
  const copies = new Set<number>();
  // One lookup per row: an outline collapsed over a long table hides thousands of rows.
  const infos = new Map<number, RowInfo>();
  for (let k = 0, list = p.rows; k < list.length; k++) {
    const i = list[k];
    if (i.role === 'indicator' && hidden.has(i.row) && !infos.has(i.row)) infos.set(i.row, i);
  }
  for (let i = 0, list = p.indicators; i < list.length; i++) {
    const x = list[i];
    if (!hidden.has(x.row)) continue;
    const twin = x.level3 ? shown.get(key(x)) : undefined;
    const info = infos.get(x.row);
    if (!info) continue;
    const why = twin !== undefined ? reason('hiddenCopy', { name: x.level3, row: String(twin) }) : reason('hiddenIndicator');
    if (twin !== undefined) {
      copies.add(x.row);
      info.role = 'placeholder';
    }
    info.reason = why.reason;
    info.code = why.code;
    if (why.data) info.data = why.data;
    else delete info.data;
  }
  if (copies.size) p.indicators = p.indicators.filter((x) => !copies.has(x.row));
}
