/** @jest-environment jsdom */
/** 识别结果: shown after 校验; one click marks a row; corrections saved through the host and listed; 按更正重新校验. */
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { ReadCorrections, ReadingProject } from '../../src/ui/host';
import { FakeHost } from './fake-host';
import { click, renderPane } from './render';

const READING: ReadingProject[] = [
  {
    index: 1,
    sheet: 'Sheet1',
    name: '现代职业教育质量提升计划资金',
    nameCell: 'B3',
    headerRow: 5,
    span: 'A–F',
    columns: [
      { role: 'level1', column: 'A', header: '一级指标' },
      { role: 'level2', column: 'B', header: '二级指标' },
      { role: 'level3', column: 'C', header: '三级指标' },
      { role: 'target', column: 'E', header: '指标值' },
    ],
    budget: { value: 120, cells: 'C4' },
    money: { unit: '万元', from: '“单位：万元”（A2）' },
    doubts: ['E、F 两列都像指标值，取 E 列'],
    rows: [
      { row: 6, role: 'indicator', reason: '指标行', text: '产出指标 › 数量指标 › 培训人数 = ≥100人' },
      { row: 7, role: 'placeholder', reason: '模板占位行（“指标1：”）', text: '指标1：' },
      { row: 8, role: 'total', reason: '总分行', text: '总分 | 100' },
    ],
    more: 0,
  },
];

class ReadingHost extends FakeHost {
  stored: ReadCorrections = { rows: [{ sheet: 'Sheet1', row: 9, role: 'note' }] };
  reading(): ReadingProject[] {
    return READING;
  }
  async loadCorrections(): Promise<ReadCorrections> {
    return this.stored;
  }
  async saveCorrections(c: ReadCorrections): Promise<void> {
    this.stored = c;
  }
}

test('after 校验 the reading shows facts, columns, rows with reasons and doubts; corrections are saved and listed', async () => {
  const host = new ReadingHost();
  await renderPane(host);
  const toggle = screen.getByTestId('reading-toggle');
  expect((toggle as HTMLButtonElement).disabled).toBe(true);
  await click(screen.getByRole('button', { name: '校验当前工作表' }));
  await click(screen.getByTestId('reading-toggle'));
  const view = await screen.findByTestId('reading');
  expect(within(view).getByTestId('reading-name').textContent).toContain('B3');
  expect(within(view).getByTestId('reading-budget').textContent).toBe('120 万元（C4）');
  expect(within(view).getByTestId('reading-doubt').textContent).toContain('E、F');
  expect(within(view).getByRole('table', { name: '各列作用' }).textContent).toContain('指标值');
  const rows = within(view).getByRole('table', { name: /^各行/ });
  expect(rows.textContent).toContain('模板占位行');
  expect(within(rows).getAllByRole('row')).toHaveLength(4);
  // The earlier correction is listed with a remove button.
  expect(within(screen.getByTestId('reading-saved')).getByText('“Sheet1”第 9 行 → 说明')).toBeTruthy();
  // One click: the placeholder row is an indicator after all.
  await click(within(rows).getByRole('button', { name: '第 7 行：算作指标' }));
  expect(host.stored.rows).toEqual([
    { sheet: 'Sheet1', row: 9, role: 'note' },
    { sheet: 'Sheet1', row: 7, role: 'indicator' },
  ]);
  expect(screen.getByRole('status').textContent).toContain('更正已保存');
  // The column holding the target, and the name cell.
  await act(async () => {
    fireEvent.change(within(view).getByLabelText('所在列'), { target: { value: 'F' } });
  });
  await click(screen.getByTestId('reading-fix-column'));
  expect(host.stored.columns).toEqual([{ sheet: 'Sheet1', headerRow: 5, role: 'target', column: 'F' }]);
  await act(async () => {
    fireEvent.change(within(view).getByLabelText('项目名称所在单元格'), { target: { value: 'c2' } });
  });
  await click(within(view).getAllByRole('button', { name: '记下更正' })[1]);
  expect(host.stored.names).toEqual([{ sheet: 'Sheet1', headerRow: 5, cell: 'C2' }]);
  // Remove one; then check again with the corrections.
  await click(screen.getByRole('button', { name: '删除更正：“Sheet1”第 9 行 → 说明' }));
  expect(host.stored.rows).toEqual([{ sheet: 'Sheet1', row: 7, role: 'indicator' }]);
  const before = host.called('validate').length;
  await click(screen.getByTestId('reading-apply'));
  expect(host.called('validate').length).toBe(before + 1);
  expect(screen.getByTestId('reading')).toBeTruthy();
});

test('a host without a reading offers no 识别结果 button', async () => {
  await renderPane(new FakeHost());
  expect(screen.queryByTestId('reading-toggle')).toBeNull();
});

const ACROSS: ReadingProject[] = [
  {
    index: 1,
    sheet: 'Sheet1',
    name: '职业技能培训',
    nameCell: 'B1',
    headerRow: 3,
    span: 'A3–D7',
    labels: ['A3', 'A4', 'A5', 'A6', 'A7'],
    columns: [
      { role: 'level1', column: 'A3', header: '一级指标' },
      { role: 'level3', column: 'A5', header: '三级指标' },
      { role: 'target', column: 'A6', header: '指标值' },
    ],
    budget: { value: 120, cells: 'B2' },
    money: { unit: '万元', from: '默认（表中未注明单位，按万元）' },
    doubts: [],
    rows: [
      { row: 3, column: 'A', role: 'header', reason: '表头', text: '一级指标 | 二级指标' },
      { row: 6, column: 'B', role: 'indicator', reason: '指标行', text: '产出指标 › 数量指标 › 培训人数 = ≥100人' },
      { row: 6, column: 'C', role: 'indicator', reason: '指标行', text: '产出指标 › 质量指标 › 合格率 = 100%' },
    ],
    more: 0,
  },
];

class AcrossHost extends ReadingHost {
  override stored: ReadCorrections = {};
  override reading(): ReadingProject[] {
    return ACROSS;
  }
}

test('a table laid across: rows shown as the sheet’s cells; a row correction names the column, a column correction the label’s row', async () => {
  const host = new AcrossHost();
  await renderPane(host);
  await click(screen.getByRole('button', { name: '校验当前工作表' }));
  await click(screen.getByTestId('reading-toggle'));
  const view = await screen.findByTestId('reading');
  const rows = within(view).getByRole('table', { name: /^各行/ });
  expect(within(rows).getByText('C6')).toBeTruthy();
  await click(within(rows).getByRole('button', { name: 'C6：不是指标' }));
  expect(host.stored.rows).toEqual([{ sheet: 'Sheet1', row: 6, column: 'C', role: 'note' }]);
  expect(within(screen.getByTestId('reading-saved')).getByText('“Sheet1”C6 处的指标 → 说明')).toBeTruthy();
  await act(async () => {
    fireEvent.change(within(view).getByLabelText('所在列'), { target: { value: 'A7' } });
  });
  await click(screen.getByTestId('reading-fix-column'));
  expect(host.stored.columns).toEqual([{ sheet: 'Sheet1', headerRow: 3, role: 'target', row: 7 }]);
});
