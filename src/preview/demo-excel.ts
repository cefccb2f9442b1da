/**
 * The preview's demo Excel: the demo workbook in the Excel test double, the grid's view of it, and the
 * pane's Host on it. The pane talks to the add-in's own controller (src/addin/controller.ts)
 * running against the Excel test double (src/double) loaded with the demo workbook — the same code
 * path as in Excel, so the preview has no engine wiring of its own.
 */
import type { Host, Lang, ReadCorrections } from '../ui/host';
import type { CellView, PreviewData } from './data';
import { sheetView } from './sheet-view';

export interface Selection {
  sheet: string;
  cell: string;
}

export interface DemoExcel {
  host: Host;
  /** The active sheet as shown in the grid. */
  grid(): CellView[][];
  sheetName(): string;
  columnWidths(): number[];
  selection(): Selection | null;
  /** A person typing into a cell (the preview's formula bar). */
  setCell(cell: string, text: string): Promise<void>;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface DemoExcelOptions {
  lang?: Lang;
}

type Listeners = Set<() => void>;

function typed(text: string): string | number | null {
  const t = text.trim();
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text;
}

/** The host with a change notification after every call that may have written to the workbook. */
function notifying(h: Host, changed: () => void): Host {
  const after = async <R>(p: Promise<R>): Promise<R> => {
    try {
      return await p;
    } finally {
      changed();
    }
  };
  return {
    capabilities: () => h.capabilities(),
    validate: (on) => after(h.validate(on)),
    clearMarks: () => after(h.clearMarks()),
    applyFixes: (ids, on) => after(h.applyFixes(ids, on)),
    fillSelfEvaluation: (on) => after(h.fillSelfEvaluation(on)),
    standardRows: () => h.standardRows(),
    rules: () => h.rules(),
    projects: () => h.projects(),
    insertRows: (p, ids) => after(h.insertRows(p, ids)),
    undo: () => after(h.undo()),
    canUndo: () => h.canUndo(),
    ...(h.undoHistory ? { undoHistory: () => h.undoHistory!() } : {}),
    select: (s, c) => after(h.select(s, c)),
    loadSettings: () => h.loadSettings(),
    saveSettings: (s) => after(h.saveSettings(s)),
    ...(h.reading ? { reading: () => h.reading!() } : {}),
    ...(h.loadCorrections ? { loadCorrections: () => h.loadCorrections!() } : {}),
    ...(h.saveCorrections ? { saveCorrections: (c: ReadCorrections) => h.saveCorrections!(c) } : {}),
  };
}

async function open(data: PreviewData, opts: DemoExcelOptions): Promise<DemoExcel> {
  const [{ createExcelDouble }, { Controller }, { address }] = await Promise.all([
    import(/* webpackChunkName: "preview-office" */ '../double'),
    import(/* webpackChunkName: "preview-office" */ '../addin/controller'),
    import(/* webpackChunkName: "preview-office" */ '../sheet/a1'),
  ]);
  const xl = createExcelDouble(data.workbook);
  const office = xl.office;
  const controller = new Controller({
    excel: xl,
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
    settings: office.context.document.settings,
    lang: opts.lang ?? 'zh',
  });
  const listeners: Listeners = new Set();
  const changed = () => listeners.forEach((l) => l());
  const sheetName = () => xl.sheetData().name;
  return {
    host: notifying(controller, changed),
    grid: () => sheetView(xl.sheetData()),
    sheetName,
    columnWidths: () => data.columnWidths[sheetName()] ?? [],
    selection: () => {
      const s = xl._selection;
      return s ? { sheet: s.sheet, cell: address(s.rect.top, s.rect.left) } : null;
    },
    setCell: async (cell, text) => {
      await xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(sheetName()).getRange(cell).values = [[typed(text) ?? '']];
        await ctx.sync();
      });
      changed();
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

/** Another workbook's preview data (scripts/preview-data.ts) in the same preview: end-to-end tests show the pane on other tables. */
export function openPreviewData(data: PreviewData, opts: DemoExcelOptions = {}): Promise<DemoExcel> {
  return open(data, opts);
}

export async function openDemoExcel(opts: DemoExcelOptions = {}): Promise<DemoExcel> {
  // The demo data is its own chunk: the page (and the pane's shell) render before it arrives.
  const data = (await import(/* webpackChunkName: "demo-grid" */ './demo-grid.json')).default as unknown as PreviewData;
  return open(data, opts);
}
