/**
 * One command's hold on the workbook in WPS: the sheets by name (each looked up once), what was
 * read this command (contents, comments) until the next write to that sheet, and the call count.
 */
import { contains, parseRect, type Rect } from '../../sheet/a1';
import { readComments, rectOf, runAction, type EtTarget } from './actions';
import { addressOf, emptyIn, findMerges, readBlock, type Block } from './cells';
import { member, type EtApplication, type EtWorkbook, type EtWorksheet } from '../../wps-api/et';
import type { Action } from '../pipeline/ops';

function clipRect(a: Rect, b: Rect): Rect | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

/** The add-in's own very hidden sheet (the undo journal and settings): never read as the user's. */
export const JOURNAL_SHEET = '_jixiao';

export class EtSession implements EtTarget {
  private book: EtWorkbook | null = null;
  private sheets = new Map<string, EtWorksheet>();
  private blocks = new Map<string, { rect: Rect; block: Block }[]>();
  private notes = new Map<string, Map<string, string>>();
  private usedRects = new Map<string, Rect | null>();
  private mergeLists = new Map<string, Rect[]>();

  constructor(readonly app: EtApplication) {}

  workbook(): EtWorkbook {
    if (!this.book) {
      const b = this.app.ActiveWorkbook;
      if (!b) throw new Error('WPS 中没有打开的工作簿');
      this.book = b;
    }
    return this.book;
  }

  sheet(name: string): EtWorksheet {
    const k = name.toLowerCase();
    let ws = this.sheets.get(k);
    if (!ws) {
      ws = this.workbook().Worksheets.Item(name);
      this.sheets.set(k, ws);
    }
    return ws;
  }

  /** The sheet, or null when the workbook has none of that name. */
  sheetOrNull(name: string): EtWorksheet | null {
    try {
      return this.sheet(name);
    } catch {
      return null;
    }
  }

  /** Names of the user's sheets, in order (the add-in's journal sheet left out). */
  sheetNames(): string[] {
    const all = this.workbook().Worksheets;
    const n = member<number>(all, 'Count');
    const out: string[] = [];
    for (let i = 1; i <= n; i++) {
      const ws = all.Item(i);
      const name = ws.Name;
      this.sheets.set(name.toLowerCase(), ws);
      if (name !== JOURNAL_SHEET) out.push(name);
    }
    return out;
  }

  activeName(): string {
    const ws = this.app.ActiveSheet;
    if (!ws) throw new Error('WPS 中没有活动的工作表');
    const name = ws.Name;
    this.sheets.set(name.toLowerCase(), ws);
    return name;
  }

  /** The sheet's used range (ET counts formatted cells too), or null on an empty sheet. */
  used(name: string): Rect | null {
    const k = name.toLowerCase();
    if (!this.usedRects.has(k)) this.usedRects.set(k, this.readUsed(name));
    return this.usedRects.get(k)!;
  }

  private readUsed(name: string): Rect | null {
    const r = rectOf(addressOf(this.sheet(name).UsedRange));
    if (r.top === 1 && r.left === 1 && r.bottom === 1 && r.right === 1) {
      const b = this.read(name, r);
      if (b.formulas[0][0] === '') return null;
    }
    return r;
  }

  changed(sheet: string): void {
    this.blocks.delete(sheet.toLowerCase());
    this.usedRects.delete(sheet.toLowerCase());
    this.mergeLists.delete(sheet.toLowerCase());
  }

  /**
   * The sheet's merged areas, found once per command (until a write) over its used range: a read
   * in windows (as the snapshot asks) is answered from the one search, not one search per window.
   */
  merges(name: string, within: Rect): Rect[] {
    const k = name.toLowerCase();
    let list = this.mergeLists.get(k);
    if (!list) {
      const box = this.used(name);
      // Without a whole read this command (an undo's few checks), search only where asked.
      const whole = box && (this.blocks.get(k) ?? []).some((b) => contains(b.rect, box));
      if (box && !whole) {
        const part = clipRect(box, within);
        return part ? findMerges(this.sheet(name), part, parseRect, emptyIn(part, this.read(name, part).formulas)) : [];
      }
      list = box ? findMerges(this.sheet(name), box, parseRect, emptyIn(box, this.read(name, box).formulas)) : [];
      this.mergeLists.set(k, list);
    }
    return list;
  }

  moved(sheet: string): void {
    this.notes.delete(sheet.toLowerCase());
  }

  comments(sheet: string): Map<string, string> {
    const k = sheet.toLowerCase();
    let m = this.notes.get(k);
    if (!m) {
      m = readComments(this.sheet(sheet));
      this.notes.set(k, m);
    }
    return m;
  }

  /** Values and formulas of `rect`: from a read of this command when one covers it, else read now (in blocks). */
  read(sheet: string, rect: Rect): Block {
    const k = sheet.toLowerCase();
    const list = this.blocks.get(k) ?? [];
    const hit = list.find((b) => contains(b.rect, rect));
    if (hit) {
      const pick = (g: unknown[][]) =>
        g.slice(rect.top - hit.rect.top, rect.bottom - hit.rect.top + 1).map((l) => l.slice(rect.left - hit.rect.left, rect.right - hit.rect.left + 1));
      return { values: pick(hit.block.values), formulas: pick(hit.block.formulas) };
    }
    const block = readBlock(this.sheet(sheet), rect);
    list.push({ rect, block });
    this.blocks.set(k, list);
    return block;
  }

  run(a: Action): void {
    runAction(this, a);
  }
}
