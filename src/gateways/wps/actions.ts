/**
 * The pipeline's actions (gateways/pipeline/ops.ts) run against WPS 表格's object model. WPS
 * calls are synchronous and each crosses into the WPS process, so every action is a handful
 * of calls however many cells it covers: a block write is one Value2/Formula array per
 * rectangle of given cells, formats go to multi-area ranges ("A1,B3:B5", ≤255 characters).
 */
import type { Action, CellLook } from '../pipeline/ops';
import { parseRect, rectAddress, type Rect } from '../../sheet/a1';
import { addressChunks, asInput, lookOf, normalFormat, readUniform, rectsOf, sub, type Block } from './cells';
import { member, toBgr, XL_NONE, XL_SHIFT_DOWN, XL_SHIFT_UP, type EtRange, type EtWorksheet } from '../../wps-api/et';
import { translateFormula } from '../../sheet/relative';

/** The ET side a WPS action needs: the sheet by name, and a note of what changed (to drop stale reads). */
export interface EtTarget {
  sheet(name: string): EtWorksheet;
  /** Called after every write to `sheet`. */
  changed(sheet: string): void;
  /** Rows of `sheet` moved (inserted or deleted): what was known of its comments is stale. */
  moved(sheet: string): void;
  /** The comments of `sheet` by "row,col" (kept current by the actions that change them). */
  comments(sheet: string): Map<string, string>;
  /** Values and formulas of a rectangle (may come from a read of this round trip). */
  read(sheet: string, rect: Rect): Block;
}

export function rectOf(a1: string): Rect {
  const r = parseRect(a1.replace(/\$/g, ''));
  if (!r) throw new Error(`地址无效：${a1}`);
  return r;
}

const areasOf = (list: string): Rect[] => list.split(',').map(rectOf);

/** Run `f` on each ≤255-character piece of an area list. */
function onAreas(ws: EtWorksheet, list: string, f: (r: EtRange) => void): void {
  for (const chunk of addressChunks(areasOf(list))) f(ws.Range(chunk));
}

const given = (v: unknown): boolean => v !== null && v !== undefined;

/** Rectangles above which a block is sent whole, its gaps filled with what the cells hold now. */
const GAP_FILL_RECTS = 3;

/**
 * A block write: one Formula array per rectangle of given (non-null) cells. A block with gaps
 * (null: leave the cell) that would take several rectangles goes as one array instead: the
 * gaps are read first and written back as they are (formulas as formulas, text as text).
 */
function writeBlock(t: EtTarget, sheet: string, ws: EtWorksheet, rect: Rect, values: unknown[][]): void {
  const rects = rectsOf(values, rect.top, rect.left, given);
  if (rects.length < GAP_FILL_RECTS) {
    for (const r of rects) ws.Range(rectAddress(r)).Formula = sub(values, rect.top, rect.left, r);
    return;
  }
  const now = t.read(sheet, rect);
  const whole = values.map((line, i) => Array.from({ length: rect.right - rect.left + 1 }, (_, j) => (given(line[j]) ? line[j] : asInput(now.values[i][j], now.formulas[i][j]))));
  ws.Range(rectAddress(rect)).Formula = whole.length === 1 && whole[0].length === 1 ? whole[0][0] : whole;
}

