/** @jest-environment jsdom */
/** 识别结果: a project named from the workbook's 封面 (the table sheet names none) says where the name came from. */
import { screen, within } from '@testing-library/react';
import type { ReadingProject } from '../../src/ui/host';
import { FakeHost } from './fake-host';
import { click, renderPane } from './render';

const READING: ReadingProject[] = [
  {
    index: 1,
    sheet: '目标表',
    name: '县城区河道综合治理',
    nameCell: null,
    nameFrom: '封面!B3',
    headerRow: 4,
    span: 'A–E',
    columns: [{ role: 'level3', column: 'C', header: '三级指标' }],
    budget: { value: 350, cells: 'B2' },
    money: { unit: '万元', from: '表头“年度资金总额（万元）”' },
    doubts: [],
    rows: [],
    more: 0,
  },
];

class CoverHost extends FakeHost {
  reading(): ReadingProject[] {
    return READING;
  }
}

test('the name’s cell on the other sheet is shown, not “用工作表名”', async () => {
  await renderPane(new CoverHost());
  await click(screen.getByRole('button', { name: '校验当前工作表' }));
  await click(screen.getByTestId('reading-toggle'));
  const name = within(await screen.findByTestId('reading')).getByTestId('reading-name').textContent;
  expect(name).toContain('封面!B3');
  expect(name).not.toContain('用工作表名');
});
