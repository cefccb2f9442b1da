/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { FakeHost, project as summary } from './fake-host';
import { click, renderPane } from './render';

async function validated(host = new FakeHost()) {
  await renderPane(host);
  await click(screen.getByRole('button', { name: '校验当前工作表' }));
  return host;
}

const project = (i: number) => document.querySelector(`[data-project="${i}"]`) as HTMLElement;

describe('校验 view', () => {
  test('a summary card on top: counts, counts per project, and what to fix first', async () => {
    const host = await validated();
    expect(host.called('validate').length).toBe(1);
    const card = screen.getByTestId('summary-card');
    expect(screen.getByTestId('validate-summary').textContent).toBe('共 2 个项目：错误 1，警告 1，提示 2。');
    const rows = within(screen.getByTestId('summary-projects'))
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows[1]).toBe('1. 现代职业教育质量提升计划资金011');
    expect(rows[2]).toBe('2. 学生资助补助经费101');
    // Errors before warnings, each one click from its cell.
    const first = within(screen.getByTestId('first-to-fix')).getAllByRole('button');
    expect(first.map((b) => b.textContent)).toEqual([expect.stringContaining('A20缺少满意度指标'), expect.stringContaining('E61')]);
    await click(first[0]);
    expect(host.called('select').map((c) => c.args)).toEqual([['Sheet1', 'A20']]);
    expect(within(card).getByRole('button', { name: '全部安全修正（2）' })).toBeTruthy();
  });

  test('a long-term grid beside its 年度 grid is labelled as that project’s, not counted as a project, and gets no self-evaluation line', async () => {
    const host = new FakeHost();
    host.projectList = [...host.projectList, summary(3, { name: '学生资助补助经费', partOf: 2, warnings: 1 })];
    host.selfEval = [...host.selfEval, summary(3, { name: '学生资助补助经费', partOf: 2, total: null, grade: null })];
    await validated(host);
    expect(screen.getByTestId('validate-summary').textContent).toBe('共 2 个项目：错误 1，警告 1，提示 2。');
    const rows = within(screen.getByTestId('summary-projects'))
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows[3]).toBe('3. 项目 2 的长期绩效指标000');
    expect(screen.getByRole('option', { name: '3. 项目 2 的长期绩效指标' })).toBeTruthy();
    await click(screen.getByRole('tab', { name: '自评' }));
    await click(screen.getByRole('button', { name: '填写自评' }));
    expect(document.body.textContent).not.toContain('长期绩效指标');
    expect(document.body.textContent).toContain('已填写 2 个项目的自评。');
  });

  test('findings grouped by rule per project: errors and warnings open, notices behind one line', async () => {
    await validated();
    const p2 = project(2);
    expect(within(p2).getByRole('heading', { level: 2 }).textContent).toContain('项目 2：学生资助补助经费');
    expect(p2.querySelector('[data-group="HIE-01"]')!.textContent).toContain('HIE-01 ×1 处');
    expect(p2.textContent).toContain('缺少满意度指标');
    expect(p2.textContent).toContain('依据：财预〔2020〕10号 [R]');
    // Notices wait behind one line after the errors and warnings.
    const notices = screen.getByTestId('notices');
    expect(notices.textContent).toContain('提示 2 条（可选）其中 2 条可一键修正');
    expect(notices.querySelector('[data-group]')).toBeNull();
    await click(within(notices).getByRole('button', { name: /提示 2 条/ }));
    const group = notices.querySelector('[data-notice-project="2"] [data-group="NRM-06"]') as HTMLElement;
    await click(within(group).getAllByRole('button', { expanded: false })[0]);
    expect(group.textContent).toContain('规范为“≥95%”');
  });

  test('clicking a finding selects its cell in Excel', async () => {
    const host = await validated();
    await click(within(project(1)).getByRole('button', { name: /^E61/ }));
    expect(host.called('select').map((c) => c.args)).toEqual([['Sheet1', 'E61']]);
  });

  test('a project collapses and expands with aria-expanded', async () => {
    await validated();
    const toggle = within(project(1)).getAllByRole('button', { expanded: true })[0];
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(project(1)).queryByRole('button', { name: /E61/ })).toBeNull();
    await click(toggle);
    expect(within(project(1)).getByRole('button', { name: /E61/ })).toBeTruthy();
  });

  test('filters by severity and by project', async () => {
    await validated();
    await click(screen.getByRole('checkbox', { name: '警告' }));
    expect(document.querySelector('[data-finding="f1"]')).toBeNull();
    expect(screen.getByText('筛选隐藏了 1 条。')).toBeTruthy();
    await click(screen.getByRole('checkbox', { name: '警告' }));
    const select = screen.getByRole('combobox', { name: '项目' }) as HTMLSelectElement;
    const { fireEvent, act } = await import('@testing-library/react');
    await act(async () => {
      fireEvent.change(select, { target: { value: '2' } });
    });
    expect(document.querySelector('[data-finding="f1"]')).toBeNull();
    expect(project(2)).not.toBeNull();
  });

  test('a rule group previews all its fixes, confirm on top, then writes them', async () => {
    const host = await validated();
    await click(within(screen.getByTestId('notices')).getByRole('button', { name: /提示 2 条/ }));
    const p1 = document.querySelector('[data-notice-project="1"]') as HTMLElement;
    await click(within(p1).getByRole('button', { name: '预览并全部修正' }));
    const region = screen.getByRole('region', { name: '将写入以下 1 处修正' });
    expect(within(region).getByTestId('fix-before').textContent).toBe('建设大模型\n生产中心');
    expect(within(region).getByTestId('fix-after').textContent).toBe('建设大模型生产中心');
    expect(region.textContent).toContain('Sheet1!C9');
    // The confirm button comes before the list.
    const confirm = within(region).getByRole('button', { name: '确认写入 1 处' });
    expect(confirm.compareDocumentPosition(within(region).getByTestId('fix-before')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await click(confirm);
    expect(host.called('applyFixes').map((c) => c.args)).toEqual([[['f2']]]);
    expect(document.querySelector('[data-finding="f2"]')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('已应用 1 处修正。');
  });

  test('全部安全修正: grouped by project and rule, then applied at once', async () => {
    const host = await validated();
    await click(screen.getByRole('button', { name: '全部安全修正（2）' }));
    const region = screen.getByRole('region', { name: '将写入以下 2 处修正' });
    expect(
      within(region)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['项目 1：现代职业教育质量提升计划资金', '项目 2：学生资助补助经费']);
    expect(
      within(region)
        .getAllByTestId('fix-after')
        .map((d) => d.textContent),
    ).toEqual(['建设大模型生产中心', '≥95%']);
    await click(within(region).getByRole('button', { name: '确认写入 2 处' }));
    expect(host.called('applyFixes').map((c) => c.args)).toEqual([[['f2', 'f4']]]);
    expect(screen.queryByRole('button', { name: /全部安全修正/ })).toBeNull();
  });

  test('a suggested change is shown, with no Apply button', async () => {
    const host = new FakeHost();
    host.findings = [{ ...host.findings[0], rule: 'VAL-03', suggestion: { cell: 'E61', before: '≥95', after: '≥95%' } }];
    await validated(host);
    const item = document.querySelector('[data-finding="f1"]') as HTMLElement;
    expect(within(item).getByTestId('suggestion').textContent).toContain('建议手工修改');
    expect(within(item).queryByRole('button', { name: /应用/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /全部安全修正/ })).toBeNull();
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
    expect(within(project(1)).getByRole('button', { name: /E61/ }).textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
