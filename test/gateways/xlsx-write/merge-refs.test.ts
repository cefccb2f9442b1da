/**
 * Merges read in place give what the pattern and the full reference parser gave, on plain, reversed,
 * lower-case, $-anchored, one-cell and odd references.
 */
import { readMerges } from '../../../src/gateways/xlsx-write/merge-refs';
import { attr } from '../../../src/gateways/xlsx/xml';
import { colNumber } from '../../../src/sheet/a1';

function slow(ref: string) {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref);
  if (!m) return { top: -1, left: -1, bottom: -1, right: -1 };
  const [r0, c0] = [Number(m[2]), colNumber(m[1].toUpperCase())];
  const [r1, c1] = m[3] ? [Number(m[4]), colNumber(m[3].toUpperCase())] : [r0, c0];
  return { top: Math.min(r0, r1), left: Math.min(c0, c1), bottom: Math.max(r0, r1), right: Math.max(c0, c1) };
}

const refs = ['A1:B2', 'D4:A4', 'a3:c9', 'XFD1048576', 'A1', '$A$14:$A$19', 'AAAA1:B2', 'A12345678:B1', 'A1:B', 'A1:', '', 'A01:B002', 'ZZ10:AA3', 'A1:B2:C3', 'A1 '];

test('each merge as the pattern and the full parser read it', () => {
  const tail = `</sheetData><mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}<mergeCell\tref="C3:D4" ></mergeCell><mergeCellx ref="E1:F2"/></mergeCells>`;
  const want = (tail.match(/<mergeCell\b[^>]*>/g) ?? []).map((t) => slow(attr(t, 'ref') ?? ''));
  expect(readMerges(tail, slow)).toEqual(want);
  expect(want).toHaveLength(refs.length + 1);
});

test('a tag never closed ends the list, as the pattern ends it', () => {
  const tail = '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="C1:D2"';
  expect(readMerges(tail, slow)).toEqual([slow('A1:B2')]);
});
