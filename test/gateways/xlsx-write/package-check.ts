/** What a written package must satisfy to open in Excel, and cell-by-cell views to compare outputs. */
import { posix } from 'path';
import * as ExcelJS from 'exceljs';
import { inflate, partString, readDirectory } from '../../../src/gateways/xlsx/zip';

export function parts(buf: Buffer): Map<string, Buffer> {
  const dir = readDirectory(buf);
  return new Map([...dir].filter(([n]) => !n.endsWith('/')).map(([n, e]) => [n, inflate(buf, e)]));
}

/** CT_Worksheet's children in schema order. */
const ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** The worksheet's top-level element names, in document order. */
function children(xml: string): string[] {
  const out: string[] = [];
  const body = xml.slice(xml.indexOf('>', xml.indexOf('<worksheet')) + 1, xml.lastIndexOf('</worksheet>'));
  let depth = 0;
  let wrapped = false;
  for (const m of body.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      // Excel wraps some children for older readers (mc:AlternateContent > mc:Choice > controls): the wrapped one counts.
      if (depth === 0 && m[2] === 'mc:AlternateContent') wrapped = true;
      else if (depth === 0) out.push(m[2]);
      else if (depth === 2 && wrapped) {
        out.push(m[2]);
        wrapped = false;
      }
      if (!m[3]) depth++;
    }
  }
  return out;
}

/** Problems that would make Excel repair or refuse the package (empty when none). */
export function packageProblems(buf: Buffer): string[] {
  const p = parts(buf);
  const out: string[] = [];
  const types = partString(p.get('[Content_Types].xml')!);
  const defaults = new Set([...types.matchAll(/<Default\b[^>]*Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase()));
  // Part names compare without case (OPC, ECMA-376 Part 2, 9.1.1.1).
  const names = new Set([...p.keys()].map((n) => n.toLowerCase()));
  const overrides = [...types.matchAll(/<Override\b[^>]*PartName="([^"]+)"/g)].map((m) => m[1].slice(1).toLowerCase());
  for (const o of overrides) if (!names.has(o)) out.push(`content type for missing part ${o}`);
  for (const name of p.keys()) {
    if (name === '[Content_Types].xml') continue;
    if (!overrides.includes(name.toLowerCase()) && !defaults.has(name.split('.').pop()!.toLowerCase())) out.push(`no content type for ${name}`);
  }
  for (const [name, bytes] of p) {
    if (!name.endsWith('.rels')) continue;
    const owner = posix.join(posix.dirname(posix.dirname(name)), posix.basename(name, '.rels'));
    for (const m of partString(bytes).matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = /Target="([^"]+)"/.exec(m[0])![1];
      const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(owner), target));
      if (!names.has(resolved.toLowerCase())) out.push(`${name}: relationship to missing ${resolved}`);
    }
  }
  for (const [name, bytes] of p) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = partString(bytes);
    const idx = children(xml).map((c) => ORDER.indexOf(c));
    for (let i = 1; i < idx.length; i++) if (idx[i] < idx[i - 1]) out.push(`${name}: ${ORDER[idx[i]]} after ${ORDER[idx[i - 1]]}`);
    out.push(...noteProblems(p, name, xml));
    let last = 0;
    for (const m of xml.matchAll(/<row\b[^>]*\sr="(\d+)"/g)) {
      if (Number(m[1]) <= last) out.push(`${name}: row ${m[1]} out of order`);
      last = Number(m[1]);
    }
  }
  return out;
}

/**
 * Notes: the sheet's <legacyDrawing> names a VML relationship; each note of its comments part has a
 * Note shape at the same 0-based row and column; VML shape-id blocks (o:idmap) are not shared between drawings.
 */
function noteProblems(p: Map<string, Buffer>, name: string, xml: string): string[] {
  const out: string[] = [];
  const relsName = posix.join(posix.dirname(name), '_rels', `${posix.basename(name)}.rels`);
  const rels = p.has(relsName) ? partString(p.get(relsName)!) : '';
  const target = (type: string, id?: string) => {
    const m = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((x) => x[0]).find((t) => t.includes(`/relationships/${type}"`) && (!id || t.includes(`Id="${id}"`)));
    const t = m && /Target="([^"]+)"/.exec(m)![1];
    return t ? posix.normalize(posix.join(posix.dirname(name), t)) : undefined;
  };
  const comments = target('comments');
  if (!comments) return out;
  const id = /<legacyDrawing\b[^>]*:id="([^"]+)"/.exec(xml)?.[1];
  const vml = id ? target('vmlDrawing', id) : undefined;
  if (!vml || !p.has(vml)) return [`${name}: notes without a legacy drawing`];
  const refs = [...partString(p.get(comments)!).matchAll(/<comment\b[^>]*\sref="([A-Z]+)(\d+)"/g)].map((m) => {
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return `${Number(m[2]) - 1}:${c - 1}`;
  });
  const shapes = new Set([...partString(p.get(vml)!).matchAll(/<x:Row>(\d+)<\/x:Row>\s*<x:Column>(\d+)<\/x:Column>/g)].map((m) => `${m[1]}:${m[2]}`));
  for (const r of refs) if (!shapes.has(r)) out.push(`${comments}: note at ${r} has no VML shape`);
  const blocks = new Map<string, string>();
  for (const [part, bytes] of p) {
    if (!part.endsWith('.vml')) continue;
    for (const m of partString(bytes).matchAll(/<o:idmap\b[^>]*\sdata="([^"]*)"/g)) {
      for (const b of m[1].split(/[\s,]+/).filter(Boolean)) {
        if (blocks.has(b) && blocks.get(b) !== part) out.push(`shape-id block ${b} in ${blocks.get(b)} and ${part}`);
        blocks.set(b, part);
      }
    }
  }
  return out;
}