function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/** Copy `source` onto `target` (tiled), formats only or formulas only, as Office's copyFrom does. */
function copy(t: EtTarget, name: string, ws: EtWorksheet, target: Rect, source: Rect, type: 'Formats' | 'Formulas'): void {
  const h = source.bottom - source.top + 1,
    w = source.right - source.left + 1;
  if (type === 'Formulas') {
    const src = t.read(name, source);
    const out: unknown[][] = [];
    for (let row = target.top; row <= target.bottom; row++) {
      const line: unknown[] = [];
      for (let col = target.left; col <= target.right; col++) {
        const i = (row - target.top) % h,
          j = (col - target.left) % w;
        const v = asInput(src.values[i][j], src.formulas[i][j]);
        const dr = row - (source.top + i),
          dc = col - (source.left + j);
        line.push(typeof v === 'string' && v.startsWith('=') ? '=' + translateFormula(v.slice(1), dr, dc) : v);
      }
      out.push(line);
    }
    ws.Range(rectAddress(target)).Formula = out.length === 1 && out[0].length === 1 ? out[0][0] : out;
    return;
  }
  // Formats: ET's Copy(Destination) brings everything (no clipboard); the target's own contents
  // and comments are put back after it. Tiles double: log2 copies for a tall target.
  const read = t.read(name, target);
  const before = read.formulas.map((l, i) => l.map((f, j) => asInput(read.values[i][j], f)));
  const notes = t.comments(name);
  const kept: [number, number, string][] = [];
  for (const [k, text] of notes) {
    const [row, col] = k.split(',').map(Number);
    if (row >= target.top && row <= target.bottom && col >= target.left && col <= target.right) kept.push([row, col, text]);
  }
  const first: Rect = { top: target.top, left: target.left, bottom: Math.min(target.bottom, target.top + h - 1), right: Math.min(target.right, target.left + w - 1) };
  ws.Range(rectAddress(source)).Copy(ws.Range(rectAddress(first)));
  for (let left = first.left + w; left <= target.right; left += w)
    ws.Range(rectAddress({ ...first, left: first.left, right: first.right })).Copy(ws.Range(rectAddress({ ...first, left, right: left + w - 1 })));
  let done = first.bottom - first.top + 1;
  while (target.top + done <= target.bottom) {
    const n = Math.min(done, target.bottom - (target.top + done) + 1);
    const from: Rect = { top: target.top, bottom: target.top + n - 1, left: target.left, right: target.right };
    ws.Range(rectAddress(from)).Copy(ws.Range(rectAddress({ ...from, top: target.top + done, bottom: target.top + done + n - 1 })));
    done += n;
  }
  const all = rectAddress(target);
  if (before.some((l) => l.some((v) => v !== ''))) ws.Range(all).Formula = before.length === 1 && before[0].length === 1 ? before[0][0] : before;
  else ws.Range(all).ClearContents();
  ws.Range(all).ClearComments();
  for (const k of [...notes.keys()]) {
    const [row, col] = k.split(',').map(Number);
    if (row >= target.top && row <= target.bottom && col >= target.left && col <= target.right) notes.delete(k);
  }
  for (const [row, col, text] of kept) {
    ws.Range(rectAddress({ top: row, bottom: row, left: col, right: col })).AddComment(text);
    notes.set(cellKey(row, col), text);
  }
}

/**
 * ClearContents per multi-area range; ET refuses it on part of a merged area, where writing ''
 * (allowed there, as in Excel) clears the area's cells one rectangle at a time.
 */
function clearContents(ws: EtWorksheet, list: string): void {
  for (const chunk of addressChunks(areasOf(list))) {
    try {
      ws.Range(chunk).ClearContents();
    } catch {
      for (const r of areasOf(chunk)) ws.Range(rectAddress(r)).Formula = '';
    }
  }
}

/** Number formats of a block, one answer per run of equal formats. */
export function readFormats(ws: EtWorksheet, rect: Rect): string[][] {
  const out = Array.from({ length: rect.bottom - rect.top + 1 }, () => new Array<string>(rect.right - rect.left + 1));
  readUniform(
    ws,
    rect,
    (r) => r.NumberFormat,
    (r, v) => {
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out[row - rect.top][col - rect.left] = normalFormat(v);
    },
  );
  return out;
}

/** Fill and bold of a block, Office-shaped ('#FFFFFF' and pattern None where there is no fill). */
export function readLooks(ws: EtWorksheet, rect: Rect): CellLook[][] {
  const out = Array.from({ length: rect.bottom - rect.top + 1 }, () => new Array<CellLook>(rect.right - rect.left + 1));
  readUniform(ws, rect, lookOf, (r, v) => {
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) out[row - rect.top][col - rect.left] = { fill: { color: v.color, pattern: v.pattern }, bold: v.bold };
  });
  return out;
}

