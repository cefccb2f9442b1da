/**
 * A sheet with more than one comments part. A worksheet has at most one (ECMA-376 Part 1, 12.3.3:
 * the Comments part is the target of one implicit relationship per sheet), and Excel repairs such a
 * file; before notes are added to that sheet, its notes are made one part: the first part (in
 * relationship order) takes the others' notes (their authors after its own; a cell noted twice
 * gets the second text appended), their relationships, content types and parts go, and a note
 * without a box in the sheet's VML drawing gets one. No note text is lost; the other sheets and
 * parts stay as they were.
 */
import type { Package } from '../xlsx/input';
import { colLetters, colNumber } from '../../sheet/a1';
import { attr } from '../xlsx/xml';
import { appendShapes, appendToComment, authorNames, commentText, relsOf, SheetNotes, targets } from './notes';
import { esc, Unsupported } from './sheet';

const COMMENT = /<comment\b[^>]*?(?:\/>|>[\s\S]*?<\/comment>)/g;
const refOf = (el: string) => (attr(el.slice(0, el.indexOf('>') + 1), 'ref') ?? '').replace(/\$/g, '').toUpperCase();

export class OneCommentsPart {
  /** The package as the edit reads it: each noted sheet with one comments part. */
  readonly pkg: Package;
  private texts = new Map<string, string>();
  private dropped = new Set<string>();

  constructor(base: Package) {
    const view = Object.create(base) as Package;
    view.text = (p: string) => this.texts.get(p) ?? base.text(p);
    view.has = (p: string) => !this.dropped.has(p) && base.has(p);
    this.pkg = view;
  }

  /** Whether the view has the part's text from this merge (or has dropped it): not the package's own bytes. */
  edits(part: string): boolean {
    return this.texts.has(part) || this.dropped.has(part);
  }

  /**
   * Called before the first note is added to the sheet in `part`. `edited`: the parts as the edit has
   * them now — parts an insert already moved are not merged here (the other path then).
   */
  noted(part: string, edited: (p: string) => string): void {
    const pkg = this.pkg;
    const rels = targets(pkg, part, /\/relationships\/comments$/);
    if (rels.length < 2) return;
    if (rels.some((r) => pkg.has(r.target) && edited(r.target) !== pkg.text(r.target))) throw new Unsupported('comments parts moved before their notes are merged');
    if (rels.some((r) => !pkg.has(r.target))) throw new Unsupported('a comments part missing');
    const vml = targets(pkg, part, /\/relationships\/vmlDrawing$/);
    const id = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(/<legacyDrawing\b[^>]*>/.exec(pkg.text(part))?.[0] ?? '')?.[1];
    const drawing = (vml.length === 1 ? vml[0] : vml.find((v) => v.id === id))?.target;
    if (!drawing || !pkg.has(drawing)) throw new Unsupported('notes without their drawing');
    const [keep, ...rest] = rels;
    let xml = pkg.text(keep.target);
    const authors = /<authors\b[^>]*?(?:\/>|>([\s\S]*?)<\/authors>)/.exec(xml);
    const list = /<commentList\b[^>]*?(?:\/>|>[\s\S]*<\/commentList>)/.exec(xml);
    if (!authors || !list || list.index < authors.index) throw new Unsupported('comments part without authors or list');
    const names = authorNames(xml);
    const kept = new Map([...xml.matchAll(COMMENT)].map((m) => [refOf(m[0]), m[0]]));
    // A cell noted in two parts: one note, the second text appended (to the kept part's, or to the first moved one).
    const appended = new Map<string, string>();
    const moved = new Map<string, string>();
    for (const r of rest) {
      const other = pkg.text(r.target);
      const theirs = authorNames(other);
      for (const m of other.matchAll(COMMENT)) {
        const ref = refOf(m[0]);
        const mine = kept.get(ref);
        if (mine !== undefined) appended.set(ref, appendToComment(appended.get(ref) ?? mine, commentText(m[0])));
        else if (moved.has(ref)) moved.set(ref, appendToComment(moved.get(ref)!, commentText(m[0])));
        else {
          const name = theirs[Number(attr(m[0], 'authorId') ?? 0)] ?? '';
          let k = names.indexOf(name);
          if (k < 0) k = names.push(name) - 1;
          moved.set(ref, m[0].replace(/(<comment\b[^>]*?\sauthorId=")\d*"/, `$1${k}"`));
        }
      }
      this.dropped.add(r.target);
    }
    const added = [...moved.values()];
    const newAuthors = `<authors>${names.map((n) => `<author>${esc(n)}</author>`).join('')}</authors>`;
    let newList = list[0].endsWith('/>') ? `<commentList>${added.join('')}</commentList>` : list[0].replace(/<\/commentList>$/, `${added.join('')}</commentList>`);
    newList = newList.replace(COMMENT, (el) => appended.get(refOf(el)) ?? el);
    xml = xml.slice(0, authors.index) + newAuthors + xml.slice(authors.index + authors[0].length, list.index) + newList + xml.slice(list.index + list[0].length);
    this.texts.set(keep.target, xml);
    // Boxes for the notes that came without one in this sheet's drawing.
    const boxes = new Set([...pkg.text(drawing).matchAll(/<x:Row>(\d+)<\/x:Row>\s*<x:Column>(\d+)<\/x:Column>/g)].map((m) => `${colLetters(Number(m[2]) + 1)}${Number(m[1]) + 1}`));
    const unboxed = new SheetNotes();
    for (const el of added) {
      const m = /^([A-Z]+)(\d+)$/.exec(refOf(el));
      if (m && !boxes.has(m[0])) unboxed.add(Number(m[2]), colNumber(m[1]), '');
    }
    if (unboxed.at.size) {
      const out = new Map<string, Buffer>();
      appendShapes(pkg, drawing, unboxed, out);
      this.texts.set(drawing, out.get(drawing)!.toString('utf8'));
    }
    const gone = new Set(rest.map((r) => r.id));
    const relsPart = relsOf(part);
    this.texts.set(
      relsPart,
      pkg.text(relsPart).replace(/<Relationship\b[^>]*>/g, (tag) => (gone.has(attr(tag, 'Id') ?? '') && /\/comments"/.test(tag) ? '' : tag)),
    );
    const ct = '[Content_Types].xml';
    this.texts.set(
      ct,
      pkg.text(ct).replace(/<Override\b[^>]*>/g, (tag) => (rest.some((r) => attr(tag, 'PartName') === `/${r.target}`) ? '' : tag)),
    );
  }

  /** The merged parts into `changed` (where the edit did not write them again), and the zip's part order without the dropped ones. */
  finish(changed: Map<string, Buffer>, order: string[]): string[] {
    for (const [p, t] of this.texts) if (!changed.has(p)) changed.set(p, Buffer.from(t, 'utf8'));
    return order.filter((p) => !this.dropped.has(p));
  }
}
