/**
 * The streaming reader gives the Grids the ExcelJS gateway gives, cell by cell, on every
 * workbook in the repository (fixtures and examples).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import { readWorkbook } from '../../../src/gateways/exceljs/read';
import { readGrids } from '../../../src/gateways/xlsx/read';
import { cellFormula, cellValue, numFormat, type Grid } from '../../../src/sheet/grid';
import { generateMerged } from '../../../bench/merged';
import { rawXlsx, type RawBook } from '../../helpers/raw-xlsx';

const ROOT = path.join(__dirname, '..', '..', '..');
const files = [
  ...fs
    .readdirSync(path.join(ROOT, 'test', 'fixtures'))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join('test', 'fixtures', f)),
  ...fs
    .readdirSync(path.join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.xlsx') && !f.includes('.自评.'))
    .map((f) => path.join('examples', f)),
];

/** Every difference between two grids, as "A1 value 3 ≠ 4" lines (at most a few). */
function differences(a: Grid, b: Grid): string[] {
  const out: string[] = [];
  const note = (s: string) => out.length < 10 && out.push(`${a.name}: ${s}`);
  if (a.name !== b.name) note(`name ${a.name} ≠ ${b.name}`);
  if (a.rowCount !== b.rowCount || a.colCount !== b.colCount) note(`size ${a.rowCount}×${a.colCount} ≠ ${b.rowCount}×${b.colCount}`);
  if (JSON.stringify(a.merges) !== JSON.stringify(b.merges)) note('merges differ');
  if (!!a.formulas !== !!b.formulas) note(`formulas ${!!a.formulas} ≠ ${!!b.formulas}`);
  if (!!a.numFormats !== !!b.numFormats) note(`numFormats ${!!a.numFormats} ≠ ${!!b.numFormats}`);
  const show = (v: unknown) => (v instanceof Date ? v.toISOString() : JSON.stringify(v));
  for (let r = 1; r <= Math.max(a.rowCount, b.rowCount); r++) {
    for (let c = 1; c <= Math.max(a.colCount, b.colCount); c++) {
      const [x, y] = [cellValue(a, r, c), cellValue(b, r, c)];
      if (show(x) !== show(y) && !(Number.isNaN(x) && Number.isNaN(y))) note(`R${r}C${c} value ${show(x)} ≠ ${show(y)}`);
      if (cellFormula(a, r, c) !== cellFormula(b, r, c)) note(`R${r}C${c} formula ${cellFormula(a, r, c)} ≠ ${cellFormula(b, r, c)}`);
      if (numFormat(a, r, c) !== numFormat(b, r, c)) note(`R${r}C${c} numFmt ${numFormat(a, r, c)} ≠ ${numFormat(b, r, c)}`);
    }
  }
  return out;
}

describe('the streaming reader equals the ExcelJS gateway', () => {
  it('finds workbooks to compare', () => expect(files.length).toBeGreaterThan(10));
  it.each(files)('%s', async (file) => {
    const full = path.join(ROOT, file);
    const [want, got] = await Promise.all([readWorkbook(full).then((r) => r.grids), readGrids(full)]);
    expect(got.map((g) => g.name)).toEqual(want.map((g) => g.name));
    expect(want.flatMap((g, i) => differences(g, got[i]))).toEqual([]);
  });
});

