/**
 * The little XML a workbook part needs, read by hand: tags, attributes, the five predefined
 * entities and character references. No DTD and no entity definitions are ever processed, so
 * nothing can expand or be fetched (XXE-safe by construction).
 */

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][\w.-]*);/g;

function codePoint(n: number, whole: string): string {
  return n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
}

/** Text or attribute content with entities decoded; an unknown entity stays as written. */
export function decode(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (whole, body: string) => {
    if (body[0] !== '#') return NAMED[body] ?? whole;
    return codePoint(body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10), whole);
  });
}

/**
 * Element text that may hold markup (W3C XML 1.0, 2.5 and 2.7): a CDATA section's characters as
 * written, comments and processing instructions left out, entities decoded elsewhere. Text without
 * a '<' (every part Excel writes) is decode(s).
 */
export function markupText(s: string): string {
  if (s.indexOf('<') < 0) return decode(s);
  let out = '';
  let p = 0;
  while (p < s.length) {
    const lt = s.indexOf('<', p);
    if (lt < 0) {
      out += decode(s.slice(p));
      break;
    }
    out += decode(s.slice(p, lt));
    const cdata = s.startsWith('<![CDATA[', lt);
    const close = cdata ? ']]>' : s.startsWith('<!--', lt) ? '-->' : '>';
    const end = s.indexOf(close, lt + (cdata ? 9 : close === '-->' ? 4 : 1));
    if (cdata) out += s.slice(lt + 9, end < 0 ? s.length : end);
    p = end < 0 ? s.length : end + close.length;
  }
  return out;
}

/** Where the comment, CDATA section or processing instruction at s[lt] ('<!' or '<?') ends (past its close). */
export function markupEnd(s: string, lt: number): number {
  const close = s.startsWith('<!--', lt) ? '-->' : s.startsWith('<![CDATA[', lt) ? ']]>' : s.charCodeAt(lt + 1) === 63 ? '?>' : '>';
  const end = s.indexOf(close, lt + 2);
  return end < 0 ? s.length : end + close.length;
}

/**
 * A comment, CDATA section or processing instruction past the declaration anywhere in the part: two
 * scans for the rare second character ('!', '?'), ~15 ms each for 100 MB, not a two-character search.
 */
export function hasMarkup(xml: string): boolean {
  const from = xml.startsWith('<?xml') ? xml.indexOf('?>') + 1 : 0;
  for (let k = 0, list = ['!', '?']; k < list.length; k++) {
    const ch = list[k];
    for (let i = xml.indexOf(ch, from + 1); i >= 0; i = xml.indexOf(ch, i + 1)) if (xml.charCodeAt(i - 1) === 60) return true;
  }
  return false;
}

/**
 * The part without comments and processing instructions (a commented-out sheet, row, merge or string
 * item is none: W3C XML 1.0, 2.5, 2.6), CDATA sections as escaped text; the declaration kept.
 */
export function withoutMarkup(xml: string): string {
  const parts: string[] = [];
  const declEnd = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  let from = 0;
  let p = declEnd;
  for (let lt = xml.indexOf('<', p); lt >= 0; lt = xml.indexOf('<', p)) {
    const c = xml.charCodeAt(lt + 1);
    const cdata = c === 33 && xml.startsWith('<![CDATA[', lt);
    const close = cdata ? ']]>' : c === 33 && xml.startsWith('<!--', lt) ? '-->' : c === 63 ? '?>' : null;
    // Not markup (or <!DOCTYPE …>, which the reader refuses before the editor sees the part).
    if (!close) {
      p = lt + 1;
      continue;
    }
    const end = xml.indexOf(close, lt + 2);
    parts.push(xml.slice(from, lt));
    if (cdata) parts.push(escText(xml.slice(lt + 9, end < 0 ? xml.length : end)));
    p = from = end < 0 ? xml.length : end + close.length;
  }
  parts.push(xml.slice(from));
  return parts.join('');
}

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The value of attribute `name` in a start tag (from '<' to '>'), decoded; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = tag.charCodeAt(at - 1);
    // Whole attribute names only: " r=" must not match " ref=" or " xr:r=".
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let i = from;
    while (tag.charCodeAt(i) === 32) i++;
    if (tag.charCodeAt(i) !== 61 /* = */) continue;
    i++;
    while (tag.charCodeAt(i) === 32) i++;
    const q = tag[i];
    if (q !== '"' && q !== "'") continue;
    const end = tag.indexOf(q, i + 1);
    if (end < 0) return undefined;
    return decode(tag.slice(i + 1, end));
  }
}

