/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { FakeHost } from './fake-host';
import { click, openTab, renderPane } from './render';

async function select(label: string | RegExp, value: string): Promise<void> {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  });
}

describe('自评 view', () => {
  test('fills, shows 总分 and 等级 per project, flags missing reasons; re-runs', async () => {
    const { host } = await renderPane();
    await openTab('自评');
    await click(await screen.findByRole('button', { name: '填写自评' }));
    expect(host.called('fillSelfEvaluation').length).toBe(1);
    const table = screen.getByRole('table', { name: '各项目自评得分' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1].textContent).toContain('现代职业教育质量提升计划资金');
    expect(within(rows[1]).getByTestId('total').textContent).toBe('92.50');
    expect(within(rows[1]).getByTestId('grade').textContent).toBe('优');
    expect(rows[1].textContent).toContain('98%');
    expect(within(rows[2]).getByTestId('total').textContent).toBe('待填写');
    expect(within(rows[2]).getByTestId('missing-reasons').textContent).toBe('2 行缺少偏差原因');
    expect(rows[2].textContent).toContain('3 行缺少实际完成值');
    // After typing 实际完成值 in the sheet, the same button recalculates.
    host.selfEval = host.selfEval.map((p) => ({ ...p, total: 81, grade: '良', missingActuals: 0, missingReasons: 0 }));
    await click(screen.getByRole('button', { name: '重新自评' }));
    expect(host.called('fillSelfEvaluation').length).toBe(2);
    expect(
      within(screen.getByRole('table'))
        .getAllByTestId('grade')
        .map((g) => g.textContent),
    ).toEqual(['良', '良']);
    expect(screen.queryByTestId('missing-reasons')).toBeNull();
  });

  test('the rows that lost points are listed under their project, and the table is copied for the report', async () => {
    const host = new FakeHost();
    host.selfEval = [{ ...host.selfEval[0], lost: [{ cell: 'H12', name: '培训满意度', weight: 10, score: 8.5, reasonMissing: true }] }];
    const written: string[] = [];
    Object.assign(navigator, { clipboard: { writeText: async (t: string) => void written.push(t) } });
    await renderPane(host);
    await openTab('自评');
    await click(await screen.findByRole('button', { name: '填写自评' }));
    const lost = document.querySelector('[data-lost="H12"]') as HTMLElement;
    expect(lost.textContent).toBe('培训满意度8.50/10.00 分 · 未达目标 · 缺偏差原因');
    await click(screen.getByRole('button', { name: '复制为表格' }));
    expect(written[0].split('\n')).toEqual([
      '项目\t执行率\t总分\t等级\t说明',
      '1. 现代职业教育质量提升计划资金\t98%\t92.50\t优\t',
      '　培训满意度\t\t8.50 / 10.00\t\t未达目标；缺偏差原因',
    ]);
    expect(screen.getByRole('status').textContent).toBe('已复制，可粘贴到自评报告（Word 或 Excel）。');
  });

  test('choosing the scheme saves it with the workbook', async () => {
    const { host } = await renderPane();
    await openTab('自评');
    await screen.findByRole('button', { name: '填写自评' });
    await select('评分方案', 'hubei');
    expect(host.called('saveSettings').map((c) => (c.args[0] as { scheme: string }).scheme)).toEqual(['hubei']);
    expect((screen.getByLabelText('评分方案') as HTMLSelectElement).value).toBe('hubei');
  });
});

