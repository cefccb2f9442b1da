/**
 * Worksheet.tables (ExcelApi 1.1): Excel tables (ListObjects). Only what the gateway and its tests
 * use: add(address, hasHeaders), getItem / getItemOrNullObject (1.4) by name, getCount (1.4), items (name, showHeaders, showTotals), Table.name and showTotals set, Table.getRange, Table.getHeaderRowRange. What tables do to
 * inserts and deletes: ../tables.ts. Ranges come from the caller (`locate`), as for comments.
 */
import { parseRect, splitSheet } from '../../sheet/a1';
import { DoubleError, invalidArgument } from '../errors';
import type { SheetState } from '../state';
import { addTable, renameTable, type TableState } from '../tables';
import { refuseTableOverMerges, setShowTotals } from '../table-behaviours';
import { nameHeaders } from '../table-headers';
import { DClientResult, DCollection, DFound, DObject, type ProxyContext } from './base';
import type { Locate } from './comments';

interface TableT {
  sheet: SheetState;
  table: TableState;
}

function byName(s: SheetState, name: string): TableT | null {
  const table = s.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  return table ? { sheet: s, table } : null;
}

export class DTableCollection<R extends DObject> extends DCollection<DTable<R>> {
  constructor(
    ctx: ProxyContext,
    parent: DObject,
    private readonly _scope: DObject,
    private readonly _locate: Locate<R>,
  ) {
    super(ctx, parent, 'tables', [], false, '1.1');
  }
  protected _resolve(): unknown {
    return this._scope._target();
  }
  protected _keys(): unknown[] {
    return this._scope._live<SheetState>().tables.map((t) => t.name);
  }
  protected _item(key: unknown): DTable<R> {
    return new DTable(this.context, this, '_item', [key ?? null], { name: key === undefined ? null : String(key) }, () => this._scope._live<SheetState>(), this._locate);
  }
  add(address: string, hasHeaders: boolean): DTable<R> {
    const key: { name: string | null } = { name: null };
    this._call('add', [address, hasHeaders], () => {
      const s = this._scope._live<SheetState>();
      const { sheet, ref } = splitSheet(address);
      const rect = parseRect(ref);
      if (!rect || (sheet !== null && sheet.toLowerCase() !== s.name.toLowerCase())) throw invalidArgument('TableCollection.add');
      refuseTableOverMerges(s, rect);
      const table = addTable(s, rect, hasHeaders);
      nameHeaders(s, table, () => true);
      key.name = table.name;
    });
    return new DTable(this.context, this, 'add', [], key, () => this._scope._live<SheetState>(), this._locate);
  }
  getItem(name: string): DTable<R> {
    return new DTable(this.context, this, 'getItem', [name], { name }, () => this._scope._live<SheetState>(), this._locate);
  }
  getItemOrNullObject(name: string): DTable<R> {
    return new DTable(this.context, this, 'getItemOrNullObject', [name], { name }, () => this._scope._live<SheetState>(), this._locate, true);
  }
  getCount(): DClientResult<number> {
    return this._callResult('getCount', [], () => this._keys().length, '1.4');
  }
}

export class DTable<R extends DObject> extends DFound<TableT> {
  constructor(
    ctx: ProxyContext,
    parent: DObject,
    name: string,
    args: unknown[],
    private readonly _key: { name: string | null },
    sheet: () => SheetState,
    private readonly _locate: Locate<R>,
    nullable = false,
  ) {
    super(ctx, parent, name, args, () => (_key.name === null ? null : byName(sheet(), _key.name)), nullable, nullable ? '1.4' : undefined);
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return {
      name: (t: TableT) => t.table.name,
      showHeaders: (t: TableT) => t.table.headers,
      showTotals: (t: TableT) => !!t.table.totals,
    };
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set<TableT>('name', v, (t) => {
      if (!v) throw new DoubleError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', 'Table.name');
      renameTable(t.sheet, t.table, v);
      this._key.name = v;
    });
  }
  get showHeaders(): boolean {
    return this._get('showHeaders');
  }
  /** The totals row (ExcelApi 1.1): ../table-behaviours.ts. */
  get showTotals(): boolean {
    return this._get('showTotals');
  }
  set showTotals(v: boolean) {
    this._set<TableT>('showTotals', v, (t) => void setShowTotals(t.sheet, t.table, !!v));
  }
  getRange(): R {
    return this._locate(this, () => {
      const t = this._live<TableT>();
      return { sheet: t.sheet, rect: t.table.rect };
    });
  }
  /**
   * The header row (ExcelApi 1.1): the first row of getRange(). What Excel answers for a table whose
   * header row is hidden is not documented: the double refuses (a gateway must look at showHeaders first).
   */
  getHeaderRowRange(): R {
    return this._locate(this, () => {
      const t = this._live<TableT>();
      if (!t.table.headers) throw new DoubleError('InvalidOperation', 'This operation is not permitted for the current object.', 'Table.getHeaderRowRange');
      return { sheet: t.sheet, rect: { ...t.table.rect, bottom: t.table.rect.top } };
    });
  }
}
