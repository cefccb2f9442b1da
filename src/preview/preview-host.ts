/**
 * The preview's host factory. By default the pane talks to the real Office-backed controller
 * (src/addin/controller.ts) running against the Excel test double (src/double) loaded with the demo
 * workbook — the same code path as in Excel. `?host=engine` uses engine-host.ts instead: the engine
 * applied to a plain in-memory workbook, for comparing the two.
 */
import type { Host, Lang, ReadCorrections } from '../ui/host';
import { Book, bookFromData } from './book';
import type { CellView, PreviewData } from './data';
import type { Selection } from './engine-host';

export interface PreviewHost {
  host: Host;
  /** Which implementation is behind `host`. */
  backend: 'controller' | 'engine';
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

export interface PreviewHostOptions {
  lang?: Lang;
  backend?: 'controller' | 'engine';
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

async function controllerBackend(data: PreviewData, opts: PreviewHostOptions): Promise<PreviewHost> {
  const [{ createExcelDouble }, { Controller }, { colLetters }] = await Promise.all([
    import(/* webpackChunkName: "preview-office" */ '../double'),
    import(/* webpackChunkName: "preview-office" */ '../addin/controller'),
    import(/* webpackChunkName: "preview-office" */ '../gateways/office/address'),
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
    backend: 'controller',
    grid: () => new Book(bookFromData({ sheets: [xl.sheetData()], activeSheet: sheetName() })).view(),
    sheetName,
    columnWidths: () => data.columnWidths[sheetName()] ?? [],
    selection: () => {
      const s = xl._selection;
      return s ? { sheet: s.sheet, cell: `${colLetters(s.rect.left)}${s.rect.top}` } : null;
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

async function engineBackend(data: PreviewData, opts: PreviewHostOptions): Promise<PreviewHost> {
  const { EngineHost } = await import(/* webpackChunkName: "preview-engine" */ './engine-host');
  const engine = new EngineHost(bookFromData(data.workbook), { lang: opts.lang, stepDelay: 30 });
  return {
    host: engine,
    backend: 'engine',
    grid: () => engine.grid(),
    sheetName: () => engine.activeSheetName(),
    columnWidths: () => data.columnWidths[engine.activeSheetName()] ?? [],
    selection: () => engine.selection,
    setCell: async (cell, text) => engine.setCell(engine.activeSheetName(), cell, text),
    subscribe: (l) => engine.subscribe(l),
  };
}

export async function createPreviewHost(opts: PreviewHostOptions = {}): Promise<PreviewHost> {
  // The demo data is its own chunk: the page (and the pane's shell) render before it arrives.
  const data = (await import(/* webpackChunkName: "demo-grid" */ './demo-grid.json')).default as unknown as PreviewData;
  return opts.backend === 'engine' ? engineBackend(data, opts) : controllerBackend(data, opts);
}
