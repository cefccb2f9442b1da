import { StyleMemo } from '../../../src/gateways/xlsx-write/style-memo';

let seed = 5;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};

test('the style memo answers a cell’s latest style or nothing, never another cell’s nor a forgotten one', () => {
  const memo = new StyleMemo();
  const truth = new Map<number, number>();
  let hits = 0;
  for (let k = 0; k < 200000; k++) {
    // Rows past 131 071 and columns up to XFD, and cells side by side as fill writes them.
    const r = rnd(4) ? 140000 + rnd(40) : rnd(1048576) + 1;
    const c = rnd(2) ? rnd(12) + 1 : rnd(16384) + 1;
    const key = r * 16384 + c;
    const op = rnd(10);
    if (op < 5) {
      const s = rnd(20) ? rnd(70000) : [NaN, 1.5, -1][rnd(3)];
      memo.set(r, c, s);
      truth.set(key, s);
      expect(memo.get(r, c)).toBe(s);
    } else if (op < 6) {
      memo.delete(r, c);
      truth.delete(key);
      expect(memo.get(r, c)).toBeUndefined();
    } else if (op < 9) {
      const got = memo.get(r, c);
      if (got !== undefined) {
        hits++;
        expect(truth.has(key)).toBe(true);
        expect(got).toBe(truth.get(key));
      }
    } else if (rnd(1000) === 0) {
      memo.clear();
      truth.clear();
    }
  }
  expect(hits).toBeGreaterThan(1000);
});

test('a cell set answers for itself only: no other column of its row, no other row of its column', () => {
  const memo = new StyleMemo();
  for (const [r, c] of [
    [5, 6],
    [146000, 9],
    [1048576, 16384],
  ]) {
    memo.clear();
    memo.set(r, c, 7);
    for (let k = 1; k <= 16384; k++) if (k !== c) expect(memo.get(r, k)).toBeUndefined();
    for (let k = 1; k <= 300000; k++) if (k !== r && memo.get(k, c) !== undefined) throw new Error(`row ${k} answered for row ${r}`);
    expect(memo.get(r, c)).toBe(7);
  }
});
