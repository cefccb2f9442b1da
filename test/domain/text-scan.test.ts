/**
 * The code-unit scans (src/domain/text-scan.ts) against the regular expressions they replace: the character
 * classes over every code unit, and normaliseText / foldHeader's folding against the former regex-based code
 * on random texts of spaces, invisibles, stars, brackets, CJK, Latin, surrogate pairs and lone surrogates.
 */
import { collapseSpaces, foldMarks, isInvisibleCode, isSpaceCode } from '../../src/domain/text-scan';
import { INVISIBLE_CLASS, normaliseText } from '../../src/domain/text';
import { foldHeader } from '../../src/sheet/headers';
import { englishWord, toSimplified, TRADITIONAL_CLASS } from '../../src/sheet/foreign';

const CJK = /[\p{Script=Han}\u3001-\u303F\u3040-\u30FF\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2018\u2019\u201C\u201D\u00B7\u2014\u2015\u2026]/u;
const WS = /\s/;
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);
const isCjk = (ch: string | undefined) => ch !== undefined && CJK.test(ch);

/** normaliseText's slow path as it was written with a regular expression per character. */
function oldCollapse(t: string): string {
  const chars = Array.from(t);
  let out = '';
  let before: string | undefined;
  let i = 0;
  while (i < chars.length) {
    if (!WS.test(chars[i])) {
      out += chars[i];
      before = chars[i];
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && WS.test(chars[j])) j++;
    const after = chars[j];
    if (before !== undefined && after !== undefined && !(isCjk(before) && isCjk(after))) out += ' ';
    i = j;
  }
  return out;
}

const FOLDABLE = new RegExp(`[\\s*＊（）${INVISIBLE_CLASS}A-Za-z${TRADITIONAL_CLASS}]`);
const SPACES = new RegExp(`[\\s${INVISIBLE_CLASS}]+`, 'g');
/** foldHeader's folding as it was written with four replaces. */
function oldFold(s: string): string {
  const t = toSimplified(
    s
      .replace(SPACES, '')
      .replace(/^[*＊]+/, '')
      .replace(/（/g, '(')
      .replace(/）/g, ')'),
  );
  return englishWord(t) ?? t;
}

const PIECES = [
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\u3000',
  '\u00a0',
  '\ufeff',
  '\u2028',
  '\u200b',
  '\u00ad',
  '\u0001',
  '\u202e',
  '\u180e',
  '*',
  '＊',
  '（',
  '）',
  '(',
  ')',
  '指',
  '标',
  '值',
  '級',
  '標',
  'a',
  'B',
  '1',
  '２',
  '%',
  '、',
  '。',
  '·',
  '—',
  '\ud840\udc00',
  '\ud83d\ude00',
  '\ud840',
  '\udc00',
  'Target',
  'value',
  '：',
];

function randomText(rnd: () => number): string {
  let s = '';
  const n = Math.floor(rnd() * 12);
  for (let k = 0; k < n; k++) s += PIECES[Math.floor(rnd() * PIECES.length)];
  return s;
}

function seeded(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

describe('text scans by code unit', () => {
  it('isSpaceCode is \\s and isInvisibleCode is INVISIBLE_CLASS on every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceCode(c) !== WS.test(ch) || isInvisibleCode(c) !== INVISIBLE.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('collapseSpaces and foldMarks give what the regular expressions gave', () => {
    const rnd = seeded(13);
    for (let k = 0; k < 10000; k++) {
      const s = randomText(rnd);
      const t = s.replace(new RegExp(`[${INVISIBLE_CLASS}]+`, 'g'), '');
      expect([s, collapseSpaces(t, isCjk)]).toEqual([s, oldCollapse(t)]);
      const folded = toSimplified(foldMarks(s));
      expect([s, englishWord(folded) ?? folded]).toEqual([s, oldFold(s)]);
    }
  });

  it('normaliseText and foldHeader through the memo, fresh texts each time', () => {
    const rnd = seeded(7);
    for (let k = 0; k < 5000; k++) {
      const s = `${k}${randomText(rnd)}`;
      expect([s, foldHeader(s)]).toEqual([s, FOLDABLE.test(s) ? oldFold(s) : s]);
      expect([s, normaliseText(s)]).toEqual([s, oldCollapse(s.replace(new RegExp(`[${INVISIBLE_CLASS}]+`, 'g'), ''))]);
    }
  });
});
