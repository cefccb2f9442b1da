/** The preview's demo data (src/preview/demo-grid.json, made by scripts/preview-data.ts) and its grid view. */
import type { DoubleWorkbookData } from '../double';

export interface PreviewData {
  /** File name of the workbook the data was read from. */
  source: string;
  /** The workbook in the Excel test double's format. */
  workbook: DoubleWorkbookData;
  /** Column widths in Excel's character units, per sheet. */
  columnWidths: Record<string, number[]>;
}

/** One cell of the active sheet as the preview grid shows it (and the e2e test reads it). */
export interface CellView {
  /** A1 address. */
  address: string;
  /** Displayed text (number formats applied to numbers). */
  text: string;
  /** Formula with its leading '=', or null. */
  formula: string | null;
  /** Solid fill '#RRGGBB', or null. */
  fill: string | null;
  note: string | null;
  bold: boolean;
  /** Top-left cell of a merge: its size. Cells covered by a merge have `covered: true`. */
  rowSpan: number;
  colSpan: number;
  covered: boolean;
}
