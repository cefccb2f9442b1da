/**
 * The browser preview (`npm run preview`): the demo workbook as a grid on the left, the real task
 * pane on the right, wired to the preview host: the Office-backed controller on the Excel test double
 * (`?host=engine`: the engine on a plain in-memory workbook; `?host=wps`: the WPS shell on its ET fake).
 * `?lang=en` shows the pane in English.
 * For end-to-end tests: window.__jixiaoPreview = { grid(), host, … } once the host is connected.
 */
import * as React from 'react';
import { memo, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import type { Host } from '../ui/host';
import { errorText } from '../ui/pane';
import type { CellView } from './data';
import { GridView } from './GridView';
import { createPreviewHost, type PreviewHost } from './preview-host';

declare global {
  interface Window {
    __jixiaoPreview?: { grid(): CellView[][]; host: Host; sheetName(): string; preview: PreviewHost };
  }
}

const Pane = memo(App);

// `?width=320` shows the pane at another task-pane width (Excel's is 320–350 px, wider when dragged).
const paneWidth = Number(new URLSearchParams(location.search).get('width')) || null;

function Page({ ph, error }: { ph: PreviewHost | null; error: string | null }): React.JSX.Element {
  const [, setTick] = useState(0);
  useEffect(() => ph?.subscribe(() => setTick((n) => n + 1)), [ph]);
  const sel = ph?.selection();
  return (
    <div className="layout">
      <section className="workbook" aria-label="演示工作簿">
        <p className="workbook-title">{ph ? `演示工作簿 · ${ph.sheetName()}（${ph.backend === 'controller' ? 'Excel 测试替身' : '内存工作簿'}）` : error ?? '正在打开演示工作簿…'}</p>
        {ph ? (
          <GridView
            sheet={ph.sheetName()}
            grid={ph.grid()}
            widths={ph.columnWidths()}
            selected={sel && sel.sheet === ph.sheetName() ? sel.cell : null}
            onSelect={(cell) => void ph.host.select(ph.sheetName(), cell)}
            onEdit={(cell, text) => void ph.setCell(cell, text)}
          />
        ) : null}
      </section>
      <div className="pane" style={paneWidth ? { width: paneWidth } : undefined}>
        <Pane host={ph?.host ?? null} connectError={error} />
      </div>
    </div>
  );
}

const container = document.getElementById('root');
if (container && new URLSearchParams(location.search).get('host') === 'wps') {
  // The WPS shell against its fake (src/wps/preview-shell.tsx).
  void import(/* webpackChunkName: "preview-wps" */ '../wps/preview-shell').then((m) => m.mountWpsPreview(container));
} else if (container) {
  const root = createRoot(container);
  root.render(<Page ph={null} error={null} />);
  const params = new URLSearchParams(location.search);
  createPreviewHost({ lang: params.get('lang') === 'en' ? 'en' : 'zh', backend: params.get('host') === 'engine' ? 'engine' : 'controller' }).then(
    (ph) => {
      window.__jixiaoPreview = { grid: () => ph.grid(), host: ph.host, sheetName: () => ph.sheetName(), preview: ph };
      root.render(<Page ph={ph} error={null} />);
    },
    (e: unknown) => root.render(<Page ph={null} error={errorText(e)} />),
  );
}
