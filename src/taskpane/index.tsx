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
    try {
      const { createOfficeHost } = await import(/* webpackChunkName: "office-host" */ '../addin/office-host');
      render(await createOfficeHost());
    } catch (e) {
      render(null, errorText(e));
    }
  };

  if (typeof Office === 'undefined') {
    render(null, '未加载 Office 组件（office.js），请在 Excel 中打开此任务窗格。');
  } else {
    void Office.onReady().then(connect, (e: unknown) => render(null, errorText(e)));
  }
}
