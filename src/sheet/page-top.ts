/**
 * The top of the next page in a table converted page by page (PDF → Excel): the form's title, its year
 * line, then the same grid header again. The table goes on below; those rows are not its end.
 */
import { TITLE_ROW } from './facts';
import { foldHeader, sameHeader } from './headers';
import { nonEmptyCount, type HeaderHit, type Reader } from './reader';

// For the grid reader beside pageTop: page lines and section titles the table goes on after, a header's own band.
export { innerLine } from './section-line';
export { apart, besideBands, ownBand, ownHeaders, reachRight, toLastText } from './header-band';
export { spreadMergedPoints } from './merged-points';
export { firstText, gridBudget, gridLeft, noteInside } from './grid-lines';

/** “（2024年度）”, “2024年度”, “单位：万元”: lines a page top carries besides the title. */
const PAGE_LINE = /^[(（]?((19|20)\d{2}年度?)[)）]?$|^(金额)?单位[:：]/;

/** Whether row r starts a page top: only title-like lines until the same header, at most three rows down. */
export function pageTop(rd: Reader, r: number, h: HeaderHit, headers: ReadonlyMap<number, HeaderHit[]>): boolean {
  for (let k = r; k <= r + 3 && k <= rd.g.rowCount; k++) {
    const hh = headers.get(k)?.find((x) => x.left <= h.right && x.right >= h.left);
    if (hh) return k > r && sameHeader(hh.cols, h.cols);
    const texts = rd.rowTexts(k, h.left, h.right);
    if (nonEmptyCount(texts) === 0) continue;
    if (nonEmptyCount(texts) > 2) return false;
    const t = foldHeader(texts.find((x) => x) ?? '');
    if (!TITLE_ROW.test(t) && !PAGE_LINE.test(t) && !aboveHeader(rd, h, t)) return false;
  }
  return false;
}

/** A line the table's own first page carries above its header (“××汇总表” repeated on every printed page). */
function aboveHeader(rd: Reader, h: HeaderHit, t: string): boolean {
  for (let r = Math.max(1, h.row - 6); r < h.row; r++) {
    const texts = rd.rowTexts(r, h.left, h.right);
    if (nonEmptyCount(texts) <= 2 && foldHeader(texts.find((x) => x) ?? '') === t) return true;
  }
  return false;
}
