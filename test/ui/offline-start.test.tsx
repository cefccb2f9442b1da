/** @jest-environment jsdom */
/**
 * Offline start (issue 8 item 6): when office.js could not be loaded (no internet, or the CDN is
 * blocked), the pane says the cause is the network — not “open it in Excel” — and where to go
 * next (the intranet build). src/taskpane/index.tsx decides it before anything else runs.
 */
import '@testing-library/react'; // sets React's act environment for the whole file

// React's warnings (an update not wrapped in act(…)) mean the test read the page before React was done with it.
let errors: jest.SpyInstance;
beforeEach(() => {
  errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
  errors.mockRestore();
});

/**
 * Start the pane's entry as Excel would load it, each time in a fresh module registry — with the act()
 * of that registry's React: an act() from another copy of React does not wait for this one's renders.
 */
async function startPane(): Promise<string> {
  await jest.isolateModulesAsync(async () => {
    const { act } = await import('react');
    await act(async () => {
      await import('../../src/taskpane/index');
    });
  });
  return document.getElementById('root')!.textContent ?? '';
}

test('without office.js the pane names the network, in Chinese, and points to the intranet build', async () => {
  document.body.innerHTML = '<div id="root"><div class="boot">绩效表助手正在加载…</div></div>';
  expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
  const text = await startPane();
  expect(text).toContain('未能加载 Office 组件（office.js）');
  expect(text).toContain('网络');
  expect(text).toContain('内网版');
  expect(text).not.toContain('正在加载');
  expect(text).not.toMatch(/请在 Excel 中打开/);
});

test('the intranet build (office.js from beside the pages) names the unit’s own server, not Microsoft’s', async () => {
  document.head.innerHTML = '<script type="text/javascript" src="office-js/office.js"></script>';
  document.body.innerHTML = '<div id="root"><div class="boot">绩效表助手正在加载…</div></div>';
  const text = await startPane();
  expect(text).toContain('未能加载 Office 组件（office.js）');
  expect(text).toContain('office-js');
  expect(text).not.toContain('Microsoft');
  expect(text).not.toContain('请使用内网版');
});
