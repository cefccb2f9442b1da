/** UTF-8 byte length of a string, without TextEncoder (works in any runtime): what a string weighs on the wire. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Length of a string on a wire that escapes every character above U+007F as \uXXXX (6 bytes; a character outside
 * the BMP is a surrogate pair, 12): the most a Chinese text can cost.
 */
export function escapedLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) < 0x80 ? 1 : 6;
  return n;
}
