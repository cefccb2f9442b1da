/**
 * A package without a styles part, or with one that lacks lists the cell formats need (some
 * generators write neither: every cell then shows the default format). Before the plan derives a
 * format, the missing lists are made (ECMA-376 Part 1, 18.8.39 styleSheet, in its schema order) with
 * entry 0 the default every existing cell already shows; a missing part is added with its workbook
 * relationship and content type.
 */
import type { Package } from '../xlsx/input';
import { flavourOf, relsOf } from './notes';

/** CT_Stylesheet's children in schema order. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** Entry 0 of each list a cell format refers to: Excel's default font of the workbook's theme, no fill, no border. */
const DEFAULTS: Record<string, string> = {
  fonts: '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>',
  fills: '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
  borders: '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
  cellStyleXfs: '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
  cellXfs: '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>',
  cellStyles: '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
};

const has = (xml: string, name: string) => new RegExp(`<${name}\\b`).test(xml);

/** The styles part's text with every list a cell format needs (`xml` '' when there is no part); unchanged when none is missing. */
export function completeStyles(xml: string, pkg: Package): string {
  let out = xml || `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${flavourOf(pkg).main}"/>`;
  if (!has(out, 'styleSheet')) return xml;
  out = out.replace(/<styleSheet\b([^>]*?)\s*\/>/, '<styleSheet$1></styleSheet>');
  for (const name of Object.keys(DEFAULTS)) {
    if (has(out, name)) continue;
    const later = ORDER.slice(ORDER.indexOf(name) + 1).find((n) => has(out, n));
    const at = later ? new RegExp(`<${later}\\b`).exec(out)!.index : out.lastIndexOf('</styleSheet>');
    out = out.slice(0, at) + DEFAULTS[name] + out.slice(at);
  }
  return out;
}

/** Adds the styles part's workbook relationship (unless one points at it already) and content type, for a package that had none. */
export function addStylesPart(pkg: Package, part: string, changed: Map<string, Buffer>, added: string[]): void {
  const text = (p: string) => changed.get(p)?.toString('utf8') ?? pkg.text(p);
  const relsPart = relsOf('xl/workbook.xml');
  const rels = text(relsPart);
  if (!/Type="[^"]*\/styles"/.test(rels)) {
    const ids = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const rel = `<Relationship Id="rId${n}" Type="${flavourOf(pkg).rel}/styles" Target="${part.replace(/^xl\//, '')}"/>`;
    changed.set(relsPart, Buffer.from(rels.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`), 'utf8'));
  }
  const types = text('[Content_Types].xml');
  const type = `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`;
  if (!types.includes(`PartName="/${part}"`)) changed.set('[Content_Types].xml', Buffer.from(types.replace(/<\/Types>\s*$/, `${type}</Types>`), 'utf8'));
  added.push(part);
}
