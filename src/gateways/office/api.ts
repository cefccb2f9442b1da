/**
 * The subset of the Excel JavaScript API the gateway uses, as structural types with Office's own
 * names and signatures. The real `Excel.RequestContext` satisfies them (checked at the bottom of
 * this file by the compiler), and so does the test double in src/double, so the gateway runs
 * unchanged against either. Nothing here exists at run time.
 */

export interface XlClientResult<T> {
  readonly value: T;
}

export interface XlRangeFill {
  color: string;
  clear(): void;
}

export interface XlRangeFont {
  bold: boolean;
}

export interface XlRangeFormat {
  readonly fill: XlRangeFill;
  readonly font: XlRangeFont;
}

export interface XlRange {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Every row (column) of the range hidden: true; none: false; some: null (ExcelApi 1.2; optional: the WPS adapter has none). */
  readonly rowHidden?: boolean | null;
  readonly columnHidden?: boolean | null;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly format: XlRangeFormat;
  load(propertyNames?: string | string[]): XlRange;
  getCellProperties(cellPropertiesLoadOptions: Excel.CellPropertiesLoadOptions): XlClientResult<Excel.CellProperties[][]>;
  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void;
  /** One entry per row (column) of the range (ExcelApi 1.9; optional: the WPS adapter has none). */
  getRowProperties?(rowPropertiesLoadOptions: Excel.RowPropertiesLoadOptions): XlClientResult<Excel.RowProperties[]>;
  getColumnProperties?(columnPropertiesLoadOptions: Excel.ColumnPropertiesLoadOptions): XlClientResult<Excel.ColumnProperties[]>;
  insert(shift: 'Down' | 'Right'): XlRange;
  delete(shift: 'Up' | 'Left'): void;
  merge(across?: boolean): void;
  unmerge(): void;
  /** The used cells within this range, or a null object (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): XlRangeAreas;
  /** ExcelApi 1.9 (optional: hosts that reuse these types without it skip the text-format check). */
  getSpecialCellsOrNullObject?(cellType: 'Constants' | 'Formulas', cellValueType?: 'All' | 'Text' | 'Numbers' | 'Logical'): XlRangeAreas;
  /** Calculates this range's formulas only (ExcelApi 1.6; optional: the WPS adapter has none). */
  calculate?(): void;
  copyFrom(sourceRange: string, copyType?: 'All' | 'Formulas' | 'Values' | 'Formats' | 'Link'): void;
  clear(applyTo?: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks'): void;
  select(): void;
}

export interface XlRangeCollection {
  readonly items: XlRange[];
  load(propertyNames?: string | string[]): XlRangeCollection;
}

export interface XlRangeAreas {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly areaCount: number;
  /** Cells of all areas; -1 past 2^31 - 1 (ExcelApi 1.9; optional: the WPS adapter has no special cells). */
  readonly cellCount?: number;
  readonly areas: XlRangeCollection;
  readonly format: XlRangeFormat;
  /** ExcelApi 1.9. */
  clear(applyTo?: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks'): void;
  load(propertyNames?: string | string[]): XlRangeAreas;
}

/** ExcelApi 1.18. */
export interface XlNote {
  readonly isNullObject: boolean;
  content: string;
  delete(): void;
  getLocation(): XlRange;
  load(propertyNames?: string | string[]): XlNote;
}

/** ExcelApi 1.18. */
export interface XlNoteCollection {
  readonly items: XlNote[];
  add(cellAddress: string, content: unknown): XlNote;
  getItem(key: string): XlNote;
  getItemOrNullObject(key: string): XlNote;
  load(propertyNames?: string | string[]): XlNoteCollection;
}

/** A threaded comment (ExcelApi 1.10). */
export interface XlComment {
  readonly id: string;
  getLocation(): XlRange;
  load(propertyNames?: string | string[]): XlComment;
}

/** ExcelApi 1.10. */
export interface XlCommentCollection {
  readonly items: XlComment[];
  load(propertyNames?: string | string[]): XlCommentCollection;
}

/** An Excel table (ListObject), ExcelApi 1.1. */
export interface XlTable {
  readonly name: string;
  /** The totals row shows (ExcelApi 1.1): it is the last row of getRange(). */
  readonly showTotals?: boolean;
  /** The header row shows (ExcelApi 1.1): it is the first row of getRange(). */
  readonly showHeaders?: boolean;
  getRange(): XlRange;
  /** The header row (ExcelApi 1.1); asked only where showHeaders is true. Optional: hosts without tables. */
  getHeaderRowRange?(): XlRange;
}

export interface XlWorksheet {
  readonly isNullObject: boolean;
  readonly name: string;
  readonly notes: XlNoteCollection;
  /** Threaded comments (optional: hosts without them, e.g. the WPS adapter). */
  readonly comments?: XlCommentCollection;
  /** Review › Protect Sheet (ExcelApi 1.2; optional: the WPS adapter has none). */
  readonly protection?: { readonly protected: boolean; load(propertyNames?: string | string[]): unknown };
  /** Excel tables (ExcelApi 1.1; optional: the WPS adapter has none). */
  readonly tables?: { readonly items: XlTable[]; load(propertyNames?: string | string[]): unknown };
  getRange(address?: string): XlRange;
  getRanges(address?: string): XlRangeAreas;
  getUsedRange(valuesOnly?: boolean): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
  load(propertyNames?: string | string[]): XlWorksheet;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  getActiveWorksheet(): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  load(propertyNames?: string | string[]): XlWorksheetCollection;
}

export interface XlApplication {
  /** 'Automatic' | 'AutomaticExceptTables' | 'Manual' (ExcelApi 1.1; optional: the WPS adapter has none). */
  readonly calculationMode?: string;
  load?(propertyNames?: string | string[]): XlApplication;
  suspendApiCalculationUntilNextSync(): void;
  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void;
  calculate(calculationType: 'Recalculate' | 'Full' | 'FullRebuild'): void;
}

/** A custom XML part (ExcelApi 1.5): the journal's store outside the settings (journal-parts.ts). */
export interface XlCustomXmlPart {
  readonly id: string;
  readonly isNullObject: boolean;
  /** The root element's namespace (the journal's carries the time the part was written: journal-parts.ts). */
  readonly namespaceUri?: string;
  getXml(): XlClientResult<string>;
  delete(): void;
  load(propertyNames?: string | string[]): XlCustomXmlPart;
}

export interface XlCustomXmlPartCollection {
  add(xml: string): XlCustomXmlPart;
  getItemOrNullObject(id: string): XlCustomXmlPart;
  /** With load('items/id,items/namespaceUri'): every part of the workbook (the sweep: journal-parts.ts). */
  readonly items?: XlCustomXmlPart[];
  load?(propertyNames?: string | string[]): XlCustomXmlPartCollection;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly application: XlApplication;
  /** ExcelApi 1.5 (optional: the WPS adapter has none). */
  readonly customXmlParts?: XlCustomXmlPartCollection;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync<T>(passThroughValue?: T): Promise<T>;
}

/** The `Excel.run` options the gateway passes (Excel.RunOptions). */
export interface XlRunOptions {
  delayForCellEdit?: boolean;
  /** ExcelApi 1.20. */
  mergeUndoGroup?: boolean;
}

/** Something with `Excel.run(options, batch)`: the `Excel` namespace, or the double. */
export interface XlRunner {
  run<T>(options: XlRunOptions, batch: (context: XlContext) => Promise<T>): Promise<T>;
}

/** `isSetSupported` as on `Office.context.requirements`. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

// ---------------------------------------------------------------- compile-time checks

type Assignable<A, B> = [A] extends [B] ? true : false;
// The real API satisfies the subset (a failure here means a signature above drifted from Office's).
export const _realContextFits: Assignable<Excel.RequestContext, XlContext> = true;
export const _realRunFits: Assignable<{ run: typeof Excel.run }, XlRunner> = true;
