/** Every SpreadsheetML part of the seed (workbook, worksheets, shared strings, styles). */
export const SPREADSHEETML = /^xl\/(workbook|sharedStrings|styles|worksheets\/[^/]+)\.xml$/;

/**
 * The seed workbook's parts as other generators write them: every SpreadsheetML element under
 * a prefix (`<x:worksheet xmlns:x="…/main"><x:sheetData><x:row>…`), and rows and cells without `r`
 * wherever a reader can infer it (the row after the previous one, the column after the previous
 * cell). Same cells; only the spelling of the XML differs.
 */
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import { colNumber } from '../../../src/sheet/a1';
import { fixture } from '../../helpers/fixtures';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Every unprefixed element under `x:`, the main namespace declared for that prefix instead of as the default. */
export function prefixed(xml: string, ns = MAIN): string {
  return xml.replace(/<(\/?)(?![\w.-]+:)([A-Za-z][\w.-]*)/g, '<$1x:$2').replace(`xmlns="${ns}"`, `xmlns:x="${ns}"`);
}

/** `r` left out of every row and cell whose address follows from the one before. */
export function withoutAddresses(xml: string): string {
  let row = 0;
  let col = 0;
  return xml.replace(/<(x:)?(row|c)(\s[^>]*?)?(\/?)>/g, (whole, p: string | undefined, name: string, attrs: string | undefined, close: string) => {
    const m = / r="([A-Z]*)(\d+)"/.exec(attrs ?? '');
    if (!m) return whole;
    const drop = () => `<${p ?? ''}${name}${(attrs ?? '').replace(m[0], '')}${close}>`;
    if (name === 'row') {
      const r = Number(m[2]);
      const implied = r === row + 1;
      row = r;
      col = 0;
      return implied ? drop() : whole;
    }
    const c = colNumber(m[1]);
    const implied = c === col + 1 && Number(m[2]) === row;
    col = c;
    return implied ? drop() : whole;
  });
}

/** The seed with its worksheets (and, with `parts`, other parts) rewritten by `how`. */
export async function generatorWorkbook(how: (xml: string) => string, parts = /^xl\/worksheets\/[^/]+\.xml$/): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(fixture('seed-tianjin-2024.xlsx')));
  for (const name of Object.keys(zip.files).filter((n) => parts.test(n))) zip.file(name, how(await zip.file(name)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
