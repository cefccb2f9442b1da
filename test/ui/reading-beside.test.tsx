/** @jest-environment jsdom */
/**
 * 识别结果 of a table beside another on its rows (tables side by side): each row shows its 指标值 cell, one click
 * stores the row with that column (so only this table's row changes), and the saved list names the cell without
 * calling the table “laid across”.
 */
import { screen, within } from '@testing-library/react';
import type { ReadCorrections, ReadingProject } from '../../src/ui/host';
import { FakeHost } from './fake-host';
import { click, renderPane } from './render';

const BESIDE: ReadingProject[] = [
  {
    index: 2,
    sheet: 'Sheet1',
    name: '农村公路养护',
    nameCell: 'G1',
    headerRow: 3,
    span: 'F–I',
    columns: [
      { role: 'level3', column: 'H', header: '三级指标' },
      { role: 'target', column: 'I', header: '指标值' },
    ],
    budget: { value: 300, cells: 'G2' },
    money: { unit: '万元', from: '“预算金额（万元）”' },
    doubts: [],
    rows: [
      { row: 3, column: 'I', role: 'header', reason: '表头', text: '一级指标 | 二级指标' },
      { row: 4, column: 'I', role: 'indicator', reason: '指标行', text: '产出指标 › 数量指标 › 养护里程 = ≥120公里' },
      { row: 5, column: 'I', role: 'indicator', reason: '指标行', text: '产出指标 › 质量指标 › 优良路率 = ≥80%' },
    ],
    more: 0,
  },
];

class BesideHost extends FakeHost {
  stored: ReadCorrections = {};
  reading(): ReadingProject[] {
    return BESIDE;
  }
  async loadCorrections(): Promise<ReadCorrections> {
    return this.stored;
  }
  async saveCorrections(c: ReadCorrections): Promise<void> {
    this.stored = c;
  }
}

test('a row of a table beside another: shown as its cell, stored with its column, listed as that cell', async () => {
  const host = new BesideHost();
  await renderPane(host);
  await click(screen.getByRole('button', { name: '校验当前工作表' }));
  await click(screen.getByTestId('reading-toggle'));
  const view = await screen.findByTestId('reading');
  const rows = within(view).getByRole('table', { name: /^各行/ });
  await click(within(rows).getByRole('button', { name: 'I5：不是指标' }));
  expect(host.stored.rows).toEqual([{ sheet: 'Sheet1', row: 5, column: 'I', role: 'note' }]);
  const saved = within(screen.getByTestId('reading-saved'));
  expect(saved.getByText('“Sheet1”I5 处的指标 → 说明')).toBeTruthy();
  expect(screen.getByTestId('reading-saved').textContent).not.toContain('横排');
});
