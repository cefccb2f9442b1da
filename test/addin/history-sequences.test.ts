/**
 * Issue 8, items 1–3 as sequences: random runs of the pane's commands (校验, 再次校验, 自评, 插入标准
 * 指标, 清除标记, 撤销 several steps back) from the pane and from the ribbon's runtime, a reopened pane,
 * with the user's own work in between — typing, colouring, rows inserted and deleted above and inside
 * the tables, Excel's own undo (Ctrl+Z). Cells are followed by tags that move with them
 * (double/state.ts: kept through row shifts and format writes, lost when a value is written).
 *
 * After every step: a revert (撤销, 清除标记, the old marks a 校验 takes off) never changes a cell the
 * user typed or coloured since, nor deletes a row that holds anything but the add-in's; a command
 * either works or refuses in one Chinese line; the history shown changes exactly as the command
 * says (撤销 takes the newest entry, 校验 replaces only the marks, 清除标记 drops only them). At the end,
 * with everything undone: without user row work the sheet is the original plus what the user typed.
 * Runs on the fixed seed (test/setup/fast-check.ts); few rows, many seeds.
 */
import fc from 'fast-check';
import { Controller } from '../../src/addin/controller';
import { HISTORY_MAX } from '../../src/addin/history';
import { createExcelDouble, fromGrid, type ExcelDouble, type OfficeDouble } from '../../src/double';
import type { Cell } from '../../src/double/state';
import { colLetters } from '../../src/sheet/a1';
import { SEVERITY_COLORS } from '../../src/sheet/plan';
import { sheetState } from '../helpers/sheet-state';
import { generateGrid } from '../../bench/grid-gen';
import type { UndoStep } from '../../src/ui/host';

const S = '绩效目标表';
/** Two projects of 13 indicator rows and a third of 2: rows 1–19, 20–38, 39–46. */
const GRID = generateGrid(28, S);
const LAST_ROW = 48;
const USER_FILLS = ['#92D050', '#00B0F0', '#7030A0'];

type Who = 'pane' | 'ribbon';
type Step =
  | { cmd: 'validate' | 'fill' | 'clear'; who: Who }
  | { cmd: 'insert'; who: Who; project: number; id: string }
  | { cmd: 'undo'; who: Who; times: number }
  | { cmd: 'reload' }
  | { user: 'type'; row: number; col: number }
  | { user: 'fill'; row: number; col: number; color: string }
  | { user: 'insert' | 'delete'; at: number; count: number }
  | { user: 'excelUndo' };

const who = fc.constantFrom<Who>('pane', 'pane', 'ribbon');
const command: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ cmd: fc.constantFrom('validate' as const, 'fill' as const, 'clear' as const), who }),
  fc.record({ cmd: fc.constant('insert' as const), who, project: fc.integer({ min: 1, max: 2 }), id: fc.constantFrom('AID-07', 'GEN-01', 'TRN-02') }),
  fc.record({ cmd: fc.constant('undo' as const), who, times: fc.integer({ min: 1, max: 3 }) }),
  fc.constant({ cmd: 'reload' as const }),
);
const typing: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ user: fc.constant('type' as const), row: fc.integer({ min: 1, max: LAST_ROW }), col: fc.integer({ min: 1, max: 11 }) }),
  fc.record({ user: fc.constant('fill' as const), row: fc.integer({ min: 1, max: LAST_ROW }), col: fc.integer({ min: 1, max: 11 }), color: fc.constantFrom(...USER_FILLS) }),
);
const rowWork: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ user: fc.constantFrom('insert' as const, 'delete' as const), at: fc.integer({ min: 1, max: LAST_ROW }), count: fc.integer({ min: 1, max: 2 }) }),
  fc.constant({ user: 'excelUndo' as const }),
);

interface World {
  xl: ExcelDouble;
  pane: Controller;
  ribbon: Controller;
  typed: number;
  /** A revert left something alone or refused (the pane said so): the end state is not the original's. */
  leftAlone: boolean;
}

function controller(xl: ExcelDouble, office: OfficeDouble): Controller {
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}

