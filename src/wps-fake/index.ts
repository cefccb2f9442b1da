/**
 * A fake of WPS 表格's JS object model for tests, the bench and the preview: `app` is what
 * `window.Application` is inside WPS. Every member access is counted (`calls`): in WPS each one
 * crosses into the WPS process, so the count is the WPS gateway's budget, like syncs in Excel.
 */
import type { Grid } from '../sheet/grid';
import { fromBgr, type EtApplication } from '../wps-api/et';
import { colNumber } from '../sheet/a1';
import { EtBookState, EtSheetState, XL_SHEET_VERY_HIDDEN, type EtCell } from './book';
import { CallCounter, FakeApplication, type MemberStyle } from './objects';

export { EtBookState, EtSheetState, XL_SHEET_VERY_HIDDEN, type EtCell } from './book';
export { CallCounter, parseInput, type MemberStyle } from './objects';

export interface EtFakeOptions {
  /** Address, Count and Comment.Text as properties (default) or as zero-argument methods. */
  style?: MemberStyle;
}

export class EtFake {
  readonly book = new EtBookState();
  readonly counter = new CallCounter();
  readonly app: EtApplication;

  constructor(grids: Grid[], options: EtFakeOptions = {}) {
    for (const g of grids) this.book.sheets.push(sheetOf(g));
    this.app = new FakeApplication({ book: this.book, counter: this.counter, style: options.style ?? 'property' });
  }

  get calls(): number {
    return this.counter.calls;
  }

  private at(sheet: string | undefined, address: string): EtCell | undefined {
    const s = sheet ? this.book.sheet(sheet) : this.book.sheets[this.book.active];
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!s || !m) throw new Error(`no cell ${sheet}!${address}`);
    return s.get(Number(m[2]), colNumber(m[1]));
  }

  /** Test helpers (not counted): a cell's fill as '#RRGGBB' or null, comment, formula, value. */
  fillAt(address: string, sheet?: string): string | null {
    const bgr = this.at(sheet, address)?.fill;
    if (bgr === undefined) return null;
    return fromBgr(bgr);
  }

  commentAt(address: string, sheet?: string): string | undefined {
    return this.at(sheet, address)?.comment;
  }

  formulaAt(address: string, sheet?: string): string | undefined {
    return this.at(sheet, address)?.f;
  }

  valueAt(address: string, sheet?: string): unknown {
    const s = sheet ? this.book.sheet(sheet)! : this.book.sheets[this.book.active];
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    return this.book.value(s, Number(m[2]), colNumber(m[1]));
  }

  /** Everything the user can see of the workbook, in a stable form (hidden sheets left out): for "nothing was lost" checks. */
  visibleState(): string {
    return JSON.stringify(
      this.book.sheets
        .filter((s) => s.visible !== XL_SHEET_VERY_HIDDEN)
        .map((s) => ({
          name: s.name,
          cells: [...s.cells].sort((a, b) => a[0] - b[0]),
          merges: s.merges.map((m) => `${m.top}:${m.left}:${m.bottom}:${m.right}`).sort(),
        })),
    );
  }
}

/** A Grid as ET holds it: dates as serial numbers, formulas with '=' and the grid's values as their results. */
function sheetOf(g: Grid): EtSheetState {
  const s = new EtSheetState(g.name);
  g.values.forEach((line, i) => {
    if (!line) return;
    line.forEach((v, j) => {
      const f = g.formulas?.[i]?.[j];
      const nf = g.numFormats?.[i]?.[j];
      const value = v instanceof Date ? Math.round(v.getTime() / 86400000 + 25569) : (v ?? null);
      const c: EtCell = { v: value === '' ? null : value };
      if (f) c.f = '=' + f.replace(/^=/, '');
      if (nf && nf !== 'General') c.nf = nf;
      s.put(i + 1, j + 1, c);
    });
  });
  s.merges = g.merges.map((m) => ({ ...m }));
  return s;
}

export function createEtFake(grid: Grid | Grid[], options?: EtFakeOptions): EtFake {
  return new EtFake(Array.isArray(grid) ? grid : [grid], options);
}
