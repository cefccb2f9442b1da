/** The ET fake behaves as WPS 表格's object model does, as far as the gateway relies on it. */
import { createEtFake } from '../../src/wps-fake';
import { member, toBgr, fromBgr, type EtWorksheet } from '../../src/wps-api/et';
import { makeGrid } from '../../src/sheet/grid';

function book(style: 'property' | 'method' = 'property') {
  const g = makeGrid('表1', [
    ['名称', '数量', '合计'],
    ['甲', 2, null],
    ['乙', 3, null],
  ]);
  g.formulas = [[], [null, null, 'B2*2'], [null, null, 'SUM(B2:B3)']];
  return createEtFake(g, { style });
}

const sheet = (f: ReturnType<typeof book>): EtWorksheet => f.app.ActiveSheet!;

test('Cells are 1-based, in both spellings; Value2 of a block is rows of cells, empty cells undefined', () => {
  const f = book();
  const ws = sheet(f);
  expect(ws.Cells(1, 2).Value2).toBe('数量');
  expect(ws.Cells.Item(2, 1).Value2).toBe('甲');
  expect(ws.Range('A1:C2').Value2).toEqual([
    ['名称', '数量', '合计'],
    ['甲', 2, 4],
  ]);
  expect(ws.Range('D1').Value2).toBeUndefined();
  expect(() => ws.Cells(0, 1)).toThrow();
});

test('formulas read with "=", results follow their inputs, a block write is one call', () => {
  const f = book();
  const ws = sheet(f);
  expect(ws.Range('C2:C3').Formula).toEqual([['=B2*2'], ['=SUM(B2:B3)']]);
  const before = f.calls;
  ws.Range('B2:B3').Value2 = [[10], [20]];
  expect(f.calls - before).toBe(2); // Range + Value2=
  expect(ws.Range('C2:C3').Value2).toEqual([[20], [30]]);
  ws.Range('D2').Formula = '=C2+1';
  expect(ws.Range('D2').Value2).toBe(21);
  expect(() => (ws.Range('A1:B1').Value2 = [[1]])).toThrow('数组大小');
});

test('typing rules: numbers from text, leading apostrophe keeps text, text format keeps digits', () => {
  const f = book();
  const ws = sheet(f);
  ws.Range('A5:C5').Value2 = [['12', "'007", '50%']];
  expect(ws.Range('A5:C5').Value2).toEqual([[12, '007', 0.5]]);
  ws.Range('D5').NumberFormat = '@';
  ws.Range('D5').Value2 = '0012';
  expect(ws.Range('D5').Value2).toBe('0012');
});

test('Interior.Color is BGR; no fill reads white with pattern xlNone; mixed reads null', () => {
  const f = book();
  const ws = sheet(f);
  expect(toBgr('#FFC7CE')).toBe(0xcec7ff);
  expect(fromBgr(0xcec7ff)).toBe('#FFC7CE');
  ws.Range('A2').Interior.Color = toBgr('#FFC7CE');
  expect(f.fillAt('A2')).toBe('#FFC7CE');
  expect(ws.Range('A2').Interior.Color).toBe(0xcec7ff);
  expect(ws.Range('B2').Interior.Color).toBe(0xffffff);
  expect(ws.Range('B2').Interior.Pattern).toBe(-4142);
  expect(ws.Range('A2:B2').Interior.Color).toBeNull();
  ws.Range('A2').Interior.Pattern = -4142;
  expect(f.fillAt('A2')).toBeNull();
});

test('merges: MergeCells true/false/null, MergeArea, Merge keeps the top-left value', () => {
  const f = book();
  const ws = sheet(f);
  ws.Range('A2:A3').Merge();
  expect(ws.Range('A2:A3').MergeCells).toBe(true);
  expect(ws.Range('A1:A2').MergeCells).toBeNull();
  expect(ws.Range('B2').MergeCells).toBe(false);
  expect(member(ws.Range('A3').MergeArea, 'Address')).toBe('$A$2:$A$3');
  expect(ws.Range('A2:A3').Value2).toEqual([['甲'], [undefined]]);
  expect(() => ws.Range('A3').ClearContents()).toThrow('合并');
  expect(() => ws.Range('A2:A3').ClearContents()).not.toThrow();
  ws.Range('A2:A3').UnMerge();
  expect(ws.Range('A2:A3').MergeCells).toBe(false);
});

