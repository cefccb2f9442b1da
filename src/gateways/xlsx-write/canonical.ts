/**
 * SpreadsheetML parts as some generators write them, rewritten into the form Excel writes before
 * the package edit reads them: a part under a namespace prefix (`<x:worksheet xmlns:x="…/main">
 * <x:sheetData>`, `<x:sst>`, `<x:styleSheet>`, `<x:workbook>`…) loses the prefix (the main
 * namespace becomes the default one), and a worksheet's rows and cells without `r` get the address
 * a reader gives them — the row after the previous row, the column after the previous cell
 * (ECMA-376 Part 1 §18.3.1.73 row, §18.3.1.4 c: `r` is optional). What cannot be rewritten safely
 * is left as it is (the editor then refuses it). Parts already in that form come back as they are.
 */
import type { Package } from '../xlsx/input';
import { colLetters, colNumber } from '../../sheet/a1';
import { attr } from '../xlsx/xml';
import { plainXml } from './plain-xml';

/** SpreadsheetML's main namespace, Transitional and Strict. */
const MAINS = ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'];

/** The part in canonical form, or the same string when it already is (or cannot be made so). */
export function canonicalPart(xml: string): string {
  const out = unprefixed(plainXml(xml));
  return /^<worksheet\b/.test(rootTag(out)?.[0] ?? '') ? addresses(out) : out;
}

/** The worksheet in canonical form (canonicalPart for a part known to be one). */
export const canonicalSheet = canonicalPart;

/** The package as the edit reads it: every part's text in canonical form; the bytes of parts it does not change stay as they were. */
export function canonicalPackage(pkg: Package): Package {
  const view = Object.create(pkg) as Package;
  view.text = (part: string) => canonicalPart(pkg.text(part));
  return view;
}

/** The first element's start tag (past the XML declaration and comments). */
function rootTag(xml: string): RegExpExecArray | null {
  return /<(?![?!])(?:([\w.-]+):)?[\w.-]+[^>]*>/.exec(xml);
}

/** The main namespace's prefix dropped from every element, when that is unambiguous. */
function unprefixed(xml: string): string {
  const root = rootTag(xml);
  const p = root?.[1];
  if (!root || !p) return xml;
  const tag = root[0];
  const main = attr(tag, `xmlns:${p}`);
  if (!main || !MAINS.includes(main)) return xml;
  const dflt = attr(tag, 'xmlns');
  if (dflt !== undefined && dflt !== main) return xml;
  // Another default namespace, or the prefix bound again, inside: stripping would move elements between namespaces.
  const inner = xml.slice(root.index + tag.length);
  if (/\sxmlns\s*=/.test(inner) || new RegExp(`\\sxmlns:${p}\\s*=`).test(inner) || inner.includes('<![CDATA[')) return xml;
  // The prefix's own declaration stays: attribute values such as mc:Ignorable may name it.
  const newRoot = tag.replace(/^<[\w.-]+:([\w.-]+)/, dflt === undefined ? `<$1 xmlns="${main}"` : '<$1');
  return xml.slice(0, root.index) + newRoot + inner.replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1');
}

/** Tags of rows and cells (`<row …>`, `<c …>`): the ones without `r` are what this pass is for. */
const ROW_OR_CELL = /<(row|c)(?=[\s/>])([^>]*?)(\/?)>/g;
/** A row or cell whose first attribute is not r (writers put it first): one cheap scan of every sheet written. */
const R_NOT_FIRST = /<(?:c|row)(?:[>/]|\s(?!r="))/;
/** A row or cell with no r at all. */
const LACKS_R = /<(?:row|c)(?=[\s/>])(?![^>]*\sr\s*=)/;

/** The row named by the `r` of the first cell of the row whose content starts at data[from], if it has one. */
function firstCellRow(data: string, from: number): number | undefined {
  const m = /<c(?=[\s/>])[^>]*>|<\/row>/.exec(data.slice(from, from + 4096));
  const r = m && m[0] !== '</row>' ? attr(m[0], 'r') : undefined;
  const n = r === undefined ? NaN : Number(/^\$?[A-Za-z]{1,3}\$?(\d+)$/.exec(r)?.[1]);
  return n >= 1 ? n : undefined;
}

/** Every row and cell of <sheetData> given its `r`, as a reader reads them. */
function addresses(xml: string): string {
  const from = xml.indexOf('<sheetData');
  const to = xml.lastIndexOf('</sheetData>');
  if (from < 0 || to < from) return xml;
  const data = xml.slice(from, to);
  if (!R_NOT_FIRST.test(data) || !LACKS_R.test(data)) return xml;
  let row = 0;
  let col = 0;
  const out = data.replace(ROW_OR_CELL, (whole, name: string, attrs: string, close: string, at: number) => {
    const r = attr(whole, 'r');
    if (name === 'row') {
      // Without r, the row its first cell's address names (empty rows left out), else the next one.
      row = r === undefined ? (close ? row + 1 : (firstCellRow(data, at + whole.length) ?? row + 1)) : Number(r);
      col = 0;
      return r === undefined ? `<row r="${row}"${attrs}${close}>` : whole;
    }
    if (row === 0) row = 1;
    if (r !== undefined) {
      const m = /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(r);
      if (m) col = colNumber(m[1].toUpperCase());
      return whole;
    }
    col++;
    return `<c r="${colLetters(col)}${row}"${attrs}${close}>`;
  });
  return xml.slice(0, from) + out + xml.slice(to);
}
