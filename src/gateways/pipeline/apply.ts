/**
 * The host-neutral half of applying a plan: plan → per-sheet work (work.ts) → phase builders
 * (phases/: insert, merge, copy-format, before-state, write, fill, note), each returning Ops →
 * batches (batches.ts) → a host's Sender (ops.ts). Also builds the undo record: what the
 * snapshot knows at once, the rest from the reads of the first round trip (`afterReads`).
 *
 * Order in the sheet: before-state reads; inserts (a copy of `formatFrom` around merged areas);
 * format copies into new columns and the fill under a mark; contents (tiles, copies, column
 * pieces); number formats; fills; bold; notes; merges; then the host recalculates.
 */
import type { Plan } from '../../sheet/plan';
import { moveReferences } from '../../sheet/shift-formula';
import { MAX_ROWS } from '../../sheet/a1';
import { DEFAULT_ADDRESS_CHUNK } from './batching';
import { laterRows, originalRows } from './insert-sim';
import type { Op, Sender } from './ops';
import { beforeStatePhase } from './phases/before-state';
import { copyFormatPhase, type FillUnderMark } from './phases/copy-format';
import { fillPhase } from './phases/fill';
import { insertPhase } from './phases/insert';
import type { SheetJob } from './phases/job';
import { mergePhase } from './phases/merge';
import { besideCommentsLine, notePhase } from './phases/note';
import { writePhase } from './phases/write';
import type { Capabilities, Snapshot } from './snapshot';
import { emptyUndoSheet, type RestoreValue, type UndoRecord } from './undo-record';
import { collectWork, type SheetWork } from './work';
import { tablePastEndLine } from './tables';
import { tableWriteLine } from './table-writes';

export interface BuildOptions {
  /** Longest address list per multi-area action (Office: getRanges). */
  addressChunk?: number;
  /** Default: the snapshot's. */
  capabilities?: Capabilities;
  /**
   * The fill a cell had before the last validation marked it (null: none), by original
   * coordinates; undefined when it is not marked. Formats copied from a marked cell take that
   * fill, not the mark's colour.
   */
  fillUnderMark?: FillUnderMark;
}

export interface ApplyBuild {
  /** Sorted by phase (stable: sheet order kept within a phase). */
  ops: Op[];
  /** Complete once `afterReads` ran. */
  undo: UndoRecord;
  /** Call once the first round trip (the reads) is done — or at once when nothing was sent. */
  afterReads: () => void;
  /** Notes left out because the host has no notes API. */
  skippedNotes: number;
  /** Cells whose note was left out because they hold a threaded comment (sheet-qualified). */
  notesBesideComments: string[];
  warnings: string[];
  /** Formulas the plan writes, by sheet: cell key (final coordinates, work.ts) → formula and whether the plan sets its number format. */
  formulas: Map<string, Map<number, { formula: string; numFormat: boolean }>>;
}

/** Thrown when a write round trip failed; `undo` reverts what was applied before it (when known). */
export class ApplyError extends Error {
  constructor(
    message: string,
    readonly cause: unknown,
    readonly undo: UndoRecord | null,
  ) {
    super(message);
    this.name = 'ApplyError';
  }
}

export function buildApply(plan: Plan, snapshot: Snapshot, options: BuildOptions = {}): ApplyBuild {
  const capabilities = options.capabilities ?? snapshot.capabilities;
  const addressChunk = options.addressChunk ?? DEFAULT_ADDRESS_CHUNK;
  const warnings: string[] = [];
  const works = collectWork(plan, snapshot);
  const undo: UndoRecord = { version: 2, createdAt: new Date().toISOString(), sheets: [], warnings };
  const ops: Op[] = [];
  const finishers: (() => void)[] = [];
  let skippedNotes = 0;
  const besideComments: string[] = [];
  const moved = movedByInserts(works);
  for (const work of works) refuseProtected(work);
  for (const work of works) refuseInsertPastEnd(work);
  for (const line of works.flatMap((w) => [tablePastEndLine(w), tableWriteLine(w)])) if (line) throw new ApplyError(line, null, null);
  for (const work of works) {
    const job: SheetJob = { work, undo: emptyUndoSheet(work.name), grid: work.snap.grid, originalRow: originalRows(work.inserts), addressChunk, warnings };
    undo.sheets.push(job.undo);
    job.undo.insertedRows = work.inserts.map(({ at, count }) => ({ at, count }));
    const inserted = insertPhase(job);
    const mergesAtWrite = [...inserted.merges];
    const merged = mergePhase(job, inserted.merges);
    const copyOps = copyFormatPhase(job, merged.merges, options.fillUnderMark);
    const before = beforeStatePhase(job, merged.cleared, moved);
    finishers.push(before.finish);
    const writeOps = writePhase(job, mergesAtWrite, merged.merges);
    const fillOps = fillPhase(job);
    const notes = notePhase(job, capabilities);
    skippedNotes += notes.skipped;
    besideComments.push(...notes.besideComments);
    for (const list of [before.ops, inserted.ops, copyOps, writeOps, fillOps, notes.ops, merged.ops]) for (const op of list) ops.push(op);
  }
  if (skippedNotes) warnings.push(`此版本 Excel 不支持批注（notes，需 ExcelApi 1.18），已跳过 ${skippedNotes} 条`);
  const beside = besideCommentsLine(besideComments);
  if (beside) warnings.push(beside);
  ops.sort((a, b) => a.phase - b.phase); // stable: keeps sheet order within a phase
  const formulas = new Map(
    works.map((w) => [
      w.name,
      new Map([...w.contents].filter(([, v]) => typeof v === 'string' && v.startsWith('=')).map(([k, v]) => [k, { formula: v as string, numFormat: w.numFormats.has(k) }])),
    ]),
  );
  return { ops, undo, afterReads: () => finishers.forEach((f) => f()), skippedNotes, notesBesideComments: besideComments, warnings, formulas };
}

