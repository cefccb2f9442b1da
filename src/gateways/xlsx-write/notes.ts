/**
 * Notes (legacy comments) written into the package: for each sheet that gets notes, a comments
 * part (the text), a VML drawing (the yellow box Excel shows on hover), the sheet's relationships
 * to both, its <legacyDrawing> element and the content types — ECMA-376 Part 1 §18.7 (comments)
 * and Part 4, the VML drawing format (x:ClientData ObjectType="Note").
 * A sheet with notes of its own gets the new ones added to its parts, a cell's existing note gets the
 * text appended (as the ExcelJS path does). A cell with a threaded comment gets no note: Excel keeps
 * a note or a thread per cell, and the thread's legacy placeholder stays as it is (said in `notices`).
 */
import { posix } from 'path';
import type { Package } from '../xlsx/input';
import { attr, decode, unescapeOoxml } from '../xlsx/xml';
import { colLetters } from '../../sheet/a1';
import { esc, Unsupported } from './sheet';

/** Namespaces of the package's flavour: a Strict package (ISO/IEC 29500-1 Strict) gets its notes in Strict terms too. */
const TRANSITIONAL = { main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships' };
const STRICT = { main: 'http://purl.oclc.org/ooxml/spreadsheetml/main', rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships' };
type Flavour = typeof TRANSITIONAL;
export const flavourOf = (pkg: Package): Flavour =>
  /<(?:\w+:)?workbook\b[^>]*purl\.oclc\.org\/ooxml\/spreadsheetml\/main/.test(pkg.text('xl/workbook.xml').slice(0, 4096)) ? STRICT : TRANSITIONAL;
const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const CT_VML = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
/** Elements CT_Worksheet puts after <legacyDrawing>: the new element goes before the first found. */
const AFTER_LEGACY = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
/** VML shape ids come in blocks of 1 024 named by <o:idmap data>; id 1024·k + 0 is not used. */
const PER_BLOCK = 1023;

/** Notes of one sheet in final coordinates: "row:col" → text (a second note on a cell is appended). */
export class SheetNotes {
  constructor(readonly sheet = '') {}
  readonly at = new Map<string, { row: number; col: number; text: string }>();

  add(row: number, col: number, text: string): void {
    const k = `${row}:${col}`;
    const old = this.at.get(k);
    this.at.set(k, { row, col, text: old ? `${old.text}\n${text}` : text });
  }

  /** Rows moved by an insert. */
  move(map: (r: number) => number): void {
    const moved = [...this.at.values()].map((n) => ({ ...n, row: map(n.row) }));
    this.at.clear();
    for (const n of moved) this.at.set(`${n.row}:${n.col}`, n);
  }
}

/** The relationships part of a part, e.g. xl/worksheets/_rels/sheet1.xml.rels. */
export const relsOf = (part: string) => posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);

/** The sheet's relationships of one type (matched by the type's last segment): id and the part it points at. */
export function targets(pkg: Package, part: string, type: RegExp): { id: string; target: string }[] {
  const relsPart = relsOf(part);
  if (!pkg.has(relsPart)) return [];
  return [...pkg.text(relsPart).matchAll(/<Relationship\b[^>]*>/g)]
    .filter((m) => type.test(attr(m[0], 'Type') ?? '') && attr(m[0], 'TargetMode') !== 'External')
    .map((m) => ({ id: attr(m[0], 'Id') ?? '', target: attr(m[0], 'Target') ?? '' }))
    .map(({ id, target: t }) => ({ id, target: t.startsWith('/') ? t.slice(1) : posix.normalize(posix.join(posix.dirname(part), t)) }));
}

/**
 * The sheet's own notes parts, when it has some: its comments part (null when it has none yet) and
 * the VML drawing its <legacyDrawing> names — a sheet may also have one for header/footer pictures
 * (<legacyDrawingHF>), and form controls share the notes' drawing. Throws (the ExcelJS path then)
 * when the parts do not fit that.
 */
export function existingNotes(pkg: Package, part: string): { comments: string | null; vml: string } | null {
  const comments = targets(pkg, part, /\/relationships\/comments$/).map((t) => t.target);
  const vml = targets(pkg, part, /\/relationships\/vmlDrawing$/);
  if (!comments.length && !vml.length) return null;
  if (comments.length > 1 || comments.some((c) => !pkg.has(c))) throw new Unsupported('comments parts not one that exists');
  // The usual pair needs no look at the sheet; anything else is told apart by the sheet's <legacyDrawing r:id>.
  let own = comments.length === 1 && vml.length === 1 ? vml[0] : undefined;
  if (!own) {
    const tag = /<legacyDrawing\b[^>]*>/.exec(pkg.text(part))?.[0];
    const id = tag && /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    own = id ? vml.find((v) => v.id === id) : undefined;
    if (!own && comments.length) throw new Unsupported('notes without their drawing');
    if (!own) return null;
  }
  if (!pkg.has(own.target)) throw new Unsupported('notes drawing missing');
  return { comments: comments[0] ?? null, vml: own.target };
}

const bare = (ref: string) => ref.replace(/\$/g, '').toUpperCase();

/**
 * Cells holding a threaded comment: the refs of the sheet's threaded comments parts (MS-XLSX
 * CT_ThreadedComment), and legacy comments whose author is a thread's placeholder ("tc={id}").
 */
function threadedCells(pkg: Package, part: string, comments: string | null, text: (p: string) => string): Set<string> {
  const out = new Set<string>();
  for (const { target: t } of targets(pkg, part, /\/threadedComment$/)) {
    if (!pkg.has(t)) continue;
    for (const m of text(t).matchAll(/<threadedComment\b[^>]*>/g)) {
      const ref = attr(m[0], 'ref');
      if (ref) out.add(bare(ref));
    }
  }
  if (comments) {
    const xml = text(comments);
    const names = authorNames(xml);
    for (const c of xml.matchAll(/<comment\b[^>]*>/g)) {
      const ref = attr(c[0], 'ref');
      if (ref && /^tc=/.test(names[Number(attr(c[0], 'authorId') ?? -1)] ?? '')) out.add(bare(ref));
    }
  }
  return out;
}

export function authorNames(comments: string): string[] {
  const block = /<authors\b[^>]*?(?:\/>|>([\s\S]*?)<\/authors>)/.exec(comments)?.[1] ?? '';
  return [...block.matchAll(/<author\b[^>]*?(?:\/>|>([^<]*)<\/author>)/g)].map((m) => decode(m[1] ?? ''));
}

/** The user-facing line for notes left out beside threaded comments (cells named where the output has them). */
function leftOutLine(sheet: string, cells: string[]): string {
  const shown = cells.slice(0, 10).join('、');
  const more = cells.length > 10 ? ` 等 ${cells.length} 个单元格` : '';
  return `输出文件中工作表“${sheet}”的 ${shown}${more} 已有线程批注，Excel 中一个单元格不能同时有线程批注和批注，这些单元格未加批注（标色照常）。`;
}

const sorted = (notes: SheetNotes) => [...notes.at.values()].sort((a, b) => a.row - b.row || a.col - b.col);

function commentList(notes: SheetNotes, author: number): string {
  return sorted(notes)
    .map((n) => `<comment ref="${colLetters(n.col)}${n.row}" authorId="${author}"><text><r><t xml:space="preserve">${esc(n.text)}</t></r></text></comment>`)
    .join('');
}

function commentsXml(notes: SheetNotes, ns: Flavour): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${ns.main}"><authors><author></author></authors><commentList>${commentList(notes, 0)}</commentList></comments>`;
}

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** The hidden note boxes, anchored beside their cells (Anchor: col, dx, row, dy of the two corners, 0-based). */
function vmlXml(notes: SheetNotes, firstBlock: number): string {
  const { data, shapes } = vmlShapes(notes, firstBlock);
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${data}"/></o:shapelayout>` +
    SHAPETYPE +
    shapes +
    '</xml>'
  );
}

