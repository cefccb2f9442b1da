/** Reads an .xlsx into ExcelJS plus the engine's Grids, refusing bad input with a clear message. */
import { promises as fs } from 'fs';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue, Grid, Merge } from '../../sheet/grid';
import { JixiaoInputError } from './errors';
import { findLosses, type Loss } from './losses';
import { attr, partText, sheetParts, type SheetPart } from './zip-parts';

export type { Loss } from './losses';

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP = Buffer.from('PK');

function fail(path: string, zh: string, en: string): never {
  throw new JixiaoInputError(`无法读取 ${path}：${zh}`, `Cannot read ${path}: ${en}`);
}

async function readInput(path: string): Promise<Buffer> {
  let buf: Buffer;
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) fail(path, '这是一个文件夹，不是 .xlsx 文件。', 'it is a folder, not an .xlsx file.');
    buf = await fs.readFile(path);
  } catch (e) {
    if (e instanceof JixiaoInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(path, '文件不存在。', 'the file does not exist.');
    if (code === 'EACCES' || code === 'EPERM') fail(path, '没有读取该文件的权限。', 'permission denied.');
    fail(path, '无法打开文件（可能正被其他程序占用或磁盘出错）。', `the file cannot be opened (${code ?? String(e)}).`);
  }
  if (buf.length === 0) fail(path, '文件是空的（0 字节）。', 'the file is empty (0 bytes).');
  if (buf.subarray(0, 4).equals(OLE2)) {
    // Password-protected .xlsx files are OLE2 containers holding an EncryptionInfo stream.
    if (buf.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      fail(path, '工作簿设有打开密码（已加密），请在 Excel 中取消密码后另存再试。', 'the workbook is password-protected (encrypted); remove the password in Excel and save again.');
    }
    fail(path, '这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试。', 'this is a legacy .xls file; save it as .xlsx in Excel and try again.');
  }
  if (!buf.subarray(0, 2).equals(ZIP)) notZip(path, buf);
  return buf;
}

/** Says what a non-zip file is, so a web page saved as .xlsx is not called a CSV file. */
function notZip(path: string, buf: Buffer): never {
  const head = buf.subarray(0, 4096);
  const utf16 = head[0] === 0xff && head[1] === 0xfe;
  const text = (utf16 ? head.toString('utf16le') : head.toString('utf8')).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  const save = '请在 Excel 中打开后另存为 .xlsx（Excel 工作簿）再试。';
  if (/^<\?xml[^>]*>\s*(<\?mso-application[^>]*excel|[\s\S]*urn:schemas-microsoft-com:office:spreadsheet)/.test(text))
    fail(path, `这是 Excel 2003 XML 表格，不是 .xlsx 文件，${save}`, 'this is an Excel 2003 XML spreadsheet, not an .xlsx file.');
  if (/^(<!doctype html|<html|<head|<body|<table|<meta|<!--)/.test(text) || /^mime-version:/.test(text) || /<html[\s>]/.test(text))
    fail(path, `这是网页（HTML）文件，不是 Excel 工作簿，${save}`, 'this is a web page (HTML), not an Excel workbook.');
  if (/^\{\\rtf/.test(text)) fail(path, `这是 RTF 文档，不是 Excel 工作簿。`, 'this is an RTF document, not an Excel workbook.');
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') fail(path, '这是 PDF 文件，不是 Excel 工作簿。', 'this is a PDF file, not an Excel workbook.');
  if (utf16 || !head.subarray(0, 512).includes(0)) {
    if (/\.(csv|tsv)$/i.test(path) || /[,\t，]/.test(text))
      fail(path, `这是文本（CSV）文件，不是 Excel 工作簿，${save}`, 'this is a text (CSV) file, not an Excel workbook; save it as .xlsx in Excel and try again.');
    fail(path, '这是纯文本文件，不是 Excel 工作簿。', 'this is a plain text file, not an Excel workbook.');
  }
  fail(path, '不是 .xlsx 文件（文件格式无法识别）。', 'not an .xlsx file (unrecognised format).');
}

async function openZip(path: string, buf: Buffer): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    return fail(path, '文件已损坏，无法解压。', 'the file is damaged and cannot be unzipped.');
  }
  if (!zip.file('xl/workbook.xml')) {
    if (zip.file('xl/workbook.bin')) fail(path, '这是 .xlsb 二进制工作簿，请在 Excel 中另存为 .xlsx 后再试。', 'this is an .xlsb binary workbook; save it as .xlsx in Excel.');
    fail(path, '不是 Excel 工作簿（缺少 xl/workbook.xml）。', 'not an Excel workbook (no xl/workbook.xml).');
  }
  return zip;
}

export interface Brk {
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
    (ws as unknown as { rowBreaks: Brk[] }).rowBreaks = (block[1].match(/<brk\b[^>]*>/g) ?? []).map((tag) => {
      const brk: Brk = { id: Number(attr(tag, 'id') ?? 0), max: Number(attr(tag, 'max') ?? 16383), man: attr(tag, 'man') === '1' || attr(tag, 'man') === 'true' ? 1 : 0 };
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

export async function readWorkbook(path: string): Promise<{ workbook: ExcelJS.Workbook; grids: Grid[]; losses: Loss[] }> {
  const buf = await readInput(path);
  const zip = await openZip(path, buf);
  const workbook = new ExcelJS.Workbook();
  let sheets: SheetPart[];
  let losses: Loss[];
  try {
    await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
    sheets = await sheetParts(zip);
    await restoreRowBreaks(zip, sheets, workbook);
    keepPageNumbering(workbook);
    losses = await findLosses(zip, sheets, workbook);
  } catch (e) {
    if (e instanceof RangeError) throw e; // too big: the CLI says so in one line
    // The library's own words ("undefined entity", "data size mismatch") mean nothing to the user.
    fail(path, '文件已损坏或不是有效的 .xlsx，请在 Excel 中打开并另存后再试。', 'the file is damaged or not a valid .xlsx.');
  }
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
  ws.eachRow({ includeEmpty: false }, (row, r) => {
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
      }
      if (cell.numFmt && cell.numFmt !== 'General') {
        put(numFormats, r, c, cell.numFmt);
        hasFormat = true;
      }
    });
  });
  const full = <T>(rows: T[][]): (T | null)[][] =>
    Array.from({ length: rowCount }, (_, i) => Array.from({ length: colCount }, (_, j) => rows[i]?.[j] ?? null));
  const grid: Grid = { name: ws.name, values: full(values), merges, rowCount, colCount };
  if (hasFormula) grid.formulas = full(formulas);
  if (hasFormat) grid.numFormats = full(numFormats);
  return grid;
}