/** Run one action. Reads deliver at once (WPS has no round trip to wait for). */
export function runAction(t: EtTarget, a: Action): void {
  if (a.kind === 'custom') return a.run();
  const ws = t.sheet(a.sheet);
  switch (a.kind) {
    case 'insertRows':
      ws.Range(a.rows).Insert(XL_SHIFT_DOWN);
      t.moved(a.sheet);
      break;
    case 'deleteRows':
      ws.Range(a.rows).Delete(XL_SHIFT_UP);
      t.moved(a.sheet);
      break;
    case 'copy':
      copy(t, a.sheet, ws, rectOf(a.target), rectOf(a.source), a.type);
      break;
    case 'setFormulas':
      writeBlock(t, a.sheet, ws, rectOf(a.address), a.values);
      break;
    case 'setNumberFormat': {
      const rect = rectOf(a.address);
      const byFormat = new Map<string, unknown[][]>();
      for (const v of new Set(a.values.flat().filter(given))) byFormat.set(String(v), a.values);
      for (const nf of byFormat.keys()) {
        const rects = rectsOf(a.values, rect.top, rect.left, (v) => given(v) && String(v) === nf);
        for (const list of addressChunks(rects)) ws.Range(list).NumberFormat = nf;
      }
      break;
    }
    case 'setFill':
      onAreas(ws, a.areas, (r) => {
        if (a.color === null) r.Interior.Pattern = XL_NONE;
        else r.Interior.Color = toBgr(a.color);
      });
      break;
    case 'setPattern': {
      const r = ws.Range(a.address);
      // ET models solid fills; other patterns come back as their colour (docs/wps-checklist.md).
      if (a.pattern === 'None') r.Interior.Pattern = XL_NONE;
      else r.Interior.Color = toBgr(a.color);
      break;
    }
    case 'setBold':
      onAreas(ws, a.areas, (r) => void (r.Font.Bold = a.bold));
      break;
    case 'clear':
      if (a.what === 'Formats') onAreas(ws, a.areas, (r) => r.ClearFormats());
      else clearContents(ws, a.areas);
      break;
    case 'merge':
      ws.Range(a.address).Merge(false);
      break;
    case 'unmerge':
      ws.Range(a.address).UnMerge();
      break;
    case 'addNote':
    case 'setNote': {
      const rect = rectOf(a.address);
      const r = ws.Range(a.address);
      const notes = t.comments(a.sheet);
      // ET sets a comment's text through a method some builds lack: replace the comment instead.
      if (a.kind === 'setNote' || notes.has(cellKey(rect.top, rect.left))) r.ClearComments();
      r.AddComment(a.text);
      notes.set(cellKey(rect.top, rect.left), a.text);
      break;
    }
    case 'deleteNote': {
      const rect = rectOf(a.address);
      ws.Range(a.address).ClearComments();
      t.comments(a.sheet).delete(cellKey(rect.top, rect.left));
      break;
    }
    case 'readNumberFormats':
      a.into(readFormats(ws, rectOf(a.address)));
      return;
    case 'readLooks':
      a.into(readLooks(ws, rectOf(a.address)));
      return;
  }
  t.changed(a.sheet);
}

/** Every comment of a sheet by "row,col": one Count, then Item, Text, Parent, Address each. */
export function readComments(ws: EtWorksheet): Map<string, string> {
  const out = new Map<string, string>();
  const list = ws.Comments;
  const n = member<number>(list, 'Count');
  for (let i = 1; i <= n; i++) {
    const c = list.Item(i);
    const text = member<string>(c, 'Text');
    const r = rectOf(member<string>(c.Parent, 'Address'));
    out.set(cellKey(r.top, r.left), text);
  }
  return out;
}
