/**
 * Note phase: add a note, or replace the one the cell had (kept for undo). Without a notes API
 * (ExcelApi < 1.18) or notes unread, the notes are skipped and counted.
 */
import { colLetters } from '../../office/address';
import { ACTION_OVERHEAD, jsonBytes } from '../batching';
import { PHASE, type Op } from '../ops';
import type { Capabilities } from '../snapshot';
import { cellOf } from '../work';
import type { SheetJob } from './job';

export function notePhase(job: SheetJob, capabilities: Capabilities): { ops: Op[]; skipped: number } {
  const { work, undo } = job;
  const ops: Op[] = [];
  if (!work.notes.size) return { ops, skipped: 0 };
  const existingNotes = work.snap.notes;
  if (!capabilities.notes || !existingNotes) return { ops, skipped: work.notes.size };
  for (const [k, text] of work.notes) {
    const { row, col } = cellOf(k);
    const address = `${colLetters(col)}${row}`;
    const original = job.originalRow(row);
    const existing = original === null ? undefined : existingNotes.get(`${colLetters(col)}${original}`);
    if (existing !== undefined) undo.notesReplaced.push({ address, content: existing });
    else undo.notesAdded.push(address);
    ops.push({
      phase: PHASE.note,
      bytes: ACTION_OVERHEAD + jsonBytes(text),
      resp: 0,
      actions: [existing !== undefined ? { kind: 'setNote', sheet: work.name, address, text } : { kind: 'addNote', sheet: work.name, address, text }],
    });
  }
  return { ops, skipped: 0 };
}
