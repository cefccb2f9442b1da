/**
 * 撤销 never touches the user's work: a random plan, then random user edits, row inserts and
 * deletes above and inside the table, and Excel's own undo (Ctrl+Z), then the revert. Cells are
 * followed by tags that move with them (the double keeps a cell's tag through row shifts and
 * recalculation, and drops it when the cell is written).
 */
import fc from 'fast-check';
import { createExcelDouble, type ExcelDouble } from '../../../src/double';
import type { Cell } from '../../../src/double/state';
import type { UndoRecord } from '../../../src/gateways/office';
import { applyForUndo as apply, undoSafely } from '../../helpers/revert-run';
import { templateOf } from '../../../src/gateways/pipeline/fingerprint';
import type { Edit, Plan } from '../../../src/sheet/plan';

const S = 'Sheet1';
const ROWS = 10;

function book(): ExcelDouble {
  const values: (string | number | null)[][] = [['名称', '数值', '两倍', null, null, null]];
  const formulas: (string | null)[][] = [[null, null, null, null, null, null]];
  for (let r = 2; r <= ROWS; r++) {
    values.push([`指标${r}`, r * 10, r * 20, r % 3 ? `说明${r}` : null, null, null]);
    formulas.push([null, null, `=B${r}*2`, null, null, null]);
  }
  return createExcelDouble({ sheets: [{ name: S, values, formulas }] });
}

type UserOp = { op: 'type'; row: number; col: number } | { op: 'insert'; at: number; count: number } | { op: 'delete'; at: number; count: number } | { op: 'undo' };

const cellEdit = fc.record({ row: fc.integer({ min: 2, max: ROWS }), col: fc.integer({ min: 3, max: 7 }), kind: fc.integer({ min: 0, max: 2 }) });
const planArb = fc.record({
  cells: fc.uniqueArray(cellEdit, { minLength: 1, maxLength: 14, selector: (c) => `${c.row},${c.col}` }),
  insert: fc.option(fc.record({ at: fc.integer({ min: 3, max: ROWS + 1 }), count: fc.integer({ min: 1, max: 2 }) }), { nil: undefined }),
  fills: fc.uniqueArray(fc.record({ row: fc.integer({ min: 2, max: ROWS }), col: fc.integer({ min: 1, max: 6 }) }), { maxLength: 4, selector: (c) => `${c.row},${c.col}` }),
});
const userOp: fc.Arbitrary<UserOp> = fc.oneof(
  fc.record({ op: fc.constant('type' as const), row: fc.integer({ min: 1, max: ROWS + 3 }), col: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.integer({ min: 1, max: ROWS + 2 }), count: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.integer({ min: 1, max: ROWS + 2 }), count: fc.integer({ min: 1, max: 2 }) }),
  fc.constant({ op: 'undo' as const }),
);

type PlanSpec = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function planOf(p: PlanSpec): Plan {
  const edits: Edit[] = [];
  // Edits after an insert are in the coordinates after it (as the engine plans them).
  if (p.insert) edits.push({ kind: 'insertRows', sheet: S, at: p.insert.at, count: p.insert.count, formatFrom: p.insert.at - 1 });
  const shift = (r: number) => (p.insert && r >= p.insert.at ? r + p.insert.count : r);
  for (const c of p.cells) {
    const row = shift(c.row);
    if (c.kind === 0) edits.push({ kind: 'value', sheet: S, row, col: c.col, value: `写入${row}-${c.col}` });
    else if (c.kind === 1) edits.push({ kind: 'value', sheet: S, row, col: c.col, value: row * 100 + c.col });
    else edits.push({ kind: 'formula', sheet: S, row, col: c.col, formula: `B${row}+${c.col}`, cached: null });
  }
  if (p.insert) {
    for (let r = p.insert.at; r < p.insert.at + p.insert.count; r++) {
      edits.push({ kind: 'value', sheet: S, row: r, col: 1, value: `新增${r}` });
      edits.push({ kind: 'formula', sheet: S, row: r, col: 3, formula: `B${r}*2`, cached: null });
    }
  }
  for (const f of p.fills) edits.push({ kind: 'fill', sheet: S, row: shift(f.row), col: f.col, color: '#FFC7CE' });
  return { edits };
}

function sheet(xl: ExcelDouble) {
  return xl.state.sheet(S)!;
}

