/**
 * A faithful, typed test double of the Excel JavaScript API subset the Office gateway uses:
 * excel-double.ts (the application: runs, Excel's undo, user actions, the Office object),
 * context.ts (a request context: sync, payload limits), proxy/ (the Office-shaped objects),
 * state.ts (the workbook state they act on), formula.ts (formula evaluation), data.ts (plain data ⇄ state ⇄ Grid).
 */
export { createExcelDouble, DocumentSettingsDouble, ExcelDouble, type OfficeDouble } from './excel-double';
export { DoubleContext } from './context';
export { dataToGrid, fromGrid, type DoubleSheetData, type DoubleWorkbookData } from './data';
export { MERGED_AREAS_LIMIT, PAYLOAD_LIMIT, SETTINGS_LIMIT, XML_PART_LIMIT, type ExcelDoubleOptions, type RunOptionsLike, type SyncRecord } from './session';