/**
 * A formula the plan overwrites is put back as it reads once the plan's rows are in (its
 * references moved as Excel moves them), not as the snapshot read it.
 */
function movedByInserts(works: SheetWork[]): (sheet: string, v: RestoreValue) => RestoreValue {
  const insertsOf = new Map(works.map((x) => [x.name.toLowerCase(), x.inserts]));
  const anyInsert = [...insertsOf.values()].some((list) => list.length);
  return (sheet, v) =>
    typeof v === 'string' && v.startsWith('=') && anyInsert
      ? '=' +
        moveReferences(v.slice(1), sheet, (name) => {
          const inserts = insertsOf.get(name);
          return inserts ? laterRows(inserts, 0) : undefined;
        })
      : v;
}

/** Send the batches in order; the first carried the reads. A failure says which batch, with the undo of what went before (once known). */
export async function sendBatches(build: ApplyBuild, batches: Op[][], sender: Sender): Promise<void> {
  let readsDone = false;
  for (let i = 0; i < batches.length; i++) {
    try {
      await sender.send(batches[i], i === batches.length - 1);
    } catch (e) {
      throw new ApplyError(`写入第 ${i + 1} 批时出错：${refusalText(e, i > 0)}`, e, readsDone ? build.undo : null);
    }
    if (i === 0) {
      build.afterReads();
      readsDone = true;
    }
  }
  if (!readsDone) build.afterReads();
}

/** Excel's refusal of a change to a protected sheet (protected after the read) in Chinese; any other error as it came. */
function refusalText(e: unknown, earlier: boolean): string {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'AccessDenied' || code === 'InvalidOperation')
    return `Excel 拒绝修改（工作表可能受保护：审阅 › 撤消工作表保护）${earlier ? '，之前各批已写入，可用“撤销”还原' : '，未写入任何内容'}。`;
  return (e as Error).message;
}

/**
 * Excel refuses every change to a protected sheet, and the syncs before the refused one stay
 * applied: say so in one line before anything is written.
 */
function refuseProtected(work: SheetWork): void {
  if (work.snap.protected) throw new ApplyError(PROTECTED_LINE(work.name), null, null);
}

/** The one line for a protected sheet (also the verified undo's, office/safe-revert.ts). */
export const PROTECTED_LINE = (sheet: string): string =>
  `未写入：工作表“${sheet}”受保护，Excel 不允许修改。请先在“审阅 › 撤消工作表保护”中取消保护（如有密码请向设置者索取），再重试。`;

/**
 * Excel refuses to insert rows that would push a cell with contents or formats off the sheet's
 * last row (a stray cell at XFD1048576 is enough): say so in one line before anything is written.
 */
function refuseInsertPastEnd(work: SheetWork): void {
  const count = work.inserts.reduce((n, i) => n + i.count, 0);
  const last = Math.max(work.snap.used?.bottom ?? 0, work.snap.formatted?.bottom ?? 0);
  if (!count || last + count <= MAX_ROWS) return;
  throw new ApplyError(
    `未写入：工作表“${work.name}”第 ${last} 行有内容或格式，已到 Excel 的最后几行（共 ${MAX_ROWS} 行），插入 ${count} 行会把它挤出表格，Excel 不允许。请按 Ctrl+End 找到远处的单元格，清除后重试。`,
    null,
    null,
  );
}