/** The note boxes and the shape-id blocks they take (o:idmap's data). */
function vmlShapes(notes: SheetNotes, firstBlock: number): { data: string; shapes: string } {
  const list = sorted(notes);
  const blocks = Math.max(1, Math.ceil(list.length / PER_BLOCK));
  const data = Array.from({ length: blocks }, (_, k) => firstBlock + k).join(',');
  const shapes = list.map((n, i) => {
    const id = (firstBlock + Math.floor(i / PER_BLOCK)) * 1024 + 1 + (i % PER_BLOCK);
    const r = n.row - 1;
    const c = n.col - 1;
    const left = Math.min(c + 1, 16383 - 2);
    const top = Math.max(0, Math.min(r - 1, 1048575 - 4));
    const anchor = [left, 15, top, 10, left + 2, 15, top + 4, 4].join(', ');
    return (
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:108pt;height:60pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
    );
  });
  return { data, shapes: shapes.join('') };
}

/** The text a <comment> shows: its <t>s (runs or bare) joined, entities decoded. */
export function commentText(el: string): string {
  return [...el.matchAll(/<t\b[^>]*?(?:\/>|>([^<]*)<\/t>)/g)].map((m) => unescapeOoxml(decode(m[1] ?? ''))).join('');
}

/**
 * One more line for a cell's note: a run after its runs, as the ExcelJS path appends it (a bare <t> becomes a run first).
 * A note that already holds the text (an earlier `fill --highlight` of this file) stays as it is.
 */
