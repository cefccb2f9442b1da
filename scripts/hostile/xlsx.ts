/**
 * A bare .xlsx writer for the hostile corpus: raw XML parts in a JSZip, so a case can hold what
 * ExcelJS cannot express (Strict namespaces, DTDs, bad style indexes, overlapping merges, 1904 dates…).
 */
import JSZip from 'jszip';

export type Raw = { xml: string };
/** A cell: text (shared string), number, a formula/raw cell, or nothing. */
export type Cell = string | number | boolean | null | Raw;
export const raw = (xml: string): Raw => ({ xml });

export interface SheetSpec {
  name: string;
  rows?: Cell[][];
  merges?: string[];
  /** Extra XML before </worksheet> (e.g. sheetProtection goes after sheetData). */
  afterData?: string;
  /** XML right after <worksheet …> (sheetPr, dimension, sheetViews). */
  beforeData?: string;
  /** XML after <mergeCells>, before </worksheet> (drawing, legacyDrawing, extLst). */
  tail?: string;
  /** Row attributes by 1-based row number (e.g. hidden="1"). */
  rowAttrs?: Record<number, string>;
  /** The whole sheet XML, when the case is about the XML itself. */
  xml?: string;
  state?: 'hidden' | 'veryHidden';
}

export interface BookSpec {
  sheets: SheetSpec[];
  strict?: boolean;
  date1904?: boolean;
  /** Write strings inline (t="inlineStr") instead of the shared string table. */
  inline?: boolean;
  /** Extra parts: path → content; content types for them in `types`. */
  parts?: Record<string, string | Buffer>;
  types?: string[];
  /** Extra relationships of sheet N (1-based): Relationship elements. */
  sheetRels?: Record<number, string>;
  workbookRels?: string[];
  /** Replace a generated part's text (path → new text), e.g. to add a DTD. */
  override?: Record<string, string>;
}

const T = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const TR = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const S = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const SR = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function colLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

class Strings {
  list: string[] = [];
  index = new Map<string, number>();
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

function cellXml(ref: string, v: Cell, sst: Strings, inline: boolean): string {
  if (v === null) return '';
  if (typeof v === 'object') return v.xml.replace(/\{ref\}/g, ref);
  if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (inline) return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
  return `<c r="${ref}" t="s"><v>${sst.id(v)}</v></c>`;
}

export function sheetXml(s: SheetSpec, sst: Strings, ns: string, rns: string, inline = false): string {
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}" xmlns:r="${rns}">`, s.beforeData ?? '', '<sheetData>'];
  (s.rows ?? []).forEach((row, i) => {
    const r = i + 1;
    const cells = row.map((v, j) => cellXml(`${colLetters(j + 1)}${r}`, v, sst, inline)).join('');
    if (cells || s.rowAttrs?.[r]) out.push(`<row r="${r}"${s.rowAttrs?.[r] ? ' ' + s.rowAttrs[r] : ''}>${cells}</row>`);
  });
  out.push('</sheetData>', s.afterData ?? '');
  if (s.merges?.length) out.push(`<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`);
  out.push(s.tail ?? '', '</worksheet>');
  return out.join('');
}

export const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${T}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** The whole package as a Buffer. */
export async function book(spec: BookSpec): Promise<Buffer> {
  const ns = spec.strict ? S : T;
  const rns = spec.strict ? SR : TR;
  const relType = (t: string) =>
    spec.strict ? `http://purl.oclc.org/ooxml/officeDocument/relationships/${t}` : `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`;
  const sst = new Strings();
  const zip = new JSZip();
  const files: Record<string, string | Buffer> = {};
  spec.sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = s.xml ?? sheetXml(s, sst, ns, rns, spec.inline);
    if (spec.sheetRels?.[i + 1])
      files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] =
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}">${spec.sheetRels[i + 1]}</Relationships>`;
  });
  const sheetsXml = spec.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  files['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${ns}" xmlns:r="${rns}">${spec.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetsXml}</sheets></workbook>`;
  const n = spec.sheets.length;
  files['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}">${spec.sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relType('worksheet')}" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join(
      '',
    )}<Relationship Id="rId${n + 1}" Type="${relType('sharedStrings')}" Target="sharedStrings.xml"/><Relationship Id="rId${n + 2}" Type="${relType('styles')}" Target="styles.xml"/>${(spec.workbookRels ?? []).join('')}</Relationships>`;
  files['xl/sharedStrings.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${ns}" count="${sst.list.length}" uniqueCount="${sst.list.length}">${sst.list.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`;
  files['xl/styles.xml'] = spec.strict ? STYLES.replace(T, S) : STYLES;
  const overrides = [
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    ...spec.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    ...(spec.types ?? []),
  ];
  files['[Content_Types].xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>${overrides.join('')}</Types>`;
  files['_rels/.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${relType('officeDocument')}" Target="xl/workbook.xml"/></Relationships>`;
  Object.assign(files, spec.parts ?? {}, spec.override ?? {});
  for (const [p, c] of Object.entries(files)) zip.file(p, c);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
