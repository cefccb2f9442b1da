/**
 * Workbook-changing operations the proxies queue (typed input, number formats, cell properties, merge,
 * clear, Paste Special › Formats / Formulas),
 * run on the workbook state (state.ts) when a batch syncs.
 */
import { contains, intersects, type Rect } from '../sheet/a1';
import { translateFormula } from '../sheet/relative';
import { check2D, type RangeT } from './cells';
import { DoubleError, invalidArgument, notImplemented } from './errors';
import { normalizeColor, writeInput, type Cell, type Fill, type SheetState } from './state';
import { fillInsertedTableRows, refuseMergeInTable, tablesAfterWrite } from './table-behaviours';
import { nameHeadersIn } from './table-headers';

/** Range.values / Range.formulas: each entry typed in as Excel would take it (writeInput). */
export function writeInputs(t: RangeT, v: unknown[][]): void {
  const a = check2D(t.rect, v);
  a.forEach((row, i) =>
    row.forEach((x, j) => {
      const r = t.rect.top + i;
      const c = t.rect.left + j;
      const old = t.sheet.get(r, c);
      const next = writeInput(old, x);
      if (next !== old) t.sheet.set(r, c, next);
    }),
  );
  tablesAfterWrite(t.sheet, t.rect);
}

/** Whole sheet rows inserted (Range.insert): the sheet's own move, then the tables' calculated columns fill them. */
export function insertWholeRows(sheet: SheetState, at: number, count: number): void {
  sheet.insertRows(at, count);
  fillInsertedTableRows(sheet, at, count);
}

/** Range.numberFormat: null entries leave a cell's format; 'General' removes it. */
export function setNumberFormats(t: RangeT, v: unknown[][]): void {
  const a = check2D(t.rect, v);
  a.forEach((row, i) =>
    row.forEach((nf, j) => {
      if (nf === null || nf === undefined) return;
      if (typeof nf !== 'string') throw invalidArgument('Range.numberFormat');
      const r = t.rect.top + i;
      const c = t.rect.left + j;
      const old = t.sheet.get(r, c);
      const next: Cell = { ...(old ?? { v: '' }) };
      if (nf === 'General') delete next.nf;
      else next.nf = nf;
      t.sheet.set(r, c, next.v === '' && !next.f && !next.nf && !next.fill && !next.bold && !next.qp ? undefined : next);
    }),
  );
}

/** What Range.setCellProperties takes per cell (the subset the double models). */
export interface CellPropertiesSet {
  format?: { fill?: { color?: string; pattern?: string; patternColor?: string }; font?: { bold?: boolean } };
}

/** Range.setCellProperties (ExcelApi 1.9): fills and bold per cell. */
export function setCellProperties(t: RangeT, data: CellPropertiesSet[][]): void {
  const a = check2D(t.rect, data) as CellPropertiesSet[][];
  a.forEach((row, i) =>
    row.forEach((p, j) => {
      if (!p?.format) return;
      const r = t.rect.top + i;
      const c = t.rect.left + j;
      const old = t.sheet.get(r, c);
      const next: Cell = { ...(old ?? { v: '' }) };
      const fill = p.format.fill;
      if (fill) {
        if (fill.pattern === 'None') delete next.fill;
        else {
          const base = next.fill ?? { color: '#FFFFFF', pattern: 'Solid' };
          const nf: Fill = { ...base };
          if (fill.color !== undefined) nf.color = normalizeColor(fill.color);
          if (fill.pattern !== undefined) nf.pattern = fill.pattern;
          else if (!next.fill) nf.pattern = 'Solid';
          if (fill.patternColor !== undefined) nf.patternColor = normalizeColor(fill.patternColor);
          next.fill = nf;
        }
      }
      if (p.format.font?.bold !== undefined) {
        if (p.format.font.bold) next.bold = true;
        else delete next.bold;
      }
      t.sheet.set(r, c, next);
    }),
  );
}

export function mergeRect(sheet: SheetState, target: Rect): void {
  // Merging over existing merged areas takes them in (their bounding box), as Excel's UI does.
  let box = { ...target };
  for (;;) {
    const hit = sheet.merges.filter((m) => intersects(m, box) && !contains(box, m));
    if (!hit.length) break;
    for (const m of hit) box = { top: Math.min(box.top, m.top), left: Math.min(box.left, m.left), bottom: Math.max(box.bottom, m.bottom), right: Math.max(box.right, m.right) };
  }
  if (box.top === box.bottom && box.left === box.right) return;
  refuseMergeInTable(sheet, box, 'Range.merge');
  // Only the upper-left value is kept.
  for (let i = box.top; i <= box.bottom; i++) {
    for (let j = box.left; j <= box.right; j++) {
      if (i === box.top && j === box.left) continue;
      const c = sheet.get(i, j);
      if (c && (c.v !== '' || c.f !== undefined)) {
        const next: Cell = { ...c, v: '' };
        delete next.f;
        delete next.cf;
        delete next.qp;
        sheet.set(i, j, next);
      }
    }
  }
  sheet.setMerges([...sheet.merges.filter((m) => !intersects(m, box)), box]);
}

export function clearRects(sheet: SheetState, rects: Rect[], applyTo: string): void {
  const contents = applyTo === 'All' || applyTo === 'Contents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  if (!contents && !formats) throw notImplemented(`clear("${applyTo}")`);
  for (const r of rects) {
    const bottom = Math.min(r.bottom, sheet.rows.length);
    for (let i = r.top; i <= bottom; i++) {
      const row = sheet.rows[i - 1];
      if (!row) continue;
      const right = Math.min(r.right, row.length);
      for (let j = r.left; j <= right; j++) {
        const c = row[j - 1];
        if (!c) continue;
        const next: Cell = { ...c };
        if (contents) {
          next.v = '';
          delete next.f;
          delete next.cf;
          delete next.qp;
        }
        if (formats) {
          delete next.nf;
          delete next.fill;
          delete next.bold;
        }
        sheet.set(i, j, next.v === '' && next.f === undefined && !next.nf && !next.fill && !next.bold && !next.qp ? undefined : next);
      }
    }
    if (formats) sheet.setMerges(sheet.merges.filter((m) => !intersects(m, r)));
    if (contents) nameHeadersIn(sheet, r);
  }
}

