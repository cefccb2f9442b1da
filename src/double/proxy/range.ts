/**
 * Worksheet, Range and RangeAreas: one file because they refer to each other in a circle, as
 * Office's own types do (range.worksheet, worksheet.getRange). Notes and threaded comments, which
 * hand out ranges too (getLocation), get the Range constructor from here (notes.ts, comments.ts).
 */
import { MAX_COLS, MAX_ROWS, address, intersects, parseAreas, parseRect, qualified, splitSheet, type Rect } from '../../sheet/a1';
import { cellProperties, formatText, grid, type AreasT, type CellPropertiesLoad, type RangeT } from '../cells';
import { clearRects, copyContents, copyFormats, insertWholeRows, mergeRect, setCellProperties, setNumberFormats, writeInputs, type CellPropertiesSet } from '../edits';
import { DoubleError, invalidArgument, notImplemented } from '../errors';
import type { SheetState } from '../state';
import { DClientResult, DCollection, DFound, DObject, type ProxyContext } from './base';
import { DCommentCollection } from './comments';
import { DRangeFormat } from './format';
import { DNoteCollection } from './notes';
import { DTableCollection } from './tables';
import { tablesShiftCells } from '../tables';

export class DWorksheetProtection extends DObject {
  constructor(ctx: ProxyContext, parent: DWorksheet) {
    super(ctx, parent, 'protection', [], false, '1.2');
  }
  protected _resolve(): unknown {
    return this._parent!._target();
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return { protected: (s: SheetState) => s.protected };
  }
  get protected(): boolean {
    return this._get('protected');
  }
}

/** The range a note or a comment is on (getLocation). */
export function locate(parent: DObject, find: () => RangeT): DRange {
  return new DRange(parent.context, parent, 'getLocation', [], find);
}

