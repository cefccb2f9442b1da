/** @jest-environment jsdom */
/**
 * Offline start (issue 8 item 6): when office.js could not be loaded (no internet, or the CDN is
 * blocked), the pane says the cause is the network — not “open it in Excel” — and where to go
 * next (the intranet build). src/taskpane/index.tsx decides it before anything else runs.
 */
import { act } from '@testing-library/react';

test('without office.js the pane names the network, in Chinese, and points to the intranet build', async () => {
  document.body.innerHTML = '<div id="root"><div class="boot">绩效表助手正在加载…</div></div>';
  expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
  await act(async () => {
    await import('../../src/taskpane/index');
  });
  const text = document.getElementById('root')!.textContent ?? '';
  expect(text).toContain('未能加载 Office 组件（office.js）');
  expect(text).toContain('网络');
  expect(text).toContain('内网版');
  expect(text).not.toContain('正在加载');
  expect(text).not.toMatch(/请在 Excel 中打开/);
});

test('the intranet build (office.js from beside the pages) names the unit’s own server, not Microsoft’s', async () => {
  jest.resetModules();
  document.head.innerHTML = '<script type="text/javascript" src="office-js/office.js"></script>';
  document.body.innerHTML = '<div id="root"><div class="boot">绩效表助手正在加载…</div></div>';
  await act(async () => {
    await import('../../src/taskpane/index');
  });
  const text = document.getElementById('root')!.textContent ?? '';
  expect(text).toContain('未能加载 Office 组件（office.js）');
  expect(text).toContain('office-js');
  expect(text).not.toContain('Microsoft');
  expect(text).not.toContain('请使用内网版');
});
