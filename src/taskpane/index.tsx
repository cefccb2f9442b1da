/**
 * Task-pane entry. Renders the pane's shell at once (“正在连接 Excel…”), then swaps in the
 * Office-backed host when Office.onReady resolves. The host module (and the engine behind it) is
 * loaded with import() so the first download stays small.
 */
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import type { Host } from '../ui/host';
import { errorText } from '../ui/pane';

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  const render = (host: Host | null, error: string | null = null) => root.render(<App host={host} connectError={error} />);
  render(null);

  const connect = async () => {
    // legacy-check.js found an Excel without ExcelApi 1.9: its page, not the pane.
    const w = window as unknown as { jixiaoUnsupported?: boolean; jixiaoShowUnsupported?: () => void };
    if (w.jixiaoUnsupported) {
      root.unmount();
      w.jixiaoShowUnsupported?.();
      return;
    }
    try {
      const { connectToExcel } = await import(/* webpackChunkName: "addin" */ '../addin/connect');
      render(await connectToExcel());
    } catch (e) {
      render(null, errorText(e));
    }
  };

  if (typeof Office === 'undefined') {
    // office.js is loaded by a blocking <script>: when it is missing, the network did not reach it —
    // Microsoft's CDN, or in the intranet build (office.js beside the pages) the unit's own server.
    // The CDN's address is absolute (https:), the intranet build's a path beside the page.
    const local = !/^https:/.test(document.querySelector('script[src$="office.js"]')?.getAttribute('src') ?? 'https:');
    render(
      null,
      local
        ? '未能加载 Office 组件（office.js）：这台电脑无法从本单位的加载项服务器取得 office-js 文件夹中的文件。请确认服务器已按帮助页部署 office-js 文件夹、网络可以访问它，然后关闭并重新打开任务窗格。'
        : '未能加载 Office 组件（office.js）：这台电脑的网络无法访问 Microsoft 的服务器（或此页面不是在 Excel 中打开的）。请检查网络后关闭并重新打开任务窗格；没有外网的单位请使用内网版（见帮助页）。',
    );
  } else {
    void Office.onReady().then(connect, (e: unknown) => render(null, errorText(e)));
  }
}