/** The local name of the tag starting at xml[lt] ('<'), without a namespace prefix. */
export function tagName(xml: string, lt: number): string {
  let i = lt + 1;
  let colon = -1;
  for (;;) {
    const ch = xml.charCodeAt(i);
    if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13 || Number.isNaN(ch)) break;
    if (ch === 58) colon = i;
    i++;
  }
  return xml.slice((colon >= 0 ? colon : lt) + 1, i);
}

/** Index just past the tag name that starts at xml[i]. */
export function nameEnd(xml: string, i: number): number {
  for (;;) {
    const ch = xml.charCodeAt(i);
    if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13 || Number.isNaN(ch)) return i;
    i++;
  }
}

/** Where the local part of the name xml[from, to) starts (after a namespace prefix, if any). */
export function localStart(xml: string, from: number, to: number): number {
  let at = from;
  for (let i = from; i < to; i++) if (xml.charCodeAt(i) === 58) at = i + 1;
  return at;
}

export interface CellAttrs {
  /** The r attribute: present, and as row and column (0 when it is not a plain address). */
  hasRef: boolean;
  row: number;
  col: number;
  /** The r attribute as written, only when it is not a plain address (for the message). */
  ref: string | undefined;
  /** The style index (s=), 0 when absent. */
  s: number;
  t: string | undefined;
}

/**
 * The r, s and t attributes of a <c> tag in one pass over xml[from, to) (from: just past the
 * name), without cutting strings for the common ones: a sheet has millions of these tags.
 */
export function cellAttrs(xml: string, from: number, to: number, out: CellAttrs): void {
  out.hasRef = false;
  out.row = out.col = out.s = 0;
  out.ref = out.t = undefined;
  let i = from;
  while (i < to) {
    let ch = xml.charCodeAt(i);
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47) {
      i++;
      continue;
    }
    const n0 = i;
    while (i < to && (ch = xml.charCodeAt(i)) !== 61 && ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13) i++;
    const n1 = i;
    while (i < to && xml.charCodeAt(i) !== 34 && xml.charCodeAt(i) !== 39) i++;
    const v0 = i + 1;
    const v1 = xml.indexOf(xml.charCodeAt(i) === 34 ? '"' : "'", v0);
    if (v1 < 0 || v1 > to) return;
    i = v1 + 1;
    if (n1 - n0 !== 1) continue;
    const name = xml.charCodeAt(n0);
    if (name === 114) {
      out.hasRef = true;
      let col = 0;
      let row = 0;
      let k = v0;
      for (; k < v1; k++) {
        const c = xml.charCodeAt(k) | 32;
        if (c < 97 || c > 122) break;
        col = col * 26 + (c - 96);
      }
      const letters = k - v0;
      for (; k < v1; k++) {
        const c = xml.charCodeAt(k);
        if (c < 48 || c > 57) break;
        row = row * 10 + (c - 48);
      }
      if (k === v1 && letters > 0 && letters <= 3 && row > 0) {
        out.row = row;
        out.col = col;
      } else out.ref = decode(xml.slice(v0, v1));
    } else if (name === 115) {
      let n = 0;
      for (let k = v0; k < v1; k++) {
        const c = xml.charCodeAt(k);
        if (c < 48 || c > 57) break;
        n = n * 10 + (c - 48);
      }
      out.s = n;
    } else if (name === 116) out.t = decode(xml.slice(v0, v1));
  }
}

/** Each element named `name` (any prefix) in xml: its start tag and, unless empty, its inner text. */
export function* elements(xml: string, name: string): Generator<{ tag: string; inner: string | null }> {
  const open = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])[^>]*>`, 'g');
  let m: RegExpExecArray | null;
  while ((m = open.exec(xml))) {
    const tag = m[0];
    if (tag.endsWith('/>')) {
      yield { tag, inner: null };
      continue;
    }
    const prefix = /^<([\w.-]+:)?/.exec(tag)![1] ?? '';
    const close = xml.indexOf(`</${prefix}${name}>`, open.lastIndex);
    if (close < 0) {
      yield { tag, inner: xml.slice(open.lastIndex) };
      return;
    }
    yield { tag, inner: xml.slice(open.lastIndex, close) };
    open.lastIndex = close;
  }
}

/** Excel's escapes for characters XML cannot carry (_x000D_ → CR), as in shared strings. */
export function unescapeOoxml(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** "AB12" → [row, col], or null when it is not a plain cell address. */
export function cellRef(s: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const ch = s.charCodeAt(i) | 32;
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (i === 0 || i > 3 || i === s.length) return null;
  let row = 0;
  for (; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 36 && row === 0) continue;
    if (ch < 48 || ch > 57) return null;
    row = row * 10 + (ch - 48);
  }
  return row > 0 ? [row, col] : null;
}
