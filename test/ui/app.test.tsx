/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App, SHELL_MARK } from '../../src/ui/App';
import { FakeHost } from './fake-host';
import { click, renderPane } from './render';

describe('pane shell', () => {
  test('renders at once, before a host exists, with 正在连接 Excel…', async () => {
    const perf = performance as unknown as { mark?: (name: string) => void };
    const original = perf.mark;
    const mark = jest.fn();
    perf.mark = mark;
    await act(async () => {
      render(<App host={null} />);
    });
    expect(screen.getByRole('heading', { level: 1, name: '绩效表助手' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('正在连接 Excel…');
    expect((screen.getByRole('button', { name: '撤销上次操作' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getAllByRole('tab').length).toBe(4);
    for (const name of ['校验', '自评', '标准指标', '设置']) expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(mark).toHaveBeenCalledWith(SHELL_MARK);
    perf.mark = original;
  });

  test('a failed connection is a Chinese message, not a crash', async () => {
    await act(async () => {
      render(<App host={null} connectError="未实现" />);
    });
    expect(screen.getByRole('alert').textContent).toContain('无法连接 Excel：未实现');
    expect(screen.getByRole('status').textContent).not.toContain('就绪');
  });

  test('with a host: settings are loaded and the undo button follows canUndo', async () => {
    const { host } = await renderPane();
    expect(host.called('loadSettings').length).toBe(1);
    const undo = screen.getByRole('button', { name: '撤销上次操作' }) as HTMLButtonElement;
    expect(undo.disabled).toBe(true);
    await click(screen.getByRole('button', { name: '校验当前工作表' }));
    expect(undo.disabled).toBe(false);
    await click(undo);
    expect(host.called('undo').length).toBe(1);
    expect(screen.getByRole('status').textContent).toBe('已撤销上次操作。');
    expect(undo.disabled).toBe(true);
    // Results of before the undo are gone (they may point at cells that moved).
    expect(screen.queryByTestId('validate-summary')).toBeNull();
  });

  test('tab panel is labelled by its tab; only the selected tab controls a panel', async () => {
    await renderPane();
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe('tab-validate');
    const tabs = screen.getAllByRole('tab');
    expect(tabs[0].getAttribute('aria-controls')).toBe('panel-validate');
    expect(tabs[1].getAttribute('aria-controls')).toBeNull();
  });

  test('tabs are keyboard operable (arrow keys, Home/End, roving tabindex)', async () => {
    await renderPane();
    const first = screen.getByRole('tab', { name: '校验' });
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(first.tabIndex).toBe(0);
    await act(async () => {
      fireEvent.keyDown(first, { key: 'ArrowRight' });
    });
    const second = screen.getByRole('tab', { name: '自评' });
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(second);
    expect(first.tabIndex).toBe(-1);
    await screen.findByRole('button', { name: '填写自评' });
    await act(async () => {
      fireEvent.keyDown(second, { key: 'End' });
    });
    expect(screen.getByRole('tab', { name: '设置' }).getAttribute('aria-selected')).toBe('true');
    await act(async () => {
      fireEvent.keyDown(screen.getByRole('tab', { name: '设置' }), { key: 'ArrowRight' });
    });
    expect(screen.getByRole('tabpanel').id).toBe('panel-validate');
  });

  test('progress from the host shows in the live status region while the pane stays usable', async () => {
    const host = new FakeHost();
    let release!: () => void;
    host.gate = new Promise((r) => (release = r));
    host.progress = [
      { message: '请先结束单元格编辑…', messageEn: 'Please finish editing the cell…', fraction: null },
      { message: '项目 1/2：学生资助… 120 行', messageEn: 'Project 1/2 … 120 rows', fraction: 0.5 },
    ];
    await renderPane(host);
    await click(screen.getByRole('button', { name: '校验当前工作表' }));
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('项目 1/2：学生资助… 120 行');
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect((screen.getByRole('button', { name: '校验当前工作表' }) as HTMLButtonElement).disabled).toBe(true);
    // Tabs still respond while the host works.
    await click(screen.getByRole('tab', { name: '设置' }));
    expect(screen.getByRole('tabpanel').getAttribute('id')).toBe('panel-settings');
    await act(async () => release());
    expect(status.textContent).toContain('共 2 个项目');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  test('what the host asks the user to read after a command stays shown under the outcome, until the next command', async () => {
    const host = new FakeHost();
    host.progress = [{ message: '完成。', messageEn: 'Done.', fraction: 1, warnings: ['工作表“表1”的 E19 已有线程批注，未加批注（标色照常）'] }];
    await renderPane(host);
    await click(screen.getByRole('button', { name: '校验当前工作表' }));
    const shown = screen.getByTestId('status-warnings');
    expect(shown.getAttribute('aria-live')).toBe('polite');
    expect(shown.textContent).toBe('工作表“表1”的 E19 已有线程批注，未加批注（标色照常）');
    expect(screen.getByRole('status').textContent).toContain('共 2 个项目');
    host.progress = [];
    await click(screen.getByRole('button', { name: '校验当前工作表' }));
    expect(screen.getByTestId('status-warnings').textContent).toBe('');
  });

  test('the cell-edit message is shown as progress', async () => {
    const host = new FakeHost();
    let release!: () => void;
    host.gate = new Promise((r) => (release = r));
    host.progress = [{ message: '请先结束单元格编辑…', messageEn: 'Please finish editing the cell…', fraction: null }];
    await renderPane(host);
    await click(screen.getByRole('button', { name: '校验当前工作表' }));
    expect(screen.getByRole('status').textContent).toBe('请先结束单元格编辑…');
    await act(async () => release());
  });

  test('host errors become a dismissible Chinese message bar', async () => {
    const host = new FakeHost();
    host.failNext.validate = new Error('工作表受保护，无法标记单元格');
    await renderPane(host);
    await click(screen.getByRole('button', { name: '校验当前工作表' }));
    const alert = screen.getByRole('alert');
    // What did not complete, what happened and where, what to do; the status bar does not say 就绪.
    expect(alert.textContent).toContain('校验未完成');
    expect(alert.textContent).toContain('工作表受保护，无法标记单元格');
    expect(alert.textContent).toContain('怎么办：');
    expect(screen.getByRole('status').textContent).toBe('上次操作未完成，见上方说明。');
    await click(within(alert).getByRole('button', { name: '关闭提示' }));
    expect(screen.queryByRole('alert')).toBeNull();
    // A programming error says it is not the sheet's fault.
    host.failNext.validate = new RangeError('列号无效：NaN');
    await click(screen.getByRole('button', { name: '校验当前工作表' }));
    expect(screen.getByRole('alert').textContent).toContain('这是助手自身的错误');
    // The pane still works.
    await click(screen.getByRole('button', { name: '校验当前工作表' }));
    expect(screen.getByTestId('validate-summary')).toBeTruthy();
  });
});
