/**
 * The rows of a worksheet's <sheetData> found in its bytes, as /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g
 * finds them in its text: a row's start tag ends at its first '>' (self-closed when '/' precedes it),
 * its body at the first '</row>' after. Nothing is decoded but a start tag whose r is not plain digits.
 */
import { attr } from '../xlsx/xml';
import { sourceRow, Unsupported, type Row } from './row-cells';

const isWord = (k: number) => (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k === 95;

/** Where '<row' next starts in b[from, end), or -1 (a loop: Buffer.indexOf costs more than the few bytes between rows). */
function rowAt(b: Buffer, from: number, end: number): number {
  for (let i = from; i + 3 < end; i++) if (b[i] === 60 && b[i + 1] === 114 && b[i + 2] === 111 && b[i + 3] === 119) return i;
  return -1;
}

/** Where '</row>' next starts whole in b[from, end), or -1. */
function rowEndAt(b: Buffer, from: number, end: number): number {
  for (let i = from; i + 5 < end; i++) if (b[i] === 60 && b[i + 1] === 47 && b[i + 2] === 114 && b[i + 3] === 111 && b[i + 4] === 119 && b[i + 5] === 62) return i;
  return -1;
}

/** The rows in b[start, end), in the order they come. */
export function readRows(b: Buffer, start: number, end: number): Row[] {
  const rows: Row[] = [];
  let i = rowAt(b, start, end);
  while (i >= 0) {
    if (i + 4 < end && isWord(b[i + 4])) {
      i = rowAt(b, i + 1, end);
      continue;
    }
    let gt = i + 4;
    while (gt < end && b[gt] !== 62) gt++;
    if (gt >= end) break;
    const closed = b[gt - 1] === 47;
    const close = closed ? gt + 1 : rowEndAt(b, gt + 1, end);
    if (close < 0) {
      // No end for this row: the pattern tries the next '<row'.
      i = rowAt(b, i + 1, end);
      continue;
    }
    const r = rowNumber(b, i, gt + 1);
    if (!Number.isInteger(r) || r < 1) throw new Unsupported('row without r');
    rows.push(sourceRow(r, b, i, gt + 1, closed ? gt + 1 : close));
    i = rowAt(b, closed ? gt + 1 : close + 6, end);
  }
  return rows;
}

/** Number(attr(tag, 'r')) of the start tag b[from, to): read in place when it starts <row r="123". */
function rowNumber(b: Buffer, from: number, to: number): number {
  if (b[from + 4] === 32 && b[from + 5] === 114 && b[from + 6] === 61 && b[from + 7] === 34) {
    let n = 0;
    let i = from + 8;
    for (; i < to && b[i] >= 48 && b[i] <= 57; i++) n = n * 10 + b[i] - 48;
    if (i > from + 8 && i < from + 18 && b[i] === 34) return n;
  }
  return Number(attr(b.toString('utf8', from, to), 'r'));
}

/**
 * [...rows, ...added] sorted by r (a stable sort), for rows already in order and rows added in any order:
 * the added sorted and the two merged (sorting the whole sheet's rows anew was ~0.1 s of each insert batch
 * at 100 000 rows). Rows not in order after all are sorted as before.
 */
export function withRows(rows: Row[], added: Row[]): Row[] {
  const byR = (a: Row, b: Row) => a.r - b.r;
  for (let i = 1; i < rows.length; i++) if (rows[i].r < rows[i - 1].r) return [...rows, ...added].sort(byR);
  const more = [...added].sort(byR);
  const out = new Array<Row>(rows.length + more.length);
  let i = 0;
  let j = 0;
  let k = 0;
  // On equal r the sheet's row first, as the stable sort of rows then added keeps it.
  while (i < rows.length && j < more.length) out[k++] = rows[i].r <= more[j].r ? rows[i++] : more[j++];
  while (i < rows.length) out[k++] = rows[i++];
  while (j < more.length) out[k++] = more[j++];
  return out;
}

/**
 * Whether the part holds shared formulas (t="shared") and array formulas (t="array"), looked for in its bytes:
 * read as Latin-1 strings a megabyte at a time, a 100 000-row sheet was 32 MB of strings outside the heap,
 * garbage at the insert batch, where the heap is at its largest.
 */
export function formulaKinds(b: Buffer): { shared: boolean; arrays: boolean } {
  return { shared: b.includes('t="shared"', 0, 'latin1'), arrays: b.includes('t="array"', 0, 'latin1') };
}
