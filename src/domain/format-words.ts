/**
 * A number whose format writes words around it — '"≥"#,##0"平方米"', '0"%"', '"≤"0"元/平方米"', 'G/通用格式"所"' —
 * shows as text (“≥12000平方米”, “100%”): the text a reader sees in Excel. Only quoted ("…") or escaped (\x) words
 * count; an unquoted % multiplies by 100 and shows as %, as Excel does ('"≥"0%' over 0.95 → “≥95%”); a format with an
 * exponent or a date is not one of these. Pure.
 */
import { dateFormatKind } from './excel-date';
import { canonNumber } from './value-read';

/** The format's first section (positive numbers), split at a ';' outside quotes. */
function firstSection(fmt: string): string {
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\\' && !quoted) i++;
    else if (ch === ';' && !quoted) return fmt.slice(0, i);
  }
  return fmt;
}

/** What `n` shows as under `fmt` when the format writes words before or after it (“≥12000平方米”); null otherwise. */
export function shownWithWords(n: number, fmt: string | null | undefined): string | null {
  if (!fmt || !Number.isFinite(n) || !/["\\]/.test(fmt)) return null;
  const s = firstSection(fmt).replace(/General|G\/通用格式/gi, '0');
  if (dateFormatKind(s) !== null) return null;
  let before = '';
  let after = '';
  let digits = false;
  let codes = '';
  let percent = 0;
  let literal = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    let word: string | null = null;
    if (ch === '"') {
      const end = s.indexOf('"', i + 1);
      if (end < 0) return null;
      word = s.slice(i + 1, end);
      i = end;
    } else if (ch === '\\') word = s[++i] ?? '';
    else if (ch === '[') {
      const end = s.indexOf(']', i);
      if (end < 0) return null;
      i = end;
      continue;
    } else if (ch === '_' || ch === '*') {
      i++;
      continue;
    } else if (ch === '%') {
      percent++;
      word = '%';
    }
    if (word !== null) {
      if (ch !== '%') literal += word;
      if (!digits) before += word;
      else after += word;
      continue;
    }
    if (/[0#?]/.test(ch)) {
      // Words between the digits (“0"."00”) are not a unit around the number.
      if (after.trim() !== '') return null;
      digits = true;
    }
    codes += ch;
  }
  if (!digits || /[%eE@]/.test(codes)) return null;
  // A bare percent format ('0%', '0.0%') is read as a percent elsewhere; here only one with words around it.
  if (literal.trim() === '' || percent > 1) return null;
  const shown = percent ? Number((n * 100).toPrecision(12)) : n;
  return `${before.trim()}${canonNumber(String(shown))}${after.trim()}`;
}

/** Does the format scale by 100 (an unquoted %)? A quoted "%" ('0"%"') only writes the sign after the number. */
export function percentFormat(fmt: string | null | undefined): boolean {
  return !!fmt && fmt.replace(/"[^"]*"|\\./g, '').includes('%');
}