export async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

/** Keys sorted at every level: the same font read back from two writers lists its keys in different orders. */
const sortedKeys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(sortedKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sortedKeys((v as Record<string, unknown>)[k])]),
        )
      : v;

/**
 * A note as its text runs (text and font). Its box (anchor, margins) is left out: for a cell that
 * already had a note the ExcelJS path draws a new box, the package edit keeps the user's; and a box
 * spanning inserted rows grows with them (it moves and sizes with its cells).
 */
export function noteText(note: unknown): unknown {
  if (!note || typeof note === 'string') return note ?? null;
  const runs = (note as { texts?: { text?: string; font?: unknown }[] }).texts ?? [];
  // Runs without a font of their own read as one text in Excel: ExcelJS appends to a plain note as
  // one string, the package edit as a second run.
  if (runs.every((r) => r.font === undefined)) return runs.map((r) => r.text ?? '').join('');
  return runs.map(sortedKeys);
}

/** Every cell (type, value, style, note text), row height, merge and validation of each sheet, as comparable text. */
export function view(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      out.set(`${ws.name}!row${r}`, JSON.stringify([row.height ?? null, !!row.hidden]));
      row.eachCell({ includeEmpty: true }, (c) => out.set(`${ws.name}!${c.address}`, JSON.stringify([c.type, c.value, c.style, noteText(c.note)])));
    });
    const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges)
      .map((m) => m.range)
      .sort();
    out.set(`${ws.name}!merges`, JSON.stringify(merges));
    const w = ws as unknown as { dataValidations: { model: unknown }; conditionalFormattings: unknown };
    out.set(`${ws.name}!validations`, JSON.stringify(w.dataValidations.model));
    out.set(`${ws.name}!conditional formats`, JSON.stringify(w.conditionalFormattings));
    out.set(`${ws.name}!views`, JSON.stringify(ws.views));
  }
  out.set('names', JSON.stringify(wb.definedNames.model));
  return out;
}

/** The font ExcelJS gives a cell it styles from nothing (not the workbook's default font). */
const EXCELJS_FONT = '{"color":{"theme":1},"family":2,"scheme":"minor","size":11,"name":"Calibri"}';

/**
 * A cell that had no format and gets one: ExcelJS writes its own font (Calibri, or <b/> alone for
 * bold), the package edit the workbook's default font (what Excel does). Same text, same boldness.
 */
function fontOfNothing(a: string, b: string): boolean {
  const [x, y] = [JSON.parse(a), JSON.parse(b)];
  if (!Array.isArray(x) || !Array.isArray(y)) return false;
  // ExcelJS may also write a bare {numFmt: 'General'} where the package keeps the cell's own (default) xf.
  const plain = (st: Record<string, unknown> | undefined) => {
    const o: Record<string, unknown> = { ...(st ?? {}) };
    if (o.numFmt === 'General') delete o.numFmt;
    if (JSON.stringify(o.border) === '{}') delete o.border;
    if (JSON.stringify(o.fill) === '{"type":"pattern","pattern":"none"}') delete o.fill;
    return o;
  };
  const [sx, sy] = [plain(x[2]), plain(y[2])];
  const fx = sx.font as { bold?: boolean } | undefined;
  const fy = sy.font as { bold?: boolean } | undefined;
  if (fx) {
    const { bold, ...rest } = fx;
    if (JSON.stringify(rest) !== '{}' && JSON.stringify(rest) !== EXCELJS_FONT) return false;
    if (!!bold !== !!fy?.bold) return false;
  } else if (fy?.bold) return false;
  return JSON.stringify([x[0], x[1], { ...sx, font: null }, x[3]]) === JSON.stringify([y[0], y[1], { ...sy, font: null }, y[3]]);
}

/** Keys whose text differs between two views (`a` from ExcelJS, `b` from the package edit). */
export function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k) && !(a.has(k) && b.has(k) && fontOfNothing(a.get(k)!, b.get(k)!)));
}