describe('标准指标 view', () => {
  test('browse by category, tick, choose the project, insert', async () => {
    const { host } = await renderPane();
    await openTab('标准指标');
    await screen.findByRole('group', { name: '标准指标' });
    expect(screen.getAllByRole('checkbox').length).toBe(3);
    await select('类别', '学生资助');
    expect(screen.getAllByRole('checkbox').length).toBe(2);
    const insert = screen.getByRole('button', { name: '插入所选指标（0）' }) as HTMLButtonElement;
    expect(insert.disabled).toBe(true);
    await click(screen.getByRole('checkbox', { name: /资助学生人次/ }));
    await select('插入到项目', '2');
    await click(screen.getByRole('button', { name: '插入所选指标（1）' }));
    expect(host.called('insertRows').map((c) => c.args)).toEqual([[2, ['AID-01']]]);
    expect(screen.getByRole('status').textContent).toBe('已在项目 2 中插入 1 行。');
    expect((screen.getByRole('checkbox', { name: /资助学生人次/ }) as HTMLInputElement).checked).toBe(false);
  });

  test('a row the project already has is flagged, and inserting it again asks first', async () => {
    const host = new FakeHost();
    host.projectList = host.projectList.map((p) => ({ ...p, names: p.index === 2 ? ['资助学生\n人次'] : [] }));
    const { host: h } = await renderPane(host);
    await openTab('标准指标');
    await screen.findByRole('group', { name: '标准指标' });
    await select('插入到项目', '2');
    expect(screen.getByRole('checkbox', { name: /资助学生人次.*已有/ })).toBeTruthy();
    await click(screen.getByRole('checkbox', { name: /资助学生人次/ }));
    await click(screen.getByRole('button', { name: '插入所选指标（1）' }));
    expect(h.called('insertRows').length).toBe(0);
    expect(screen.getByTestId('duplicate-warning').textContent).toContain('项目 2 已有：资助学生人次');
    await click(screen.getByRole('button', { name: '仍然插入' }));
    expect(h.called('insertRows').map((c) => c.args)).toEqual([[2, ['AID-01']]]);
  });

  test('after inserting into a table with self-evaluation columns, one button re-runs 自评', async () => {
    const host = new FakeHost();
    host.projectList = host.projectList.map((p) => ({ ...p, layout: 'selfeval' }));
    await renderPane(host);
    await openTab('标准指标');
    await screen.findByRole('group', { name: '标准指标' });
    await click(screen.getByRole('checkbox', { name: /资助学生人次/ }));
    await click(screen.getByRole('button', { name: '插入所选指标（1）' }));
    const bar = screen.getByTestId('rescore');
    expect(bar.textContent).toContain('请点“重新自评”为新行写入得分并更新总分');
    await click(within(bar).getByRole('button', { name: '重新自评' }));
    expect(host.called('fillSelfEvaluation').length).toBe(1);
    expect(screen.queryByTestId('rescore')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('已重新自评，得分和总分已更新。');
  });

  test('without projects it says to validate first', async () => {
    const host = new FakeHost();
    host.projectList = [];
    await renderPane(host);
    await openTab('标准指标');
    expect(await screen.findByText('尚未识别到项目，请先在“校验”中校验工作表。')).toBeTruthy();
  });
});

describe('设置 view', () => {
  const settle = () =>
    act(async () => {
      await new Promise((r) => setTimeout(r, 400));
    });

  test('each change is saved with the workbook as it is made', async () => {
    const { host } = await renderPane();
    await openTab('设置');
    await screen.findByTestId('severity-rules');
    await click(screen.getByRole('radio', { name: '整个工作簿' }));
    await select('评分方案', 'sichuan');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('“优”不低于'), { target: { value: '85' } });
      fireEvent.change(screen.getByLabelText('执行率低于此值需说明原因（%）'), { target: { value: '80' } });
    });
    await select(/^VAL-08 /, 'off');
    await select(/^NRM-01 /, 'warning');
    await click(screen.getByRole('radio', { name: /线性法/ }));
    await settle();
    const calls = host.called('saveSettings');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls[calls.length - 1].args[0]).toEqual({
      scheme: 'sichuan',
      grades: { 优: 85, 良: 80, 中: 60 },
      overAchievementRatio: 1.3,
      executionReasonBelow: 0.8,
      reverseMethod: 'linear',
      severity: { 'VAL-08': 'off', 'NRM-01': 'warning' },
      scope: 'workbook',
    });
    expect(screen.getByTestId('settings-saved').textContent).toBe('设置已保存到工作簿。');
    // The 校验 button follows the saved scope.
    await openTab('校验');
    expect(screen.getByRole('button', { name: '校验整个工作簿' })).toBeTruthy();
  });

  test('grade bands out of order are not saved, and the pane says so', async () => {
    const { host } = await renderPane();
    await openTab('设置');
    await screen.findByTestId('severity-rules');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('“中”不低于'), { target: { value: '95' } });
    });
    await settle();
    expect(host.called('saveSettings').length).toBe(0);
    expect(screen.getByTestId('settings-unsaved').textContent).toContain('等级分数线');
  });

  test('the 44 severity rows are grouped by family, with a search box', async () => {
    await renderPane();
    await openTab('设置');
    const box = await screen.findByTestId('severity-rules');
    expect([...box.querySelectorAll('details')].map((d) => d.getAttribute('data-family'))).toEqual(['NRM', 'HIE', 'VAL', 'CST', 'SE']);
    await act(async () => {
      fireEvent.change(within(box).getByRole('searchbox'), { target: { value: 'VAL-08' } });
    });
    expect([...box.querySelectorAll('details')].map((d) => d.getAttribute('data-family'))).toEqual(['VAL']);
    expect(box.querySelectorAll('select').length).toBe(1);
  });
});

describe('English', () => {
  test('every visible string switches when Office is in English', async () => {
    const host = new FakeHost();
    host.lang = 'en';
    await renderPane(host);
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Jixiao');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    for (const name of ['Check', 'Self-eval', 'Rows', 'Settings']) expect(screen.getByRole('tab', { name })).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Validate the active sheet' }));
    // Plurals right: one error, one warning.
    expect(screen.getByTestId('validate-summary').textContent).toBe('2 projects: 1 error, 1 warning, 2 notices.');
    expect(within(document.querySelector('[data-project="1"]') as HTMLElement).getByRole('button', { name: /^E61/ }).textContent).toContain('Time indicator with unit 人次');
    expect(within(document.querySelector('[data-project="1"]') as HTMLElement).getByRole('heading', { level: 2 }).textContent).toContain('Project 1:');
    await openTab('Self-eval');
    await click(await screen.findByRole('button', { name: 'Fill self-evaluation' }));
    // Grades translated.
    expect(screen.getAllByTestId('grade').map((g) => g.textContent)).toEqual(['Excellent', 'Pending']);
    await openTab('Rows');
    expect(await screen.findByRole('heading', { name: 'Student aid' })).toBeTruthy();
    await openTab('Settings');
    expect(await screen.findByRole('searchbox', { name: 'Search rules (id or title)' })).toBeTruthy();
    document.documentElement.lang = 'zh-CN';
  });
});
