/**
 * Notes (Worksheet.notes and Workbook.notes, ExcelApi 1.18): the classic cell annotation. Ranges
 * come from the caller (`locate`: range.ts, which imports this file).
 */
import { parseRect, qualified, splitSheet } from '../../sheet/a1';
import type { NoteT, RangeT } from '../cells';
import { DoubleError, itemNotFound } from '../errors';
import type { SheetState } from '../state';
import { DClientResult, DCollection, DFound, DObject, type ProxyContext } from './base';
import { besideComment, type Locate } from './comments';

function noteCell(ctx: ProxyContext, scope: DObject | null, key: string): NoteT {
  const { sheet, ref } = splitSheet(key);
  const state = ctx._state;
  let s: SheetState | undefined;
  if (scope) {
    s = scope._live<SheetState>();
    if (sheet !== null && sheet.toLowerCase() !== s.name.toLowerCase()) throw new DoubleError('InvalidCellAddress', 'The cell address is invalid.');
  } else s = sheet === null ? state.sheets[state.active] : state.sheet(sheet);
  const rect = parseRect(ref);
  if (!s || !rect || rect.top !== rect.bottom || rect.left !== rect.right) throw new DoubleError('InvalidCellAddress', 'The cell address is invalid.');
  return { sheet: s, row: rect.top, col: rect.left };
}

export class DNoteCollection<R extends DObject> extends DCollection<DNote<R>> {
  constructor(
    ctx: ProxyContext,
    parent: DObject,
    private readonly _scope: DObject | null,
    private readonly _locate: Locate<R>,
  ) {
    super(ctx, parent, 'notes', [], false, '1.18');
  }
  protected _resolve(): unknown {
    return this._scope ? this._scope._target() : this.context._state;
  }
  protected _keys(): unknown[] {
    const sheets = this._scope ? [this._scope._live<SheetState>()] : this.context._state.sheets;
    return sheets.flatMap((s) => s.noteList().map((n) => qualified(s.name, { top: n.row, left: n.col, bottom: n.row, right: n.col })));
  }
  protected _item(key: unknown): DNote<R> {
    return new DNote(this.context, this, '_item', [key ?? null], () => (key === undefined ? null : noteCell(this.context, this._scope, String(key))), this._locate);
  }
  add(cellAddress: DObject | string, content: unknown): DNote<R> {
    let where: NoteT | null = null;
    this._call('add', [typeof cellAddress === 'string' ? cellAddress : { ObjectPathId: cellAddress._id }, content], () => {
      let cell: NoteT;
      if (typeof cellAddress === 'string') cell = noteCell(this.context, this._scope, cellAddress);
      else {
        const t = cellAddress._live<RangeT>();
        if (t.rect.top !== t.rect.bottom || t.rect.left !== t.rect.right)
          throw new DoubleError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
        cell = { sheet: t.sheet, row: t.rect.top, col: t.rect.left };
      }
      if (cell.sheet.getNote(cell.row, cell.col)) throw new DoubleError('InvalidArgument', 'The cell already has a note.', 'NoteCollection.add');
      // A cell holds a note or a threaded comment, never both (comments.ts).
      if (cell.sheet.getComment(cell.row, cell.col)) throw besideComment('NoteCollection.add');
      cell.sheet.setNote(cell.row, cell.col, { content: String(content), author: this.context._double.options.author });
      where = cell;
    });
    return new DNote(this.context, this, 'add', [], () => where, this._locate);
  }
  getItem(key: string): DNote<R> {
    return new DNote(
      this.context,
      this,
      'getItem',
      [key],
      () => {
        const c = noteCell(this.context, this._scope, key);
        return c.sheet.getNote(c.row, c.col) ? c : null;
      },
      this._locate,
    );
  }
  getItemOrNullObject(key: string): DNote<R> {
    return new DNote(
      this.context,
      this,
      'getItemOrNullObject',
      [key],
      () => {
        const c = noteCell(this.context, this._scope, key);
        return c.sheet.getNote(c.row, c.col) ? c : null;
      },
      this._locate,
      true,
    );
  }
  getCount(): DClientResult<number> {
    return this._callResult('getCount', [], () => this._keys().length);
  }
}

export class DNote<R extends DObject> extends DFound<NoteT> {
  constructor(
    ctx: ProxyContext,
    parent: DObject,
    name: string,
    args: unknown[],
    find: () => NoteT | null | undefined,
    private readonly _locate: Locate<R>,
    nullable = false,
  ) {
    super(ctx, parent, name, args, find, nullable, '1.18');
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return {
      content: (t: NoteT) => t.sheet.getNote(t.row, t.col)?.content ?? null,
      authorName: (t: NoteT) => t.sheet.getNote(t.row, t.col)?.author ?? null,
    };
  }
  get content(): string {
    return this._get('content');
  }
  set content(v: string) {
    this._set<NoteT>('content', v, (t) => {
      const n = t.sheet.getNote(t.row, t.col);
      if (!n) throw itemNotFound('Note.content');
      t.sheet.setNote(t.row, t.col, { ...n, content: String(v) });
    });
  }
  get authorName(): string {
    return this._get('authorName');
  }
  delete(): void {
    this._call<NoteT>('delete', [], (t) => {
      if (!t.sheet.getNote(t.row, t.col)) throw itemNotFound('Note.delete');
      t.sheet.setNote(t.row, t.col, undefined);
    });
  }
  getLocation(): R {
    return this._locate(this, () => {
      const t = this._live<NoteT>();
      return { sheet: t.sheet, rect: { top: t.row, left: t.col, bottom: t.row, right: t.col } };
    });
  }
}
