/**
 * A colour the user puts on a row 自评 inserted, or on a cell of a column 自评 added, goes with 撤销: the
 * check before the revert reads values, not each cell's format (reading the fills of every inserted
 * cell would cost reads at 50 000 rows). Not detected, so said: 撤销 of a 自评 that added columns tells
 * the user in its line that colours set on those rows and columns are not kept. Other steps' lines are
 * unchanged.
 */
import { readHistory } from '../../src/addin/history';
import { createExcelDouble, fromGrid } from '../../src/double';
import { parseRect } from '../../src/sheet/a1';
import { colLetters } from '../../src/sheet/a1';
import { generateGrid } from '../../bench/grid-gen';
import { paneOn } from '../helpers/parts-pane';

const S = '绩效目标表';
const NOTE = /您在自评插入的行和新增的列中设置的颜色不会保留/;

test.each(['row', 'column', 'nothing'])('撤销 of 自评 after the user coloured %s: the line says such colours are not kept', async (what) => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const pane = paneOn(xl);
  await pane.fillSelfEvaluation();
  const u = readHistory(xl.office.context.document.settings)[0].record.sheets[0];
  expect(u.insertedRows.length).toBeGreaterThan(0);
  expect(u.formatsCopied?.length).toBeGreaterThan(0);
  if (what === 'row') xl.userFill(`B${u.insertedRows[0].at}`, '#92D050', S);
  if (what === 'column') {
    const r = parseRect(u.formatsCopied![0])!;
    xl.userFill(`${colLetters(r.left)}${r.top}`, '#92D050', S);
  }
  const line = String(await pane.undo());
  expect(line).toMatch(/^已撤销 \d+ 处修改，删除插入的 \d+ 行。/);
  expect(line).toMatch(NOTE);
  expect(line).not.toMatch(/\n|；/);
});

test('撤销 of 校验 and of 插入标准指标: no such sentence', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(60)));
  const pane = paneOn(xl);
  await pane.validate();
  expect(String(await pane.undo())).not.toMatch(NOTE);
  await pane.validate();
  await pane.insertRows(pane.projects()[0].index, ['AID-07']);
  expect(String(await pane.undo())).toBe('已撤销插入的 1 行。');
});
