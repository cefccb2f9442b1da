/**
 * Threaded comments (Worksheet.comments, ExcelApi 1.10): the modern comment with replies, kept apart
 * from notes (Worksheet.notes, 1.18) in the API but not in the cell. In the file a threaded comment
 * is carried by a legacy comment on the same cell (MS-XLSX 2.6.205 CT_ThreadedComment, ref = the
 * cell; the legacy comments part keeps a placeholder for it), and a cell has at most one legacy
 * comment (ISO/IEC 29500-1 §18.7); Excel's UI offers "New Note" or "New Comment" on a cell, not
 * both. The reference does not say which error `notes.add` raises on such a cell: the double raises
 * InvalidArgument, as for a cell that already has a note (docs/real-excel-checklist.md step 14).
 *
 * Only what the gateway and its tests use: add, getItemByCell, getCount, items (id, content,
 * authorName), Comment.getLocation and delete. Ranges come from the caller (`locate`), so this
 * file does not import range.ts, which imports it.
 */
import { parseRect, splitSheet, type Rect } from '../../sheet/a1';
import { DoubleError, itemNotFound } from '../errors';
import type { SheetState } from '../state';
import { DClientResult, DCollection, DFound, DObject, type ProxyContext } from './base';

interface CommentT {
  sheet: SheetState;
  row: number;
  col: number;
}

/** Makes the Range proxy of a comment's cell. */
export type Locate<R extends DObject> = (parent: DObject, find: () => { sheet: SheetState; rect: Rect }) => R;

/** The error for a note on a cell with a threaded comment, or a threaded comment on a cell with a note. */
export function besideComment(location: string): DoubleError {
  return new DoubleError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', location);
}

let nextId = 1;

function cellOf(scope: DObject, key: string): CommentT {
  const s = scope._live<SheetState>();
  const { sheet, ref } = splitSheet(key);
  const rect = parseRect(ref);
  if ((sheet !== null && sheet.toLowerCase() !== s.name.toLowerCase()) || !rect || rect.top !== rect.bottom || rect.left !== rect.right) {
    throw new DoubleError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', 'CommentCollection');
  }
  return { sheet: s, row: rect.top, col: rect.left };
}

function byId(s: SheetState, id: string): CommentT | null {
  const hit = s.commentList().find((c) => c.comment.id === id);
  return hit ? { sheet: s, row: hit.row, col: hit.col } : null;
}

export class DCommentCollection<R extends DObject> extends DCollection<DComment<R>> {
  constructor(
    ctx: ProxyContext,
    parent: DObject,
    private readonly _scope: DObject,
    private readonly _locate: Locate<R>,
  ) {
    super(ctx, parent, 'comments', [], false, '1.10');
  }
  protected _resolve(): unknown {
    return this._scope._target();
  }
  protected _keys(): unknown[] {
    return this._scope
      ._live<SheetState>()
      .commentList()
      .map((c) => c.comment.id);
  }
  protected _item(key: unknown): DComment<R> {
    return new DComment(this.context, this, '_item', [key ?? null], () => (key === undefined ? null : byId(this._scope._live<SheetState>(), String(key))), this._locate);
  }
  add(cellAddress: string, content: unknown): DComment<R> {
    let where: CommentT | null = null;
    this._call('add', [cellAddress, content], () => {
      const cell = cellOf(this._scope, cellAddress);
      if (cell.sheet.getComment(cell.row, cell.col))
        throw new DoubleError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', 'CommentCollection.add');
      if (cell.sheet.getNote(cell.row, cell.col)) throw besideComment('CommentCollection.add');
      cell.sheet.setComment(cell.row, cell.col, { id: `{comment-${nextId++}}`, content: String(content), author: this.context._double.options.author });
      where = cell;
    });
    return new DComment(this.context, this, 'add', [], () => where, this._locate);
  }
  getItemByCell(cellAddress: string): DComment<R> {
    return new DComment(
      this.context,
      this,
      'getItemByCell',
      [cellAddress],
      () => {
        const c = cellOf(this._scope, cellAddress);
        return c.sheet.getComment(c.row, c.col) ? c : null;
      },
      this._locate,
    );
  }
  getCount(): DClientResult<number> {
    return this._callResult('getCount', [], () => this._keys().length);
  }
}

export class DComment<R extends DObject> extends DFound<CommentT> {
  constructor(
    ctx: ProxyContext,
    parent: DObject,
    name: string,
    args: unknown[],
    find: () => CommentT | null | undefined,
    private readonly _locate: Locate<R>,
  ) {
    super(ctx, parent, name, args, find, false, '1.10');
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return {
      id: (t: CommentT) => t.sheet.getComment(t.row, t.col)?.id ?? null,
      content: (t: CommentT) => t.sheet.getComment(t.row, t.col)?.content ?? null,
      authorName: (t: CommentT) => t.sheet.getComment(t.row, t.col)?.author ?? null,
    };
  }
  get id(): string {
    return this._get('id');
  }
  get content(): string {
    return this._get('content');
  }
  get authorName(): string {
    return this._get('authorName');
  }
  delete(): void {
    this._call<CommentT>('delete', [], (t) => {
      if (!t.sheet.getComment(t.row, t.col)) throw itemNotFound('Comment.delete');
      t.sheet.setComment(t.row, t.col, undefined);
    });
  }
  getLocation(): R {
    return this._locate(this, () => {
      const t = this._live<CommentT>();
      return { sheet: t.sheet, rect: { top: t.row, left: t.col, bottom: t.row, right: t.col } };
    });
  }
}
