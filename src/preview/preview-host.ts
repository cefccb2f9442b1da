/**
 * The preview's host factory. Today: the engine run directly on an in-memory copy of the demo
 * workbook (engine-host.ts). Once the Office-backed host (src/addin/office-host.ts) can run against
 * the Excel test double (src/double), this becomes:
 *
 *   const xl = createExcelDouble(data.workbook);
 *   install the double as the globals office-host uses (Excel.run → xl.run, Office → xl.office);
 *   const host = await createOfficeHost();
 *   grid() reads xl.sheetData() and turns it into CellView[][];
 *
 * and the page, the pane and the e2e test stay as they are.
 */
import type { Host, Lang } from '../ui/host';
import { bookFromData } from './book';
import type { CellView, PreviewData } from './data';
import { EngineHost, type Selection } from './engine-host';

export interface PreviewHost {
  host: Host;
  /** The active sheet as shown in the grid. */
  grid(): CellView[][];
  sheetName(): string;
  columnWidths(): number[];
  selection(): Selection | null;
  /** A person typing into a cell (the preview's formula bar). */
  setCell(cell: string, text: string): void;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface PreviewHostOptions {
  lang?: Lang;
  stepDelay?: number;
}

export async function createPreviewHost(opts: PreviewHostOptions = {}): Promise<PreviewHost> {
  // The demo data is a separate chunk: the page (and the pane's shell) render before it arrives.
  const data = (await import(/* webpackChunkName: "demo-grid" */ './demo-grid.json')).default as unknown as PreviewData;
  const engine = new EngineHost(bookFromData(data.workbook), { lang: opts.lang, stepDelay: opts.stepDelay ?? 30 });
  return {
    host: engine,
    grid: () => engine.grid(),
    sheetName: () => engine.activeSheetName(),
    columnWidths: () => data.columnWidths[engine.activeSheetName()] ?? [],
    selection: () => engine.selection,
    setCell: (cell, text) => engine.setCell(engine.activeSheetName(), cell, text),
    subscribe: (l) => engine.subscribe(l),
  };
}
