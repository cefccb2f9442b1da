/**
 * Before-state phase: what undo must put back. Contents come from the snapshot (no read); number
 * formats from the snapshot where it read them, else read in the first round trip; fills and
 * bold are always read in the first round trip (none for cells outside the formatted area). A
 * read queued before the writes sees the sheet before them. `finish` turns the reads into the
 * undo record, with the fingerprint of what the plan leaves (record.ts), once they arrived.
 */
import { colLetters, rectAddress } from '../../../sheet/a1';
import { restoreInput } from '../cell-input';
import { ACTION_OVERHEAD, addressLists, segments } from '../batching';
import { PHASE, type Op } from '../ops';
import { toColumnRuns, type ColumnRun, type RestoreValue } from '../undo-record';
import { cellKey, cellOf, pushTo } from '../work';
import { unformatted, type SheetJob } from './job';
import { writtenRecord } from './record';

/** Response bytes per cell of a fill-and-bold read (fill colour, pattern, pattern colour, bold). */
const LOOK_BYTES = 110;
const NUMFMT_BYTES = 14;

type Look = { color: string; pattern: string; patternColor?: string };

/**
 * `cleared`: cells a merge empties; `moved`: a formula as it reads once the plan's rows are in.
 * Returns the read ops (phase 0) and `finish`, to call after they were delivered.
 */
export function beforeStatePhase(job: SheetJob, cleared: Set<number>, moved: (sheet: string, v: RestoreValue) => RestoreValue): { ops: Op[]; finish: () => void } {
  const { work, undo, grid } = job;
  const ops: Op[] = [];

  // ---- contents: from the snapshot
  const before: { row: number; col: number; value: RestoreValue }[] = [];
  // A merge's cells that were empty already (a merged group grown over inserted rows) are not
  // changed by it: recorded, 撤销 counted them as changes "left alone" when their rows were not re-found.
  const touched = new Set<number>([...work.contents.keys(), ...[...cleared].filter((k) => changedByMerge(job, k))]);
  for (const k of touched) {
    const { row, col } = cellOf(k);
    const original = job.originalRow(row);
    if (original === null) continue;
    before.push({ row, col, value: moved(work.name, restoreInput(grid, original, col)) });
  }
  undo.contents = toColumnRuns(before);
  const wroteContents = toColumnRuns([...touched].map((k) => ({ ...cellOf(k), value: work.contents.get(k) ?? '' })));

  // ---- number formats: the snapshot's where known, else read
  const formatsBefore: { row: number; col: number; value: string }[] = [];
  const toRead = new Map<number, number[]>(); // col → original rows
  const finalRowOf = new Map<number, number>(); // key(original row, col) → final row
  for (const k of work.numFormats.keys()) {
    const { row, col } = cellOf(k);
    const original = job.originalRow(row);
    if (original === null) continue;
    const known = unformatted(job, original, col) ? 'General' : work.snap.formats[original - 1]?.[col - 1];
    if (known !== null && known !== undefined) formatsBefore.push({ row, col, value: known });
    else {
      pushTo(toRead, col, original);
      finalRowOf.set(cellKey(original, col), row);
    }
  }
  for (const [col, rows] of toRead) {
    rows.sort((a, b) => a - b);
    for (const seg of segments(rows, NUMFMT_BYTES)) {
      const into = (formats: unknown[][]): void => {
        for (let r = seg.top; r <= seg.bottom; r++) {
          const finalRow = finalRowOf.get(cellKey(r, col));
          if (finalRow !== undefined) formatsBefore.push({ row: finalRow, col, value: String(formats[r - seg.top][0]) });
        }
      };
      const address = rectAddress({ top: seg.top, bottom: seg.bottom, left: col, right: col });
      ops.push({
        phase: PHASE.read,
        bytes: ACTION_OVERHEAD,
        resp: (seg.bottom - seg.top + 1) * NUMFMT_BYTES,
        actions: [{ kind: 'readNumberFormats', sheet: work.name, address, into }],
      });
    }
  }

  // ---- fills and bold: read
  const fillBefore = new Map<number, Look>();
  const boldBefore = new Map<number, boolean>();
  const lookRows = new Map<number, number[]>(); // col → original rows
  const lookFinal = new Map<number, number>();
  for (const k of new Set([...work.fills.keys(), ...work.bold])) {
    const { row, col } = cellOf(k);
    const original = job.originalRow(row);
    if (original === null) continue;
    if (unformatted(job, original, col)) {
      if (work.fills.has(k)) fillBefore.set(k, { color: '#FFFFFF', pattern: 'None' });
      if (work.bold.has(k)) boldBefore.set(k, false);
      continue;
    }
    pushTo(lookRows, col, original);
    lookFinal.set(cellKey(original, col), row);
  }
  for (const [col, rows] of lookRows) {
    rows.sort((a, b) => a - b);
    for (const seg of segments(rows, LOOK_BYTES)) {
      const address = rectAddress({ top: seg.top, bottom: seg.bottom, left: col, right: col });
      ops.push({
        phase: PHASE.read,
        bytes: ACTION_OVERHEAD,
        resp: (seg.bottom - seg.top + 1) * LOOK_BYTES,
        actions: [
          {
            kind: 'readLooks',
            sheet: work.name,
            address,
            into: (looks) => {
              for (let r = seg.top; r <= seg.bottom; r++) {
                const finalRow = lookFinal.get(cellKey(r, col));
                if (finalRow === undefined) continue;
                const look = looks[r - seg.top][0];
                const k = cellKey(finalRow, col);
                if (work.fills.has(k)) fillBefore.set(k, look.fill);
                if (work.bold.has(k)) boldBefore.set(k, look.bold);
              }
            },
          },
        ],
      });
    }
  }

  const finish = (): void => {
    undo.numFormats = toColumnRuns(formatsBefore);
    const byColor = new Map<string | null, { row: number; col: number }[]>();
    const painted = new Map<string, { row: number; col: number }[]>();
    for (const [k, fill] of fillBefore) {
      const cell = cellOf(k);
      if (fill.pattern === 'Solid' && fill.color === work.fills.get(k)) continue; // unchanged
      pushTo(painted, work.fills.get(k)!, cell);
      if (fill.pattern === 'None' || fill.pattern === 'Solid') pushTo(byColor, fill.pattern === 'None' ? null : fill.color, cell);
      else
        undo.patterns.push({
          address: `${colLetters(cell.col)}${cell.row}`,
          pattern: fill.pattern,
          color: fill.color,
          ...(fill.patternColor ? { patternColor: fill.patternColor } : {}),
        });
    }
    undo.fills = [...byColor].map(([color, cells]) => ({ color, addresses: addressLists(cells, job.addressChunk) }));
    undo.unbold = addressLists(
      [...boldBefore].filter(([, bold]) => !bold).map(([k]) => cellOf(k)),
      job.addressChunk,
    );
    undo.written = writtenRecord(job, { contents: wroteContents as ColumnRun<RestoreValue>[], cleared, painted });
  };
  return { ops, finish };
}

/** A cell a merge empties is a change when it held something, or is in an inserted row (deleted on 撤销 with it). */
function changedByMerge(job: SheetJob, k: number): boolean {
  const { row, col } = cellOf(k);
  const original = job.originalRow(row);
  return original === null || restoreInput(job.grid, original, col) !== '';
}