/** The destination blocks a paste fills: a destination smaller than the source grows to the source's size; a multiple of it tiles. */
function pasteBlocks(sr: Rect, dr: Rect): { tilesR: number; tilesC: number; sh: number; sw: number; whole: Rect } {
  const sh = sr.bottom - sr.top + 1;
  const sw = sr.right - sr.left + 1;
  const dh = dr.bottom - dr.top + 1;
  const dw = dr.right - dr.left + 1;
  const tilesR = dh >= sh && dh % sh === 0 ? dh / sh : 1;
  const tilesC = dw >= sw && dw % sw === 0 ? dw / sw : 1;
  return { tilesR, tilesC, sh, sw, whole: { top: dr.top, left: dr.left, bottom: dr.top + sh * tilesR - 1, right: dr.left + sw * tilesC - 1 } };
}

/**
 * Paste Special › Formulas: contents only (constants as they are, formulas with their relative
 * references moved), the destination's formats kept; a blank source cell clears the destination's.
 */
export function copyContents(src: RangeT, dst: RangeT): void {
  const sr = src.rect;
  const { tilesR, tilesC, sh, sw, whole } = pasteBlocks(sr, dst.rect);
  if (dst.sheet.merges.some((m) => intersects(m, whole) && !contains(whole, m))) {
    throw new DoubleError('MergedRangeConflict', "We can't do that to a merged cell.", 'Range.copyFrom');
  }
  const cells: (Cell | undefined)[][] = [];
  for (let i = 0; i < sh; i++) {
    cells.push([]);
    for (let j = 0; j < sw; j++) cells[i].push(src.sheet.get(sr.top + i, sr.left + j));
  }
  for (let ti = 0; ti < tilesR; ti++) {
    for (let tj = 0; tj < tilesC; tj++) {
      const top = whole.top + ti * sh;
      const left = whole.left + tj * sw;
      for (let i = 0; i < sh; i++) {
        for (let j = 0; j < sw; j++) {
          const s = cells[i][j];
          const old = dst.sheet.get(top + i, left + j);
          const next: Cell = { v: '' };
          if (old?.nf !== undefined) next.nf = old.nf;
          if (old?.fill) next.fill = old.fill;
          if (old?.bold) next.bold = true;
          if (s?.f !== undefined) {
            next.f = '=' + translateFormula(s.f.slice(1), top - sr.top, left - sr.left);
            next.v = 0; // stale until calculated, as for a typed formula
          } else if (s) {
            next.v = s.v;
            if (s.qp) next.qp = true;
          }
          dst.sheet.set(top + i, left + j, next.v === '' && next.f === undefined && !next.nf && !next.fill && !next.bold && !next.qp ? undefined : next);
        }
      }
    }
  }
  nameHeadersIn(dst.sheet, whole);
}

export function copyFormats(src: RangeT, dst: RangeT): void {
  const sr = src.rect;
  const { tilesR, tilesC, sh, sw, whole } = pasteBlocks(sr, dst.rect);
  const top = dst.rect.top;
  const left = dst.rect.left;
  // Read the source first (source and destination may overlap).
  const srcRows = src.sheet.rows.slice(sr.top - 1, sr.bottom).map((r) => (r ? r.slice(sr.left - 1, sr.right) : []));
  const srcMerges = src.sheet.merges.filter((m) => contains(sr, m));
  // Excel will not paste over part of a merged cell.
  if (dst.sheet.merges.some((m) => intersects(m, whole) && !contains(whole, m))) {
    throw new DoubleError('MergedRangeConflict', "We can't do that to a merged cell.", 'Range.copyFrom');
  }
  for (let ti = 0; ti < tilesR; ti++) {
    for (let tj = 0; tj < tilesC; tj++) {
      const block = { top: top + ti * sh, bottom: top + (ti + 1) * sh - 1, left: left + tj * sw, right: left + (tj + 1) * sw - 1 };
      for (let i = 0; i < sh; i++) {
        const r = block.top + i;
        const destRow = dst.sheet.rows[r - 1];
        // Cells past both the source row's and the destination row's last cell have no formats.
        const width = Math.min(sw, Math.max(srcRows[i]?.length ?? 0, (destRow?.length ?? 0) - block.left + 1));
        for (let j = 0; j < width; j++) {
          const s = srcRows[i]?.[j];
          const c = block.left + j;
          const old = dst.sheet.get(r, c);
          if (!old && !s) continue;
          const next: Cell = { ...(old ?? { v: '' }) };
          if (s?.nf !== undefined) next.nf = s.nf;
          else delete next.nf;
          if (s?.fill) next.fill = s.fill;
          else delete next.fill;
          if (s?.bold) next.bold = true;
          else delete next.bold;
          dst.sheet.set(r, c, next.v === '' && next.f === undefined && !next.nf && !next.fill && !next.bold && !next.qp ? undefined : next);
        }
      }
      const dy = block.top - sr.top;
      const dx = block.left - sr.left;
      const kept = dst.sheet.merges.filter((m) => !intersects(m, block));
      dst.sheet.setMerges([...kept, ...srcMerges.map((m) => ({ top: m.top + dy, bottom: m.bottom + dy, left: m.left + dx, right: m.right + dx }))]);
    }
  }
}
