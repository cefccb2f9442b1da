/**
 * The score formula reads the actual through Excel's ASC (session 16): a “９６％” or “４０套” typed after fill read as no number
 * in the formula (what VALUE does with full-width digits is not documented), while the pane read 96 % / 40 套. ASC is documented
 * for DBCS languages — the Chinese Excel these sheets are filled in — to turn full-width characters into half-width ones
 * (support.microsoft.com “ASC function”); the double models it as the full-width ASCII forms U+FF01–FF5E and the ideographic
 * space. So what the formula then searches for is spelled as ASC leaves it: each word, swap and unit marker through `asc`; the
 * swaps fill made for full-width digits (“９” → “9”) are no longer needed. 5 bytes a formula (“ASC()”). Pure.
 */

interface Spelled {
  words: string[];
  other: { marker: string; mul: string; div: string } | null;
  swaps?: [string, string][];
}

const WIDE = /[\uFF01-\uFF5E\u3000]/g;

/** Text as Excel's ASC gives it back (full-width ASCII forms and the ideographic space made half-width). */
export function asc(s: string): string {
  return s.replace(WIDE, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export function throughAsc<S extends Spelled>(sp: S): S {
  const words = [...new Set(sp.words.map(asc))].filter((w) => w !== '');
  const swaps = (sp.swaps ?? []).map(([from, to]): [string, string] => [asc(from), to]).filter(([from, to]) => from !== to);
  const other = sp.other ? { ...sp.other, marker: asc(sp.other.marker) } : null;
  return { ...sp, words, swaps, other };
}