function cells(xl: ExcelDouble): { row: number; col: number; cell: Cell }[] {
  const out: { row: number; col: number; cell: Cell }[] = [];
  sheet(xl).rows.forEach((r, i) => r?.forEach((c, j) => c && (c.v !== '' || c.f) && out.push({ row: i + 1, col: j + 1, cell: c })));
  return out;
}

function applyUser(xl: ExcelDouble, ops: UserOp[]): void {
  let n = 0;
  for (const o of ops) {
    if (o.op === 'type') xl.userType(`${String.fromCharCode(64 + o.col)}${o.row}`, `用户${++n}`);
    else if (o.op === 'insert') xl.userInsertRows(o.at, o.count);
    else if (o.op === 'delete') xl.userDeleteRows(o.at, o.count);
    else xl.excelUndo();
  }
}

const contentOf = (c: Cell | undefined, row: number): string => (!c ? '' : c.f ? templateOf(c.f, row) : String(c.v));

describe('safeRevert', () => {
  test('with nothing changed since, it puts every cell back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (p) => {
        const xl = book();
        const before = xl.sheetData(S);
        const undo = await apply(xl, planOf(p));
        const rep = await undoSafely(xl, undo);
        expect(rep.refused).toBe(false);
        expect(rep.leftAlone).toBe(0);
        const after = xl.sheetData(S);
        expect(after.formulas).toEqual(before.formulas);
        expect(after.values).toEqual(before.values);
        expect(after.fills).toEqual(before.fills);
      }),
      { numRuns: 60 },
    );
  });

  test('after Ctrl+Z of the command it refuses in one line and changes nothing', async () => {
    const xl = book();
    const undo = await apply(
      xl,
      planOf({
        cells: [
          { row: 3, col: 5, kind: 0 },
          { row: 4, col: 3, kind: 2 },
        ],
        insert: { at: 5, count: 2 },
        fills: [{ row: 2, col: 1 }],
      }),
    );
    expect(xl.excelUndo()).toBe(true);
    const before = xl.sheetData(S);
    const rep = await undoSafely(xl, undo);
    expect(rep.refused).toBe(true);
    expect(rep.message).toMatch(/^未执行撤销：.*Ctrl\+Z/);
    expect(xl.sheetData(S)).toEqual(before);
  });

  test('property: never changes a cell the user changed; restores every cell still ours', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, fc.array(userOp, { maxLength: 6 }), async (p, ops) => {
        const xl = book();
        const original = new Map(cells(xl).map(({ row, col, cell }) => [`${row},${col}`, contentOf(cell, row)]));
        const undo = await apply(xl, planOf(p));
        // Tag what the command wrote (with what it must become) and everything else.
        const beforeOf = new Map<string, unknown>();
        for (const r of undo.sheets[0].written!.contents) r.values.forEach((_v, i) => beforeOf.set(`${r.top + i},${r.col}`, ''));
        for (const r of undo.sheets[0].contents) r.values.forEach((v, i) => beforeOf.set(`${r.top + i},${r.col}`, v));
        for (const { row, col, cell } of cells(xl)) cell.tag = beforeOf.has(`${row},${col}`) ? `ours:${row},${col}` : `orig:${row},${col}`;
        applyUser(xl, ops);
        let n = 0;
        for (const { cell } of cells(xl)) cell.tag ??= `user:${n++}`;
        const now = cells(xl);
        const mine = now.filter((x) => x.cell.tag!.startsWith('ours:'));
        const theirs = now.filter((x) => !x.cell.tag!.startsWith('ours:'));
        const occupied = new Set(now.map((x) => `${x.row},${x.col}`));

        const rep = await undoSafely(xl, undo);
        const after = cells(xl);
        const byTag = new Map(after.filter((x) => x.cell.tag).map((x) => [x.cell.tag!, x]));
        const deleted = rep.deletedRows[S] ?? [];
        const moved = (row: number): number | null => (deleted.includes(row) ? null : row - deleted.filter((d) => d < row).length);

        // 1. Every cell that is not the command's is still there, unchanged.
        for (const t of theirs) {
          const a = byTag.get(t.cell.tag!);
          expect(a).toBeDefined();
          if (!t.cell.f) expect(a!.cell.v).toBe(t.cell.v);
        }
        // 2. Nothing appeared where the command's cells were not.
        const mineAt = new Set(mine.map((m) => `${moved(m.row)},${m.col}`));
        for (const a of after) {
          if (a.cell.tag) continue;
          expect(mineAt.has(`${a.row},${a.col}`)).toBe(true);
        }
        // 3. The command's cells hold what was there before it (those in deleted rows are gone):
        // always when the user only typed; with rows moved, at least where the rows are certain.
        const typedOnly = ops.every((o) => o.op === 'type');
        const typedRows = new Set(ops.map((o) => (o.op === 'type' ? o.row : 0)));
        for (const m of mine) {
          if (!typedOnly) break;
          if (typedRows.has(m.row)) continue;
          const row = moved(m.row);
          if (row === null) continue;
          const [r0, c0] = m.cell.tag!.slice(5).split(',').map(Number);
          const was = beforeOf.get(`${r0},${c0}`);
          const cell = sheet(xl).get(row, m.col);
          const expected = typeof was === 'string' && was.startsWith('=') ? templateOf(was, r0) : String(was ?? '').replace(/^'/, '');
          expect(contentOf(cell, row)).toBe(expected);
        }
        void original;
        void occupied;
      }),
      {
        numRuns: Number(process.env.RUNS ?? 150),
        // Found at RUNS=400: our inserted row's 18-bit signature equal to a user's row after Ctrl+Z (safe-revert-collide.ts).
        examples: [
          [
            {
              cells: [
                { row: 4, col: 6, kind: 0 },
                { row: 2, col: 5, kind: 0 },
                { row: 2, col: 3, kind: 0 },
              ],
              insert: { at: 4, count: 1 },
              fills: [],
            },
            [{ op: 'undo' }, { op: 'type', row: 5, col: 6 }],
          ],
        ],
      },
    );
  });

  test('rows the user inserted above and inside the table, or deleted, do not stop the rest from being restored', async () => {
    const xl = book();
    const before = xl.sheetData(S);
    const undo = await apply(
      xl,
      planOf({ cells: [3, 5, 7, 9].map((row) => ({ row, col: 5, kind: 2 })).concat([{ row: 4, col: 6, kind: 0 }]), insert: { at: 6, count: 1 }, fills: [{ row: 8, col: 2 }] }),
    );
    xl.userInsertRows(1, 2); // above the table
    xl.userInsertRows(7, 1); // inside it
    xl.userType('A7', '用户的行');
    const rep = await undoSafely(xl, undo);
    expect(rep).toMatchObject({ refused: false, leftAlone: 0, rowsDeleted: 1, rowsKept: 0 });
    const after = xl.sheetData(S);
    // What was there before, with the user's three rows in it.
    const expected = before.formulas!.map((r, i) => r.map((f, j) => f ?? before.values[i][j]));
    const got = after.formulas!.map((r, i) => r.map((f, j) => f ?? after.values[i][j]));
    expect(
      got
        .slice(0, 2)
        .flat()
        .filter((x) => x !== null),
    ).toEqual([]);
    expect(got[6][0]).toBe('用户的行');
    const withoutUser = [...got.slice(2, 6), ...got.slice(7)].map((r) => r.slice(0, 4).map((v) => (typeof v === 'string' && v.startsWith('=') ? v.replace(/\d+/, '#') : v)));
    expect(withoutUser).toEqual(expected.map((r) => r.slice(0, 4).map((v) => (typeof v === 'string' && v.startsWith('=') ? v.replace(/\d+/, '#') : v))));
    expect(after.fills!.flat().filter(Boolean)).toEqual([]);
  });

  test('an inserted row the user typed into, in a column the command never wrote, is kept; its neighbour in the same run goes', async () => {
    for (const col of ['H', 'B', 'AB']) {
      const xl = book();
      const undo = await apply(xl, planOf({ cells: [{ row: 3, col: 5, kind: 0 }], insert: { at: 6, count: 2 }, fills: [] }));
      xl.userType(`${col}7`, '用户写在新行里');
      const rep = await undoSafely(xl, undo);
      expect(rep).toMatchObject({ refused: false, rowsDeleted: 1, rowsKept: 1 });
      expect(rep.deletedRows[S]).toEqual([6]);
      expect(xl.sheetData(S).values[5]).toContain('用户写在新行里');
    }
  });

  test('inserted rows: one probe over their span clears the runs it finds empty; a run it meets is read as before', async () => {
    // Two runs of one inserted row each (rows 4 and 9 after the plan), the original row 6 between them.
    const plan: Plan = {
      edits: [
        { kind: 'insertRows', sheet: S, at: 4, count: 1, formatFrom: 3 },
        { kind: 'insertRows', sheet: S, at: 9, count: 1, formatFrom: 8 },
        { kind: 'value', sheet: S, row: 4, col: 1, value: '新增4' },
        { kind: 'value', sheet: S, row: 9, col: 1, value: '新增9' },
      ],
    };
    for (const [typed, kept] of [
      [null, []],
      ['J6', []], // an original row inside the span: the runs lie outside the probe's answer
      ['J9', [9]], // the second run: read, kept; the first still goes
    ] as const) {
      const xl = book();
      const undo = await apply(xl, plan);
      if (typed) xl.userType(typed, '用户');
      const mark = xl.syncLog.length;
      const rep = await undoSafely(xl, undo);
      expect(rep.deletedRows[S] ?? []).toEqual([4, 9].filter((r) => !(kept as readonly number[]).includes(r)));
      expect(rep.rowsKept).toBe(kept.length);
      if (typed) expect(JSON.stringify(xl.sheetData(S).values)).toContain('用户');
      // Nothing typed: 1 read (the columns, the probe riding along) and the revert.
      if (!typed) expect(xl.syncLog.length - mark).toBe(2);
    }
  });

  test('the checks read ahead in the column read count only for rows still where they were recorded', async () => {
    // Two marked cells, one under the other; a value the command wrote in each proves its row.
    const plan: Plan = {
      edits: [5, 6].flatMap((row): Edit[] => [
        { kind: 'value', sheet: S, row, col: 5, value: `写入${row}` },
        { kind: 'fill', sheet: S, row, col: 5, color: '#FFC7CE' },
      ]),
    };
    const fillAt = (xl: ExcelDouble, row: number) => sheet(xl).get(row, 5)?.fill?.color ?? null;
    // Nothing moved: the read-ahead answers the checks, no sync of their own (1 read + 1 revert).
    const still = book();
    const undo0 = await apply(still, plan);
    const mark = still.syncLog.length;
    const rep0 = await undoSafely(still, undo0);
    expect(still.syncLog.length - mark).toBe(2);
    expect([rep0.leftAlone, fillAt(still, 5), fillAt(still, 6)]).toEqual([0, null, null]);
    // A row inserted above moves both down; the user recolours the lower one. The read-ahead at
    // rows 5 and 6 would see row 4's cell (no fill) and our upper cell (ours): trusted, it would
    // leave our upper fill and take the user's colour off the lower one.
    const xl = book();
    const undo = await apply(xl, plan);
    xl.userInsertRows(2, 1);
    xl.userFill('E7', '#00B050');
    const rep = await undoSafely(xl, undo);
    expect(fillAt(xl, 6)).toBeNull();
    expect(fillAt(xl, 7)).toBe('#00B050');
    expect(rep.leftAlone).toBe(1);
  });

  test('an old journal without a fingerprint is refused, not replayed by position', async () => {
    const xl = book();
    const undo = await apply(xl, planOf({ cells: [{ row: 3, col: 5, kind: 0 }], insert: undefined, fills: [] }));
    const old: UndoRecord = { ...undo, version: 1, sheets: undo.sheets.map(({ written: _w, ...s }) => s) };
    const rep = await undoSafely(xl, old);
    expect(rep.refused).toBe(true);
    expect(rep.message).toContain('旧版本');
  });
  // The sheets are looked up only when a read finds one gone: one sync fewer in the usual case.
  test('with its sheet still there, the first sync already reads the touched columns; a sheet gone is named, not an error', async () => {
    const xl = book();
    const undo = await apply(xl, planOf({ cells: [{ row: 3, col: 5, kind: 0 }], insert: undefined, fills: [{ row: 4, col: 2 }] }));
    const mark = xl.syncLog.length;
    const rep = await undoSafely(xl, undo);
    expect(rep.refused).toBe(false);
    // Read with the checks, then the revert.
    expect(xl.syncLog.length - mark).toBe(rep.syncs);
    expect(rep.syncs).toBeLessThanOrEqual(3);
    const again = await apply(xl, planOf({ cells: [{ row: 3, col: 5, kind: 0 }], insert: undefined, fills: [] }));
    xl.state.sheet(S)!.name = 'Other';
    const gone = await undoSafely(xl, again);
    expect(gone.refused).toBe(true);
    expect(gone.notes.join('')).toContain('工作表“Sheet1”已不存在');
  });
});