export function appendToComment(el: string, text: string): string {
  if (commentText(el).includes(text)) return el;
  const run = `<r><t xml:space="preserve">\n${esc(text)}</t></r>`;
  if (el.endsWith('/>')) return `${el.slice(0, -2).trimEnd()}><text>${run}</text></comment>`;
  const body = /<text\b[^>]*?(?:\/>|>([\s\S]*?)<\/text>)/.exec(el);
  if (!body) return el.replace(/<\/comment>$/, `<text>${run}</text></comment>`);
  let inner = body[1] ?? '';
  const lastRun = inner.lastIndexOf('</r>');
  if (lastRun >= 0) inner = inner.slice(0, lastRun + 4) + run + inner.slice(lastRun + 4);
  else {
    const t = /^\s*(<t\b[^>]*?(?:\/>|>[^<]*<\/t>))/.exec(inner);
    inner = t ? `<r>${t[1]}</r>${run}${inner.slice(t[0].length)}` : run + inner;
  }
  return el.slice(0, body.index) + `<text>${inner}</text>` + el.slice(body.index + body[0].length);
}

/**
 * Notes added to a sheet's own comments part and VML drawing: new <comment>s under a new (empty)
 * author, new boxes in a new shape-id block; a cell that has a note gets the text appended to it
 * (its box is already there).
 */
function appendNotes(pkg: Package, own: { comments: string; vml: string }, notes: SheetNotes, changed: Map<string, Buffer>): void {
  const text = (p: string) => changed.get(p)?.toString('utf8') ?? pkg.text(p);
  let comments = text(own.comments);
  const fresh = new SheetNotes(notes.sheet);
  const onNoted = new Map<string, string>();
  const had = new Set([...comments.matchAll(/<comment\b[^>]*>/g)].map((m) => bare(attr(m[0], 'ref') ?? '')));
  for (const n of notes.at.values()) {
    const ref = `${colLetters(n.col)}${n.row}`;
    if (had.has(ref)) onNoted.set(ref, n.text);
    else fresh.add(n.row, n.col, n.text);
  }
  if (onNoted.size)
    comments = comments.replace(/<comment\b[^>]*?(?:\/>|>[\s\S]*?<\/comment>)/g, (el) => {
      const ref = bare(attr(el.slice(0, el.indexOf('>') + 1), 'ref') ?? '');
      const add = onNoted.get(ref);
      if (add === undefined) return el;
      onNoted.delete(ref); // a second <comment> on the same cell stays as it is
      return appendToComment(el, add);
    });
  if (fresh.at.size) {
    const authors = /<authors\b[^>]*?(?:\/>|>([\s\S]*?)<\/authors>)/.exec(comments);
    const list = /<commentList\b[^>]*?(?:\/>|>[\s\S]*<\/commentList>)/.exec(comments);
    if (!authors || !list || list.index < authors.index) throw new Unsupported('comments part without authors or list');
    const author = (authors[1]?.match(/<author\b/g) ?? []).length;
    const added = commentList(fresh, author);
    const newList = list[0].endsWith('/>') ? `<commentList>${added}</commentList>` : list[0].replace(/<\/commentList>$/, `${added}</commentList>`);
    const newAuthors = authors[0].endsWith('/>') ? '<authors><author></author></authors>' : authors[0].replace(/<\/authors>$/, '<author></author></authors>');
    comments =
      comments.slice(0, authors.index) + newAuthors + comments.slice(authors.index + authors[0].length, list.index) + newList + comments.slice(list.index + list[0].length);
  }
  changed.set(own.comments, Buffer.from(comments, 'utf8'));
  if (fresh.at.size) appendShapes(pkg, own.vml, fresh, changed);
}

