/**
 * Plan → per-sheet work: every edit of the plan mapped to the sheet's final coordinates (after
 * all its row insertions) and grouped by kind, so that the phase builders can group neighbouring
 * cells regardless of where the insertions were. An edit after an insertRows is already in
 * shifted coordinates (sheet/plan.ts); formulas planned before an insert get their references
 * moved as Excel moves them when the rows go in first.
 */
import type { CellValue } from '../../sheet/grid';
import type { Edit, Plan } from '../../sheet/plan';
import { moveReferences, type RowMap } from '../../sheet/shift-formula';
import type { Rect } from '../../sheet/a1';
import { toInput } from './cell-input';
import { laterRows, type Insert } from './insert-sim';
import type { SheetSnapshot, Snapshot } from './snapshot';
import type { RestoreValue } from './undo-record';

/** Cells are keyed row * KEY + col in the maps below (columns stay under Excel's 16 384). */
const KEY = 20000;
export const cellKey = (row: number, col: number): number => row * KEY + col;
export const cellOf = (k: number): { row: number; col: number } => ({ row: Math.floor(k / KEY), col: k % KEY });

export type MergeEdit = { kind: 'merge'; rect: Rect } | { kind: 'extend'; row: number; col: number; bottom: number };

/** One sheet's share of a plan, in final coordinates. */
export interface SheetWork {
  name: string;
  snap: SheetSnapshot;
  inserts: Insert[];
  contents: Map<number, RestoreValue>;
  numFormats: Map<number, string>;
  fills: Map<number, string>;
  bold: Set<number>;
  notes: Map<number, string>;
  mergeEdits: MergeEdit[];
  /** copyFormat edits: target (final coordinates) → source column (same row). */
  copies: Map<number, number>;
}

function emptyWork(name: string, snap: SheetSnapshot): SheetWork {
  return { name, snap, inserts: [], contents: new Map(), numFormats: new Map(), fills: new Map(), bold: new Set(), notes: new Map(), mergeEdits: [], copies: new Map() };
}

export function collectWork(plan: Plan, snapshot: Snapshot): SheetWork[] {
  const works = new Map<string, SheetWork>();
  const staged: { work: SheetWork; edit: Edit; inserted: number; insertCounts: Map<string, number> }[] = [];
  let insertCounts: Map<string, number> | null = null;
  for (const edit of plan.edits) {
    let work = works.get(edit.sheet);
    if (!work) {
      const snap = snapshot.sheets.find((s) => s.name === edit.sheet);
      if (!snap) throw new Error(`计划修改的工作表“${edit.sheet}”不在读取的快照中`);
      work = emptyWork(edit.sheet, snap);
      works.set(edit.sheet, work);
    }
    if (edit.kind === 'insertRows') {
      if (edit.count > 0) work.inserts.push({ at: edit.at, count: edit.count, formatFrom: edit.formatFrom });
      insertCounts = null;
    } else {
      // Edits between two inserts share one record of the insert counts.
      insertCounts ??= new Map([...works.values()].map((x) => [x.name, x.inserts.length]));
      if (!insertCounts.has(work.name)) insertCounts.set(work.name, work.inserts.length);
      staged.push({ work, edit, inserted: work.inserts.length, insertCounts });
    }
  }
  const byLower = new Map([...works.values()].map((x) => [x.name.toLowerCase(), x]));
  for (const { work, edit, inserted, insertCounts } of staged) {
    const later = laterRows(work.inserts, inserted);
    const final = (row: number): number => (later ? later(row) : row);
    switch (edit.kind) {
      case 'value': {
        const k = cellKey(final(edit.row), edit.col);
        const value: CellValue = edit.value;
        let numFormat = edit.numFormat;
        if (value instanceof Date && numFormat === undefined) numFormat = 'yyyy-mm-dd';
        work.contents.set(k, toInput(value));
        if (numFormat !== undefined) work.numFormats.set(k, numFormat);
        break;
      }
      case 'formula': {
        const k = cellKey(final(edit.row), edit.col);
        // Rows are inserted before anything is written: a formula planned before an insert must
        // have its references moved as Excel would have moved them (on every sheet it points at).
        // `insertCounts`: how many inserts each sheet had when this edit was planned; the rest came later.
        const mapOf = (sheet: string): RowMap | undefined => {
          const x = byLower.get(sheet);
          return x ? laterRows(x.inserts, insertCounts.get(x.name) ?? 0) : undefined;
        };
        work.contents.set(k, '=' + moveReferences(edit.formula.replace(/^=/, ''), edit.sheet, mapOf));
        if (edit.numFormat !== undefined) work.numFormats.set(k, edit.numFormat);
        break;
      }
      case 'fill':
        work.fills.set(cellKey(final(edit.row), edit.col), edit.color.toUpperCase());
        break;
      case 'bold':
        work.bold.add(cellKey(final(edit.row), edit.col));
        break;
      case 'note':
        work.notes.set(cellKey(final(edit.row), edit.col), edit.text);
        break;
      case 'merge':
        work.mergeEdits.push({ kind: 'merge', rect: { top: final(edit.top), bottom: final(edit.bottom), left: edit.left, right: edit.right } });
        break;
      case 'extendMerge':
        work.mergeEdits.push({ kind: 'extend', row: final(edit.row), col: edit.col, bottom: final(edit.bottom) });
        break;
      case 'copyFormat':
        // Only same-row copies (new columns taking the table's look) are supported here.
        if (edit.fromRow === edit.row) for (let k = 0, n = edit.cols ?? 1; k < n; k++) work.copies.set(cellKey(final(edit.row), edit.col + k), edit.fromCol);
        break;
    }
  }
  return [...works.values()];
}

/** The cells of a key → value map, column by column (columns ascending). */
export function byColumn<T>(cells: Map<number, T>): Map<number, Map<number, T>> {
  const out = new Map<number, Map<number, T>>();
  for (const [k, v] of cells) {
    const { row, col } = cellOf(k);
    let column = out.get(col);
    if (!column) out.set(col, (column = new Map()));
    column.set(row, v);
  }
  return new Map([...out].sort((x, y) => x[0] - y[0]));
}

export function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
