/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { FakeHost } from './fake-host';
import { click, renderPane } from './render';

async function validated(host = new FakeHost()) {
  await renderPane(host);
  await click(screen.getByRole('button', { name: '校验当前工作表' }));
  return host;
}

describe('校验 view', () => {
  test('one button validates; findings are grouped by project then severity', async () => {
    const host = await validated();
    expect(host.called('validate').length).toBe(1);
    expect(screen.getByTestId('validate-summary').textContent).toBe('共 2 个项目：错误 1，警告 1，提示 2。');
    const projects = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(projects[0]).toContain('项目 1：现代职业教育质量提升计划资金');
    expect(projects[1]).toContain('项目 2：学生资助补助经费');
    const p2 = document.querySelector('[data-project="2"]') as HTMLElement;
    // Errors come before notices inside a project.
    expect(within(p2).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['错误（1）', '提示（1）']);
    expect(p2.textContent).toContain('缺少满意度指标');
    expect(p2.textContent).toContain('依据：财预〔2020〕10号 [R]');
  });

  test('clicking a finding selects its cell in Excel', async () => {
    const host = await validated();
    await click(screen.getByRole('button', { name: /E61/ }));
    expect(host.called('select').map((c) => c.args)).toEqual([['Sheet1', 'E61']]);
  });

  test('a project group collapses and expands with aria-expanded', async () => {
    await validated();
    const toggle = screen.getAllByRole('button', { expanded: true }).find((b) => b.textContent?.includes('项目 1：'))!;
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: /E61/ })).toBeNull();
    await click(toggle);
    expect(screen.getByRole('button', { name: /E61/ })).toBeTruthy();
  });

  test('a safe fix is previewed before → after, then applied on its own', async () => {
    const host = await validated();
    const item = document.querySelector('[data-finding="f2"]') as HTMLElement;
    await click(within(item).getByRole('button', { name: '预览修正' }));
    expect(within(item).getByRole('button', { name: '收起预览' }).getAttribute('aria-expanded')).toBe('true');
    expect(within(item).getByTestId('fix-before').textContent).toBe('建设大模型\n生产中心');
    expect(within(item).getByTestId('fix-after').textContent).toBe('建设大模型生产中心');
    await click(within(item).getByRole('button', { name: '应用此修正' }));
    expect(host.called('applyFixes').map((c) => c.args)).toEqual([[['f2']]]);
    expect(document.querySelector('[data-finding="f2"]')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('已应用 1 处修正。');
  });

  test('all safe fixes: preview the list, then apply them at once', async () => {
    const host = await validated();
    await click(screen.getByRole('button', { name: '预览全部安全修正（2）' }));
    const region = screen.getByRole('region', { name: '将应用以下 2 处修正' });
    expect(within(region).getAllByTestId('fix-after').map((d) => d.textContent)).toEqual(['建设大模型生产中心', '≥95%']);
    await click(within(region).getByRole('button', { name: '全部应用' }));
    expect(host.called('applyFixes').map((c) => c.args)).toEqual([[['f2', 'f4']]]);
    expect(screen.queryByRole('button', { name: /预览全部安全修正/ })).toBeNull();
  });

  test('清除标记 calls clearMarks', async () => {
    const host = await validated();
    await click(screen.getByRole('button', { name: '清除标记' }));
    expect(host.called('clearMarks').length).toBe(1);
    expect(screen.getByRole('status').textContent).toBe('已清除标记，单元格恢复原样。');
  });

  test('scope workbook changes the button to 校验整个工作簿', async () => {
    const host = new FakeHost();
    host.settings.scope = 'workbook';
    await renderPane(host);
    expect(screen.getByRole('button', { name: '校验整个工作簿' })).toBeTruthy();
  });

  test('cell text with markup stays text', async () => {
    const host = new FakeHost();
    host.findings = [{ ...host.findings[0], message: '<img src=x onerror=alert(1)>“<b>粗</b>”' }];
    await validated(host);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByRole('button', { name: /E61/ }).textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