test('comments: AddComment, Text, Delete, the sheet lists them; a second AddComment is refused', () => {
  const f = book();
  const ws = sheet(f);
  ws.Range('B3').AddComment('VAL-08 问题');
  expect(() => ws.Range('B3').AddComment('again')).toThrow();
  expect(member(ws.Range('B3').Comment!, 'Text')).toBe('VAL-08 问题');
  expect(member(ws.Comments, 'Count')).toBe(1);
  expect(member(ws.Comments.Item(1).Parent, 'Address')).toBe('$B$3');
  ws.Range('B3').Comment!.Delete();
  expect(ws.Range('B3').Comment).toBeNull();
});

test('row inserts shift cells, merges and formulas (on every sheet); the new row takes the formats above', () => {
  const f = book();
  const ws = sheet(f);
  ws.Range('A2').Interior.Color = 0xff;
  ws.Range('A1:A2').Merge();
  ws.Range('3:3').EntireRow.Insert(-4121);
  expect(ws.Range('C4').Formula).toBe('=SUM(B2:B4)');
  expect(ws.Range('A4').Value2).toBe('乙');
  expect(f.fillAt('A3')).toBe('#FF0000');
  ws.Range('2:2').EntireRow.Insert();
  expect(member(ws.Range('A1').MergeArea, 'Address')).toBe('$A$1:$A$3');
  ws.Range('2:2').EntireRow.Delete();
  ws.Range('3:3').EntireRow.Delete();
  expect(ws.Range('C3').Formula).toBe('=SUM(B2:B3)');
  expect(ws.Range('C3').Value2).toBe(5);
});

test('members that are methods in another build: the same values through member()', () => {
  for (const style of ['property', 'method'] as const) {
    const f = book(style);
    const ws = sheet(f);
    expect(typeof (ws.Range('A1') as any).Address).toBe(style === 'property' ? 'string' : 'function');
    expect(member(ws.Range('A1:B2'), 'Address')).toBe('$A$1:$B$2');
    expect(member(f.app.ActiveWorkbook!.Worksheets, 'Count')).toBe(1);
    expect(member(ws.Range('A1:C3').Rows, 'Count')).toBe(3);
  }
});

test('very hidden sheets and custom document properties (255 characters at most)', () => {
  const f = book();
  const wb = f.app.ActiveWorkbook!;
  const s = wb.Worksheets.Add();
  s.Name = '_jixiao';
  s.Visible = 2;
  expect(wb.Worksheets.Item('_jixiao').Visible).toBe(2);
  expect(f.visibleState()).not.toContain('_jixiao');
  wb.CustomDocumentProperties.Add('jixiao.version', false, 4, '1');
  expect(wb.CustomDocumentProperties.Item('jixiao.version').Value).toBe('1');
  expect(() => wb.CustomDocumentProperties.Add('long', false, 4, 'x'.repeat(256))).toThrow('255');
  expect(() => wb.CustomDocumentProperties.Item('none')).toThrow();
});

test('Copy to a destination brings contents, formats and merges, relative references moved', () => {
  const f = book();
  const ws = sheet(f);
  ws.Range('C2').Interior.Color = 0xff00;
  ws.Range('C2').Copy(ws.Range('E3'));
  expect(ws.Range('E3').Formula).toBe('=D3*2');
  expect(f.fillAt('E3')).toBe('#00FF00');
});

test('multi-area ranges take formats in one call; addresses longer than 255 characters are refused', () => {
  const f = book();
  const ws = sheet(f);
  const before = f.calls;
  ws.Range('A1,B3:C3').Interior.Color = 0xff;
  expect(f.calls - before).toBe(3);
  expect([f.fillAt('A1'), f.fillAt('B3'), f.fillAt('C3'), f.fillAt('B2')]).toEqual(['#FF0000', '#FF0000', '#FF0000', null]);
  expect(member(ws.Range('A1,B3:C3'), 'Address')).toBe('$A$1,$B$3:$C$3');
  expect(() => ws.Range(Array.from({ length: 100 }, (_, i) => `A${i + 1}`).join(','))).toThrow('255');
});

test('a copy of formats keeps text that looks like a number (or a formula) as text', async () => {
  const { EtSession } = await import('../../src/gateways/wps/session');
  const { runAction } = await import('../../src/gateways/wps/actions');
  const f = book();
  const ws = sheet(f);
  ws.Range('E2:E3').Value2 = [["'001"], ["'=不是公式"]];
  ws.Range('A2').Interior.Color = 0xff;
  const s = new EtSession(f.app);
  runAction(s, { kind: 'copy', sheet: '表1', target: 'E2:E3', source: 'A2', type: 'Formats' });
  expect(ws.Range('E2:E3').Value2).toEqual([['001'], ['=不是公式']]);
  expect(f.formulaAt('E3', '表1')).toBeUndefined();
  expect(f.fillAt('E3', '表1')).toBe('#FF0000');
});