/** What real files hold and the fixtures do not: every cell kind the reader must decode like ExcelJS. */
const VARIANTS: Record<string, RawBook> = {
  'strings, rich text, escapes and entities': {
    strings: [
      '<si><t>一级指标</t></si>',
      '<si><t xml:space="preserve"> 二级 指标 </t></si>',
      '<si><r><rPr><b/></rPr><t>三级</t></r><r><t>指标</t></r></si>',
      '<si><t>换行_x000D_\n结束</t></si>',
      '<si/>',
      '<si><t/></si>',
      '<si><t>满意度</t><rPh sb="0" eb="1"><t>マン</t></rPh></si>',
      '<si><t>A&amp;B &lt;C&gt; &#20013;&#x6587; &quot;q&quot;</t></si>',
    ],
    sheets: [
      {
        data:
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
          '<row r="2"><c r="A2" t="s" s="1"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" t="s"><v>6</v></c><c r="D2" t="s"><v>7</v></c></row>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t>行内</t></is></c><c r="B3" t="inlineStr"><is><r><t>富</t></r><r><rPr><i/></rPr><t>文本</t></r></is></c><c r="C3" t="str"><v>a&amp;amp;b</v></c><c r="D3" t="e"><v>#N/A</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="b"><v>0</v></c></row>',
      },
    ],
    xfs: ['<xf numFmtId="0"/>', '<xf numFmtId="10" applyNumberFormat="1"/>'],
  },
  'formulas: cached results, shared, array, none': {
    sheets: [
      {
        data:
          '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c><c r="C1" t="str"><f>"x"&amp;A1</f><v>x1</v></c><c r="D1" t="b"><f>A1&gt;0</f><v>1</v></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F1"><f>A1</f></c></row>' +
          '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" ref="B2:B4" si="0">A2*$A$1+SUM(A$2:A2)</f><v>3</v></c><c r="C2"><f t="array" ref="C2">SUM(A1:A2)</f><v>3</v></c></row>' +
          '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>8</v></c></row>' +
          '<row r="4"><c r="A4"><v>0</v></c><c r="B4"><f t="shared" si="0"/><v>0</v></c><c r="H4"><f>A4</f></c></row>',
      },
    ],
  },
  'dates, formats, 1904': {
    date1904: true,
    numFmts: '<numFmt numFmtId="176" formatCode="0.00\\%"/><numFmt numFmtId="177" formatCode="yyyy/m/d"/><numFmt numFmtId="178" formatCode="[Red]0.0;&quot;负&quot;0.0"/>',
    xfs: [
      '<xf numFmtId="0"/>',
      '<xf numFmtId="14" applyNumberFormat="1"/>',
      '<xf numFmtId="176" applyNumberFormat="1"/>',
      '<xf numFmtId="177"/>',
      '<xf numFmtId="178"/>',
      '<xf numFmtId="9"/>',
      '<xf numFmtId="49"/>',
    ],
    sheets: [
      {
        before: '<cols><col min="6" max="7" width="9" style="5" customWidth="1"/></cols>',
        data:
          '<row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1" s="3"><v>45292.5</v></c><c r="D1" s="4"><v>-3</v></c><c r="E1" s="1"><f>A1+1</f><v>45293</v></c><c r="F1"><v>0.25</v></c><c r="G1" s="6" t="s"><v>0</v></c></row>' +
          '<row r="2" s="2" customFormat="1"><c r="A2"><v>7</v></c><c r="B2" s="9"><v>8</v></c><c r="C2" s="5"/></row>',
      },
    ],
    strings: ['<si><t>文本</t></si>'],
  },
  'merges over values, styled and missing cells': {
    xfs: ['<xf numFmtId="0"/>', '<xf numFmtId="10"/>', '<xf numFmtId="4"/>'],
    sheets: [
      {
        before: '<cols><col min="4" max="4" style="2"/></cols>',
        data:
          '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1"><v>5</v></c><c r="C1" s="1"/></row>' +
          '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><f>A2</f><v>1</v></c><c r="C2" s="1"/></row>' +
          '<row r="3" s="1"><c r="A3"><v>2</v></c></row>' +
          '<row r="9"><c r="F9" s="2"/></row>',
        after: '<mergeCells count="4"><mergeCell ref="A1:C1"/><mergeCell ref="B2:D3"/><mergeCell ref="F6:G7"/><mergeCell ref="A5"/></mergeCells>',
      },
    ],
  },
  'cells without addresses, rows out of order, hyperlinks': {
    strings: ['<si><t>链接</t></si>'],
    sheets: [
      {
        data: '<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c><c t="s"><v>0</v></c></row><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><f>B2</f><v>1</v></c><c r="C1" s="0"/></row>',
        after:
          '<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" r:id="rId1"/><hyperlink ref="C1" r:id="rId1"/><hyperlink ref="D2" location="Sheet1!A1"/></hyperlinks>',
        links: [['rId1', 'https://example.org/']],
      },
    ],
  },
  // Only a hyperlink whose ref is exactly one cell's address marks that cell: a range, a lower-case or an absolute ref does not.
  'hyperlinks by range, lower-case and absolute refs over formulas and empty styled cells': {
    strings: ['<si><t>链接</t></si>'],
    sheets: [
      {
        data: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><f>A1</f><v>0</v></c><c r="C1"><f>A1</f><v>0</v></c><c r="D1"><f>A1</f><v>0</v></c><c r="E1"><f>A1</f><v>0</v></c></row><row r="2"><c r="A2" s="0"/><c r="B2" s="0"/><c r="C2"><f>A1</f><v>0</v></c></row>',
        after:
          '<hyperlinks><hyperlink ref="B1:C1" r:id="rId1"/><hyperlink ref="d1" r:id="rId1"/><hyperlink ref="$E$1" r:id="rId1"/><hyperlink ref="A2" r:id="rId1"/><hyperlink ref="C2" r:id="rId1"/></hyperlinks>',
        links: [['rId1', 'https://example.org/']],
      },
    ],
  },
  'several sheets, one empty': {
    sheets: [
      { name: '封面', data: '' },
      { name: '表 & 2', data: '<row r="3"><c r="C3"><v>3</v></c></row>' },
    ],
  },
};

describe('the streaming reader equals the ExcelJS gateway on hand-written variants', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-eq-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  it('the merge-heavy bench table (styled empty cells, vertical merges, shared strings)', async () => {
    const file = await generateMerged(200, dir);
    const [want, got] = await Promise.all([readWorkbook(file).then((r) => r.grids), readGrids(file)]);
    expect(want.flatMap((g, i) => differences(g, got[i]))).toEqual([]);
  });
  it.each(Object.keys(VARIANTS))('%s', async (name) => {
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
    fs.writeFileSync(file, await rawXlsx(VARIANTS[name]));
    const [want, got] = await Promise.all([readWorkbook(file).then((r) => r.grids), readGrids(file)]);
    expect(got.map((g) => g.name)).toEqual(want.map((g) => g.name));
    expect(want.flatMap((g, i) => differences(g, got[i]))).toEqual([]);
  });
});
