/** Reads an .xlsx into ExcelJS plus the engine's Grids, refusing bad input with a clear message. */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue, Grid, Merge } from '../../sheet/grid';
import { fail, Package, readInput } from '../xlsx/input';
import { findLosses, type Loss } from './losses';
import { keepingFileNames, refusedSheetName } from './sheet-names';
import { attr, partText, sheetParts, type SheetPart } from './zip-parts';
import { blankEmptySheets } from './blank-parts';

export type { Loss } from './losses';

/** The package for a full load: every part's size checked first (ExcelJS inflates them all), then unzipped. */
async function openZip(path: string, buf: Buffer): Promise<JSZip> {
  Package.open(path, buf, true);
  try {
    return await JSZip.loadAsync(buf);
  } catch {
    return fail(path, '文件已损坏，无法解压。', 'the file is damaged and cannot be unzipped.');
  }
}

/** A manual page break before a row, as the sheet XML's <brk> spells it (id = row, man = manual). */
export interface RowBreak {
  id: number;
  max: number;
  man: number;
  min?: number;
}

/** ExcelJS 4.4 parses <rowBreaks> but never hands them to the worksheet: restore them. */
async function restoreRowBreaks(zip: JSZip, sheets: SheetPart[], wb: ExcelJS.Workbook): Promise<void> {
  for (const s of sheets) {
    const ws = wb.getWorksheet(s.name);
    const block = /<rowBreaks\b[^>]*>([\s\S]*?)<\/rowBreaks>/.exec(await partText(zip, s.part));
    if (!ws || !block) continue;
    (ws as unknown as { rowBreaks: RowBreak[] }).rowBreaks = (block[1].match(/<brk\b[^>]*>/g) ?? []).map((tag) => {
      const brk: RowBreak = { id: Number(attr(tag, 'id') ?? 0), max: Number(attr(tag, 'max') ?? 16383), man: attr(tag, 'man') === '1' || attr(tag, 'man') === 'true' ? 1 : 0 };
      const min = attr(tag, 'min');
      if (min !== undefined) brk.min = Number(min);
      return brk;
    });
  }
}

/** ExcelJS 4.4 reads a missing firstPageNumber as 1 and then writes useFirstPageNumber="1", restarting page numbers. */
function keepPageNumbering(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const ps = ws.pageSetup as { useFirstPageNumber?: boolean; firstPageNumber?: number };
    if (!ps.useFirstPageNumber) delete ps.firstPageNumber;
  }
}

/** The ExcelJS workbook a writing command edits, and what it cannot keep; no Grids. */
export async function openForWrite(path: string): Promise<{ workbook: ExcelJS.Workbook; losses: Loss[] }> {
  const buf = await readInput(path);
  const zip = await openZip(path, buf);
  const workbook = new ExcelJS.Workbook();
  let losses: Loss[];
  try {
    const sheets = await sheetParts(zip);
    const bytes = await blankEmptySheets(zip, sheets, buf);
    await keepingFileNames(() => workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer));
    await restoreRowBreaks(zip, sheets, workbook);
    keepPageNumbering(workbook);
    losses = await findLosses(zip, sheets, workbook);
  } catch (e) {
    if (e instanceof RangeError) throw e; // too big: the CLI says so in one line
    const name = await refusedSheetName(zip);
    if (name) fail(path, name, 'a sheet name Excel does not allow.');
    // The library's own words ("undefined entity", "data size mismatch") mean nothing to the user.
    fail(path, '文件已损坏或不是有效的 .xlsx，请在 Excel 中打开并另存后再试。', 'the file is damaged or not a valid .xlsx.');
  }
  return { workbook, losses };
}

export async function readWorkbook(path: string): Promise<{ workbook: ExcelJS.Workbook; grids: Grid[]; losses: Loss[] }> {
  const { workbook, losses } = await openForWrite(path);
  return { workbook, grids: workbook.worksheets.map(gridFromWorksheet), losses };
}

/** A cell value as the engine sees it: plain text for rich text and links, cached results for formulas. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
  if (typeof o.error === 'string') return o.error;
  if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result);
  if ('text' in o) return plainValue(o.text);
  return null;
}

export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const noResult: (true | null)[][] = [];
  const numFormats: (string | null)[][] = [];
  let hasFormula = false;
  let hasFormat = false;
  let rowCount = 0;
  let colCount = 0;
  const merges: Merge[] = Object.values((ws as unknown as { _merges: Record<string, Merge> })._merges).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom);
    colCount = Math.max(colCount, m.right);
  }
  const put = <T>(rows: T[][], r: number, c: number, v: T) => ((rows[r - 1] ??= [])[c - 1] = v);
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const merged = cell.type === ExcelJS.ValueType.Merge;
      // For formulas cell.value drops falsy results (0, false); cell.result keeps them.
      const raw = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      const value = merged ? null : plainValue(raw);
      if (value !== null) {
        put(values, r, c, value);
        rowCount = Math.max(rowCount, r);
        colCount = Math.max(colCount, c);
      }
      if (!merged && cell.type === ExcelJS.ValueType.Formula && cell.formula) {
        put(formulas, r, c, cell.formula);
        hasFormula = true;
        // Saved with no <v>: never calculated, its value unknown (ExcelJS leaves result undefined).
        if (cell.result === undefined) (noResult[r - 1] ??= [])[c - 1] = true;
      }
      if (cell.numFmt && cell.numFmt !== 'General') {
        put(numFormats, r, c, cell.numFmt);
        hasFormat = true;
      }
    });
  });
  // An empty cell written with a format of its own keeps it inside the grid (as the streaming reader: fill's 0.00% 实际完成值
  // cells). Not eachRow / eachCell with includeEmpty: those make the rows and cells the file does not have.
  for (const row of (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows) {
    if (!row || row.number > rowCount) continue;
    (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells.forEach((cell, i) => {
      if (i >= colCount || cell?.type !== ExcelJS.ValueType.Null || !cell.numFmt || cell.numFmt === 'General') return;
      put(numFormats, row.number, i + 1, cell.numFmt);
      hasFormat = true;
    });
  }
  const full = <T>(rows: T[][]): (T | null)[][] => Array.from({ length: rowCount }, (_, i) => Array.from({ length: colCount }, (_, j) => rows[i]?.[j] ?? null));
  const grid: Grid = { name: ws.name, values: full(values), merges, rowCount, colCount };
  const hidden = (ws.columns ?? []).flatMap((col, i) => (col?.hidden ? [i + 1] : []));
  if (hidden.length) grid.hiddenCols = hidden;
  if (hiddenRows.length) grid.hiddenRows = hiddenRows.filter((r) => r <= rowCount);
  if (hasFormula) grid.formulas = full(formulas);
  if (noResult.length) grid.noResult = noResult;
  if (hasFormat) grid.numFormats = full(numFormats);
  return grid;
}
