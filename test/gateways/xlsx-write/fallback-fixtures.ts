/**
 * Workbooks for what the package writer once left to ExcelJS, each built here from the rich workbook
 * (chart, picture, note, threaded comment, macros) with hand-written XML: the parts that made it
 * fall back, and nothing copied from a real file.
 */
import JSZip from 'jszip';
import { richWorkbook } from './rich-fixture';

export const SHEET = 'xl/worksheets/sheet1.xml';

/** The rich workbook with `edit` applied to its parts. */
export async function variant(edit: (zip: JSZip, text: (p: string) => Promise<string>) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await richWorkbook());
  await edit(zip, (p) => zip.file(p)!.async('string'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Adds a content type override. */
export async function override(zip: JSZip, part: string, type: string): Promise<void> {
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`));
}

/** Dates: the 1904 date system, and cell E4 styled with a Chinese date format (built-in 31). */
export function datedWorkbook(date1904: boolean): Promise<Buffer> {
  return variant(async (zip, text) => {
    if (date1904) zip.file('xl/workbook.xml', (await text('xl/workbook.xml')).replace('<workbookPr ', '<workbookPr date1904="1" '));
    const styles = await text('xl/styles.xml');
    const n = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
    zip.file(
      'xl/styles.xml',
      styles.replace(
        /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/,
        (_w, xfs: string) => `<cellXfs count="${n + 1}">${xfs}<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`,
      ),
    );
    zip.file(SHEET, (await text(SHEET)).replace('<c r="E4" s="5">', `<c r="E4" s="${n}">`));
  });
}

