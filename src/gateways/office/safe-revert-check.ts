/**
 * Step 2 and 3 of 撤销's checks (safe-revert.ts) for one sheet: stage the reads of what else must
 * still hold what the command wrote (fills, bold, number formats, notes, merged areas, inserted
 * rows) where its rows are now, then keep of the record only what is provably ours.
 */
import { colLetters, parseRect, rectAddress, type Rect } from '../../sheet/a1';
import type { XlNote, XlRangeAreas } from './api';
import { addressLists, jsonBytes } from '../pipeline/batching';
import type { Capabilities } from '../pipeline/snapshot';
import { holdsWritten, moveFormula, type RowPlace } from '../pipeline/fingerprint';
import { insertedFinalRows } from '../pipeline/phases/record';
import { emptyUndoSheet, toColumnRuns, type RestoreValue, type UndoSheet } from '../pipeline/undo-record';
import {
  KEY,
  PROPS_BYTES,
  READ_CELL_BYTES,
  READ_REQ,
  expand,
  key,
  propsLoad,
  pushTo,
  readNumberFormats,
  readByRect,
  type Cells,
  type ReadOp,
  type SafeRevertOptions,
  type SheetCheck,
} from './safe-revert-reads';
import { stageMergeStrip } from './safe-revert-merges';
import { readMarksUniform } from './safe-revert-uniform';
import { rowsWrittenOutside, type Guess } from './safe-revert-speculate';
import { extendRun, rowCells, rowRun, type RowRun } from './safe-revert-rows';
import { knownCols } from './safe-revert-extra';
import { boldInCopied, copiedCells, mootNumberFormats } from './safe-revert-moot';

/**
 * A row whose signature changed counts as found only when a constant the command wrote is still
 * in it: formulas repeat down a column, so a formula alone proves nothing there (Ctrl+Z and a
 * row inserted by the user can put a row of the same formulas exactly where ours was).
 */
export function proven(place: Map<number, RowPlace>, wroteAt: Map<number, RestoreValue>, cells: Map<number, unknown>): Map<number, RowPlace> {
  // Marks only (no contents): each fill and note is checked by itself.
  if (!wroteAt.size) return place;
  const ok = new Set<number>();
  for (const [k, wrote] of wroteAt) {
    const row = Math.floor(k / KEY);
    const p = place.get(row);
    if (!p || p.same || ok.has(row) || wrote === '' || (typeof wrote === 'string' && wrote.startsWith('='))) continue;
    if (holdsWritten(cells.get(key(p.now, k % KEY)), wrote, row, p.now)) ok.add(row);
  }
  return new Map([...place].filter(([row, p]) => p.same || ok.has(row)));
}