function world(): World {
  const xl = createExcelDouble(fromGrid(GRID));
  const sheet = xl.state.sheet(S)!;
  sheet.rows.forEach((r, i) => r?.forEach((c, j) => c && (c.tag = `o:${i + 1},${j + 1}`)));
  return { xl, pane: controller(xl, xl.office), ribbon: controller(xl, xl.runtime()), typed: 0, leftAlone: false };
}

interface Tagged {
  row: number;
  col: number;
  cell: Cell;
}

function tagged(xl: ExcelDouble): Map<string, Tagged> {
  const out = new Map<string, Tagged>();
  xl.state.sheet(S)!.rows.forEach((r, i) => r?.forEach((c, j) => c?.tag && out.set(c.tag, { row: i + 1, col: j + 1, cell: c })));
  return out;
}

const content = (c: Cell | undefined) => (c ? (c.f ?? String(c.v)) : '');
const fillOf = (c: Cell | undefined) => c?.fill?.color ?? null;
const MARK_FILLS = new Set(Object.values(SEVERITY_COLORS));

/**
 * Rows that hold nothing but the add-in's values (no original cell, nothing the user typed): a row a
 * command inserted. The user's colour on such a row does not keep it from 撤销 — the row's check reads
 * values and formulas only (safe-revert-rows.ts; reading every inserted cell's format would cost
 * reads at 50 000 rows) — so the colour goes with the row.
 */
function addinRows(xl: ExcelDouble): Set<number> {
  const out = new Set<number>();
  xl.state.sheet(S)!.rows.forEach((r, i) => {
    const cs = (r ?? []).filter((c): c is Cell => !!c);
    if (cs.some((c) => c.tag && !c.tag.startsWith('uf:'))) return;
    if (cs.some((c) => !c.tag && (c.v !== '' || c.f))) out.add(i + 1);
  });
  return out;
}

interface Before {
  all: Map<string, Tagged>;
  ours: Set<number>;
}

const snapshot = (xl: ExcelDouble): Before => ({ all: tagged(xl), ours: addinRows(xl) });

/**
 * After a revert (撤销, 清除标记, or the old marks a 校验 takes off): what the user typed is as typed and
 * where it was (rows above it deleted aside); a cell the user coloured keeps that colour, or gets it
 * back (a later command's format taken off), or — a 校验 only — wears a new mark. A value the revert
 * wrote drops the tag: such a cell is found again through its row's other tags.
 */
function checkLeftAlone(xl: ExcelDouble, b: Before, what: string, newMarks: boolean): void {
  const after = tagged(xl);
  const sheet = xl.state.sheet(S)!;
  const rowNow = (row: number): number | null => {
    for (const [tag, t] of b.all) if (t.row === row && after.has(tag)) return after.get(tag)!.row;
    return null;
  };
  for (const [tag, t] of b.all) {
    if (!tag.startsWith('u')) continue;
    if (tag.startsWith('ut:')) {
      const a = after.get(tag);
      if (!a) throw new Error(`${what} deleted or overwrote the user's ${tag} (was at ${colLetters(t.col)}${t.row})`);
      if (content(a.cell) !== content(t.cell)) throw new Error(`${what} changed the user's ${tag}: ${content(t.cell)} → ${content(a.cell)}`);
      continue;
    }
    if (b.ours.has(t.row)) continue;
    const row = after.get(tag)?.row ?? rowNow(t.row);
    if (row === null) throw new Error(`${what} deleted the row of the user's fill ${tag} (was at ${colLetters(t.col)}${t.row})`);
    const now = fillOf(sheet.get(row, t.col));
    if (now === null && onAddinValue.has(tag)) continue;
    const ok = now === fillOf(t.cell) || now === userColour.get(tag) || (newMarks && now !== null && MARK_FILLS.has(now));
    if (!ok) throw new Error(`${what} changed the user's fill ${tag} at ${colLetters(t.col)}${row}: ${fillOf(t.cell)} → ${now} (the user's ${userColour.get(tag)})`);
  }
}

/** The colour the user gave each `uf:` cell. */
const userColour = new Map<string, string>();
/**
 * Left as it is (reported, not fixed): a colour the user put on a cell whose value the add-in wrote in
 * a column it added goes when 撤销 clears the formats it copied there — that check reads the cell's
 * value, not its format (safe-revert-check.ts formatsCopied); the cell is emptied either way.
 */
const onAddinValue = new Set<string>();