export class DWorksheet extends DFound<SheetState> {
  private _notes?: DNoteCollection<DRange>;
  private _comments?: DCommentCollection<DRange>;
  private _protection?: DWorksheetProtection;
  private _tables?: DTableCollection<DRange>;
  constructor(ctx: ProxyContext, parent: DObject, name: string, args: unknown[], find: () => SheetState | null | undefined, nullable = false, minVersion?: string) {
    super(ctx, parent, name, args, find, nullable, minVersion);
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return {
      name: (s: SheetState) => s.name,
      position: (s: SheetState) => s.wb.sheets.indexOf(s),
      id: (s: SheetState) => `{${s.name}}`,
    };
  }
  protected override _navs(): Record<string, () => DObject> {
    return { notes: () => this.notes, comments: () => this.comments, protection: () => this.protection, tables: () => this.tables };
  }
  /** Excel tables (ListObjects, ExcelApi 1.1): proxy/tables.ts. */
  get tables(): DTableCollection<DRange> {
    return (this._tables ??= new DTableCollection(this.context, this, this, locate));
  }
  /** ExcelApi 1.2: whether the sheet is protected (the double's protection.ts refuses changes to it). */
  get protection(): DWorksheetProtection {
    return (this._protection ??= new DWorksheetProtection(this.context, this));
  }
  get name(): string {
    return this._get('name');
  }
  get position(): number {
    return this._get('position');
  }
  get notes(): DNoteCollection<DRange> {
    return (this._notes ??= new DNoteCollection(this.context, this, this, locate));
  }
  /** Threaded comments (ExcelApi 1.10). */
  get comments(): DCommentCollection<DRange> {
    return (this._comments ??= new DCommentCollection(this.context, this, this, locate));
  }
  activate(): void {
    this._call<SheetState>('activate', [], (s) => {
      s.wb.active = s.wb.sheets.indexOf(s);
    });
  }
  getRange(address?: string): DRange {
    return new DRange(this.context, this, 'getRange', [address ?? null], () => {
      const s = this._live<SheetState>();
      if (address === undefined || address === '') return { sheet: s, rect: { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } };
      const { sheet, ref } = splitSheet(address);
      if (sheet !== null && sheet.toLowerCase() !== s.name.toLowerCase()) throw invalidArgument('Worksheet.getRange');
      const rect = parseRect(ref);
      if (!rect) throw invalidArgument('Worksheet.getRange');
      return { sheet: s, rect };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): DRange {
    return new DRange(this.context, this, 'getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      if (rowCount < 1 || columnCount < 1) throw invalidArgument('Worksheet.getRangeByIndexes');
      return { sheet: this._live<SheetState>(), rect: { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount } };
    });
  }
  getRanges(address?: string): DRangeAreas {
    return new DRangeAreas(
      this.context,
      this,
      'getRanges',
      [address ?? null],
      () => {
        const s = this._live<SheetState>();
        const a = address ?? '';
        if (a.length > this.context._double.options.addressLengthLimit) throw invalidArgument('Worksheet.getRanges');
        let areas;
        try {
          areas = parseAreas(a);
        } catch {
          throw invalidArgument('Worksheet.getRanges');
        }
        if (areas.some((x) => x.sheet !== null && x.sheet.toLowerCase() !== s.name.toLowerCase())) throw invalidArgument('Worksheet.getRanges');
        return { sheet: s, rects: areas.map((x) => x.rect) };
      },
      false,
      '1.9',
    );
  }
  getUsedRange(valuesOnly?: boolean): DRange {
    return new DRange(this.context, this, 'getUsedRange', [valuesOnly ?? false], () => {
      const s = this._live<SheetState>();
      return { sheet: s, rect: s.extent(!!valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): DRange {
    return new DRange(
      this.context,
      this,
      'getUsedRangeOrNullObject',
      [valuesOnly ?? false],
      () => {
        const s = this._live<SheetState>();
        const rect = s.extent(!!valuesOnly);
        return rect ? { sheet: s, rect } : null;
      },
      true,
      '1.4',
    );
  }
}

export class DRange extends DFound<RangeT> {
  private _format?: DRangeFormat;
  constructor(ctx: ProxyContext, parent: DObject, name: string, args: unknown[], find: () => RangeT | null | undefined, nullable = false, minVersion?: string) {
    super(ctx, parent, name, args, find, nullable, minVersion);
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return {
      address: (t: RangeT) => qualified(t.sheet.name, t.rect),
      addressLocal: (t: RangeT) => qualified(t.sheet.name, t.rect),
      rowIndex: (t: RangeT) => t.rect.top - 1,
      columnIndex: (t: RangeT) => t.rect.left - 1,
      rowCount: (t: RangeT) => t.rect.bottom - t.rect.top + 1,
      columnCount: (t: RangeT) => t.rect.right - t.rect.left + 1,
      cellCount: (t: RangeT) => (t.rect.bottom - t.rect.top + 1) * (t.rect.right - t.rect.left + 1),
      values: (t: RangeT) => grid(t, (c) => (c ? c.v : '')),
      formulas: (t: RangeT) => grid(t, (c) => (c ? (c.f ?? c.v) : '')),
      numberFormat: (t: RangeT) => grid(t, (c) => c?.nf ?? 'General'),
      rowHidden: (t: RangeT) => allSomeNone(t.sheet.hiddenIn('rows', t.rect.top, t.rect.bottom), t.rect.bottom - t.rect.top + 1),
      columnHidden: (t: RangeT) => allSomeNone(t.sheet.hiddenIn('cols', t.rect.left, t.rect.right), t.rect.right - t.rect.left + 1),
      text: (t: RangeT) => grid(t, (c) => (c ? formatText(c.v, c.nf) : '')),
      valueTypes: (t: RangeT) =>
        grid(t, (c) => {
          const v = c?.v ?? '';
          if (v === '') return 'Empty';
          if (typeof v === 'number') return 'Double';
          if (typeof v === 'boolean') return 'Boolean';
          return /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!)$/.test(v) && c?.f ? 'Error' : 'String';
        }),
    };
  }
  protected override _navs(): Record<string, () => DObject> {
    return { format: () => this.format, worksheet: () => this.worksheet };
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get text(): string[][] {
    return this._get('text');
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this._set<RangeT>('values', v, (t) => writeInputs(t, v));
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(v: unknown[][]) {
    this._set<RangeT>('formulas', v, (t) => writeInputs(t, v));
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this._set<RangeT>('numberFormat', v, (t) => setNumberFormats(t, v));
  }

  /** ExcelApi 1.2: true when every row of the range is hidden, false when none is, null when some are. */
  get rowHidden(): boolean | null {
    return this._get('rowHidden');
  }
  set rowHidden(v: boolean | null) {
    this._set<RangeT>('rowHidden', v, (t) => t.sheet.setHidden('rows', t.rect.top, t.rect.bottom, !!v), '1.2');
  }
  get columnHidden(): boolean | null {
    return this._get('columnHidden');
  }
  set columnHidden(v: boolean | null) {
    this._set<RangeT>('columnHidden', v, (t) => t.sheet.setHidden('cols', t.rect.left, t.rect.right, !!v), '1.2');
  }

  get format(): DRangeFormat {
    return (this._format ??= new DRangeFormat(this.context, this));
  }
  get worksheet(): DWorksheet {
    return new DWorksheet(this.context, this, 'worksheet', [], () => this._live<RangeT>().sheet);
  }

  private _derived(name: string, args: unknown[], f: (t: RangeT) => Rect): DRange {
    return new DRange(this.context, this, name, args, () => {
      const t = this._live<RangeT>();
      const rect = f(t);
      if (rect.top < 1 || rect.left < 1 || rect.bottom > MAX_ROWS || rect.right > MAX_COLS || rect.bottom < rect.top || rect.right < rect.left) {
        throw invalidArgument(`Range.${name}`);
      }
      return { sheet: t.sheet, rect };
    });
  }
  getCell(row: number, column: number): DRange {
    return this._derived('getCell', [row, column], (t) => ({ top: t.rect.top + row, left: t.rect.left + column, bottom: t.rect.top + row, right: t.rect.left + column }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): DRange {
    return this._derived('getOffsetRange', [rowOffset, columnOffset], (t) => ({
      top: t.rect.top + rowOffset,
      bottom: t.rect.bottom + rowOffset,
      left: t.rect.left + columnOffset,
      right: t.rect.right + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): DRange {
    return this._derived('getResizedRange', [deltaRows, deltaColumns], (t) => ({ ...t.rect, bottom: t.rect.bottom + deltaRows, right: t.rect.right + deltaColumns }));
  }
  getRow(row: number): DRange {
    return this._derived('getRow', [row], (t) => ({ ...t.rect, top: t.rect.top + row, bottom: t.rect.top + row }));
  }
  getColumn(column: number): DRange {
    return this._derived('getColumn', [column], (t) => ({ ...t.rect, left: t.rect.left + column, right: t.rect.left + column }));
  }
  getEntireRow(): DRange {
    return this._derived('getEntireRow', [], (t) => ({ top: t.rect.top, bottom: t.rect.bottom, left: 1, right: MAX_COLS }));
  }

  getCellProperties(options: CellPropertiesLoad): DClientResult<Record<string, unknown>[][]> {
    return this._callResult<RangeT, Record<string, unknown>[][]>('getCellProperties', [options], (t) => cellProperties(t, options), '1.9');
  }

  /** Range.getRowProperties (ExcelApi 1.9): per row of the range, the asked-for rowIndex (0-based) / rowHidden. */
  getRowProperties(options: LinePropertiesLoad): DClientResult<Record<string, unknown>[]> {
    return this._callResult<RangeT, Record<string, unknown>[]>('getRowProperties', [options], (t) => lineProperties(t, 'rows', options), '1.9');
  }

  /** Range.getColumnProperties (ExcelApi 1.9): per column, the asked-for columnIndex (0-based) / columnHidden. */
  getColumnProperties(options: LinePropertiesLoad): DClientResult<Record<string, unknown>[]> {
    return this._callResult<RangeT, Record<string, unknown>[]>('getColumnProperties', [options], (t) => lineProperties(t, 'cols', options), '1.9');
  }

  setCellProperties(data: CellPropertiesSet[][]): void {
    this._call<RangeT>('setCellProperties', [data], (t) => setCellProperties(t, data), '1.9');
  }

  insert(shift: string): DRange {
    let inserted: RangeT | null = null;
    this._call<RangeT>('insert', [shift], (t) => {
      const wholeRows = t.rect.left === 1 && t.rect.right === MAX_COLS;
      if (!wholeRows) tablesShiftCells(t.sheet, t.rect, shift === 'Right' ? 'cols' : 'rows', 'Range.insert');
      if (shift !== 'Down' || !wholeRows) throw notImplemented(`Range.insert("${shift}") on ${address(t.rect.top, t.rect.left)} (only whole rows, shifted down)`);
      insertWholeRows(t.sheet, t.rect.top, t.rect.bottom - t.rect.top + 1);
      inserted = { sheet: t.sheet, rect: t.rect };
    });
    return new DRange(this.context, this, 'insert', [shift], () => inserted ?? this._live<RangeT>());
  }

  delete(shift: string): void {
    this._call<RangeT>('delete', [shift], (t) => {
      const wholeRows = t.rect.left === 1 && t.rect.right === MAX_COLS;
      if (!wholeRows) tablesShiftCells(t.sheet, t.rect, shift === 'Left' ? 'cols' : 'rows', 'Range.delete');
      if (shift !== 'Up' || !wholeRows) throw notImplemented(`Range.delete("${shift}") (only whole rows, shifted up)`);
      t.sheet.deleteRows(t.rect.top, t.rect.bottom - t.rect.top + 1);
    });
  }

  /** Calculates the range's formulas only (ExcelApi 1.6); those outside keep their values. */
  calculate(): void {
    this._call<RangeT>('calculate', [], (t) => t.sheet.wb.calculateRange(t.sheet, t.rect), '1.6');
  }

  merge(across?: boolean): void {
    this._call<RangeT>('merge', [across ?? false], (t) => {
      const targets: Rect[] = across ? Array.from({ length: t.rect.bottom - t.rect.top + 1 }, (_, i) => ({ ...t.rect, top: t.rect.top + i, bottom: t.rect.top + i })) : [t.rect];
      for (const target of targets) mergeRect(t.sheet, target);
    });
  }

  unmerge(): void {
    this._call<RangeT>('unmerge', [], (t) => {
      t.sheet.setMerges(t.sheet.merges.filter((m) => !intersects(m, t.rect)));
    });
  }

  /** The used cells within this range (ExcelApi 1.4): their bounding box, or a null object. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): DRange {
    return new DRange(
      this.context,
      this,
      'getUsedRangeOrNullObject',
      [valuesOnly ?? false],
      () => {
        const t = this._live<RangeT>();
        const rect = t.sheet.extent(!!valuesOnly, t.rect);
        return rect ? { sheet: t.sheet, rect } : null;
      },
      true,
      '1.4',
    );
  }

  getMergedAreasOrNullObject(): DRangeAreas {
    return new DRangeAreas(
      this.context,
      this,
      'getMergedAreasOrNullObject',
      [],
      () => {
        const t = this._live<RangeT>();
        const { mergedAreasLimit, mergedAreasByTopLeft } = this.context._double.options;
        const r = t.rect;
        const meets = mergedAreasByTopLeft ? (m: Rect) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right : (m: Rect) => intersects(m, r);
        const rects = t.sheet.merges.filter(meets).sort((a, b) => a.top - b.top || a.left - b.left);
        // Excel's reference: above 512 merged areas in the range the method "will fail to return the result"
        // (which error is not documented; the double gives Excel's generic one).
        if (rects.length > mergedAreasLimit)
          throw new DoubleError('GeneralException', 'There was an internal error while processing the request.', 'Range.getMergedAreasOrNullObject');
        return rects.length ? { sheet: t.sheet, rects } : null;
      },
      true,
      '1.13',
    );
  }

  /**
   * Range.getSpecialCellsOrNullObject (ExcelApi 1.9): the cells holding constants (or formulas) of
   * the given value type, as column runs; null when none. Types modelled: Constants and Formulas,
   * with All, Text, Numbers or Logical.
   */
  getSpecialCellsOrNullObject(cellType: string, cellValueType = 'All'): DRangeAreas {
    return new DRangeAreas(
      this.context,
      this,
      'getSpecialCellsOrNullObject',
      [cellType, cellValueType],
      () => {
        if (cellType !== 'Constants' && cellType !== 'Formulas') throw notImplemented(`getSpecialCells ${cellType}`);
        const t = this._live<RangeT>();
        const kind = (v: unknown): string => (typeof v === 'number' ? 'Numbers' : typeof v === 'boolean' ? 'Logical' : 'Text');
        // Over the stored cells only: a whole-sheet range beside a far cell is 17 billion cells.
        const { top, left, bottom, right } = t.rect;
        const open = new Map<number, Rect>();
        const rects: Rect[] = [];
        const rows = t.sheet.rows;
        for (let row = top; row <= Math.min(bottom, rows.length); row++) {
          rows[row - 1]?.forEach((c, j) => {
            const col = j + 1;
            if (col < left || col > right || !c) return;
            const hit = (cellType === 'Formulas' ? c.f !== undefined : c.f === undefined && c.v !== '' && c.v !== null) && (cellValueType === 'All' || kind(c.v) === cellValueType);
            if (!hit) return;
            const run = open.get(col);
            if (run && run.bottom === row - 1) run.bottom = row;
            else {
              const r = { top: row, bottom: row, left: col, right: col };
              rects.push(r);
              open.set(col, r);
            }
          });
        }
        rects.sort((a, b) => a.left - b.left || a.top - b.top);
        return rects.length ? { sheet: t.sheet, rects } : null;
      },
      true,
      '1.9',
    );
  }

  select(): void {
    this._call<RangeT>('select', [], (t) => {
      this.context._double._selection = { sheet: t.sheet.name, rect: t.rect };
    });
  }

  clear(applyTo?: string): void {
    this._call<RangeT>('clear', [applyTo ?? 'All'], (t) => clearRects(t.sheet, [t.rect], applyTo ?? 'All'));
  }

  copyFrom(sourceRange: DRange | DRangeAreas | string, copyType?: string, skipBlanks?: boolean, transpose?: boolean): void {
    const type = copyType ?? 'All';
    this._call<RangeT>(
      'copyFrom',
      [typeof sourceRange === 'string' ? sourceRange : { ObjectPathId: sourceRange._id }, type, !!skipBlanks, !!transpose],
      (t) => {
        if ((type !== 'Formats' && type !== 'Formulas') || skipBlanks || transpose) throw notImplemented(`Range.copyFrom(…, "${type}") (only "Formats" and "Formulas")`);
        let src: RangeT;
        if (typeof sourceRange === 'string') {
          const { sheet, ref } = splitSheet(sourceRange);
          // As in Excel: an address without a sheet is read on the active sheet, not the target's.
          const state = this.context._state;
          const s = sheet === null ? state.sheets[state.active] : state.sheet(sheet);
          const rect = parseRect(ref);
          if (!s || !rect) throw invalidArgument('Range.copyFrom');
          src = { sheet: s, rect };
        } else if (sourceRange instanceof DRange) src = sourceRange._live<RangeT>();
        else throw notImplemented('Range.copyFrom from RangeAreas');
        if (type === 'Formats') copyFormats(src, t);
        else copyContents(src, t);
      },
      '1.9',
    );
  }
}

const allSomeNone = (hidden: number, of: number): boolean | null => (hidden === 0 ? false : hidden === of ? true : null);

/** What getRowProperties / getColumnProperties may ask for (the subset the double models). */
export interface LinePropertiesLoad {
  rowIndex?: boolean;
  rowHidden?: boolean;
  columnIndex?: boolean;
  columnHidden?: boolean;
  address?: boolean;
}

function lineProperties(t: RangeT, kind: 'rows' | 'cols', o: LinePropertiesLoad): Record<string, unknown>[] {
  const rows = kind === 'rows';
  const [from, to] = rows ? [t.rect.top, t.rect.bottom] : [t.rect.left, t.rect.right];
  if (to - from + 1 > 5_000_000)
    throw new DoubleError('RangeExceedsLimit', 'The number of cells in the range has exceeded the maximum supported number. See the article Excel specifications and limits.');
  const hidden = rows ? t.sheet.hiddenRows : t.sheet.hiddenCols;
  const out: Record<string, unknown>[] = [];
  for (let i = from; i <= to; i++) {
    const p: Record<string, unknown> = {};
    if (o.address) p.address = qualified(t.sheet.name, rows ? { ...t.rect, top: i, bottom: i } : { ...t.rect, left: i, right: i });
    if (rows && o.rowIndex) p.rowIndex = i - 1;
    if (rows && o.rowHidden) p.rowHidden = hidden.has(i);
    if (!rows && o.columnIndex) p.columnIndex = i - 1;
    if (!rows && o.columnHidden) p.columnHidden = hidden.has(i);
    out.push(p);
  }
  return out;
}

export class DRangeAreas extends DFound<AreasT> {
  private _format?: DRangeFormat;
  private _areas?: DRangeCollection;
  constructor(ctx: ProxyContext, parent: DObject, name: string, args: unknown[], find: () => AreasT | null | undefined, nullable = false, minVersion?: string) {
    super(ctx, parent, name, args, find, nullable, minVersion);
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return {
      address: (t: AreasT) => t.rects.map((r) => qualified(t.sheet.name, r)).join(', '),
      areaCount: (t: AreasT) => t.rects.length,
      // As the reference says: -1 when the count exceeds 2^31 - 1 (a whole sheet's areas can).
      cellCount: (t: AreasT) => {
        const n = t.rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
        return n > 2 ** 31 - 1 ? -1 : n;
      },
    };
  }
  protected override _navs(): Record<string, () => DObject> {
    return { format: () => this.format, areas: () => this.areas };
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get format(): DRangeFormat {
    return (this._format ??= new DRangeFormat(this.context, this));
  }
  get areas(): DRangeCollection {
    return (this._areas ??= new DRangeCollection(this.context, this));
  }
  clear(applyTo?: string): void {
    this._call<AreasT>('clear', [applyTo ?? 'All'], (t) => clearRects(t.sheet, t.rects, applyTo ?? 'All'));
  }
}

export class DRangeCollection extends DCollection<DRange> {
  constructor(
    ctx: ProxyContext,
    private readonly _owner: DRangeAreas,
  ) {
    super(ctx, _owner, 'areas', []);
  }
  protected _resolve(): unknown {
    return this._owner._target();
  }
  protected _keys(): unknown[] {
    const t = this._owner._target() as AreasT;
    return t.rects.map((r) => ({ sheet: t.sheet.name, rect: r }));
  }
  protected _item(key: unknown): DRange {
    const k = key as { sheet: string; rect: Rect } | undefined;
    return new DRange(this.context, this, '_item', [k ? qualified(k.sheet, k.rect) : null], () => {
      if (!k) return null;
      const s = this.context._state.sheet(k.sheet);
      return s ? { sheet: s, rect: k.rect } : null;
    });
  }
}
