/**
 * The add-in's settings and undo journal kept with the document in WPS: WPS's PluginStorage
 * lives only as long as the process, so the journal goes into a very hidden sheet of the
 * workbook (saved with it, invisible to the user, not listed by the add-in's reads). One row per
 * key: the key, the number of pieces, then the JSON value in pieces under the 32 767-character
 * cell limit, each written as text (a leading apostrophe: never read as a number or formula).
 */
import type { SettingsLike } from '../office/undo';
import { rectAddress } from '../../sheet/a1';
import { member, XL_SHEET_VERY_HIDDEN, type EtApplication, type EtWorksheet } from '../../wps-api/et';
import { JOURNAL_SHEET } from './session';

const PIECE = 30_000;

type Done = (result: { status: unknown; error?: { message: string } | null }) => void;

export class EtDocumentSettings implements SettingsLike {
  private values = new Map<string, unknown>();
  private read = false;

  constructor(private app: EtApplication) {}

  private sheet(create: boolean): EtWorksheet | null {
    const book = this.app.ActiveWorkbook;
    if (!book) throw new Error('WPS 中没有打开的工作簿');
    try {
      return book.Worksheets.Item(JOURNAL_SHEET);
    } catch {
      if (!create) return null;
    }
    // Adding a sheet activates it: the user's sheet is activated again after.
    const active = this.app.ActiveSheet;
    const ws = book.Worksheets.Add();
    ws.Name = JOURNAL_SHEET;
    ws.Visible = XL_SHEET_VERY_HIDDEN;
    active?.Activate();
    return ws;
  }

  private load(): void {
    this.values.clear();
    this.read = true;
    const ws = this.sheet(false);
    if (!ws) return;
    const used = ws.UsedRange;
    const raw = used.Value2;
    const rows = Array.isArray(raw) ? (raw as unknown[][]) : [[raw]];
    if (member<string>(used, 'Address').replace(/\$/g, '').split(':')[0] !== 'A1') return;
    for (const line of rows) {
      const key = line[0];
      const n = Number(line[1]);
      if (typeof key !== 'string' || !key || !Number.isInteger(n) || n < 1) continue;
      const text = line
        .slice(2, 2 + n)
        .map((p) => (p === undefined || p === null ? '' : String(p)))
        .join('');
      try {
        this.values.set(key, JSON.parse(text));
      } catch {
        // a damaged entry is no entry
      }
    }
  }

  get(name: string): unknown {
    if (!this.read) this.load();
    return this.values.get(name) ?? null;
  }

  set(name: string, value: unknown): void {
    if (!this.read) this.load();
    this.values.set(name, value);
  }

  remove(name: string): void {
    if (!this.read) this.load();
    this.values.delete(name);
  }

  /** Write every key in one array (the sheet cleared first), then report. */
  saveAsync(callback?: Done): void {
    try {
      const lines = [...this.values].map(([k, v]) => {
        const text = JSON.stringify(v);
        const pieces: string[] = [];
        for (let i = 0; i < text.length; i += PIECE) pieces.push("'" + text.slice(i, i + PIECE));
        return [k.startsWith("'") ? `'${k}` : k, pieces.length, ...pieces];
      });
      const ws = this.sheet(lines.length > 0);
      if (ws) {
        ws.UsedRange.ClearContents();
        if (lines.length) {
          const width = Math.max(...lines.map((l) => l.length));
          const block = lines.map((l) => [...l, ...new Array<string>(width - l.length).fill('')]);
          ws.Range(rectAddress({ top: 1, left: 1, bottom: block.length, right: width })).Value2 = block;
        }
      }
      callback?.({ status: 'succeeded', error: null });
    } catch (e) {
      callback?.({ status: 'failed', error: { message: e instanceof Error ? e.message : String(e) } });
    }
  }

  /** Read the document's copy again (the ribbon's page and the pane each hold one). */
  refreshAsync(callback?: Done): void {
    try {
      this.load();
      callback?.({ status: 'succeeded', error: null });
    } catch (e) {
      callback?.({ status: 'failed', error: { message: e instanceof Error ? e.message : String(e) } });
    }
  }
}
