/**
 * A figure in scientific notation typed as text (“1e2”, “1.2E+05”, “3e-2人”): Excel's VALUE, and so the score formula fill
 * writes, reads it as the number (100, 120 000, 0.03); the pane read the cell as text and gave no score (session 15, pane =
 * Excel). Such text comes from a text-formatted cell or a paste of a large number Excel showed as “1.2E+05”: it is read as
 * the number it spells, marked 'exponent' so NRM-06 offers the plain figure. Only a figure standing on its own: not after a
 * letter or digit (“A1E2”, a model number), not before a letter (“1e2x”). Pure.
 */
import Big from 'big.js';

const EXPONENT = /(?<![\dA-Za-z.])(\d+(?:\.\d+)?)[eE]([+-]?\d{1,3})(?![\dA-Za-z.])/g;

/** `text` with each figure in scientific notation written out; 'exponent' added to `changes` when one was. */
export function withoutExponent(text: string, changes: string[]): string {
  if (!/\d[eE][+-]?\d/.test(text)) return text;
  let changed = false;
  const out = text.replace(EXPONENT, (all, m: string, e: string) => {
    const n = Number(e);
    if (Math.abs(n) > 30) return all;
    changed = true;
    return new Big(m).times(new Big(10).pow(n)).toFixed();
  });
  if (changed) changes.push('exponent');
  return out;
}
