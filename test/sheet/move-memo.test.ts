import { moveRuns, ReferenceMover } from '../../src/sheet/move-memo';
import { moveReferences, type RowMap } from '../../src/sheet/shift-formula';

let seed = 11;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const pick = <T>(xs: T[]) => xs[rnd(xs.length)];

// Pieces a formula is built from: references of every kind, names and numbers with digits, strings.
const row = () => String(pick([1, 2, 5, 9, 10, 99, 100, 1048570, 1048576, 5000000]) + rnd(3));
const cell = () => `${pick(['', '$'])}${pick(['A', 'H', 'AB', 'XFD'])}${pick(['', '$'])}${row()}`;
const PIECES = [
  () => cell(),
  () => `${cell()}:${cell()}`,
  () => `${pick(['', '$'])}${row()}:${pick(['', '$'])}${row()}`,
  () => `${pick(['S', 'Other', "'My Sheet'", 'Sheet2', "'Q1 data'", '[1]S'])}!${cell()}`,
  () => 'A:C',
  () => `LOG10(${cell()})`,
  () => `"${cell()} 100"`,
  () => String(rnd(1000)),
  () => `${rnd(9)}.${rnd(99)}E${rnd(9)}`,
  () => 'Table1[Col2]',
  () => `ROUND(MIN(${cell()}/${cell()},1)*${cell()},2)`,
  () => 'A1B2',
];

const map =
  (at: number, by: number): RowMap =>
  (r) =>
    r >= at ? r + by : r;

describe('ReferenceMover', () => {
  it('moves every formula exactly as moveReferences does, shapes repeated with other digits', () => {
    const maps = new Map<string, RowMap>([
      ['s', map(5, 3)],
      ['my sheet', map(2, 1000)],
      ['sheet2', map(1, 7)],
    ]);
    const mapOf = (k: string) => maps.get(k);
    const mover = new ReferenceMover('S', mapOf);
    // A few hundred shapes, each met again and again with other digits (the sheet and quote choices
    // inside a piece vary too, so some repeats are new shapes).
    const shapes = Array.from({ length: 300 }, () => Array.from({ length: 1 + rnd(4) }, () => rnd(PIECES.length)));
    let moved = 0;
    for (let n = 0; n < 6000; n++) {
      const f = pick(shapes)
        .map((k) => PIECES[k]())
        .join('+');
      const want = moveReferences(f, 'S', mapOf);
      if (want !== f) moved++;
      expect(mover.move(f)).toBe(want);
    }
    expect(moved).toBeGreaterThan(1000);
  });

  it('tells apart shapes that differ only after a prefix or by a missing digit run (a shape found by its hash is checked in place)', () => {
    const mapOf = (k: string) => (k === 's' ? map(2, 10) : undefined);
    const mover = new ReferenceMover('S', mapOf);
    for (const f of ['A5+B6', 'A5+B6+C7', 'A5+B6', 'A+B5', 'A5+B', 'A5+B6+C7', 'SUM(A5:A6)', 'SUM(A5:A6)*2', 'SUM(A:A6)', 'A5+B6', 'A05+B6', 'A5+B6', 'A1048575+B6', 'A5+B6']) {
      expect(mover.move(f)).toBe(moveReferences(f, 'S', mapOf));
    }
  });

  it('follows maps that change after a shape was learnt (the batch walk grows them)', () => {
    let by = 1;
    const mover = new ReferenceMover('S', (k) => (k === 's' ? (r) => (r >= 3 ? r + by : r) : undefined));
    expect(mover.move('A2+B7')).toBe('A2+B8');
    by = 5;
    expect(mover.move('A4+B9')).toBe('A9+B14');
    expect(mover.move('A1048575+B1')).toBe(moveReferences('A1048575+B1', 'S', () => (r) => (r >= 3 ? r + 5 : r)));
  });

  it('shares shapes between sheets: each moves its own references by its own map', () => {
    const maps = new Map<string, RowMap>([
      ['a', map(3, 10)],
      ['b', map(3, 20)],
    ]);
    const a = new ReferenceMover('A', (k) => maps.get(k));
    const b = new ReferenceMover('B', (k) => maps.get(k));
    const c = new ReferenceMover('C', (k) => maps.get(k));
    for (const [m, host] of [
      [a, 'A'],
      [b, 'B'],
      [c, 'C'],
      [a, 'A'],
    ] as const) {
      for (const f of ['ROUND(H4/G4,2)+B!H9', 'ROUND(H7/G2,2)+B!H1', 'ROUND(H1/G9,2)+A!H5']) expect(m.move(f)).toBe(moveReferences(f, host, (k) => maps.get(k)));
    }
  });

  it('tells apart shapes whose texts hash alike ("Aa" and "BB" do, as in any base-31 hash)', () => {
    const mapOf = (k: string) => (k === 's' ? map(3, 4) : undefined);
    const mover = new ReferenceMover('S', mapOf);
    for (let n = 0; n < 6; n++) {
      for (const f of [`"Aa"&A${n + 1}&B${n * 7}`, `"BB"&A${n + 2}&B${n}`, `IF(H${n}="Aa",H${n + 5},0)`, `IF(H${n}="BB",H${n + 5},0)`]) {
        expect(mover.move(f)).toBe(moveReferences(f, 'S', mapOf));
      }
    }
  });
});

describe('a formula kept as its shape and numbers (ReferenceMover.take, moveRuns)', () => {
  const text = (t: { shape: { parts: string[] }; runs: number[] }) => t.shape.parts.reduce((out, p, d) => (d ? out + String(t.runs[d - 1]) + p : p), '');

  it('gives the formula back byte for byte, and moves it as moveReferences does (false where a row would fall off: the text says #REF!)', () => {
    const maps = new Map<string, RowMap>([
      ['s', map(5, 3)],
      ['my sheet', map(2, 1000)],
      ['sheet2', map(1, 7)],
    ]);
    const mapOf = (k: string) => maps.get(k);
    const taker = new ReferenceMover('S', () => undefined);
    const shapes = Array.from({ length: 300 }, () => Array.from({ length: 1 + rnd(4) }, () => rnd(PIECES.length)));
    let taken = 0;
    let refused = 0;
    for (let n = 0; n < 6000; n++) {
      const f = pick(shapes)
        .map((k) => PIECES[k]())
        .join('+');
      const t = taker.take(f);
      if (!t) continue;
      taken++;
      expect(text(t)).toBe(f);
      const want = moveReferences(f, 'S', mapOf);
      const runs = [...t.runs];
      if (moveRuns(t.shape, t.runs, 'S', mapOf)) expect(text(t)).toBe(want);
      else {
        refused++;
        expect(t.runs).toEqual(runs);
        expect(want).toContain('#REF!');
      }
    }
    expect(taken).toBeGreaterThan(3000);
    expect(refused).toBeGreaterThan(10);
  });

  it('keeps as text what its numbers cannot spell: a leading zero, a run of more than 9 digits, no digit at all', () => {
    const taker = new ReferenceMover('S', () => undefined);
    for (const f of ['A05+B6', 'A5+1234567890', 'SUM(A:A)', 'A5+B6']) {
      const t = taker.take(f);
      expect(t === null ? null : text(t)).toBe(f === 'A5+B6' ? f : null);
    }
  });
});
