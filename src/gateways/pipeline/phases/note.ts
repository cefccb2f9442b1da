/**
 * Note phase: add a note, or replace the one the cell had (kept for undo). Without a notes API
 * (ExcelApi < 1.18) or notes unread, the notes are skipped and counted. A cell with a threaded
 * comment cannot take a note (a cell holds one or the other; Excel refuses the add): its note is
 * left out and named, its mark (the fill) stays.
 */
import { colLetters } from '../../../sheet/a1';
import { ACTION_OVERHEAD, jsonBytes } from '../batching';
import { PHASE, type Op } from '../ops';
import type { Capabilities } from '../snapshot';
import { cellOf } from '../work';
import type { SheetJob } from './job';

export interface NotePhase {
  ops: Op[];
  /** Notes left out for want of a notes API. */
  skipped: number;
  /** Cells (sheet-qualified, as the plan numbers them) whose note was left out for their threaded comment. */
  besideComments: string[];
}

export function notePhase(job: SheetJob, capabilities: Capabilities): NotePhase {
  const { work, undo } = job;
  const ops: Op[] = [];
  const besideComments: string[] = [];
  if (!work.notes.size) return { ops, skipped: 0, besideComments };
  const existingNotes = work.snap.notes;
  if (!capabilities.notes || !existingNotes) return { ops, skipped: work.notes.size, besideComments };
  const threaded = work.snap.threadedComments;
  for (const [k, text] of work.notes) {
    const { row, col } = cellOf(k);
    const address = `${colLetters(col)}${row}`;
    const original = job.originalRow(row);
    const before = original === null ? null : `${colLetters(col)}${original}`;
    if (before !== null && threaded?.has(before)) {
      besideComments.push(`${work.name}!${address}`);
      continue;
    }
    const existing = before === null ? undefined : existingNotes.get(before);
    if (existing !== undefined) undo.notesReplaced.push({ address, content: existing });
    else undo.notesAdded.push(address);
    ops.push({
      phase: PHASE.note,
      bytes: ACTION_OVERHEAD + jsonBytes(text),
      resp: 0,
      actions: [existing !== undefined ? { kind: 'setNote', sheet: work.name, address, text } : { kind: 'addNote', sheet: work.name, address, text }],
    });
  }
  return { ops, skipped: 0, besideComments };
}

/** The result's one line for the notes left out beside threaded comments (the first few cells named). */
export function besideCommentsLine(cells: string[]): string | null {
  if (!cells.length) return null;
  const shown = cells.slice(0, 10).join('、');
  const more = cells.length > 10 ? ` 等 ${cells.length} 处` : '';
  return `${shown}${more} 已有线程批注（新式批注），Excel 的单元格不能同时有批注（便笺）和线程批注，故未加批注；标记颜色保留，说明请在助手中查看`;
}
