/** Shared strings and inline strings: plain text, rich-text runs joined, phonetic guides left out. */
import { decode, markupEnd, markupText, tagName, unescapeOoxml } from './xml';

/** Excel's limit on the characters of one cell. */
export const CELL_CHARS = 32767;

interface Pieces {
  /** Text of <t> outside runs (the last one), undefined when there is none. */
  direct: string | undefined;
  /** Each run's text; runs without a <t> give ''. */
  runs: string[];
}

/** The pieces of a string item (<si> or <is> content). */
function pieces(inner: string, decodeEscapes: boolean): Pieces {
  const out: Pieces = { direct: undefined, runs: [] };
  let inRun = false;
  let inPh = false;
  let p = 0;
  for (;;) {
    const lt = inner.indexOf('<', p);
    if (lt < 0) break;
    if (inner.charCodeAt(lt + 1) === 33 || inner.charCodeAt(lt + 1) === 63) {
      p = markupEnd(inner, lt);
      continue;
    }
    const gt = inner.indexOf('>', lt);
    if (gt < 0) break;
    const closing = inner.charCodeAt(lt + 1) === 47;
    const name = closing ? tagName(inner, lt + 1) : tagName(inner, lt);
    p = gt + 1;
    if (closing) {
      if (name === 'r') inRun = false;
      else if (name === 'rPh') inPh = false;
      continue;
    }
    if (name === 'r') {
      inRun = true;
      out.runs.push('');
      continue;
    }
    if (name === 'rPh') {
      inPh = true;
      continue;
    }
    if (name !== 't') continue;
    let text = '';
    if (inner.charCodeAt(gt - 1) !== 47) {
      const full = inner.slice(lt + 1, gt).split(/[\s/>]/, 1)[0];
      const end = inner.indexOf(`</${full}>`, gt);
      text = markupText(inner.slice(gt + 1, end < 0 ? inner.length : end));
      p = end < 0 ? inner.length : end + full.length + 3;
    }
    if (inPh) continue;
    if (inRun) out.runs[out.runs.length - 1] = unescapeOoxml(text);
    else out.direct = decodeEscapes ? unescapeOoxml(text) : text;
  }
  return out;
}

/** One shared string: its text, or null for an item with neither text nor runs. */
export function sharedString(inner: string | null): string | null {
  if (inner === null) return null;
  // The common case, <si><t>…</t></si>, without the general walk.
  if (inner.startsWith('<t') && inner.endsWith('</t>') && (inner[2] === '>' || inner[2] === ' ')) {
    const gt = inner.indexOf('>');
    if (inner[gt - 1] !== '/' && inner.indexOf('<', gt) === inner.length - 4) return unescapeOoxml(decode(inner.slice(gt + 1, -4)));
  }
  const x = pieces(inner, true);
  if (x.direct !== undefined) return x.direct;
  return x.runs.length ? x.runs.join('') : null;
}

/** An inline string (<is> content): undefined when it holds no text at all. */
export function inlineString(inner: string): string | undefined {
  const x = pieces(inner, false);
  if (x.runs.length) return x.runs.join('');
  // A phonetic guide (<rPh>) is a reading printed above the text, never part of the value (ECMA-376 Part 1, 18.4.6).
  return x.direct === '' ? undefined : x.direct;
}

/**
 * V8 makes a substring of 13 characters or more a slice that keeps its whole parent alive: every cell text of the
 * grid and of the indicators kept the shared-strings XML (markup and all: 1.1 MB more heap kept at 100 000 rows) until the end.
 */
const SLICE_FROM = 13;

/**
 * The long texts copied out of the part's XML together: one string of their characters only (join), each text a
 * slice of that, so what is kept is the texts, not the markup around them.
 */
function ownCopies(out: (string | null)[]): (string | null)[] {
  const long: number[] = [];
  for (let i = 0; i < out.length; i++) if ((out[i]?.length ?? 0) >= SLICE_FROM) long.push(i);
  if (long.length === 0) return out;
  const texts: string[] = new Array<string>(long.length);
  for (let k = 0; k < long.length; k++) texts[k] = out[long[k]]!;
  const all = texts.join('');
  for (let k = 0, at = 0; k < long.length; k++) {
    const n = texts[k].length;
    out[long[k]] = all.slice(at, at + n);
    at += n;
  }
  return out;
}

export function readSharedStrings(xml: string): (string | null)[] {
  return ownCopies(itemsOf(xml));
}

function itemsOf(xml: string): (string | null)[] {
  const out: (string | null)[] = [];
  let p = 0;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) break;
    // A commented-out item is no item: the indexes after it stay as Excel counts them.
    if (xml.charCodeAt(lt + 1) === 33) {
      p = markupEnd(xml, lt);
      continue;
    }
    // The item as Excel writes it, <si> with no prefix or attributes: no tag name read, no split, no pattern built.
    if (xml.startsWith('<si>', lt)) {
      const end = xml.indexOf('</si>', lt + 4);
      if (end < 0) break;
      out.push(sharedString(xml.slice(lt + 4, end)));
      p = end + 5;
      continue;
    }
    if (xml.charCodeAt(lt + 1) === 47 || tagName(xml, lt) !== 'si') {
      p = lt + 1;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push(null);
      p = gt + 1;
      continue;
    }
    const full = xml.slice(lt + 1, gt).split(/[\s/>]/, 1)[0];
    const end = xml.indexOf(`</${full}>`, gt);
    if (end < 0) break;
    out.push(sharedString(xml.slice(gt + 1, end)));
    p = end + full.length + 3;
  }
  return out;
}
