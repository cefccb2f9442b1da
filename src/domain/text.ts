/**
 * Text clean-up for cell contents (NRM-01). Pure functions; never throw.
 * PDF/Word exports wrap cells with spaces and newlines inside words ("社会效益指 标"),
 * so whitespace between two CJK characters is noise, while "2023 年" or "AI 计算" keep one space.
 */

import { memoise } from './memo';
import { collapseSpaces } from './text-scan';
import { solidText } from './solid';

// Han, CJK symbols (、。《》「」…), kana, CJK punctuation in the full-width block
// (but not full-width digits/letters: "２０２４ 年" should behave like "2024 年"), curly quotes, · — …
const CJK = /[\p{Script=Han}\u3001-\u303F\u3040-\u30FF\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2018\u2019\u201C\u201D\u00B7\u2014\u2015\u2026]/u;

/**
 * Characters that show nothing but break matching (“一级\u200b指标”): zero-width spaces and joiners,
 * soft hyphens, direction marks and embeddings, and control characters other than tab/newline/return.
 */
export const INVISIBLE_CLASS = '\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFFF9-\\uFFFB';
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);
const INVISIBLES = new RegExp(`[${INVISIBLE_CLASS}]+`, 'g');

/** The text without invisible characters (see INVISIBLE_CLASS). */
export function dropInvisible(s: string): string {
  return INVISIBLE.test(s) ? s.replace(INVISIBLES, '') : s;
}

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** NRM-01: drop whitespace between CJK characters, trim, collapse other runs to one space. Idempotent. */
const ANY_WS = new RegExp(`[\\s${INVISIBLE_CLASS}]`);

const memo = new Map<string, string>();

export function normaliseText(s: string): string {
  if (typeof s !== 'string' || s === '') return '';
  // A short text of printable ASCII, CJK and full-width forms only has nothing to normalise: no lookup (solid.ts).
  if (solidText(s)) return s;
  // The memo first, for texts without whitespace too: a lookup costs a tenth of ANY_WS's scan of a long text.
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  // Most cells have no whitespace at all: nothing to do.
  const out = ANY_WS.test(s) ? normaliseUncached(s) : s;
  if (memo.size > 50000) memo.clear();
  memo.set(s, out);
  return out;
}

function normaliseUncached(s: string): string {
  return collapseSpaces(dropInvisible(s), isCjk);
}

const HALF: Record<string, string> = {
  '．': '.',
  '％': '%',
  '＞': '>',
  '＜': '<',
  '＝': '=',
  '＋': '+',
  '－': '-',
  '／': '/',
  '\u3000': ' ',
};

/** Full-width digits, Latin letters and number punctuation to ASCII; CJK brackets and quotes stay. */
export function toHalfWidth(s: string): string {
  if (typeof s !== 'string') return '';
  return s.replace(/[０-９Ａ-Ｚａ-ｚ．％＞＜＝＋－／\u3000]/g, (c) => {
    const mapped = HALF[c];
    return mapped !== undefined ? mapped : String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

/** The form used to compare indicator names: half-width digits/letters, CJK whitespace removed, brackets as written. */
export function canonicalName(s: string): string {
  if (typeof s !== 'string') return '';
  return canonicalMemo(s);
}

const canonicalMemo = memoise((s) => normaliseText(toHalfWidth(s)));
