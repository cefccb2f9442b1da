import { createEtFake } from '../../src/wps-fake';
import { makeGrid } from '../../src/sheet/grid';
import { FormatReads } from '../../src/gateways/wps/reads';
import type { Rect } from '../../src/sheet/a1';

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

test('joined format reads give every requested cell its own number format, fill and bold (random sheets)', () => {
  for (let seed = 1; seed <= 150; seed++) {
    const r = rng(seed);
    const rows = 3 + Math.floor(r() * 40),
      cols = 1 + Math.floor(r() * 6);
    const fake = createEtFake(
      makeGrid(
        'S',
        Array.from({ length: rows }, () => new Array(cols).fill(null)),
        [],
      ),
    );
    const s = fake.book.sheets[0];
    // Runs of formats down the columns, as in real tables (a few kinds, changing now and then).
    for (let col = 1; col <= cols; col++) {
      let nf = 'General',
        fill: number | undefined,
        bold = false;
      for (let row = 1; row <= rows; row++) {
        if (r() < 0.2) nf = ['General', '0.00%', '@'][Math.floor(r() * 3)];
        if (r() < 0.2) fill = r() < 0.5 ? undefined : 0x00ffff;
        if (r() < 0.1) bold = !bold;
        s.put(row, col, { v: null, nf: nf === 'General' ? undefined : nf, fill, bold });
      }
    }
    const reads = new FormatReads();
    const got: [Rect, 'numberFormat' | 'look', unknown[][]][] = [];
    for (let k = 0; k < 1 + r() * 8; k++) {
      const top = 1 + Math.floor(r() * rows),
        left = 1 + Math.floor(r() * cols);
      const rect = { top, left, bottom: Math.min(rows, top + Math.floor(r() * 5)), right: Math.min(cols, left + Math.floor(r() * 2)) };
      const kind = r() < 0.5 ? 'numberFormat' : 'look';
      reads.add('S', kind, rect, (g) => got.push([rect, kind, g]));
    }
    reads.resolve(() => fake.app.ActiveSheet!);
    for (const [rect, kind, g] of got) {
      g.forEach((line, i) =>
        line.forEach((v, j) => {
          const c = s.get(rect.top + i, rect.left + j);
          const want =
            kind === 'numberFormat'
              ? (c?.nf ?? 'General')
              : { fill: c?.fill === undefined ? { color: '#FFFFFF', pattern: 'None' } : { color: '#FFFF00', pattern: 'Solid' }, bold: !!c?.bold };
          expect({ seed, kind, at: [rect.top + i, rect.left + j], v }).toEqual({ seed, kind, at: [rect.top + i, rect.left + j], v: want });
        }),
      );
    }
  }
});
