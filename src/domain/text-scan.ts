/**
 * Character tests by code unit for the text clean-ups' slow paths (normaliseText, foldHeader): a cell text seen
 * once (a project's title or name) is scanned once, instead of a regular expression per character or per step.
 * Each test is exactly its class in text.ts (test/domain/text-scan.test.ts compares all 65 536 code units).
 */

/** `\s` of a JavaScript regular expression: tab to carriage return, the Unicode spaces, line and paragraph separators, BOM. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** INVISIBLE_CLASS (text.ts): controls other than tab/newline/return, soft hyphen, zero-width and direction marks. */
export function isInvisibleCode(c: number): boolean {
  if (c < 0x100) return c <= 8 || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f) || c === 0xad;
  return (
    c === 0x061c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x206f) ||
    (c >= 0xfff9 && c <= 0xfffb)
  );
}

/** The code point of s starting at i, as Array.from gives it: a surrogate pair, or one code unit. */
export function codePointText(s: string, i: number): string {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return s.slice(i, i + 2);
  }
  return s.slice(i, i + 1);
}

/**
 * NRM-01's spacing of a text without invisible characters: whitespace runs at either end vanish, a run between
 * two CJK characters vanishes, any other run becomes one space (`cjk` says what counts as CJK).
 */
export function collapseSpaces(t: string, cjk: (ch: string) => boolean): string {
  let out = '';
  let seg = 0;
  let last = -1; // where the last code point before the current run starts
  let i = 0;
  const n = t.length;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (!isSpaceCode(c)) {
      last = i;
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && t.charCodeAt(i + 1) >= 0xdc00 && t.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
      continue;
    }
    out += t.slice(seg, i);
    let j = i + 1;
    while (j < n && isSpaceCode(t.charCodeAt(j))) j++;
    if (last >= 0 && j < n && !(cjk(t.slice(last, i)) && cjk(codePointText(t, j)))) out += ' ';
    seg = i = j;
  }
  return seg === 0 ? t : out + t.slice(seg);
}

/**
 * foldHeader's folding before its Traditional and English steps: whitespace and invisible characters dropped,
 * then leading required-field stars (* ＊), then full-width brackets （）as ASCII ( ).
 */
export function foldMarks(s: string): string {
  let out = '';
  let seg = 0;
  let lead = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const drop = isSpaceCode(c) || isInvisibleCode(c) || (lead && (c === 42 || c === 0xff0a));
    if (!drop) lead = false;
    if (drop || c === 0xff08 || c === 0xff09) {
      out += s.slice(seg, i);
      if (!drop) out += c === 0xff08 ? '(' : ')';
      seg = i + 1;
    }
  }
  return seg === 0 ? s : out + s.slice(seg);
}
