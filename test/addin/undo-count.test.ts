/**
 * The history and the 撤销 line count in one unit. Session 20's pane listed 撤销：自评（191 处修改）
 * and then said 已撤销 78 处修改，删除插入的 9 行: the history counted every cell the plan wrote (those
 * in the rows it inserted too) plus the rows, the line each fill, note and content put back. Now both
 * count the cells outside the inserted rows once each, and the inserted rows apart: 自评（78 处修改，
 * 插入 9 行） → 已撤销 78 处修改，删除插入的 9 行。
 */
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';
import type { UndoStep } from '../../src/ui/host';
import { COLOUR_NOTE } from '../../src/gateways/office/revert-line';

function host(rows: number) {
  const xl = createExcelDouble(fromGrid(generateGrid(rows)));
  const o = xl.office;
  return new Controller({ excel: xl, isSetSupported: (n, v) => o.context.requirements.isSetSupported(n, v), settings: o.context.document.settings, lang: 'zh' });
}

/** The line 撤销 should give for a step everything of which is still the add-in's. */
function lineFor(s: UndoStep): string {
  const cells = s.changes ?? 0;
  const rows = s.rows ?? 0;
  if (cells && rows) return `已撤销 ${cells} 处修改，删除插入的 ${rows} 行。`;
  if (rows) return `已撤销插入的 ${rows} 行。`;
  return `已撤销 ${cells} 处修改。`;
}

test.each([60, 400])('%i rows: 校验, 自评, 插入标准指标 — the 撤销 line says the counts the history showed', async (rows) => {
  const h = host(rows);
  await h.validate();
  let [top] = await h.undoHistory();
  expect(top.label).toBe('校验标记');
  expect(await h.undo()).toBe(lineFor(top));

  await h.fillSelfEvaluation();
  [top] = await h.undoHistory();
  expect(top.label).toBe('自评');
  expect(top.rows).toBeGreaterThan(0);
  expect(await h.undo()).toBe(lineFor(top) + COLOUR_NOTE);

  await h.validate();
  await h.insertRows(1, ['AID-07', 'AID-12']);
  [top] = await h.undoHistory();
  expect(top.label).toBe('插入标准指标');
  expect(await h.undo()).toBe(lineFor(top));
});
