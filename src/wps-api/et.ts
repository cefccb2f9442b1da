/**
 * The part of the WPS 表格 (ET) JS API object model the gateway uses, written from Kingsoft's
 * public documentation (VBA-shaped: 1-based, synchronous, every member access a call into the
 * WPS process). Our own minimal types: the published declaration packages are not needed to build.
 *
 * Some members are properties in one WPS build and zero-argument methods in another (Address,
 * Count, Comment.Text): they are typed `Member<T>` and always read through `member()`.
 */
export type Member<T> = T | (() => T);

/** A property in this build, a method in that one: read it either way. */
export function member<T>(owner: object, name: string): T {
  const v = (owner as Record<string, unknown>)[name];
  return (typeof v === 'function' ? (v as () => T).call(owner) : v) as T;
}

export interface EtInterior {
  /** BGR integer (0xBBGGRR); null when the range's cells differ. */
  Color: number | null;
  /** xlPatternNone (-4142) when there is no fill; xlSolid (1). */
  Pattern: number | null;
}

export interface EtFont {
  Bold: boolean | null;
}

export interface EtComment {
  /** Text() in VBA; a property in some builds. */
  readonly Text: Member<string>;
  readonly Parent: EtRange;
  Delete(): void;
}

export interface EtComments {
  readonly Count: Member<number>;
  Item(index: number): EtComment;
}

export interface EtCount {
  readonly Count: Member<number>;
}

export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  /** "$A$1:$C$4" (Address() in VBA). */
  readonly Address: Member<string>;
  readonly Rows: EtCount;
  readonly Columns: EtCount;
  /** A scalar for one cell, a 2-D array (rows of cells) for more; writing one array sets a whole rectangle. */
  Value2: unknown;
  /** Formulas with '=' (constants as text), same shapes as Value2. */
  Formula: unknown;
  /** One format for the whole range (null when the cells differ). */
  NumberFormat: string | null;
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  Merge(across?: boolean): void;
  UnMerge(): void;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  /** The cell's comment (批注), or null. */
  readonly Comment: EtComment | null;
  AddComment(text?: string): EtComment;
  ClearComments(): void;
  readonly EntireRow: EtRange;
  Insert(shift?: number, copyOrigin?: number): void;
  Delete(shift?: number): void;
  /** With a destination: copies everything (contents, formats, merges, comments) without the clipboard. */
  Copy(destination?: EtRange): void;
  ClearContents(): void;
  ClearFormats(): void;
  Select(): void;
  /**
   * Find(What, After, LookIn, LookAt, SearchOrder, SearchDirection), as Excel's VBA Range.Find: the
   * next matching cell after `after` in that order, wrapping around the range, or null (Nothing).
   * What '*' with LookIn xlFormulas matches any cell holding a constant or a formula.
   */
  Find(what: string, after?: EtRange, lookIn?: number, lookAt?: number, searchOrder?: number, searchDirection?: number): EtRange | null;
}

/** `Cells(row, col)` in VBA; `Cells.Item(row, col)` through the JS bridge. 1-based. */
export interface EtCells {
  (row: number, col: number): EtRange;
  Item(row: number, col: number): EtRange;
}

export interface EtWorksheet {
  Name: string;
  readonly Cells: EtCells;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden (only code can show it again). */
  Visible: number;
  readonly UsedRange: EtRange;
  /** One area or several ("A1,B3:B5"); at most 255 characters, as in VBA. */
  Range(address: string): EtRange;
  readonly Comments: EtComments;
  Activate(): void;
}

export interface EtWorksheets {
  readonly Count: Member<number>;
  Item(index: number | string): EtWorksheet;
  /** A new sheet (after the last when `after` is given). */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface EtDocProperty {
  readonly Name: string;
  Value: unknown;
  Delete(): void;
}

export interface EtDocProperties {
  readonly Count: Member<number>;
  Item(index: number | string): EtDocProperty;
  /** Add(Name, LinkToContent, Type (msoPropertyTypeString = 4), Value). */
  Add(name: string, linkToContent: boolean, type: number, value: unknown): EtDocProperty;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtWorksheets;
  readonly CustomDocumentProperties: EtDocProperties;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  ScreenUpdating: boolean;
  Calculate(): void;
}

export const XL_NONE = -4142;
/** Find's arguments (XlFindLookIn, XlLookAt, XlSearchOrder, XlSearchDirection). */
export const XL_FORMULAS = -4123;
export const XL_PART = 2;
export const XL_BY_ROWS = 1;
export const XL_BY_COLUMNS = 2;
export const XL_NEXT = 1;
export const XL_PREVIOUS = 2;
export const XL_SOLID = 1;
export const XL_SHIFT_DOWN = -4121;
export const XL_SHIFT_UP = -4162;
export const XL_SHEET_VERY_HIDDEN = 2;
export const MSO_PROPERTY_STRING = 4;

/** '#RRGGBB' → ET's BGR integer. */
export function toBgr(hex: string): number {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex.trim());
  if (!m) throw new Error(`颜色值无效：${hex}`);
  const n = parseInt(m[1], 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** ET's BGR integer → '#RRGGBB'. */
export function fromBgr(bgr: number): string {
  const r = bgr & 0xff,
    g = (bgr >> 8) & 0xff,
    b = (bgr >> 16) & 0xff;
  return (
    '#' +
    [r, g, b]
      .map((x) => x.toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase()
  );
}
