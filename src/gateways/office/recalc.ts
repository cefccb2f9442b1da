/**
 * What to recalculate after the add-in's writes, by Excel.CalculationMode (ExcelApi 1.1), instead
 * of application.calculate, which recalculates every open workbook:
 * - 'Automatic': Excel "calculates new formula results every time the relevant data is changed".
 *   The last batch of writes then does not suspend calculation (suspendApiCalculationUntilNextSync
 *   makes the recalculation "the developer's responsibility"): Excel's calculation after it takes
 *   every cell the writes made dirty, those of the earlier, suspended batches too. Nothing is called. 'AutomaticExceptTables'
 *   differs only for data tables (What-If), which the add-in never writes: the same.
 * - 'Manual': "calculations only occur when the user or add-in requests them". The ranges the writes
 *   put formulas in are calculated (Range.calculate, ExcelApi 1.6), and the result says that other
 *   formulas depending on what was written wait for F9.
 *
 * The ranges are collected from the actions sent (formulas written, copies), per sheet and column,
 * runs joined across short gaps; above MAX_RANGES one range per sheet (their bounding box).
 */
import { parseRect, rectAddress, type Rect } from '../../sheet/a1';
import type { Action } from '../pipeline/ops';

/** Whether Excel recalculates the writes by itself in this mode. */
export function calculatesItself(mode: string | null | undefined): boolean {
  return mode === 'Automatic' || mode === 'AutomaticExceptTables';
}

export const MANUAL_LINE = 'Excel 处于手动计算模式：只重算了本次写入的公式；工作簿中引用这些单元格的其他公式，请按 F9 重算后再看结果';

/** Rows apart that still join two runs of one column into one range. */
const GAP = 64;
const MAX_RANGES = 64;

export class WrittenRanges {
  /** sheet → column → row intervals [top, bottom]. */
  private readonly cols = new Map<string, Map<number, [number, number][]>>();

  /** Note what an action writes that Excel would calculate. */
  add(a: Action): void {
    if (a.kind === 'setFormulas') {
      if (a.values.some((row) => row.some((v) => typeof v === 'string' && v.startsWith('=')))) this.rect(a.sheet, a.address);
    } else if (a.kind === 'copy' && a.type !== 'Formats') this.rect(a.sheet, a.target);
  }

  private rect(sheet: string, address: string): void {
    const r = parseRect(address);
    if (!r) return;
    let cols = this.cols.get(sheet);
    if (!cols) this.cols.set(sheet, (cols = new Map()));
    for (let c = r.left; c <= r.right; c++) {
      const list = cols.get(c) ?? [];
      list.push([r.top, r.bottom]);
      cols.set(c, list);
    }
  }

  /** The ranges to calculate, by sheet. */
  ranges(): { sheet: string; address: string }[] {
    const out: { sheet: string; address: string }[] = [];
    for (const [sheet, cols] of this.cols) {
      const rects: Rect[] = [];
      for (const [col, list] of cols) {
        list.sort((a, b) => a[0] - b[0]);
        let cur: Rect | null = null;
        for (const [top, bottom] of list) {
          if (cur && top <= cur.bottom + GAP) cur.bottom = Math.max(cur.bottom, bottom);
          else rects.push((cur = { top, bottom, left: col, right: col }));
        }
      }
      for (const r of rects) out.push({ sheet, address: rectAddress(r) }); // not push(...): scattered edits on a long sheet
    }
    if (out.length <= MAX_RANGES) return out;
    return [...this.cols].map(([sheet]) => ({ sheet, address: rectAddress(boundingBox(out.filter((x) => x.sheet === sheet).map((x) => parseRect(x.address) as Rect))) }));
  }
}

function boundingBox(rects: Rect[]): Rect {
  return rects.reduce((b, r) => ({ top: Math.min(b.top, r.top), left: Math.min(b.left, r.left), bottom: Math.max(b.bottom, r.bottom), right: Math.max(b.right, r.right) }));
}
