/**
 * A protected sheet (Review › Protect Sheet) in the add-in: Excel refuses every change and keeps the
 * syncs before the refused one, so the add-in must find out first. 自评 and 撤销 end in one Chinese
 * line with nothing written; 校验 still shows its findings and marks nothing.
 */
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';
import type { Progress } from '../../src/ui/host';

function host(xl: ExcelDouble) {
  const office = xl.office;
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}
const cells = (xl: ExcelDouble) => JSON.stringify(xl.data().sheets);

test('自评 on a protected sheet: one Chinese line, nothing written, no more syncs than a read', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  xl.userProtect(true);
  const before = cells(xl);
  const mark = xl.syncLog.length;
  await expect(host(xl).fillSelfEvaluation()).rejects.toThrow(/^未写入：工作表“绩效目标表”受保护.*审阅 › 撤消工作表保护/);
  expect(cells(xl)).toBe(before);
  expect(xl.syncLog.slice(mark).every((s) => s.ok)).toBe(true);
});

test('校验 on a protected sheet: findings as usual, no mark, one line saying why', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  const open = await host(xl).validate();
  const locked = createExcelDouble(fromGrid(generateGrid(30)));
  locked.userProtect(true);
  const before = cells(locked);
  const seen: Progress[] = [];
  const r = await host(locked).validate((p) => seen.push(p));
  expect(r.findings).toEqual(open.findings);
  expect(r.findings.length).toBeGreaterThan(0);
  expect(cells(locked)).toBe(before);
  expect(seen.flatMap((p) => p.warnings ?? []).join('')).toMatch(/受保护，未标记单元格/);
});

test('撤销 after the sheet was protected: refused in one line, nothing changed; unprotected, it reverts', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  const original = cells(xl);
  const h = host(xl);
  await h.fillSelfEvaluation();
  xl.userProtect(true);
  const filled = cells(xl);
  await expect(h.undo()).rejects.toThrow(/^未执行撤销：工作表“绩效目标表”受保护/);
  expect(cells(xl)).toBe(filled);
  // The entry stays: unprotected, the same 撤销 puts everything back.
  xl.userProtect(false);
  await expect(h.undo()).resolves.toMatch(/^已撤销/);
  expect(cells(xl)).toBe(original);
});
