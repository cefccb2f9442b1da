/**
 * The styles of cells asked for or written lately, by row and column, in a table of 4 096 slots (a
 * cell's slot by a hash of its place; a newer cell takes the slot). A Map keyed by r × 16384 + c, as
 * before, made each key past row 131 071 a heap number, one allocated per look-up and per write (fill
 * asks ~1.5 million times at 100 000 rows). What it answers is what the cell's element says (styleOf).
 */
const SIZE = 4096;

const slot = (r: number, c: number) => (Math.imul(r, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> 20;

export class StyleMemo {
  /** Row 0 (no row): an empty slot. */
  private rows = new Int32Array(SIZE);
  private cols = new Int32Array(SIZE);
  private styles = new Float64Array(SIZE);

  get(r: number, c: number): number | undefined {
    const i = slot(r, c);
    return this.rows[i] === r && this.cols[i] === c ? this.styles[i] : undefined;
  }

  set(r: number, c: number, s: number): void {
    const i = slot(r, c);
    this.rows[i] = r;
    this.cols[i] = c;
    this.styles[i] = s;
  }

  delete(r: number, c: number): void {
    const i = slot(r, c);
    if (this.rows[i] === r && this.cols[i] === c) this.rows[i] = 0;
  }

  clear(): void {
    this.rows.fill(0);
  }
}
