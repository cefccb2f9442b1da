/**
 * Rows written straight into bytes (row-bytes.ts) give the UTF-8 of the text the writer made before:
 * the row's cells joined, a moved row's cells renumbered by the pattern, untouched rows as they came.
 */
import { ByteOut, writeRow } from '../../../src/gateways/xlsx-write/row-bytes';
import { bodyOf, cellsXml, looked, newRow, setCell, tagOf, type Row } from '../../../src/gateways/xlsx-write/row-cells';
import { FormulaCell } from '../../../src/gateways/xlsx-write/formula-cell';
import { setAttr } from '../../../src/gateways/xlsx-write/styles';
import { ReferenceMover } from '../../../src/sheet/move-memo';
import { colLetters } from '../../../src/sheet/a1';

/** The row's text as SheetXml.rowXml made it. */
function text(row: Row): string {
  const touched = looked(row);
  const rowTag = tagOf(row);
  if (!touched && !row.moved) return bodyOf(row) ? `${rowTag}${bodyOf(row)}</row>` : rowTag.replace(/>$/, '/>');
  const tag = setAttr(touched ? rowTag.replace(/\s(spans)="[^"]*"/, '') : rowTag, 'r', String(row.r));
  const body = touched ? cellsXml(row) : bodyOf(row);
  return `${tag}${row.moved ? body.replace(/(<c\b[^>]*?\sr=")([A-Za-z]+)\d+"/g, `$1$2${row.r}"`) : body}</row>`;
}

function bytes(rows: Row[]): Buffer {
  const out = new ByteOut();
  const got: Buffer[] = [];
  for (const row of rows) {
    writeRow(out, row);
    if (out.ready) got.push(...out.take());
  }
  got.push(...out.take(true));
  return Buffer.concat(got);
}

const mover = new ReferenceMover('S', () => undefined);
function formulaCell(r: number, f: string, value = '<v>8.33</v>'): FormulaCell {
  const taken = mover.take(f)!;
  expect(taken).not.toBeNull();
  return new FormulaCell(`<c r="K${r}" s="3" t="str">`, taken.shape, taken.runs, value);
}

const BODIES = [
  '<c r="A5" s="1"><v>1</v></c><c r="B5" t="s"><v>2</v></c><c r="C5"/>',
  '<c r="A5" s="1"><v>1</v></c> <c r="D5" t="inlineStr"><is><t>绩效目标 &lt;c r="Z9"</t></is></c>',
  '<c s="2" r="A5"><v>3</v></c><c r="b5" xr:r="x"><v>4</v></c><c  r="C5"><v>5</v></c>',
  '<c r="A5"><f>SUM(A1:A4)</f><v>10</v></c><c r="AB5" s="7"><is><t>𝒳 surrogate 😀</t></is></c>',
  // Renumbered in one pass only where every <c starts <c r="AB12"; these go through the pattern, as the whole span would.
  '<c r="A5"><v>1</v></c><c\tr="B5"><v>2</v></c><c r="C5"/>',
  '<c r="A5"/><cx r="B5"/><c_1 r="C5"/><c r="D5"/><c',
  Array.from({ length: 300 }, (_, i) => `<c r="${colLetters(i + 1)}5" s="${i}"/>`).join(''),
  '',
];

test('every kind of row: untouched, looked at, moved, with cells set as text and as formula shapes', () => {
  const rows: Row[] = [];
  let r = 1;
  for (const body of BODIES)
    for (const moved of [false, true])
      for (const edit of [0, 1, 2, 3]) {
        const row = newRow(5, '<row r="5" spans="1:30" ht="20">', body);
        if (edit >= 1) setCell(row, 2, `<c r="B5" s="9"><v>是</v></c>`);
        if (edit >= 2) setCell(row, 11, formulaCell(5, `IFERROR(ROUND(I5*IF(H5<>"",1,NA()),2),"")&"<≥95%>"&J${5 + r}`));
        if (edit === 3) setCell(row, 40, `<c r="AN5"><v>7</v></c>`);
        if (moved) {
          row.r = 5 + r;
          row.moved = true;
        }
        rows.push(row);
        r++;
      }
  rows.push(newRow(9, '<row r="9" ht="12">', ''));
  expect(bytes(rows).equals(Buffer.from(rows.map(text).join(''), 'utf8'))).toBe(true);
});

test('a moved row no edit looked at: cells whose r the pattern does not renumber, beside ones it does', () => {
  const rows = [
    '<c r="A5"/><c r="B"><v>2</v></c><c r="5"/><c r="D5x"/><c r="E$5"/><c r="F5"/>',
    '<c r="A5"/><c s="1" r="B5"/><c r="C5"/>',
    '<c r="A5"/><c r=\'B5\'/><c r="C5"/>',
    '<c r="A5"><is><t>&lt;c r="Q1"</t></is></c><c r="B5"/>',
  ].map((body, i) => {
    const row = newRow(5, '<row r="5">', body);
    row.r = 1000 + i;
    row.moved = true;
    return row;
  });
  expect(bytes(rows).toString('utf8')).toBe(rows.map(text).join(''));
});

test('the same bytes across output blocks (rows past 256 KB, a row longer than a block)', () => {
  const rows: Row[] = [];
  for (let r = 1; r <= 4000; r++) {
    const row = newRow(r, `<row r="${r}">`, `<c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>${'项目'.repeat(r % 50)}</t></is></c>`);
    if (r % 3) setCell(row, 3, formulaCell(r, `ROUND(MIN(H${r}/G${r},1)*I${r},2)&"分"`));
    if (r % 7 === 0) {
      row.r = r + 100000;
      row.moved = true;
    }
    rows.push(row);
  }
  rows.push(newRow(5000, '<row r="5000">', `<c r="A5000" t="inlineStr"><is><t>${'长'.repeat(200000)}</t></is></c>`));
  expect(bytes(rows).equals(Buffer.from(rows.map(text).join(''), 'utf8'))).toBe(true);
});

test('numbers as String() writes them', () => {
  const out = new ByteOut();
  const ns = [0, 7, 10, 99, 100, 1048576, 4294967295, 4294967296, -3, 1.5, 123456789];
  for (const n of ns) {
    out.num(n);
    out.str(',');
  }
  expect(Buffer.concat(out.take(true)).toString('utf8')).toBe(ns.map((n) => `${n},`).join(''));
});
