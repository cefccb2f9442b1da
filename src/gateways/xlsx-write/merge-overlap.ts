/**
 * A merge the plan asks for that cuts through a merged area of the file: Excel's Merge takes such
 * areas in (the bounding box, again until nothing is cut), which is what the add-in gets through
 * Office.js and what the Excel double models. In a file no one sees that happen, so the box is
 * taken only when it clears no value the plan did not mean to clear: the plan's own area loses all
 * but its first cell, as any merge does; a value elsewhere in the box (or the plan's first cell no
 * longer first) keeps the merge from being written here.
 */
import type { Merge } from '../../sheet/grid';

const cuts = (m: Merge, o: Merge) =>
  o.left <= m.right && m.left <= o.right && o.top <= m.bottom && m.top <= o.bottom && !(o.top >= m.top && o.bottom <= m.bottom && o.left >= m.left && o.right <= m.right);

/** The area to merge for `m` among `merges`; null when taking the areas it cuts in would clear a value (`valued`) the plan did not. */
export function mergeBox(m: Merge, merges: Merge[], valued: (r: number, c: number) => boolean): Merge | null {
  // Nothing cut (every merge fill writes): the area as asked, no look at its cells.
  if (!merges.some((o) => cuts(m, o))) return m;
  let box = { ...m };
  for (let hit = merges.filter((o) => cuts(box, o)); hit.length; hit = merges.filter((o) => cuts(box, o)))
    for (const o of hit) box = { top: Math.min(box.top, o.top), left: Math.min(box.left, o.left), bottom: Math.max(box.bottom, o.bottom), right: Math.max(box.right, o.right) };
  const planned = (r: number, c: number) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && !(r === m.top && c === m.left);
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) if (!(r === box.top && c === box.left) && !planned(r, c) && valued(r, c)) return null;
  return box;
}
