/**
 * styles.xml edited in place: a cell's new look is a new <xf> derived from the one it had (same
 * border, alignment, protection), with a fill, bold font or number format swapped in. Existing
 * entries are never changed, so every other cell keeps its exact style.
 */
import { attr } from '../xlsx/xml';

/** Number formats Excel knows by id without listing them. */
const BUILT_IN: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, 'mm-dd-yy': 14, '@': 49 };

export interface Look {
  fill?: string;
  bold?: boolean;
  numFmt?: string;
}

const esc = (s: string) => (/[&<>"]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;') : s);

function items(block: string | undefined, name: string): string[] {
  if (!block) return [];
  return block.match(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g')) ?? [];
}

function section(xml: string, name: string): RegExpExecArray | null {
  return new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`).exec(xml);
}

const SPACE = /\s/;

/**
 * Sets (or adds) an attribute in an element's start tag: the first `name="…"` after white space
 * (as /(\sname=)"[^"]*"/ finds it), found with indexOf — the pattern was the largest cost of
 * restyling a cell, and fill restyles tens of thousands.
 */
export function setAttr(el: string, name: string, value: string): string {
  const needle = `${name}="`;
  for (let at = el.indexOf(needle, 1); at >= 0; at = el.indexOf(needle, at + 1)) {
    const c = el.charCodeAt(at - 1);
    if (c !== 32 && !SPACE.test(el[at - 1])) continue;
    const close = el.indexOf('"', at + needle.length);
    if (close < 0) break;
    return `${el.slice(0, at)}${needle}${esc(value)}"${el.slice(close + 1)}`;
  }
  return el.replace(/^(<[\w:]+)/, `$1 ${name}="${esc(value)}"`);
}

/**
 * Excel opens at most 65 430 cell formats: cellXfs plus the cellStyleXfs of styles that are not built in
 * ([MS-OI29500] 2.1.727), and as many fills (2.1.702). Past that it repairs the file and drops formats.
 */
export const XF_LIMIT = 65430;

/** The user's line when cells were left without the look fill asked for. */
export const limitLine = (n: number): string =>
  `工作簿的单元格格式已达 Excel 的上限（${XF_LIMIT.toLocaleString('en-US').replace(',', ' ')} 种），${n} 个单元格未能标色、加粗或改数字格式（Excel 打开超出上限的文件会删去格式）；内容照常写入。`;

export class StyleBook {
  private fonts: string[];
  private fills: string[];
  private xfs: string[];
  private formats = new Map<string, number>();
  private added: [number, string][] = [];
  private derived = new Map<string, number>();
  private changed = false;
  /** Formats the styles part's own cell styles take from the limit. */
  private styleXfs: number;
  /** Looks not given because the limit was reached (each cell that asked, counted). */
  unstyled = 0;
  private refused = new Set<string>();
  /** The part's formats by what they say (attributes in any order), built once the limit is reached. */
  private known: Map<string, number> | null = null;

  constructor(private xml: string) {
    this.fonts = items(section(xml, 'fonts')?.[1], 'font');
    this.fills = items(section(xml, 'fills')?.[1], 'fill');
    this.xfs = items(section(xml, 'cellXfs')?.[1], 'xf');
    this.styleXfs = ownStyleXfs(xml);
    for (const [code, id] of Object.entries(BUILT_IN)) this.formats.set(code, id);
    for (const f of items(section(xml, 'numFmts')?.[1], 'numFmt')) this.formats.set(attr(f, 'formatCode') ?? '', Number(attr(f, 'numFmtId')));
  }

  /** styles.xml as written by Excel-compatible tools: no prefixes, a cellXfs list. */
  static usable(xml: string): boolean {
    return /<styleSheet\b/.test(xml) && /<cellXfs\b/.test(xml) && /<fonts\b/.test(xml) && /<fills\b/.test(xml);
  }

  numFmtOf(xf: number): string {
    const id = Number(attr(this.xfs[xf] ?? '', 'numFmtId') ?? 0);
    for (const [code, n] of this.formats) if (n === id) return code;
    return 'General';
  }

  /** The xf index for cell style `xf` with `look` applied. */
  derive(xf: number, look: Look): number {
    // By the one thing a look asks for, then by xf: no key text made and hashed per cell (fill derives one a cell it styles).
    const quick = look.bold
      ? look.fill === undefined && look.numFmt === undefined
        ? this.bolds
        : undefined
      : look.fill !== undefined
        ? look.numFmt === undefined
          ? this.byOne(this.fills1, look.fill)
          : undefined
        : look.numFmt !== undefined
          ? this.byOne(this.fmts1, look.numFmt)
          : undefined;
    const hit = quick?.get(xf);
    if (hit !== undefined) return hit;
    const n = this.deriveByKey(xf, look);
    // A refused look counts each cell that asks (deriveByKey does): never answered here.
    if (quick && !this.refused.size) quick.set(xf, n);
    return n;
  }
  private bolds = new Map<number, number>();
  private fills1 = new Map<string, Map<number, number>>();
  private fmts1 = new Map<string, Map<number, number>>();
  private byOne(m: Map<string, Map<number, number>>, k: string): Map<number, number> {
    let x = m.get(k);
    if (!x) m.set(k, (x = new Map()));
    return x;
  }

  private deriveByKey(xf: number, look: Look): number {
    const k = `${xf}|${look.fill ?? ''}|${look.bold ? 1 : 0}|${look.numFmt ?? ''}`;
    const hit = this.derived.get(k);
    if (hit !== undefined) {
      if (this.refused.size && this.refused.has(k)) this.unstyled++;
      return hit;
    }
    if (this.xfs.length + this.styleXfs >= XF_LIMIT || this.fills.length >= XF_LIMIT) return this.atLimit(k, xf, look);
    const el = this.build(xf, look, false);
    this.xfs.push(el!);
    this.changed = true;
    const n = this.xfs.length - 1;
    this.derived.set(k, n);
    return n;
  }

  /**
   * The <xf> for cell style `xf` with `look` applied. A fill, bold font or number format it needs is
   * added to the part; with `reuse` only one the part already has is taken, and null is returned when
   * there is none.
   */
  private build(xf: number, look: Look, reuse: boolean): string | null {
    let el = this.xfs[xf] ?? this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const index = (list: string[], item: string): number => {
      if (!reuse) return list.push(item) - 1;
      return list.indexOf(item);
    };
    if (look.fill) {
      const rgb = `FF${look.fill.replace(/^#/, '').toUpperCase()}`;
      const id = index(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/></patternFill></fill>`);
      if (id < 0) return null;
      el = setAttr(setAttr(el, 'fillId', String(id)), 'applyFill', '1');
    }
    if (look.bold) {
      const font = this.fonts[Number(attr(el, 'fontId') ?? 0)] ?? '<font/>';
      if (!/<b\s*\/>|<b\s+val="(1|true)"/.test(font)) {
        const plain = font.replace(/<b\b[^>]*\/>/, '');
        const bold = /^<font\b[^>]*\/>$/.test(plain) ? plain.replace(/\s*\/>$/, '><b/></font>') : plain.replace(/^(<font\b[^>]*>)/, '$1<b/>');
        const id = index(this.fonts, bold);
        if (id < 0) return null;
        el = setAttr(setAttr(el, 'fontId', String(id)), 'applyFont', '1');
      }
    }
    if (look.numFmt !== undefined) {
      let id = this.formats.get(look.numFmt);
      if (id === undefined) {
        if (reuse) return null;
        id = Math.max(163, ...[...this.formats.values()]) + 1;
        this.formats.set(look.numFmt, id);
        this.added.push([id, look.numFmt]);
      }
      el = setAttr(setAttr(el, 'numFmtId', String(id)), 'applyNumberFormat', '1');
    }
    return el;
  }

  /**
   * At Excel's limit no format is added: the look is given by a format the part already has (its
   * fill, font and number format too), or not at all — the cell keeps its own, counted in `unstyled`.
   */
  private atLimit(k: string, xf: number, look: Look): number {
    const el = this.build(xf, look, true);
    if (el !== null && !this.known) this.known = new Map(this.xfs.map((x, i) => [xfKey(x), i] as const).reverse());
    const found = el === null ? -1 : (this.known!.get(xfKey(el)) ?? -1);
    if (found >= 0) {
      this.derived.set(k, found);
      return found;
    }
    this.refused.add(k);
    this.derived.set(k, xf);
    this.unstyled++;
    return xf;
  }

  /** The new styles.xml, or null when nothing was derived. */
  result(): string | null {
    if (!this.changed) return null;
    let xml = this.xml;
    const put = (name: string, inner: string[], extra = '') => {
      const body = `<${name} count="${inner.length}"${extra}>${inner.join('')}</${name}>`;
      const m = section(xml, name);
      xml = m ? xml.slice(0, m.index) + body + xml.slice(m.index + m[0].length) : xml;
    };
    put('fonts', this.fonts, fontsExtra(this.xml));
    put('fills', this.fills);
    put('cellXfs', this.xfs);
    if (this.added.length) {
      const old = items(section(xml, 'numFmts')?.[1], 'numFmt');
      const all = [...old, ...this.added.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`)];
      const body = `<numFmts count="${all.length}">${all.join('')}</numFmts>`;
      const m = section(xml, 'numFmts');
      // numFmts is the styleSheet's first child.
      xml = m ? xml.slice(0, m.index) + body + xml.slice(m.index + m[0].length) : xml.replace(/<fonts\b/, `${body}<fonts`);
    }
    return xml;
  }
}

/** An <xf> as what it says: its attributes sorted, then its content. */
function xfKey(el: string): string {
  const end = el.indexOf('>');
  const head = el.slice(0, end).replace(/\/$/, '');
  const attrs = [...head.matchAll(/\s([\w:]+)\s*=\s*("[^"]*"|'[^']*')/g)].map((m) => `${m[1]}=${m[2].slice(1, -1)}`).sort();
  return `${attrs.join(' ')}|${el.slice(end + 1).replace(/<\/xf>$/, '')}`;
}

/** cellStyleXfs entries that are not a built-in cell style's (cellStyles names those by builtinId). */
function ownStyleXfs(xml: string): number {
  const n = items(section(xml, 'cellStyleXfs')?.[1], 'xf').length;
  const builtIn = new Set(
    items(section(xml, 'cellStyles')?.[1], 'cellStyle')
      .filter((c) => attr(c, 'builtinId') !== undefined)
      .map((c) => Number(attr(c, 'xfId'))),
  );
  return n - [...builtIn].filter((i) => i >= 0 && i < n).length;
}

/** Keeps x14ac:knownFonts and the like on <fonts>. */
function fontsExtra(xml: string): string {
  const open = /<fonts\b([^>]*?)\/?>/.exec(xml)?.[1] ?? '';
  return open.replace(/\s+count="[^"]*"/, '');
}
