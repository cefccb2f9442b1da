/**
 * The browser preview (`npm run preview`): the demo workbook as a grid on the left, the real task
 * pane on the right, wired to the preview host: the add-in's controller on the Excel test double
 * (`?host=wps`: the WPS shell on its ET fake).
 * `?lang=en` shows the pane in English.
 * For end-to-end tests: window.__jixiaoPreview = { grid(), host, … } once the host is connected.
 */
import * as React from 'react';
import { memo, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import type { Host } from '../ui/host';
import { errorText } from '../ui/pane';
import type { CellView, PreviewData } from './data';
import { GridView } from './GridView';
import { openDemoExcel, openPreviewData, type DemoExcel } from './demo-excel';

declare global {
  interface Window {
    __jixiaoPreview?: { grid(): CellView[][]; host: Host; sheetName(): string; preview: DemoExcel; load(data: PreviewData): Promise<void> };
  }
}

const Pane = memo(App);

// `?width=320` shows the pane at another task-pane width (Excel's is 320–350 px, wider when dragged).
const paneWidth = Number(new URLSearchParams(location.search).get('width')) || null;

function Page({ demo, error }: { demo: DemoExcel | null; error: string | null }): React.JSX.Element {
  const [, setTick] = useState(0);
  useEffect(() => demo?.subscribe(() => setTick((n) => n + 1)), [demo]);
  const sel = demo?.selection();
  return (
    <div className="layout">
      <section className="workbook" aria-label="演示工作簿">
        <p className="workbook-title">{demo ? `演示工作簿 · ${demo.sheetName()}（Excel 测试替身）` : (error ?? '正在打开演示工作簿…')}</p>
        {demo ? (
          <GridView
            sheet={demo.sheetName()}
            grid={demo.grid()}
            widths={demo.columnWidths()}
            selected={sel && sel.sheet === demo.sheetName() ? sel.cell : null}
            onSelect={(cell) => void demo.host.select(demo.sheetName(), cell)}
            onEdit={(cell, text) => void demo.setCell(cell, text)}
          />
        ) : null}
      </section>
      <div className="pane" style={paneWidth ? { width: paneWidth } : undefined}>
        <Pane host={demo?.host ?? null} connectError={error} />
      </div>
    </div>
  );
}

const container = document.getElementById('root');
if (container && new URLSearchParams(location.search).get('host') === 'wps') {
  // The WPS shell against its fake (src/preview/wps-shell.tsx).
  void import(/* webpackChunkName: "preview-wps" */ './wps-shell').then((m) => m.mountWpsPreview(container));
} else if (container) {
  const root = createRoot(container);
  root.render(<Page demo={null} error={null} />);
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang') === 'en' ? 'en' : 'zh';
  const show = (demo: DemoExcel) => {
    // load(): another workbook in its place (end-to-end tests); a new key gives the pane a fresh start on it.
    const load = async (data: PreviewData) => show(await openPreviewData(data, { lang }));
    window.__jixiaoPreview = { grid: () => demo.grid(), host: demo.host, sheetName: () => demo.sheetName(), preview: demo, load };
    root.render(<Page key={demo.sheetName() + Date.now()} demo={demo} error={null} />);
  };
  openDemoExcel({ lang }).then(show, (e: unknown) => root.render(<Page demo={null} error={errorText(e)} />));
}
