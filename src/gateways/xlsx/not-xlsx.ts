/**
 * What a file that is not an .xlsx is, said in one line: a compound file (OLE2) may be an .xls, a
 * WPS .et (the same BIFF8 workbook stream), an encrypted .xlsx, or a Word or PowerPoint 97–2003
 * file; a zip without xl/workbook.xml may be an .xlsb, an OpenDocument or Apple Numbers file, or
 * a Word or PowerPoint document. Each user hears what they gave and what to save it as.
 */
import { inflate, type Entry } from './zip';

type Fail = (zh: string, en: string) => never;

const SAVE = '请在 Excel 或 WPS 中打开后另存为 .xlsx（Excel 工作簿）再试。';
const has = (buf: Buffer, stream: string) => buf.includes(Buffer.from(stream, 'utf16le'));

/** Refuses a compound file by the streams it holds (their names are in its directory, in UTF-16). */
export function refuseCompound(path: string, buf: Buffer, fail: Fail): never {
  // Password-protected .xlsx files are OLE2 containers holding an EncryptionInfo stream.
  if (has(buf, 'EncryptionInfo'))
    fail('工作簿设有打开密码（已加密），请在 Excel 中取消密码后另存再试。', 'the workbook is password-protected (encrypted); remove the password in Excel and save again.');
  const book = has(buf, 'Workbook') || has(buf, 'Book');
  // WPS writes .et as the same BIFF8 workbook stream as .xls: only the name tells them apart.
  if (book && /\.ett?$/i.test(path)) fail(`这是 WPS 表格的 .et 文件，${SAVE}`, 'this is a WPS Spreadsheets .et file; save it as .xlsx and try again.');
  if (!book && has(buf, 'WordDocument')) fail('不是 Excel 工作簿，而是 Word 97–2003 文档（.doc）。', 'this is a Word 97–2003 document (.doc), not an Excel workbook.');
  if (!book && has(buf, 'PowerPoint Document'))
    fail('不是 Excel 工作簿，而是 PowerPoint 97–2003 演示文稿（.ppt）。', 'this is a PowerPoint 97–2003 presentation (.ppt), not an Excel workbook.');
  fail('这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试。', 'this is a legacy .xls file; save it as .xlsx in Excel and try again.');
}

/** Refuses a zip package that holds no xl/workbook.xml, naming what it holds instead. */
export function refusePackage(buf: Buffer, dir: Map<string, Entry>, fail: Fail): never {
  if (dir.has('xl/workbook.bin')) fail('这是 .xlsb 二进制工作簿，请在 Excel 中另存为 .xlsx 后再试。', 'this is an .xlsb binary workbook; save it as .xlsx in Excel.');
  // OpenDocument names its kind in a small first entry, stored (ISO/IEC 26300, 3.3 MIME type stream).
  const mime = dir.get('mimetype');
  const kind = mime && mime.size < 200 ? safeText(buf, mime) : '';
  if (kind.includes('opendocument.spreadsheet')) fail(`这是 OpenDocument 表格（.ods），${SAVE}`, 'this is an OpenDocument spreadsheet (.ods); save it as .xlsx and try again.');
  if ([...dir.keys()].some((n) => n.startsWith('Index/') && n.endsWith('.iwa')))
    fail('这是 Apple Numbers 文件，请在 Numbers 中导出为 Excel（.xlsx）后再试。', 'this is an Apple Numbers file; export it to Excel (.xlsx) and try again.');
  if (dir.has('word/document.xml')) fail('不是 Excel 工作簿，而是 Word 文档。', 'this is a Word document, not an Excel workbook.');
  if (dir.has('ppt/presentation.xml')) fail('不是 Excel 工作簿，而是 PowerPoint 演示文稿。', 'this is a PowerPoint presentation, not an Excel workbook.');
  fail('不是 Excel 工作簿（缺少 xl/workbook.xml）。', 'not an Excel workbook (no xl/workbook.xml).');
}

function safeText(buf: Buffer, e: Entry): string {
  try {
    return inflate(buf, e).toString('latin1');
  } catch {
    return '';
  }
}
