/**
 * alignRows (gateways/pipeline/fingerprint.ts) on tables alike row for row — a workbook's projects
 * copied from one form. One recorded row changed since; its old signature is still unique among the
 * recorded rows and matches exactly one row of the read: its twin in another table, outside the record.
 * Taken as an anchor, it moved the rows around it onto the twin table (session 20: 4 marks left alone
 * after one cell typed in a merged 一级 area). Every row must stay where it is (or move with the rows
 * the user inserted).
 */
import { alignRows } from '../../../src/gateways/pipeline/fingerprint';

/** Tables of the same rows ('h' a header, 'r1'… rows), each with its own title. */
const table = (n: number): string[] => [`title${n}`, 'name', 'h', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', ''];
/** Tables 1 and 2 alike (rows 1–11, 12–22), table 3 shorter (rows 23–28: no r4–r7). */
const sheet = [...table(1), ...table(2), 'title3', 'name', 'h', 'r1', 'r2', ''];

function check(recTop: number, recBottom: number, changedRow: number, inserted = 0, at = 0): void {
  const was = sheet.slice(recTop - 1, recBottom);
  const nowRows = [...sheet];
  nowRows[changedRow - 1] = 'typed';
  if (inserted) nowRows.splice(at - 1, 0, ...Array.from({ length: inserted }, (_v, k) => `new${k}`));
  const place = alignRows(was, recTop, nowRows, 1);
  for (let r = recTop; r <= recBottom; r++) {
    const want = r >= at && inserted ? r + inserted : r;
    expect({ r, now: place.get(r)?.now }).toEqual({ r, now: want });
  }
}

// The record starts below table 1's r5 (row 8): table 2's r5 (row 19) changed, its twin is row 8.
test('the record starts inside table 1; table 2’s r5 changed, its twin above the record', () => check(10, 28, 19));
test('table 2’s r6 changed, its twin (row 9) above the record', () => check(10, 28, 20));
test('two rows inserted above the record as well', () => check(10, 28, 19, 2, 2));
// The record ends inside table 2 (table 1 whole): table 1's r6 (row 9) changed, its twin (row 20) below the record.
test('the record ends inside table 2; table 1’s r6 changed, its twin below the record', () => check(1, 17, 9));
