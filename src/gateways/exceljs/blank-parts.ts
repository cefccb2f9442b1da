/**
 * fill's ExcelJS path (when the package edit cannot write a part): a worksheet part that is empty (0 bytes) is given
 * the empty worksheet Excel's repair makes of it, as the package edit writes it (xlsx-write/blank-sheet.ts) — ExcelJS
 * cannot load a package holding one, and the whole fill was refused as damaged.
 */
import JSZip from 'jszip';
import type { SheetPart } from './zip-parts';

const BLANK = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/** The package's bytes for ExcelJS: as they are, or rezipped with each empty sheet part made an empty worksheet (also in `zip`). */
export async function blankEmptySheets(zip: JSZip, sheets: SheetPart[], buf: Buffer): Promise<Buffer> {
  let blanked = false;
  for (const s of sheets) {
    const f = zip.file(s.part);
    if (!f || (await f.async('uint8array')).length > 0) continue;
    zip.file(s.part, BLANK);
    blanked = true;
  }
  return blanked ? zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) : buf;
}
