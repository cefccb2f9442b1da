/**
 * Whether a short text (at most 64 code units) holds only code units that are neither white space (\s) nor invisible
 * (text.ts INVISIBLE_CLASS): printable ASCII (! to ~), U+3001–U+FEFE (CJK, kana, CJK punctuation, compatibility
 * forms), U+FF00–U+FFF8 (full-width forms) and the signs and punctuation below. Such a text is its own normaliseText; most cells are, and answering
 * them by a scan of their code units is cheaper than the memo's hash lookup (~7 % of a check's CPU is Map lookups).
 * Longer texts, or any other code unit, go the usual way.
 */
export function solidText(s: string): boolean {
  const n = s.length;
  if (n > 64) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 127) continue;
    if (c >= 0x3001 && c <= 0xfefe) continue;
    // ≥ ≤ “ ” — … ※ ①: general punctuation, letterlike forms, arrows, operators, enclosed numbers (not U+2000–200F, U+2028–202F, U+205F–206F).
    if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || (c >= 0x2070 && c <= 0x2fff)) continue;
    // Latin-1 letters and signs (not U+00A0, not the soft hyphen U+00AD).
    if (c >= 0xa1 && c <= 0xff && c !== 0xad) continue;
    if (c >= 0xff00 && c <= 0xfff8) continue;
    return false;
  }
  return true;
}
