/**
 * Undo what a plan did, as host-neutral operations in the order they must run: unmerge the
 * merged areas the plan created; clear the formats it copied into unformatted cells; clear the
 * cells that were empty (address lists), write the others back per column with `null` between
 * (columnPieces); number formats; fills (by colour, cleared where there was none; patterned fills
 * one by one); bold; merge again the areas the plan replaced; delete or restore notes; delete the
 * inserted rows, last insertion first.
 */
import { parseRect, rectAddress, type Rect } from '../../sheet/a1';
import { ACTION_OVERHEAD, DEFAULT_ADDRESS_CHUNK, addressLists, columnPieces, jsonBytes } from './batching';
import { REVERT_PHASE, type Action, type Op } from './ops';
import type { RestoreValue, UndoRecord } from './undo-record';
import { cellKey } from './work';

const MAX_OP_BYTES = 1024 * 1024;

export function revertOps(undo: UndoRecord): Op[] {
  const ops: Op[] = [];
  for (const u of undo.sheets) {
    const sheet = u.name;
    const add = (phase: number, bytes: number, action: Action): void => {
      ops.push({ phase, bytes: ACTION_OVERHEAD + bytes, resp: 0, actions: [action] });
    };
    for (const m of u.mergesCreated) add(REVERT_PHASE.unmerge, 0, { kind: 'unmerge', sheet, address: rectAddress(m) });
    // Formats copied into unformatted cells go first; the finer restores below then apply on top.
    const copied = (u.formatsCopied ?? []).flatMap((a) => cellsOf(parseRect(a) as Rect));
    const wasCopied = new Set(copied.map((c) => cellKey(c.row, c.col)));
    for (const list of addressLists(copied, DEFAULT_ADDRESS_CHUNK)) add(REVERT_PHASE.clearFormats, list.length, { kind: 'clear', sheet, areas: list, what: 'Formats' });
    // Cells that were empty are cleared through address lists; the others are written back.
    const empty: { row: number; col: number }[] = [];
    const contents = new Map<number, Map<number, RestoreValue>>();
    for (const r of u.contents) {
      r.values.forEach((v, i) => {
        if (v === '') empty.push({ row: r.top + i, col: r.col });
        else columnOf(contents, r.col).set(r.top + i, v);
      });
    }
    for (const list of addressLists(empty, DEFAULT_ADDRESS_CHUNK)) add(REVERT_PHASE.contents, list.length, { kind: 'clear', sheet, areas: list, what: 'Contents' });
    // A cell whose formats were cleared above is already 'General'.
    const formats = new Map<number, Map<number, RestoreValue>>();
    for (const r of u.numFormats) {
      r.values.forEach((v, i) => {
        const row = r.top + i;
        if (v === 'General' && wasCopied.has(cellKey(row, r.col))) return;
        columnOf(formats, r.col).set(row, v);
      });
    }
    for (const [phase, kind, byCol] of [
      [REVERT_PHASE.contents, 'setFormulas', contents],
      [REVERT_PHASE.numberFormat, 'setNumberFormat', formats],
    ] as const) {
      for (const [col, column] of byCol) {
        for (const piece of columnPieces(column, (v) => jsonBytes(v), MAX_OP_BYTES)) {
          const address = rectAddress({ top: piece.top, bottom: piece.top + piece.values.length - 1, left: col, right: col });
          add(phase, piece.bytes + address.length, { kind, sheet, address, values: piece.values });
        }
      }
    }
    for (const f of u.fills) for (const list of f.addresses) add(REVERT_PHASE.looks, list.length, { kind: 'setFill', sheet, areas: list, color: f.color });
    for (const p of u.patterns) {
      add(REVERT_PHASE.looks, 100, {
        kind: 'setPattern',
        sheet,
        address: p.address,
        pattern: p.pattern,
        color: p.color,
        ...(p.patternColor ? { patternColor: p.patternColor } : {}),
      });
    }
    for (const list of u.unbold) add(REVERT_PHASE.looks, list.length, { kind: 'setBold', sheet, areas: list, bold: false });
    for (const m of u.mergesRemoved) add(REVERT_PHASE.merge, 0, { kind: 'merge', sheet, address: rectAddress(m) });
    for (const address of u.notesAdded) add(REVERT_PHASE.note, 0, { kind: 'deleteNote', sheet, address });
    for (const n of u.notesReplaced) add(REVERT_PHASE.note, jsonBytes(n.content), { kind: 'setNote', sheet, address: n.address, text: n.content });
    for (let i = u.insertedRows.length - 1; i >= 0; i--) {
      const { at, count } = u.insertedRows[i];
      add(REVERT_PHASE.deleteRows, 0, { kind: 'deleteRows', sheet, rows: `${at}:${at + count - 1}` });
    }
  }
  return ops.sort((a, b) => a.phase - b.phase);
}

function columnOf<T>(m: Map<number, Map<number, T>>, col: number): Map<number, T> {
  let column = m.get(col);
  if (!column) m.set(col, (column = new Map()));
  return column;
}

function cellsOf(r: Rect): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let col = r.left; col <= r.right; col++) for (let row = r.top; row <= r.bottom; row++) out.push({ row, col });
  return out;
}
