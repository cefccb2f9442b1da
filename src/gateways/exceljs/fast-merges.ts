/**
 * ExcelJS 4.4 checks each new merge against every earlier one, so loading a sheet with tens of
 * thousands of merged areas is quadratic (minutes at 10 000 rows). A merged area can only
 * overlap another through one of its own cells, and each merged cell already knows it is merged:
 * checking the area's cells costs what ExcelJS then spends merging them anyway.
 * A file's own overlapping merges (Excel repairs such files) keep the first one; merges added
 * later by code still refuse an overlap, as before.
 */
import * as ExcelJS from 'exceljs';

interface Dimensions {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
interface Cell {
  isMerged: boolean;
  address: string;
  merge(master: Cell, ignoreStyle?: boolean): void;
}
interface Sheet {
  _merges: Record<string, Dimensions>;
  findCell(r: number, c: number): Cell | undefined;
  getCell(r: number, c: number): Cell;
  mergeCellsWithoutStyle(...cells: unknown[]): void;
  _mergeCellsInternal(d: Dimensions, ignoreStyle?: boolean): void;
  _parseMergeCells(model: { mergeCells?: string[] }): void;
}

function overlaps(ws: Sheet, d: Dimensions): boolean {
  for (let r = d.top; r <= d.bottom; r++) {
    for (let c = d.left; c <= d.right; c++) {
      const cell = ws.findCell(r, c);
      if (cell && (cell.isMerged || ws._merges[cell.address])) return true;
    }
  }
  return false;
}

let installed = false;

export function installFastMerges(): void {
  if (installed) return;
  installed = true;
  const proto = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('x')) as Sheet;
  proto._mergeCellsInternal = function (this: Sheet, d: Dimensions, ignoreStyle?: boolean) {
    if (overlaps(this, d)) throw new Error('Cannot merge already merged cells');
    const master = this.getCell(d.top, d.left);
    for (let r = d.top; r <= d.bottom; r++) {
      for (let c = d.left; c <= d.right; c++) if (r > d.top || c > d.left) this.getCell(r, c).merge(master, ignoreStyle);
    }
    this._merges[master.address] = d;
  };
  proto._parseMergeCells = function (this: Sheet, model: { mergeCells?: string[] }) {
    for (const ref of model.mergeCells ?? []) {
      try {
        this.mergeCellsWithoutStyle(ref);
      } catch (e) {
        if (!/already merged/.test((e as Error).message)) throw e;
      }
    }
  };
}

installFastMerges();