/** Stage the reads of step 2 for one sheet into `reads`; `finish` (after they are sent) decides what is reverted. */
export function stageChecks(
  c: SheetCheck,
  place: Map<number, RowPlace>,
  cells: Map<number, unknown>,
  caps: Capabilities,
  options: SafeRevertOptions,
  reads: ReadOp[],
  guess?: Guess,
) {
  const { u, ws } = c;
  const wr = u.written!;
  const out = emptyUndoSheet(u.name);
  // Counted in cells, each once whatever was put back in it (content, fill, note): the history's unit (undo-count.ts).
  const restored = new Set<number>();
  const left = new Set<number>();
  const wroteAt = new Map<number, RestoreValue>();
  for (const r of wr.contents) r.values.forEach((v, i) => wroteAt.set(key(r.top + i, r.col), v));
  const wroteByRow = new Map<number, [number, RestoreValue][]>();
  for (const [k, v] of wroteAt) pushTo(wroteByRow, Math.floor(k / KEY), [k % KEY, v] as [number, RestoreValue]);
  // The reads are staged where alignment placed each row, before every cell that proves a moved
  // row is in hand (the extra columns ride in the same sync): `at` is then narrowed, in `finish`,
  // to the rows proven ours. A row placed but not proven is read for nothing, never reverted.
  let at = (row: number): RowPlace | undefined => place.get(row);
  const inserted = insertedFinalRows(u.insertedRows);
  const insertedSet = new Set(inserted);
  const ours = new Set<number>(); // recorded keys verified
  const restoreCells: { row: number; col: number; value: RestoreValue }[] = [];
  // A recorded cell (key) whose row is placed at `p` still holds what the command wrote there.
  const stillOurs = (k: number, p: RowPlace | undefined): boolean => {
    const wrote = wroteAt.get(k) ?? '';
    const now = p ? cells.get(key(p.now, k % KEY)) : undefined;
    return !!p && now !== undefined && !(wrote === '' && !p.same) && holdsWritten(now, wrote, Math.floor(k / KEY), p.now);
  };
  // Contents: step 1 (and the extra columns' reads) read them; checked once every read is in.
  const checkContents = (): void => {
    const found = proven(place, wroteAt, cells);
    at = (row) => found.get(row);
    for (const r of u.contents) {
      r.values.forEach((before, i) => {
        const row = r.top + i;
        const k = key(row, r.col);
        const wrote = wroteAt.get(k) ?? '';
        const p = at(row);
        if (!p || !stillOurs(k, p)) {
          // Empty before and written empty (a merge's cells, in records saved before they were left out): no change of ours.
          if (!insertedSet.has(row) && !(before === '' && wrote === '')) left.add(k);
          return;
        }
        ours.add(k);
        if (insertedSet.has(row)) return; // the row goes (or stays, counted there)
        restoreCells.push({ row: p.now, col: r.col, value: moveFormula(before, row, p.now) });
        if (!(before === '' && wrote === '')) restored.add(k);
      });
    }
  };

  // Step 2 reads: fills and bold, number formats, notes, merged areas, inserted rows.
  const cellsOf = (lists: string[]) =>
    lists
      .flatMap((l) => l.split(','))
      .map((a) => parseRect(a.trim())!)
      .flatMap((rc) => expand(rc));
  const paintedColor = new Map<number, string>();
  for (const f of wr.fills) for (const cell of cellsOf(f.addresses)) paintedColor.set(key(cell.row, cell.col), f.color);
  const fillBefore = new Map<number, { color: string | null; pattern?: UndoSheet['patterns'][number] }>();
  for (const f of u.fills) for (const cell of cellsOf(f.addresses)) fillBefore.set(key(cell.row, cell.col), { color: f.color });
  for (const p of u.patterns) {
    const rc = parseRect(p.address)!;
    fillBefore.set(key(rc.top, rc.left), { color: null, pattern: p });
  }
  const unbold = new Set(cellsOf(u.unbold).map((x) => key(x.row, x.col)));
  // Formats 撤销 clears anyway where the cell is still ours: not read (safe-revert-moot.ts).
  const copiedSet = copiedCells(u);
  const nfMoot = mootNumberFormats(u, copiedSet);
  const boldCopied = boldInCopied(u, unbold, new Set(paintedColor.keys()), copiedSet);
  // Its row kept its signature and its content, in hand, is still ours: cleared with the copied formats.
  // Otherwise (changed, or a column step 2 reads) its bold is read as before.
  const boldCleared = new Set<number>();
  for (const k of boldCopied) {
    const p = place.get(Math.floor(k / KEY));
    if (p?.same && !insertedSet.has(Math.floor(k / KEY)) && stillOurs(k, p)) boldCleared.add(k);
  }
  const propCells = new Map<number, { row: number; col: number }>(); // current key → current cell
  const nowOf = (k: number): { row: number; col: number } | null => {
    const row = Math.floor(k / KEY);
    const col = k % KEY;
    const p = at(row);
    return p ? { row: p.now, col } : null;
  };
  const rowWas = (k: number): number => {
    // The row the current key's cell had when recorded, if the first sync read it there.
    const n = nowToWas.get(k);
    return n ?? -1;
  };
  const nowToWas = new Map<number, number>();
  for (const k of new Set([...paintedColor.keys(), ...unbold])) {
    if (boldCleared.has(k)) continue;
    const n = nowOf(k);
    if (!n) continue;
    propCells.set(key(n.row, n.col), n);
    nowToWas.set(key(n.row, n.col), Math.floor(k / KEY));
  }
  // Read where the rows are now, unless they are where an earlier sync already read them.
  const pre = options.preread?.get(u.name) ?? guess?.props ?? undefined;
  const moved = [...propCells].filter(([k]) => !pre || Math.floor(k / KEY) !== rowWas(k) || !pre.has(k));
  // A block of marked cells over several rows: one uniform answer per run (safe-revert-uniform.ts); a
  // run whose cells differ is read cell by cell in one more round (`more`), only then. A run along a
  // row (a header row's four marked cells F:I) is a run too: one answer, not four cells' properties
  // (50 000 rows: 3 847 header rows, 1.32 MB of the check round's answer). Only a cell with no marked
  // neighbour is read by itself: there a uniform answer costs as much request as it saves answer.
  const movedKeys = new Set(moved.map(([k]) => k));
  const inBlock = (k: number): boolean => movedKeys.has(k - KEY) || movedKeys.has(k + KEY) || movedKeys.has(k - 1) || movedKeys.has(k + 1);
  const blockCells = moved.filter(([k]) => inBlock(k));
  const single = moved.filter(([k]) => !inBlock(k));
  const fresh = blockCells.length
    ? readMarksUniform(
        ws,
        blockCells.map(([, v]) => v),
        reads,
      )
    : null;
  const alone: Cells | null = single.length
    ? readByRect(
        ws,
        single.map(([, v]) => v),
        PROPS_BYTES,
        propsLoad,
        reads,
      )
    : null;
  let mixed: Cells | null = null;
  const more = (ops: ReadOp[]): void => {
    const differ = fresh ? blockCells.filter(([k]) => !fresh.has(k)).map(([, v]) => v) : [];
    if (differ.length) mixed = readByRect(ws, differ, PROPS_BYTES, propsLoad, ops);
  };
  const movedSet = new Set(moved.map(([k]) => k));
  const aloneSet = new Set(single.map(([k]) => k));
  const props = { get: (k: number) => (!movedSet.has(k) ? pre!.get(k) : aloneSet.has(k) ? alone!.get(k) : fresh?.has(k) ? fresh.get(k) : mixed?.get(k)) };
  const nfWrote = new Map<number, string>();
  for (const r of wr.numFormats) r.values.forEach((v, i) => nfWrote.set(key(r.top + i, r.col), v));
  // A row still where it was recorded keeps the format read there in step 1, when that read was sent.
  const nfGuessed = new Set<number>();
  const nfCells: { row: number; col: number }[] = [];
  for (const k of nfWrote.keys()) {
    if (nfMoot.has(k)) continue;
    const n = nowOf(k);
    if (!n) continue;
    if (guess && n.row === Math.floor(k / KEY) && guess.nfs.has(k)) nfGuessed.add(k);
    else nfCells.push(n);
  }
  const nfFresh = readNumberFormats(ws, nfCells, reads);
  const nfs = { get: (k: number) => (nfGuessed.has(k) ? guess!.nfs.get(k) : nfFresh.get(k)) };
  const knownNotes = options.notes?.get(u.name);
  const notes = caps.notes
    ? wr.notes.map((n) => {
        const rc = parseRect(n.address)!;
        const now = nowOf(key(rc.top, rc.left));
        const addr = now ? `${colLetters(now.col)}${now.row}` : '';
        if (now && knownNotes) {
          const content = knownNotes.get(addr);
          return { n, now, item: { isNullObject: content === undefined, content: content ?? '' } as Pick<XlNote, 'isNullObject' | 'content'> };
        }
        const read: { n: typeof n; now: typeof now; item: Pick<XlNote, 'isNullObject' | 'content'> | null } = { n, now, item: null };
        if (now) reads.push({ req: READ_REQ + addr.length, resp: 64 + jsonBytes(n.content), run: () => void (read.item = ws.notes.getItemOrNullObject(addr).load('content')) });
        return read;
      })
    : [];
  // Ours is unmerged only when it is still there: its top-left cell is in the range, so one read of it finds it.
  const mergeReads = caps.mergedAreas
    ? u.mergesCreated.map((m) => {
        const rect = movedRect(m, at);
        const read: { m: Rect; rect: Rect | null; areas: XlRangeAreas | null } = { m, rect, areas: null };
        if (rect) reads.push({ req: READ_REQ + 32, resp: 256, run: () => void (read.areas = ws.getRange(rectAddress(rect)).getMergedAreasOrNullObject().load('address')) });
        return read;
      })
    : [];
  const removedNow = caps.mergedAreas ? u.mergesRemoved.map((m) => movedRect(m, at)) : [];
  const strip = stageMergeStrip(
    ws,
    removedNow.filter((r): r is Rect => !!r),
    reads,
  );
  // Inserted rows still next to each other are read as one run (one action, not one per row).
  const rowReads: { row: number; p: RowPlace | undefined; run: RowRun | null }[] = [];
  let cur: RowRun | null = null;
  const known = knownCols(u);
  const outside = rowsWrittenOutside(u);
  for (const row of inserted) {
    const p = at(row);
    const entry = { row, p, run: null as RowRun | null };
    rowReads.push(entry);
    if (!p) continue;
    const g = guess?.rows.get(row);
    if (g && (g.op.sent || g.clear?.()) && p.now === row) {
      entry.run = g;
      cur = null;
      continue;
    }
    // The row's response when read whole: what the command wrote in it, or a guess per cell for the rest.
    const wrote = (wroteByRow.get(row) ?? []).reduce((n, [, v]) => n + jsonBytes(v) + 8, 0);
    const resp = Math.max(wrote, c.u.written!.rows.cols.length * READ_CELL_BYTES);
    const whole = outside.has(row);
    if (!extendRun(cur, p.now, whole, resp)) {
      cur = rowRun(ws, p.now, known, whole, resp);
      reads.push(cur.op);
    }
    entry.run = cur;
  }

  const finish = (): { sheet: UndoSheet; restored: number; left: number; rowsDeleted: number; rowsKept: number; deletedAsRecorded: number[] } => {
    checkContents();
    // Inserted rows: deleted only when everything in them is what the command wrote.
    const deleteRows: number[] = [];
    const deletedAsRecorded: number[] = [];
    let rowsKept = 0;
    for (const { row, p, run } of rowReads) {
      if (!p || !run || !at(row) || (!run.parts.length && !run.clear?.())) {
        rowsKept++;
        continue;
      }
      // Every cell of the row is what the command wrote, and all it wrote there is still in it.
      const inRow = rowCells(run, p.now, cells, known, key);
      let mine = [...inRow.keys()].every((col) => wroteAt.has(key(row, col)));
      for (const [col, wrote] of wroteByRow.get(row) ?? []) {
        if (!mine) break;
        mine = holdsWritten(inRow.get(col) ?? '', wrote, row, p.now);
      }
      if (!inRow.size && !p.same) mine = false;
      if (mine) {
        deleteRows.push(p.now);
        deletedAsRecorded.push(row);
      } else rowsKept++;
    }
    const gone = new Set(deleteRows);
    // Rows kept: the command's cells in them that are still ours are emptied again.
    for (const [k, wrote] of wroteAt) {
      const row = Math.floor(k / KEY);
      const col = k % KEY;
      if (!insertedSet.has(row)) continue;
      const p = at(row);
      if (!p || gone.has(p.now)) continue;
      const now = cells.get(key(p.now, col));
      if (wrote === '' && now === '') continue; // emptied by a merge and still empty: nothing to take back, nothing changed
      if (now !== undefined && wrote !== '' && holdsWritten(now, wrote, row, p.now)) {
        restoreCells.push({ row: p.now, col, value: '' });
        restored.add(k);
      } else left.add(k);
    }
    out.contents = toColumnRuns(restoreCells);
    // Fills and bold.
    const propOf = (row: number, col: number): Excel.CellProperties | undefined => props.get(key(row, col)) as Excel.CellProperties | undefined;
    const fillGroups = new Map<string | null, { row: number; col: number }[]>();
    for (const [k, color] of paintedColor) {
      const n = nowOf(k);
      const now = n ? propOf(n.row, n.col) : undefined;
      const ok = n && !gone.has(n.row) && now && String(now.format?.fill?.pattern) === 'Solid' && String(now.format?.fill?.color).toUpperCase() === color;
      if (!ok) {
        if (!(n && gone.has(n.row))) left.add(k);
        continue;
      }
      const b = fillBefore.get(k);
      if (!b) continue;
      if (b.pattern) out.patterns.push({ ...b.pattern, address: `${colLetters(n.col)}${n.row}` });
      else pushTo(fillGroups, b.color, n);
      restored.add(k);
    }
    out.fills = [...fillGroups].map(([color, list]) => ({ color, addresses: addressLists(list) }));
    const unboldNow: { row: number; col: number }[] = [];
    for (const k of unbold) {
      if (boldCleared.has(k)) continue; // ours: its copied formats are cleared, the bold with them
      const n = nowOf(k);
      if (n && !gone.has(n.row) && propOf(n.row, n.col)?.format?.font?.bold === true) unboldNow.push(n);
    }
    out.unbold = addressLists(unboldNow);
    // Number formats.
    const nfBefore = new Map<number, string>();
    for (const r of u.numFormats) r.values.forEach((v, i) => nfBefore.set(key(r.top + i, r.col), v));
    const nfRestore: { row: number; col: number; value: string }[] = [];
    for (const [k, wrote] of nfWrote) {
      if (nfMoot.has(k)) continue; // a copied cell that was General: cleared with its formats where ours, else left
      const n = nowOf(k);
      if (!n || gone.has(n.row)) continue;
      if (nfs.get(key(n.row, n.col)) === wrote && ours.has(k)) nfRestore.push({ ...n, value: nfBefore.get(k) ?? 'General' });
    }
    out.numFormats = toColumnRuns(nfRestore);
    // Formats copied into new columns: cleared only where the cell is verified ours.
    const copied: string[] = [];
    for (const a of u.formatsCopied ?? []) {
      for (const cell of expand(parseRect(a)!)) {
        const k = key(cell.row, cell.col);
        const n = nowOf(k);
        if (n && ours.has(k) && !gone.has(n.row)) copied.push(`${colLetters(n.col)}${n.row}`);
      }
    }
    if (copied.length) out.formatsCopied = copied;
    // Notes.
    const replaced = new Map(u.notesReplaced.map((n) => [n.address, n.content]));
    for (const { n, now, item } of notes) {
      if (!now || !item || gone.has(now.row) || !at(parseRect(n.address)!.top)) continue;
      if (item.isNullObject || item.content !== n.content) {
        left.add(noteKey(n.address));
        continue;
      }
      const addr = `${colLetters(now.col)}${now.row}`;
      const old = replaced.get(n.address);
      if (old === undefined) out.notesAdded.push(addr);
      else out.notesReplaced.push({ address: addr, content: old });
      restored.add(noteKey(n.address));
    }
    // Merged areas: unmerged only when exactly ours; merged again only where nothing is merged now.
    const kept = (rect: Rect | null): rect is Rect => !!rect && rect.top <= rect.bottom && ![...gone].some((r) => r >= rect.top && r <= rect.bottom);
    for (const { m, rect, areas } of mergeReads) {
      if (!kept(rect) || !areas || !movedRect(m, at)) continue;
      const addr = areas.isNullObject ? null : areas.address.replace(/^.*!/, '').replace(/\$/g, '');
      if (addr === rectAddress(rect)) out.mergesCreated.push(rect);
    }
    const unmerging = new Set(out.mergesCreated.map(rectAddress));
    for (const [i, rect] of removedNow.entries()) {
      if (!kept(rect) || !movedRect(u.mergesRemoved[i], at)) continue;
      const over = strip.over(rect);
      if (over && over.every((m) => unmerging.has(rectAddress(m)))) out.mergesRemoved.push(rect);
    }
    // Rows: bottom first (revert deletes the list in reverse).
    // As runs of neighbouring rows, in order (each in the coordinates before any is deleted: revert
    // deletes the last run first).
    out.insertedRows = [];
    for (const row of deleteRows.sort((a, b) => a - b)) {
      const last = out.insertedRows[out.insertedRows.length - 1];
      if (last && last.at + last.count === row) last.count++;
      else out.insertedRows.push({ at: row, count: 1 });
    }
    return { sheet: out, restored: restored.size, left: left.size, rowsDeleted: deleteRows.length, rowsKept, deletedAsRecorded: deletedAsRecorded.sort((a, b) => a - b) };
  };
  return { finish, more };
}

/** A note's cell as a recorded key. */
function noteKey(address: string): number {
  const r = parseRect(address)!;
  return key(r.top, r.left);
}

/** A recorded rectangle where its rows are now, when its first and last rows moved together. */
function movedRect(m: Rect, at: (row: number) => RowPlace | undefined): Rect | null {
  const t = at(m.top);
  const b = at(m.bottom);
  if (!t || !b || b.now - t.now !== m.bottom - m.top) return null;
  return { top: t.now, bottom: b.now, left: m.left, right: m.right };
}
