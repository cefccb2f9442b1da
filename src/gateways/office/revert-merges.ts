/**
 * 撤销 and a merged area the command grew. 插入标准指标 puts its row at the end of a 一级 group,
 * and the group's merged cell (A6:A12) grows over it (A6:A13); deleting the row shrinks it back.
 * But when the user has unmerged it since, 撤销 does not merge again — a merge keeps only its
 * top-left cell's content, and the user may have typed in the others — and it must say so rather
 * than report the table as it was.
 *
 * No sync of its own: where the original area is now (its rows moved with the inserted rows found
 * again, as the revert deletes them), the revert's last sync reads the merged areas, after every
 * write and row deletion (as revert-headers.ts reads header rows). The area's last cell still in a
 * merged area is taken as restored (the user may have merged it otherwise since).
 */
import { contains, parseAreas, rectAddress, type Rect } from '../../sheet/a1';
import type { XlContext, XlRangeAreas } from './api';
import { ACTION_OVERHEAD } from '../pipeline/batching';
import type { Op } from '../pipeline/ops';
import type { UndoRecord } from '../pipeline/undo-record';

/** Answer bytes of one read: a few merged areas' addresses. */
const READ_RESP = 256;

interface Watched {
  sheet: string;
  /** The original area where it is after the revert. */
  area: Rect;
  areas: XlRangeAreas | null;
}

export interface MergeWatch {
  /** Reads to put last in the revert's last sync. */
  tail: Op[];
  /** After the revert: one line per grown area the revert could not shrink back to its original. */
  lines(): string[];
}

/**
 * `undo`: the record as saved; `record`: what the revert will do, in the sheet's current rows (its
 * inserted rows are the ones it deletes). Null when no grown merge meets a deleted row.
 */
export function watchMerges(context: XlContext, undo: UndoRecord, record: UndoRecord): MergeWatch | null {
  const watched: Watched[] = [];
  for (const u of undo.sheets) {
    const o = record.sheets.find((s) => s.name === u.name);
    if (!o || !u.mergesCreated.length || !u.mergesRemoved.length) continue;
    const was = rowsOf(u.insertedRows);
    const now = rowsOf(o.insertedRows);
    // Every inserted row found again and deleted, in order: each one's move is known.
    if (!was.length || was.length !== now.length) continue;
    const moved = new Map(was.map((r, i) => [r, now[i] - r]));
    for (const m of u.mergesCreated) {
      const shifts = new Set(was.filter((r) => r >= m.top && r <= m.bottom).map((r) => moved.get(r)!));
      if (shifts.size !== 1) continue;
      const d = [...shifts][0];
      for (const r of u.mergesRemoved) {
        if (!contains(m, r) || was.some((x) => x >= r.top && x <= r.bottom)) continue;
        const top = r.top + d;
        const up = now.filter((x) => x < top).length;
        watched.push({ sheet: u.name, area: { top: top - up, bottom: r.bottom + d - up, left: r.left, right: r.right }, areas: null });
      }
    }
  }
  if (!watched.length) return null;
  const tail: Op[] = watched.map((w) => {
    // From as far above as the rows may have moved inside the area, so its top-left cell is read.
    const rows = w.area.bottom - w.area.top;
    const read = { top: Math.max(1, w.area.top - rows), bottom: w.area.bottom, left: w.area.left, right: w.area.right };
    const run = (): void => {
      w.areas = context.workbook.worksheets.getItem(w.sheet).getRange(rectAddress(read)).getMergedAreasOrNullObject().load('address,areaCount');
    };
    return { phase: Number.MAX_SAFE_INTEGER, bytes: 3 * ACTION_OVERHEAD, resp: READ_RESP, actions: [{ kind: 'custom', run }] };
  });
  return {
    tail,
    lines() {
      const out: string[] = [];
      for (const w of watched) {
        const a = w.areas;
        if (!a) continue; // not read
        const got = a.isNullObject ? [] : parseAreas(a.address).map((x) => x.rect);
        if (!a.isNullObject && got.length !== a.areaCount) continue; // a shortened address: nothing known
        const bottom = { top: w.area.bottom, bottom: w.area.bottom, left: w.area.left, right: w.area.left };
        if (got.some((g) => contains(g, bottom) && (g.bottom > g.top || g.right > g.left))) continue;
        out.push(lineFor(w.sheet, w.area, undo.label));
      }
      return out;
    },
  };
}

function rowsOf(runs: { at: number; count: number }[]): number[] {
  return runs.flatMap((x) => Array.from({ length: x.count }, (_v, i) => x.at + i)).sort((a, b) => a - b);
}

function lineFor(sheet: string, area: Rect, label: string | undefined): string {
  const addr = rectAddress(area);
  const first = rectAddress({ top: area.top, bottom: area.top, left: area.left, right: area.left });
  return (
    `工作表“${sheet}”的 ${addr} 原是一个合并单元格，${label ? `“${label}”` : '上次操作'}时扩展到了插入的行；此后该合并已被取消，撤销未重新合并` +
    `（合并只保留左上角单元格的内容，会清除其他单元格中您可能填写的内容）。如需恢复，请确认 ${addr} 中除 ${first} 外没有要保留的内容，再选中 ${addr}，点击“开始 › 合并后居中”。`
  );
}
