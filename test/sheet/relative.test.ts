import fc from 'fast-check';
import { relativeKey, translateFormula } from '../../src/sheet/relative';

describe('translateFormula: a formula copied as Excel pastes it', () => {
  test.each([
    ['A1+B2', 2, 1, 'B3+C4'],
    ['$A$1+A$1+$A1', 3, 2, '$A$1+C$1+$A4'],
    ['SUM(H6:H18,I20)', 22, 0, 'SUM(H28:H40,I42)'],
    ['IF(F20="A1","",F20/E20)', 1, 0, 'IF(F21="A1","",F21/E21)'],
    ["'其他 表'!C3*2", 10, 0, "'其他 表'!C13*2"],
    ['SUM(3:5)+SUM(B:C)', 1, 1, 'SUM(4:6)+SUM(C:D)'],
    ['LOG10(A1)', 1, 0, 'LOG10(A2)'],
    ['A1', -1, 0, '#REF!'],
  ])('%s moved (%i, %i) → %s', (f, dr, dc, want) => {
    expect(translateFormula(f, dr, dc)).toBe(want);
  });
});

describe('relativeKey', () => {
  test('the same formula up to a copy has the same key; another does not', () => {
    expect(relativeKey('MIN(G6,G6*F6/50)', 6, 8)).toBe(relativeKey('MIN(G28,G28*F28/50)', 28, 8));
    expect(relativeKey('MIN(G6,G6*F6/50)', 6, 8)).not.toBe(relativeKey('MIN(G28,G28*F28/51)', 28, 8));
    expect(relativeKey('$C$3', 20, 5)).not.toBe(relativeKey('$C$25', 42, 5));
    expect(relativeKey('C3', 20, 5)).toBe(relativeKey('C25', 42, 5));
  });
  test('external and 3-D references are not keyed', () => {
    expect(relativeKey('[1]Sheet1!A1', 1, 1)).toBeNull();
    expect(relativeKey('SUM(Sheet1:Sheet3!A1)', 1, 1)).toBeNull();
  });
  test('property: a translated formula keeps its key at the translated cell', () => {
    const ref = fc
      .tuple(fc.boolean(), fc.integer({ min: 1, max: 30 }), fc.boolean(), fc.integer({ min: 1, max: 500 }))
      .map(([ac, c, ar, r]) => `${ac ? '$' : ''}${String.fromCharCode(64 + (c % 26) || 65)}${ar ? '$' : ''}${r}`);
    const formula = fc
      .array(
        fc.oneof(
          ref,
          ref.map((a) => `SUM(${a}:${a})`),
          fc.constant('"A1"'),
          fc.constant('2'),
        ),
        { minLength: 1, maxLength: 5 },
      )
      .map((xs) => xs.join('+'));
    fc.assert(
      fc.property(formula, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 20 }), (f, dr, dc) => {
        const moved = translateFormula(f, dr, dc);
        expect(relativeKey(moved, 600 + dr, 40 + dc)).toBe(relativeKey(f, 600, 40));
      }),
    );
  });
});
