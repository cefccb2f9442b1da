/**
 * The snapshot's read of threaded comments' cells, so that no note is added where one is (a cell
 * holds a note or a threaded comment, not both: src/double/proxy/comments.ts). Rides on the reads
 * the snapshot makes anyway: the comments' ids in its first sync, their cells (Comment.getLocation,
 * ExcelApi 1.10) beside the notes' cells in the next. Read only where notes can be written
 * (ExcelApi 1.18, which includes 1.10).
 */
import { colLetters, parseRect, splitSheet } from '../../sheet/a1';
import type { XlComment, XlCommentCollection, XlRange, XlWorksheet } from './api';
import { ACTION_OVERHEAD } from '../pipeline/batching';

export interface CommentsRead {
  all: XlCommentCollection;
  found: { comment: XlComment; range: XlRange | null }[];
}

/** Queue the load of the sheet's comments (first sync); null when the host has none. */
export function loadComments(ws: XlWorksheet, notes: boolean): CommentsRead | null {
  if (!notes || !ws.comments) return null;
  const all = ws.comments;
  all.load('items/id');
  return { all, found: [] };
}

/** After the first sync: one read job per comment, for its cell. */
export function commentJobs(read: CommentsRead | null): { req: number; resp: number; run(): void; done(): void }[] {
  if (!read) return [];
  return read.all.items.map((comment) => {
    const entry: CommentsRead['found'][number] = { comment, range: null };
    read.found.push(entry);
    return {
      req: ACTION_OVERHEAD,
      resp: 100,
      run: () => {
        entry.range = comment.getLocation();
        entry.range.load('address');
      },
      done: () => undefined,
    };
  });
}

/** The cells that hold a threaded comment, as A1 addresses without the sheet; null when not read. */
export function commentCells(read: CommentsRead | null): Set<string> | null {
  if (!read) return null;
  const out = new Set<string>();
  for (const { range } of read.found) {
    const rect = range ? parseRect(splitSheet(range.address).ref) : null;
    if (rect) out.add(`${colLetters(rect.left)}${rect.top}`);
  }
  return out;
}
