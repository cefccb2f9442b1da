/**
 * The line 撤销 gives names only what happened: after 插入标准指标, whose only change is the row, it
 * once read 已撤销 0 处修改，删除插入的 1 行. Every count that can be 0, in Chinese and English.
 */
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';
import { COLOUR_NOTE_EN, leftAloneNote, revertLine, rowsKeptNote } from '../../src/gateways/office/revert-line';

function host(xl: ExcelDouble, lang: 'zh' | 'en') {
  const office = xl.office;
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang });
}
const counts = (restored: number, rowsDeleted: number, leftAlone = 0, rowsKept = 0) => ({
  restored,
  rowsDeleted,
  leftAlone,
  rowsKept,
  notes: [...(leftAlone ? [leftAloneNote(leftAlone)] : []), ...(rowsKept ? [rowsKeptNote(rowsKept)] : [])],
});

test.each([
  [counts(3, 1), '已撤销 3 处修改，删除插入的 1 行。', 'Undid 3 changes and deleted 1 inserted row.'],
  [counts(0, 1), '已撤销插入的 1 行。', 'Undid the insertion of 1 row.'],
  [counts(0, 2), '已撤销插入的 2 行。', 'Undid the insertion of 2 rows.'],
  [counts(1, 0), '已撤销 1 处修改。', 'Undid 1 change.'],
  [
    counts(0, 1, 2),
    '已撤销插入的 1 行；2 处在上次操作之后已被改动、已由 Excel 撤销或所在行已删除，保持原样。',
    'Undid the insertion of 1 row; 2 changes were left as they are: changed since, undone by Excel (Ctrl+Z), or in a deleted row.',
  ],
  [
    counts(4, 0, 0, 1),
    '已撤销 4 处修改；1 行插入的行已不在或其中已有其他内容，未删除。',
    'Undid 4 changes; 1 inserted row was not deleted: gone already or holding other content now.',
  ],
  [
    counts(2, 3, 1, 1),
    '已撤销 2 处修改、删除插入的 3 行；1 处在上次操作之后已被改动、已由 Excel 撤销或所在行已删除，保持原样。1 行插入的行已不在或其中已有其他内容，未删除。',
    'Undid 2 changes and deleted 3 inserted rows; 1 change was left as it is: changed since, undone by Excel (Ctrl+Z), or in a deleted row. 1 inserted row was not deleted: gone already or holding other content now.',
  ],
  [counts(0, 0), '已执行撤销。', 'Undo done.'],
])('%j', (c, zh, en) => {
  expect(revertLine(c)).toBe(zh);
  expect(revertLine(c, 'en')).toBe(en);
  expect(revertLine(c)).not.toMatch(/\b0 处|0 行/);
});

test.each([
  ['zh', '已撤销插入的 1 行。'],
  ['en', 'Undid the insertion of 1 row.'],
] as const)('插入标准指标 then 撤销 in a %s pane', async (lang, line) => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  const h = host(xl, lang);
  await h.insertRows(1, ['AID-07']);
  expect(await h.undo()).toBe(line);
});

test('自评 then 撤销 in an English pane: the counts in English', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  const h = host(xl, 'en');
  await h.fillSelfEvaluation();
  // The rows and columns 自评 added go with their formats: said (undo-colour-note.test.ts).
  const line = String(await h.undo());
  expect(line).toMatch(/^Undid \d+ changes and deleted \d+ inserted rows\. /);
  expect(line.endsWith(` ${COLOUR_NOTE_EN}`)).toBe(true);
});
