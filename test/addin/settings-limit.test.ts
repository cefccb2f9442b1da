/**
 * Office keeps at most ~2 MB of document settings per add-in (OfficeDev/office-js#621: “We only
 * support 2MB maximum for settings”; Excel 2021 fails saveAsync from about 1 MB up, #3957). The
 * double refuses a larger save; the history then gives up its oldest entries — the command that
 * just changed the sheet must not fail for its undo record.
 */
import { Controller } from '../../src/addin/controller';
import { HISTORY_KEY, historyLimits, readHistory } from '../../src/addin/history';
import { createExcelDouble, fromGrid, SETTINGS_LIMIT, type ExcelDouble } from '../../src/double';
import { encodeUndo, type UndoRecord } from '../../src/gateways/office';
import { emptyUndoSheet } from '../../src/gateways/pipeline/undo-record';
import { generateGrid } from '../../bench/grid-gen';
import { utf8Length } from '../../src/domain/utf8';
import { journalLimits } from '../../src/addin/journal-store';

const afterThis: (() => void)[] = [];
afterEach(() => afterThis.splice(0).forEach((f) => f()));

function host(xl: ExcelDouble) {
  const office = xl.office;
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}
const save = (xl: ExcelDouble) => new Promise<{ status: unknown }>((done) => xl.office.context.document.settings.saveAsync((r: { status: unknown }) => done(r)));

test('the double: a settings bag over 2 000 000 bytes (UTF-8 JSON) is not saved, the document keeps its copy', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(10)));
  const s = xl.office.context.document.settings;
  s.set('small', 'x');
  expect((await save(xl)).status).toBe('succeeded');
  s.set('big', '绩'.repeat(Math.ceil(SETTINGS_LIMIT / 3)));
  expect((await save(xl)).status).toBe('failed');
  expect(xl.state.settings.has('big')).toBe(false);
  expect(xl.state.settings.get('small')).toBe('x');
});

/** An old entry of about `bytes` saved in the document (a sheet's notes, as 校验 keeps them). */
function bulky(at: string, kind: 'marks' | 'edit', bytes: number) {
  const u = emptyUndoSheet('绩效目标表');
  // Varied characters (a repeated one would be packed by the journal's encoding).
  const content = Array.from({ length: Math.ceil(bytes / 3) }, (_v, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
  u.notesReplaced = [{ address: 'Z1', content }];
  u.written = { contents: [], numFormats: [], fills: [], notes: [], rows: { top: 1, cols: [], sigs: '', bytes: [] } };
  const record: UndoRecord = { version: 2, label: kind === 'marks' ? '校验标记' : '自评', changes: 1, createdAt: at, sheets: [u], warnings: [] };
  return { k: kind, j: encodeUndo(record) };
}

/** The history as session 19 saved it: three entries, the bag 3 000 bytes short of the limit. */
function nearLimit(xl: ExcelDouble): void {
  const bag = (list: unknown[]) => utf8Length(JSON.stringify({ [HISTORY_KEY]: JSON.stringify(list) }));
  const first = [bulky('2026-01-01T00:00:00.001Z', 'edit', 600_000), bulky('2026-01-01T00:00:00.002Z', 'marks', 600_000)];
  const old = [...first, bulky('2026-01-01T00:00:00.003Z', 'edit', SETTINGS_LIMIT - 3_000 - bag([...first, bulky('2026-01-01T00:00:00.003Z', 'edit', 0)]))];
  xl.state.settings.set(HISTORY_KEY, JSON.stringify(old));
}

test('a history near the settings limit, custom XML parts there (ExcelApi 1.5): the 自评 record goes to a part, no older entry is dropped, and it undoes', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(40)));
  nearLimit(xl);
  const h = host(xl);
  await expect(h.fillSelfEvaluation()).resolves.toBeTruthy();
  const kept = readHistory(xl.office.context.document.settings);
  expect(kept.map((e) => e.record.label)).toEqual(['自评', '校验标记', '自评', '自评']);
  expect(kept[3].stored).toBeDefined();
  expect(await h.undo()).toMatch(/^已撤销/);
  expect(xl.state.xmlParts.size).toBe(0);
});

test('a history near the settings limit, no parts (ExcelApi below 1.5, or parts refused): 自评 still succeeds, the oldest entries go until Office takes the save, the new one is kept and undoes', async () => {
  const limits = { ...journalLimits };
  Object.assign(journalLimits, { partFrom: Infinity, settingsBudget: Infinity });
  afterThis.push(() => Object.assign(journalLimits, limits));
  const xl = createExcelDouble(fromGrid(generateGrid(40)));
  // Three entries saved before, the bag 3 000 bytes short of the limit: the 自评's record does not fit beside them.
  const bag = (list: unknown[]) => utf8Length(JSON.stringify({ [HISTORY_KEY]: JSON.stringify(list) }));
  const first = [bulky('2026-01-01T00:00:00.001Z', 'edit', 600_000), bulky('2026-01-01T00:00:00.002Z', 'marks', 600_000)];
  const old = [...first, bulky('2026-01-01T00:00:00.003Z', 'edit', SETTINGS_LIMIT - 3_000 - bag([...first, bulky('2026-01-01T00:00:00.003Z', 'edit', 0)]))];
  expect(SETTINGS_LIMIT - bag(old)).toBeGreaterThan(2_000);
  expect(SETTINGS_LIMIT - bag(old)).toBeLessThanOrEqual(3_000);
  expect(bag(old)).toBeLessThan(historyLimits.bytes); // within the history's own budget: only Office refuses
  xl.state.settings.set(HISTORY_KEY, JSON.stringify(old));
  const h = host(xl);
  await expect(h.fillSelfEvaluation()).resolves.toBeTruthy();
  const kept = readHistory(xl.office.context.document.settings);
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.length).toBeLessThan(4);
  expect(kept[kept.length - 1].record.label).toBe('自评');
  // The oldest went first: what is kept is the newest run of the list.
  expect(kept.slice(0, -1).map((e) => e.record.createdAt)).toEqual(['2026-01-01T00:00:00.001Z', '2026-01-01T00:00:00.002Z', '2026-01-01T00:00:00.003Z'].slice(4 - kept.length));
  expect(await h.undo()).toMatch(/^已撤销/);
});

test('a record that alone does not fit: the command still succeeds and says in one line that 撤销 cannot take it back', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(40)), { settingsLimit: 3_000 });
  const office = xl.office;
  const h = new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
  const warnings: string[] = [];
  await expect(h.fillSelfEvaluation((p) => warnings.push(...(p.warnings ?? [])))).resolves.toBeTruthy();
  expect(warnings.filter((w) => w.startsWith('此次操作的撤销记录超出了文档设置可保存的大小'))).toHaveLength(1);
  expect(await h.undo()).toBe(false);
});