/** A command's outcome: done, or refused in one Chinese line (and then nothing of the user's moved). */
async function attempt<T>(f: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await f() };
  } catch (e) {
    const message = (e as Error).message;
    expect(message).toMatch(/^[\u4e00-\u9fff（“]/);
    expect(message).not.toMatch(/\n/);
    return { ok: false, message };
  }
}

const ids = (h: UndoStep[]) => h.map((s) => s.at);

async function step(w: World, s: Step, log: string[]): Promise<void> {
  const { xl } = w;
  const sheet = xl.state.sheet(S)!;
  if ('user' in s) {
    log.push(JSON.stringify(s));
    if (s.user === 'type') {
      const tag = `ut:${++w.typed}`;
      xl.userType(`${colLetters(s.col)}${s.row}`, `用户${w.typed}`, S);
      const c = sheet.get(s.row, s.col);
      if (c) c.tag = tag;
    } else if (s.user === 'fill') {
      xl.userFill(`${colLetters(s.col)}${s.row}`, s.color, S);
      const was = sheet.get(s.row, s.col);
      const tag = `uf:${++w.typed}`;
      if (was && !was.tag && content(was) !== '') onAddinValue.add(tag);
      sheet.get(s.row, s.col)!.tag = tag;
      userColour.set(tag, s.color);
    } else if (s.user === 'insert') {
      xl.userInsertRows(s.at, s.count, S);
      // Excel gives new rows the format of the row above (a mark's fill too): the user's rows.
      for (let r = s.at; r < s.at + s.count; r++) sheet.rows[r - 1]?.forEach((c) => c && (c.tag = `ui:${++w.typed}`));
    } else if (s.user === 'delete') xl.userDeleteRows(s.at, s.count, S);
    else xl.excelUndo();
    return;
  }
  if (s.cmd === 'reload') {
    log.push('reload');
    w.pane = controller(xl, xl.openPane());
    return;
  }
  const h = s.who === 'pane' ? w.pane : w.ribbon;
  const shownBefore = await h.undoHistory();
  const b = snapshot(xl);
  log.push(`${s.who} ${s.cmd}${'times' in s ? ` ×${s.times}` : ''}${'project' in s ? ` ${s.project} ${s.id}` : ''}  [${shownBefore.map((x) => x.label).join(', ')}]`);
  if (s.cmd === 'undo') {
    for (let k = 0; k < s.times; k++) {
      const was = await h.undoHistory();
      const b = snapshot(xl);
      const r = await attempt(() => h.undo());
      checkLeftAlone(xl, b, '撤销', false);
      const now = await h.undoHistory();
      if (r.ok && r.value === false) {
        expect(was).toEqual([]);
        break;
      }
      // The newest entry is the one taken back, done or refused; the others stay as they were.
      expect(ids(now)).toEqual(ids(was).slice(1));
      if (r.ok) expect(r.value).toMatch(/^已/);
      if (!r.ok || /保持原样|未删除/.test(String(r.value))) w.leftAlone = true;
      log.push(`  → ${r.ok ? r.value : r.message}`);
    }
    return;
  }
  const r = await attempt(async () => {
    if (s.cmd === 'validate') return h.validate();
    if (s.cmd === 'fill') return h.fillSelfEvaluation();
    if (s.cmd === 'clear') return h.clearMarks();
    if (s.cmd === 'insert') return h.insertRows(s.project, [s.id]);
  });
  log.push(`  → ${r.ok ? 'done' : r.message}`);
  if (!r.ok && s.cmd === 'clear') w.leftAlone = true;
  const after = await h.undoHistory();
  const before = ids(shownBefore);
  const marks = shownBefore.filter((x) => x.label === '校验标记').map((x) => x.at);
  if (s.cmd === 'clear' || s.cmd === 'validate') checkLeftAlone(xl, b, s.cmd === 'clear' ? '清除标记' : '再次校验', s.cmd === 'validate');
  if (s.cmd === 'clear') {
    // Only the marks leave the history (refused or not: they can no longer be told apart).
    expect(ids(after)).toEqual(before.filter((id) => !marks.includes(id)));
  } else if (!r.ok) {
    expect(ids(after)).toEqual(before);
  } else {
    // One new entry at most, on top; a 校验 drops the previous marks; the oldest go past HISTORY_MAX.
    const kept = s.cmd === 'validate' ? before.filter((id) => !marks.includes(id)) : before;
    const added = after.length && !before.includes(after[0].at) ? 1 : 0;
    expect(ids(after).slice(added)).toEqual(kept.slice(0, HISTORY_MAX - added));
    if (added) expect(after[0].label).toBe(s.cmd === 'validate' ? '校验标记' : s.cmd === 'fill' ? '自评' : '插入标准指标');
    if (s.cmd === 'insert') expect(added).toBe(1);
  }
}