/** Note boxes added to a VML drawing the sheet has (its notes', or its form controls'), in a new shape-id block. */
export function appendShapes(pkg: Package, part: string, notes: SheetNotes, changed: Map<string, Buffer>): void {
  let vml = changed.get(part)?.toString('utf8') ?? pkg.text(part);
  const { data, shapes } = vmlShapes(notes, freeBlock(pkg, changed));
  const close = vml.lastIndexOf('</xml>');
  if (close < 0) throw new Unsupported('VML drawing not closed');
  vml = vml.slice(0, close) + (/\sid="_x0000_t202"/.test(vml) ? '' : SHAPETYPE) + shapes + vml.slice(close);
  if (/<o:idmap\b[^>]*\sdata="/.test(vml)) vml = vml.replace(/(<o:idmap\b[^>]*\sdata=")([^"]*)"/, (_w, a: string, d: string) => `${a}${d ? `${d},` : ''}${data}"`);
  else {
    // A drawing without a shape layout (its shapes' ids name their block): declare one, with the blocks its shapes use.
    const used = [...new Set([...vml.matchAll(/\sid="_x0000_s(\d+)"/g)].map((m) => Math.floor(Number(m[1]) / 1024)))].filter((b) => !data.split(',').includes(String(b)));
    const open = /<xml\b[^>]*>/.exec(vml);
    if (!open) throw new Unsupported('VML drawing without <xml>');
    const layout = `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${[...used, data].join(',')}"/></o:shapelayout>`;
    vml = vml.slice(0, open.index + open[0].length) + layout + vml.slice(open.index + open[0].length);
  }
  changed.set(part, Buffer.from(vml, 'utf8'));
}

/** A part name not yet in the package: prefix + the lowest free number ≥ 1 + suffix. */
function freeName(taken: (p: string) => boolean, prefix: string, suffix: string): string {
  for (let k = 1; ; k++) if (!taken(`${prefix}${k}${suffix}`)) return `${prefix}${k}${suffix}`;
}

/** The first VML shape-id block no drawing of the package uses (declared in o:idmap, or by its shapes' ids). */
function freeBlock(pkg: Package, written: Map<string, Buffer>): number {
  let max = 0;
  const scan = (xml: string) => {
    for (const m of xml.matchAll(/<o:idmap\b[^>]*\sdata="([^"]*)"/g)) for (const n of m[1].split(/[\s,]+/)) if (/^\d+$/.test(n)) max = Math.max(max, Number(n));
    // Some writers leave o:idmap out: shape _x0000_s1025 is in block 1.
    for (const m of xml.matchAll(/\sid="_x0000_s(\d+)"/g)) max = Math.max(max, Math.floor(Number(m[1]) / 1024));
  };
  for (const [p] of pkg.dir) if (p.endsWith('.vml')) scan(pkg.text(p));
  for (const [p, b] of written) if (p.endsWith('.vml')) scan(b.toString('utf8'));
  return max + 1;
}

/** The sheet's head (root tag: the r namespace declared) and tail (+ <legacyDrawing r:id> at its schema place). */
function withLegacyDrawing(head: string, tail: string, id: string, ns: Flavour): [string, string] {
  const root = /<worksheet\b[^>]*>/.exec(head);
  if (!root) throw new Unsupported('no worksheet element');
  let tag = root[0];
  let prefix = [...tag.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)].find((m) => m[2] === ns.rel)?.[1];
  if (!prefix) {
    prefix = /\sxmlns:r=/.test(tag) ? 'jxr' : 'r';
    tag = tag.replace(/(\/?>)$/, ` xmlns:${prefix}="${ns.rel}"$1`);
  }
  const h = head.slice(0, root.index) + tag + head.slice(root.index + root[0].length);
  const el = `<legacyDrawing ${prefix}:id="${id}"/>`;
  // Past every element that can hold a nested <extLst> (a rule's), so the one found is the sheet's own.
  const from = Math.max(0, tail.lastIndexOf('</conditionalFormatting>'));
  const next = new RegExp(`<(${AFTER_LEGACY.join('|')})\\b`).exec(tail.slice(from));
  const at = next ? from + next.index : tail.lastIndexOf('</worksheet>');
  return [h, tail.slice(0, at) + el + tail.slice(at)];
}

