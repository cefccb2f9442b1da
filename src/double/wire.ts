/**
 * Bytes of a sync on the wire. The double's default: JSON in UTF-8 (3 bytes a Chinese character).
 * With `wireEscapesNonAscii` (session.ts): JSON with every character above U+007F escaped as
 * \uXXXX (6 bytes; a character outside the BMP is a surrogate pair, 12) — what a serializer that
 * writes ASCII-only JSON sends, and the most a Chinese text can cost. Which one Excel on the web
 * uses is not documented: docs/real-excel-checklist.md item 21.
 */
import { escapedLength, utf8Length } from '../domain/utf8';

export { escapedLength };

export function wireBytes(json: string, escaped: boolean): number {
  return escaped ? escapedLength(json) : utf8Length(json);
}
