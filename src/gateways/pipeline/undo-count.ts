/**
 * What the history says a step changed, in the unit the 撤销 line uses (safe-revert-check.ts): the
 * cells outside the rows the step inserted, each once whatever it changed there (content, fill,
 * note), and the inserted rows apart — their cells go with them. Session 20 counted every cell the
 * plan wrote, those in its new rows too, plus the rows (自评（191 处修改）), while 撤销 counted each
 * fill, note and content it put back (已撤销 78 处修改，删除插入的 9 行): two numbers for one step.
 */
import { parseRect } from '../../sheet/a1';
import { insertedFinalRows } from './phases/record';
import type { UndoRecord } from './undo-record';

export interface StepCounts {
  /** Cells changed outside the inserted rows. */
  cells: number;
  /** Rows inserted. */
  rows: number;
}

export function stepCounts(undo: UndoRecord): StepCounts {
  let cells = 0;
  let rows = 0;
  for (const u of undo.sheets) {
    const inserted = new Set(insertedFinalRows(u.insertedRows));
    rows += inserted.size;
    const seen = new Set<string>();
    const add = (row: number, col: number): void => {
      if (!inserted.has(row)) seen.add(`${row},${col}`);
    };
    const wrote = new Map<string, unknown>();
    for (const r of u.written?.contents ?? []) r.values.forEach((v, i) => wrote.set(`${r.top + i},${r.col}`, v));
    for (const r of u.contents)
      r.values.forEach((before, i) => {
        // A cell a merge emptied that was empty before: nothing changed (records of session 19 and earlier).
        if (before === '' && (wrote.get(`${r.top + i},${r.col}`) ?? '') === '') return;
        add(r.top + i, r.col);
      });
    const areas = [...u.fills.flatMap((f) => f.addresses), ...u.patterns.map((p) => p.address), ...u.notesAdded, ...u.notesReplaced.map((n) => n.address)];
    for (const a of areas.flatMap((l) => l.split(','))) {
      const rc = parseRect(a.trim());
      if (!rc) continue;
      for (let row = rc.top; row <= rc.bottom; row++) for (let col = rc.left; col <= rc.right; col++) add(row, col);
    }
    cells += seen.size;
  }
  return { cells, rows };
}
