/**
 * A formula written into a Text-formatted ('@') cell stays text in Excel. The snapshot does not
 * know the formats of the empty cells a plan fills (a new column may copy '@' from its neighbour),
 * so the last write sync also asks, per column of formulas, which cells hold text constants
 * (getSpecialCellsOrNullObject, ExcelApi 1.9: a small answer, null when none). Only when some of
 * ours came back as text, one more sync sets them to General and writes their formulas again; the
 * undo record gets their '@' back. A cell whose format the plan sets keeps it (only rewritten).
 */
import { parseAreas, rectAddress } from '../../sheet/a1';
import type { XlContext, XlRangeAreas } from './api';
import { ACTION_OVERHEAD } from '../pipeline/batching';
import type { ApplyBuild } from '../pipeline/apply';
import type { Op } from '../pipeline/ops';
import { cellKey, cellOf } from '../pipeline/work';
import { toColumnRuns, type UndoRecord } from '../pipeline/undo-record';

const PHASE_CHECK = 9;
const PHASE_FIX_FORMAT = 0.5;
const PHASE_FIX_WRITE = 1.5;

interface Band {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
  areas: XlRangeAreas | null;
}

/** The check, to ride at the end of the last write sync; `fixOps` (after it) are the rewrites, none when all is well. */
export function textFormulaCheck(context: XlContext, build: ApplyBuild): { op: Op | null; fixOps(): Promise<Op[]> } {
  const bands: Band[] = [];
  for (const [sheet, cells] of build.formulas) {
    const byCol = new Map<number, { top: number; bottom: number }>();
    for (const k of cells.keys()) {
      const { row, col } = cellOf(k);
      const b = byCol.get(col);
      if (!b) byCol.set(col, { top: row, bottom: row });
      else {
        b.top = Math.min(b.top, row);
        b.bottom = Math.max(b.bottom, row);
      }
    }
    for (const [col, b] of byCol) bands.push({ sheet, col, ...b, areas: null });
  }
  if (!bands.length) return { op: null, fixOps: async () => [] };
  const op: Op = {
    phase: PHASE_CHECK,
    bytes: bands.length * ACTION_OVERHEAD,
    resp: bands.length * 64,
    actions: [
      {
        kind: 'custom',
        run: () => {
          for (const b of bands) {
            const ws = context.workbook.worksheets.getItem(b.sheet);
            b.areas = ws.getRange(rectAddress({ top: b.top, bottom: b.bottom, left: b.col, right: b.col })).getSpecialCellsOrNullObject?.('Constants', 'Text') ?? null;
            b.areas?.load('address,areaCount');
          }
        },
      },
    ],
  };
  const fixOps = async (): Promise<Op[]> => {
    const found = new Map<string, number[]>();
    const shortened = bands.filter((b) => b.areas && !b.areas.isNullObject && parseAreas(b.areas.address).length !== b.areas.areaCount);
    if (shortened.length) {
      // The address string did not list every area (a host that shortens long addresses): the areas one by one.
      for (const b of shortened) b.areas!.areas.load('items/address');
      await context.sync();
    }
    for (const b of bands) {
      const a = b.areas;
      if (!a || a.isNullObject) continue;
      const addresses = shortened.includes(b) ? a.areas.items.map((i) => i.address) : [a.address];
      const ours = build.formulas.get(b.sheet)!;
      for (const x of addresses.flatMap((s) => parseAreas(s)))
        for (let r = x.rect.top; r <= x.rect.bottom; r++) if (ours.has(cellKey(r, b.col))) pushTo(found, b.sheet, cellKey(r, b.col));
    }
    const ops: Op[] = [];
    for (const [sheet, keys] of found) {
      const ours = build.formulas.get(sheet)!;
      const general = keys.filter((k) => !ours.get(k)!.numFormat);
      const undo = build.undo.sheets.find((s) => s.name === sheet);
      for (const run of toColumnRuns(general.map((k) => ({ ...cellOf(k), value: 'General' })))) {
        const address = rectAddress({ top: run.top, bottom: run.top + run.values.length - 1, left: run.col, right: run.col });
        ops.push({
          phase: PHASE_FIX_FORMAT,
          bytes: ACTION_OVERHEAD + 12 * run.values.length,
          resp: 0,
          actions: [{ kind: 'setNumberFormat', sheet, address, values: run.values.map((v) => [v]) }],
        });
        if (undo) recordText(undo, run);
      }
      for (const run of toColumnRuns(keys.map((k) => ({ ...cellOf(k), value: ours.get(k)!.formula })))) {
        const address = rectAddress({ top: run.top, bottom: run.top + run.values.length - 1, left: run.col, right: run.col });
        const bytes = run.values.reduce((n, v) => n + v.length * 3 + 8, ACTION_OVERHEAD);
        ops.push({ phase: PHASE_FIX_WRITE, bytes, resp: 0, actions: [{ kind: 'setFormulas', sheet, address, values: run.values.map((v) => [v]) }] });
      }
    }
    return ops.sort((a, b) => a.phase - b.phase);
  };
  return { op, fixOps };
}

/** Undo puts '@' back where the fix set General (the fingerprint knows the General it wrote). */
function recordText(undo: UndoRecord['sheets'][number], run: { col: number; top: number; values: string[] }): void {
  undo.numFormats.push({ col: run.col, top: run.top, values: run.values.map(() => '@') });
  undo.written?.numFormats.push({ col: run.col, top: run.top, values: [...run.values] });
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
