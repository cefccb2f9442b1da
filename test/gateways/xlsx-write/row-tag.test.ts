/**
 * A written row's start tag made from the sheet's bytes (row-tag.ts) is the UTF-8 of the text the writer
 * made of it before: setAttr(tagOf(row) without spans="…" when looked at, 'r', String(row.r)).
 */
import { ByteOut } from '../../../src/gateways/xlsx-write/row-bytes';
import { sourceRow, tagOf, type Row } from '../../../src/gateways/xlsx-write/row-cells';
import { rowTagBytes } from '../../../src/gateways/xlsx-write/row-tag';
import { setAttr } from '../../../src/gateways/xlsx-write/styles';

const text = (row: Row, dropSpans: boolean) => setAttr(dropSpans ? tagOf(row).replace(/\s(spans)="[^"]*"/, '') : tagOf(row), 'r', String(row.r));

/** The row as readRows makes it from `xml` (its start tag first): the tag at [0, first '>'], the body up to </row>. */
function rowOf(xml: string, r: number, pad = 3): Row {
  const b = Buffer.from(`${'x'.repeat(pad)}${xml}`, 'utf8');
  const gt = b.indexOf('>', pad);
  const closed = b[gt - 1] === 47;
  const to = closed ? gt + 1 : b.indexOf('</row>', gt);
  return sourceRow(r, b, pad, gt + 1, to);
}

function made(row: Row, dropSpans: boolean): string | null {
  const out = new ByteOut();
  if (!rowTagBytes(out, row, dropSpans)) return null;
  return Buffer.concat(out.take(true)).toString('utf8');
}

const TAGS = [
  '<row r="5" spans="1:30" ht="20">',
  '<row r="5">',
  '<row spans="1:5" r="5" customHeight="1" ht="30">',
  '<row r="5" ht="20" spans="2:9">',
  '<row r="5" spans="1:30"/>',
  '<row r="5" spans="1:30"  />',
  '<row r="5"\tspans="1:3"\n/>',
  '<row\tr="5"\tspans="1:3">',
  '<row\nr="5" x14ac:dyDescent="0.25" spans="1:3">',
  '<row ht="20">',
  '<row ht="20"/>',
  '<row>',
  '<row/>',
  '<row xr:r="9" r="5">',
  '<row ar="7" r="5">',
  '<row r="5" spans="1:3"spans="4:5">',
  '<row spans="1:3" spans="4:5" r="5">',
  '<row r="5" spans="1:3>',
  '<row r="5 spans="1:3">',
  '<row r=\'5\' spans="1:3">',
  '<row data="a r=&quot;1&quot;" r="5">',
  '<row\u000br="5"\fspans="1">',
];

test.each(TAGS)('%s: the same bytes as the text, spans kept and dropped, any row number', (tag) => {
  for (const xml of [`${tag}<c r="A5"/></row>`, tag.endsWith('/>') ? tag : `${tag.slice(0, -1)}/>`])
    for (const r of [1, 5, 12, 1048576])
      for (const dropSpans of [false, true]) {
        const row = rowOf(xml, r);
        expect(made(row, dropSpans)).toBe(text(row, dropSpans));
      }
});

test('a tag with a character past ASCII, or one made as text, is left to the text path', () => {
  expect(made(rowOf('<row r="5" 备注="是"></row>', 5), true)).toBeNull();
  expect(made(rowOf('<row r="5" ht="20">', 5), false)).not.toBeNull();
  const row = rowOf('<row r="5">', 5);
  row.tag = '<row r="5" ht="9">';
  expect(made(row, true)).toBeNull();
});

test('a long start tag (past the first scratch room) too', () => {
  const tag = `<row r="5" spans="1:3" ${Array.from({ length: 60 }, (_, i) => `a${i}="${i}"`).join(' ')}>`;
  const row = rowOf(`${tag}</row>`, 77);
  expect(made(row, true)).toBe(text(row, true));
  expect(made(rowOf(`${tag}</row>`, 8), false)).toBe(text(rowOf(`${tag}</row>`, 8), false));
});