/**
 * Everything the add-in did taken back (撤销 until nothing is left, then 清除标记); true when nothing
 * was refused, lost or left alone (each said in the line the pane shows).
 */
async function unwind(w: World, log: string[]): Promise<boolean> {
  let clean = true;
  for (let k = 0; k < 12; k++) {
    const b = snapshot(w.xl);
    const r = await attempt(() => w.pane.undo());
    checkLeftAlone(w.xl, b, '撤销', false);
    log.push(`unwind → ${r.ok ? r.value : r.message}`);
    if (!r.ok || (typeof r.value === 'string' && /保持原样|未删除/.test(r.value))) clean = false;
    if (r.ok && r.value === false) break;
  }
  expect(await w.pane.undoHistory()).toEqual([]);
  const b = snapshot(w.xl);
  const r = await attempt(() => w.pane.clearMarks());
  checkLeftAlone(w.xl, b, '清除标记', false);
  if (!r.ok) log.push(`clear → ${r.message}`);
  return clean && r.ok;
}

/**
 * With everything undone and nothing refused: every original cell holds what it held (where rows
 * moved, it moved with them), nothing the add-in wrote is left, and no mark's fill either — unless the
 * user's own Ctrl+Z took an add-in batch back in between (Excel then owns that history).
 */
function checkUndone(w: World, steps: Step[]): void {
  const sheet = w.xl.state.sheet(S)!;
  const original = new Map<string, string>();
  GRID.values.forEach((r, i) => r.forEach((v, j) => v !== null && v !== '' && original.set(`o:${i + 1},${j + 1}`, String(v))));
  sheet.rows.forEach((r, i) =>
    r?.forEach((c, j) => {
      if (!c) return;
      const at = `${colLetters(j + 1)}${i + 1}`;
      if (c.tag?.startsWith('o:') && original.has(c.tag)) expect(`${at} ${content(c)}`).toBe(`${at} ${original.get(c.tag)}`);
      // A value the user typed before a command, put back by its 撤销 (the write dropped the tag).
      if (!c.tag && content(c) !== '' && !/^用户\d+$/.test(content(c))) throw new Error(`left by the add-in at ${at}: ${content(c)}`);
      const fill = fillOf(c);
      if (fill && MARK_FILLS.has(fill) && !c.tag?.startsWith('u')) throw new Error(`a mark's fill left at ${at}`);
    }),
  );
  // Without the user's own steps the workbook is the original.
  if (!steps.some((s) => 'user' in s)) expect(sheetState(w.xl)).toBe(sheetState(createExcelDouble(fromGrid(GRID))));
}

async function run(steps: Step[]): Promise<void> {
  const w = world();
  const log: string[] = [];
  try {
    for (const s of steps) await step(w, s, log);
    const clean = await unwind(w, log);
    if (clean && !w.leftAlone && !steps.some((s) => 'user' in s && s.user === 'excelUndo')) {
      checkUndone(w, steps);
      endsChecked++;
    }
  } catch (e) {
    (e as Error).message += `\n${log.join('\n')}`;
    throw e;
  }
}

let endsChecked = 0;
const RUNS = Number(process.env.RUNS ?? 0);

test('commands from two runtimes with the user working in between: no revert touches the user’s work, the history says what 撤销 does', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.oneof({ arbitrary: command, weight: 3 }, { arbitrary: typing, weight: 2 }, { arbitrary: rowWork, weight: 1 }), { minLength: 3, maxLength: 10 }),
      (steps) => run(steps),
    ),
    { numRuns: RUNS || 30 },
  );
  expect(endsChecked).toBeGreaterThan(5); // not vacuous: many runs end fully undone
}, 60_000);
