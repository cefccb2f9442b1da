/**
 * The WPS version end to end on the ET fake: the real engine, the shared gateway carried out on
 * ET's object model, the journal in a very hidden sheet. 校验 → fix → 自评 → insert → undo.
 */
import { connectToWps } from '../../src/wps/connect';
import { createEtFake, XL_SHEET_VERY_HIDDEN, type EtFake } from '../../src/wps-fake';
import { JOURNAL_SHEET } from '../../src/gateways/wps';
import { readWorkbook } from '../../src/gateways/exceljs/read';
import type { Grid } from '../../src/sheet/grid';
import { fixture } from '../helpers/fixtures';

let seed: Grid;
beforeAll(async () => {
  seed = (await readWorkbook(fixture('seed-tianjin-2024.xlsx'))).grids[0];
});

function expectSame(a: string, b: string) {
  if (a === b) return;
  let i = 0;
  while (a[i] === b[i]) i++;
  throw new Error(`workbook differs at ${i}: …${a.slice(Math.max(0, i - 120), i + 120)}… vs …${b.slice(Math.max(0, i - 120), i + 120)}…`);
}

describe.each(['property', 'method'] as const)('WPS host on the seed workbook (members as %s)', (style) => {
  let fake: EtFake;
  beforeEach(() => {
    fake = createEtFake(seed, { style });
  });

  test('校验 marks problem cells (BGR fills read back as the severity colour) and adds comments', async () => {
    const h = connectToWps(fake.app);
    const r = await h.validate();
    expect(r.projects).toHaveLength(7);
    const val08 = r.findings.find((f) => f.rule === 'VAL-08' && f.cell === 'E99')!;
    expect(val08.message).toContain('资助政策发挥作用时间');
    expect(fake.fillAt('E99', '绩效目标表')).toBe('#FFEB9C');
    expect(fake.commentAt('E99', '绩效目标表')).toContain('VAL-08');
    // The journal is in a very hidden sheet, never among the user's sheets.
    expect(fake.book.sheet(JOURNAL_SHEET)?.visible).toBe(XL_SHEET_VERY_HIDDEN);
    expect(fake.book.sheets[fake.book.active].name).toBe('绩效目标表');
  });

  test('校验 → 修正 → 自评 → 插入 → 撤销 ×4 gives back the workbook exactly', async () => {
    const before = fake.visibleState();
    const h = connectToWps(fake.app);
    await h.validate();
    const fixed = await h.applyFixes();
    const filled = await h.fillSelfEvaluation();
    expect(filled.length).toBe(7);
    const formulas = [...fake.book.sheets[0].cells.values()].filter((c) => c.f).length;
    expect(formulas).toBeGreaterThan(20);
    const inserted = await h.insertRows(5, ['AID-07', 'AID-12']);
    expect(inserted).toBe(2);
    const steps = await h.undoHistory!();
    expect(steps.map((s) => s.label)).toEqual(['插入标准指标', '自评', ...(fixed ? ['规范化修正'] : []), '校验标记']);
    for (let i = 0; i < steps.length; i++) expect(typeof (await h.undo())).toBe('string');
    expect(await h.canUndo()).toBe(false);
    expectSame(fake.visibleState(), before);
  });

  test('a reopened pane (a new host) undoes from the journal kept in the document', async () => {
    const before = fake.visibleState();
    await connectToWps(fake.app).fillSelfEvaluation();
    expect(fake.visibleState()).not.toBe(before);
    const again = connectToWps(fake.app);
    expect(await again.canUndo()).toBe(true);
    await again.undo();
    expectSame(fake.visibleState(), before);
  });

  test('undo leaves a cell the user changed since, and says so', async () => {
    const h = connectToWps(fake.app);
    await h.fillSelfEvaluation();
    const ws = fake.app.ActiveSheet!;
    // The user types over one of the formulas the add-in wrote.
    const sheet = fake.book.sheets[0];
    const [k] = [...sheet.cells].find(([, c]) => c.f && c.f.includes('ROUND'))!;
    const row = Math.floor(k / 20000),
      col = k % 20000;
    ws.Cells(row, col).Value2 = 42;
    const msg = await h.undo();
    expect(String(msg)).toContain('保持原样');
    expect(ws.Cells(row, col).Value2).toBe(42);
  });
});

test('settings are kept with the document: a new host (another window, a reopened file) reads them', async () => {
  const fake = createEtFake(seed);
  const h = connectToWps(fake.app);
  const s = await h.loadSettings();
  await h.saveSettings({ ...s, scheme: 'hubei', grades: { 优: 95, 良: 85, 中: 60 } });
  const again = await connectToWps(fake.app).loadSettings();
  expect(again.scheme).toBe('hubei');
  expect(again.grades.优).toBe(95);
  // Nothing of it shows on the user's sheets.
  expect(fake.visibleState()).not.toContain('hubei');
  expect(fake.book.sheets.filter((x) => x.visible !== XL_SHEET_VERY_HIDDEN).map((x) => x.name)).toEqual(['绩效目标表']);
});
