/**
 * A merge the plan asks for that cuts through a merged area of the file: Excel's Merge takes such
 * areas in (the bounding box, again until nothing is cut), which is what the add-in gets through
 * Office.js and what the Excel double models. In a file no one sees that happen, so the box is
 * taken only when it clears no value the plan did not mean to clear: the plan's own area loses all
 * but its first cell, as any merge does; a value elsewhere in the box (or the plan's first cell no
 * longer first) keeps the merge from being written here.
 */
import type { Merge } from '../../sheet/grid';
import type { MergeList } from './merge-list';

/** Whether the list's area i overlaps m without lying wholly inside it. */
const cuts = (m: Merge, list: MergeList, i: number) => {
  const top = list.top(i);
  const left = list.left(i);
  const bottom = list.bottom(i);
  const right = list.right(i);
  return left <= m.right && m.left <= right && top <= m.bottom && m.top <= bottom && !(top >= m.top && bottom <= m.bottom && left >= m.left && right <= m.right);
};

/** The area to merge for `m` among `merges`; null when taking the areas it cuts in would clear a value (`valued`) the plan did not. */
export function mergeBox(m: Merge, merges: MergeList, valued: (r: number, c: number) => boolean): Merge | null {
  // Nothing cut (every merge fill writes): the area as asked, no look at its cells.
  if (!merges.some((i) => cuts(m, merges, i))) return m;
  let box = { ...m };
  for (let grown = true; grown;) {
    // The areas cut by the box as it stood, taken in together (then again until nothing is cut).
    const was = box;
    grown = false;
    for (let i = 0; i < merges.length; i++) {
      if (!cuts(was, merges, i)) continue;
      grown = true;
      box = {
        top: Math.min(box.top, merges.top(i)),
        left: Math.min(box.left, merges.left(i)),
        bottom: Math.max(box.bottom, merges.bottom(i)),
        right: Math.max(box.right, merges.right(i)),
      };
    }
  }
  const planned = (r: number, c: number) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && !(r === m.top && c === m.left);
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) if (!(r === box.top && c === box.left) && !planned(r, c) && valued(r, c)) return null;
  return box;
}
