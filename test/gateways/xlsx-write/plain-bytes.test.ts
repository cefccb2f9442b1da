/**
 * sheet-source.ts `plain` and sheet-rows.ts `formulaKinds` look in a worksheet's bytes without reading them
 * as strings: each must answer what the patterns they replace answer over the bytes read as Latin-1.
 */
import fc from 'fast-check';
import { notPlainAt, notPlainIn, plain } from '../../../src/gateways/xlsx-write/sheet-source';
import { formulaKinds } from '../../../src/gateways/xlsx-write/sheet-rows';

/** The pattern `plain` used over the part read as Latin-1. */
const NOT_PLAIN = /<[!?]|<(?:c|row)(?:[>/\x80-\xff]|\s(?!r="))/;

/** Bytes made mostly of the pieces these patterns look for, and any byte between them. */
const PIECES = ['<', 'c', 'row', ' ', '\t', '\n', 'r="', 'r=', '>', '/', '!', '?', 't="shared"', 't="array"', 't="', 'A1"', 'x'];
const bytes = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES).map((s) => Buffer.from(s, 'latin1')),
      fc.integer({ min: 0, max: 255 }).map((k) => Buffer.from([k])),
    ),
    { maxLength: 40 },
  )
  .map((xs) => Buffer.concat(xs));

describe('worksheet bytes looked at in place', () => {
  test('notPlainAt matches where the pattern matches, at every "<"', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const text = b.toString('latin1');
        for (let i = b.indexOf(60); i >= 0; i = b.indexOf(60, i + 1)) {
          const m = NOT_PLAIN.exec(text.slice(i));
          expect(notPlainAt(b, i)).toBe(m !== null && m.index === 0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('notPlainIn, piece by piece, answers as the pattern over the bytes from `from` on, wherever the pieces end', () => {
    fc.assert(
      fc.property(bytes, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 12 }), (b, from, step) => {
        const m = NOT_PLAIN.exec(b.toString('latin1').slice(from));
        expect(notPlainIn(b, from, step)).toBe(m !== null);
        expect(notPlainIn(b, from)).toBe(m !== null);
      }),
      { numRuns: 1000 },
    );
  });

  test('cases at the end of the part and around \\s, r="', () => {
    const at = (s: string) => notPlainAt(Buffer.from(s, 'latin1'), 0);
    expect([at('<c r="A1"'), at('<row r="1"'), at('<col '), at('<c'), at('<row'), at('<cfvo')]).toEqual([false, false, false, false, false, false]);
    // A tab before r=" is still r first; a no-break space is not a space there (a byte past 127).
    expect([at('<c\tr="'), at('<row\nr="A')]).toEqual([false, false]);
    expect([at('<c '), at('<c r='), at('<row\u00a0r="'), at('<c>'), at('<row/>'), at('<!--'), at('<?pi'), at('<c\u0085')]).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  test('a plain part is plain, one with markup or a cell without r first is not', () => {
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const part = (rows: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\r\n<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`);
    expect(plain(part('<row r="1"><c r="A1" s="1"><v>1</v></c></row>'))).toBe(true);
    expect(plain(part('<row r="1"><c s="1" r="A1"><v>1</v></c></row>'))).toBe(false);
    expect(plain(part('<row r="1"><!-- x --><c r="A1"/></row>'))).toBe(false);
  });

  test('formulaKinds finds t="shared" and t="array" anywhere, as the Latin-1 text holds them', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const text = b.toString('latin1');
        expect(formulaKinds(b)).toEqual({ shared: text.includes('t="shared"'), arrays: text.includes('t="array"') });
      }),
      { numRuns: 2000 },
    );
  });
});
