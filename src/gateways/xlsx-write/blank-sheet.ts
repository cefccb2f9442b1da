/**
 * A sheet whose part is empty (0 bytes) is left out by the reader (xlsx/blank-sheets.ts); in fill's
 * output it is written as an empty worksheet — what Excel's repair makes of it — so that the output
 * opens without a repair, and the user is told in one line. The edit reads it as that worksheet too
 * (an insert on another sheet asks every sheet for formulas to move).
 */
import { sheetsToRead } from '../xlsx/blank-sheets';
import type { Package } from '../xlsx/input';
import type { Pieces } from './zip-out';

const TRANSITIONAL = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

interface Blank {
  part: string;
  name: string;
  xml: string;
}

/** The empty sheets of the package, which from now on reads each as an empty worksheet. */
export function blankSheetParts(pkg: Package, sheets: { name: string; part: string }[]): Blank[] {
  const { blank } = sheetsToRead(
    pkg,
    sheets.filter((s) => pkg.has(s.part)),
  );
  if (!blank.length) return [];
  // In the workbook's namespace: a Strict package stays Strict.
  const ns = /<(?:[\w.-]+:)?workbook\b[^>]*\sxmlns(?::[\w.-]+)?="([^"]+)"/.exec(pkg.text('xl/workbook.xml'))?.[1] ?? TRANSITIONAL;
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}"><sheetData/></worksheet>`;
  const out = sheets.filter((s) => blank.includes(s.name)).map((s) => ({ part: s.part, name: s.name, xml }));
  const text = pkg.text.bind(pkg);
  const parts = new Map(out.map((b) => [pkg.name(b.part), b.xml]));
  pkg.text = (part: string) => parts.get(pkg.name(part)) ?? text(part);
  return out;
}

/** Each empty sheet written as an empty worksheet (unless the edit writes it out itself), and said. */
export function writeBlankSheets(blank: Blank[], changed: Map<string, Buffer>, streamed: Map<string, Pieces>, notices: { zh: string }[]): void {
  for (const b of blank) {
    if (!streamed.has(b.part)) changed.set(b.part, Buffer.from(b.xml, 'utf8'));
    notices.push({ zh: `工作表“${b.name}”的内容是空的（0 字节），输出中写为空白工作表（Excel 修复这个文件时也是这样做的）。` });
  }
}
