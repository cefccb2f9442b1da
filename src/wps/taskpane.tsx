/**
 * The task pane in WPS 表格: the same React pane as in Excel, on the WPS host. WPS opens this page
 * with wps.CreateTaskPane; its `window.Application` is the WPS application of that window.
 */
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { detectHost } from './host-kind';
import type { WpsWindow } from './wps-api';
import { connectToWps } from './connect';

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  const w = window as unknown as WpsWindow;
  if (detectHost(window) === 'wps' && w.Application) root.render(<App host={connectToWps(w.Application)} connectError={null} />);
  else root.render(<App host={null} connectError="此页面需要在 WPS 表格中打开（功能区“绩效表助手”→“打开助手”）。" />);
}