/**
 * Writes one sheet's notes: new comments and VML parts into `changed` (and `added`, for the zip's
 * order), the sheet's relationships and the content types. Returns what the sheet's head and tail need.
 */
export function writeNotes(
  pkg: Package,
  part: string,
  notes: SheetNotes,
  changed: Map<string, Buffer>,
  added: string[],
  notices: { zh: string }[] = [],
): (head: string, tail: string) => [string, string] {
  const own = existingNotes(pkg, part);
  const threaded = threadedCells(pkg, part, own?.comments ?? null, (p) => changed.get(p)?.toString('utf8') ?? pkg.text(p));
  const left: string[] = [];
  for (const [k, n] of [...notes.at].sort((a, b) => a[1].row - b[1].row || a[1].col - b[1].col)) {
    const ref = `${colLetters(n.col)}${n.row}`;
    if (!threaded.has(ref)) continue;
    left.push(ref);
    notes.at.delete(k);
  }
  if (left.length) notices.push({ zh: leftOutLine(notes.sheet, left) });
  if (!notes.at.size) return (head, tail) => [head, tail];
  if (own?.comments) {
    appendNotes(pkg, { comments: own.comments, vml: own.vml }, notes, changed);
    return (head, tail) => [head, tail];
  }
  // A new comments part; the boxes go into the sheet's drawing (form controls) or a new one.
  const taken = (p: string) => pkg.has(p) || changed.has(p);
  const ns = flavourOf(pkg);
  const comments = freeName(taken, 'xl/comments', '.xml');
  changed.set(comments, Buffer.from(commentsXml(notes, ns), 'utf8'));
  added.push(comments);
  let vml = own?.vml;
  if (vml) appendShapes(pkg, vml, notes, changed);
  else {
    vml = freeName(taken, 'xl/drawings/vmlDrawing', '.vml');
    changed.set(vml, Buffer.from(vmlXml(notes, freeBlock(pkg, changed)), 'utf8'));
    added.push(vml);
  }

  const relsPart = relsOf(part);
  const text = (p: string) => (changed.has(p) ? changed.get(p)!.toString('utf8') : pkg.has(p) ? pkg.text(p) : null);
  let rels =
    text(relsPart) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  if (!pkg.has(relsPart) && !changed.has(relsPart)) added.push(relsPart);
  const ids = new Set([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => attr(m[0], 'Id')));
  const fresh = () => {
    let k = ids.size + 1;
    while (ids.has(`rId${k}`)) k++;
    ids.add(`rId${k}`);
    return `rId${k}`;
  };
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${posix.relative(posix.dirname(part), target)}"/>`;
  const vmlId = own ? '' : fresh();
  const add = rel(fresh(), `${ns.rel}/comments`, comments) + (own ? '' : rel(vmlId, `${ns.rel}/vmlDrawing`, vml));
  rels = /<Relationships\b[^>]*\/>/.test(rels)
    ? rels.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${add}</Relationships>`)
    : rels.replace(/<\/Relationships>\s*$/, `${add}</Relationships>`);
  changed.set(relsPart, Buffer.from(rels, 'utf8'));

  const ctPart = '[Content_Types].xml';
  let types = text(ctPart)!;
  const more = [`<Override PartName="/${comments}" ContentType="${CT_COMMENTS}"/>`];
  if (!/<Default\b[^>]*\sExtension="vml"/i.test(types)) more.push(`<Default Extension="vml" ContentType="${CT_VML}"/>`);
  if (!/<Default\b[^>]*\sExtension="rels"/i.test(types)) more.push('<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>');
  types = types.replace(/<\/Types>\s*$/, `${more.join('')}</Types>`);
  changed.set(ctPart, Buffer.from(types, 'utf8'));

  return own ? (head, tail) => [head, tail] : (head, tail) => withLegacyDrawing(head, tail, vmlId, ns);
}
