/** @jest-environment jsdom */
/**
 * 识别结果 names a row's role once: a reason that starts by naming the role again (the two-halves header's
 * “表头：表格分左右两半打印…”, “Header row: the table is printed…”) is shown after the role without repeating it.
 */
import { screen } from '@testing-library/react';
import type { ReadingProject } from '../../src/ui/host';
import { reason, reasonAfterRole } from '../../src/sheet/reasons';
import { FakeHost } from './fake-host';
import { click, renderPane } from './render';

const halves = reason('halvesHeader', { left: 'A–D', right: 'E–H' });

const READING: ReadingProject[] = [
  {
    index: 1,
    sheet: 'Sheet1',
    name: '农村公路养护',
    nameCell: 'B2',
    headerRow: 4,
    span: 'A–H',
    columns: [{ role: 'target', column: 'D', header: '指标值' }],
    budget: null,
    money: { unit: '万元', from: '默认（表中未注明单位，按万元）' },
    doubts: [],
    rows: [
      { row: 4, role: 'header', ...halves, text: '一级指标 | 二级指标' },
      { row: 5, role: 'indicator', ...reason('indicator'), text: '产出指标 › 数量指标 › 养护里程 = ≥120公里' },
      // A reason written by hand with the role in front, as a reader without codes might give it.
      { row: 9, role: 'note', reason: '说明：表后说明', text: '注：' },
    ],
    more: 0,
  },
];

class HalvesHost extends FakeHost {
  reading(): ReadingProject[] {
    return READING;
  }
}

async function shown(lang: 'zh' | 'en'): Promise<string[]> {
  const host = new HalvesHost();
  host.lang = lang;
  await renderPane(host);
  await click(screen.getByRole('button', { name: lang === 'en' ? 'Validate the active sheet' : '校验当前工作表' }));
  await click(screen.getByTestId('reading-toggle'));
  const view = await screen.findByTestId('reading');
  return [...view.querySelectorAll('[data-row]')].map((tr) => tr.querySelector('td:nth-child(2) span')?.textContent ?? '');
}

test('Chinese: the two-halves header says 表头 once', async () => {
  const rows = await shown('zh');
  expect(rows[0]).toBe('表头：表格分左右两半打印（E–H 列接续 A–D 列的指标），按一张表读取，各指标指向其所在的单元格；fill 不在两半表旁添加自评列');
  expect(rows[1]).toBe('指标：指标行');
  expect(rows[2]).toBe('说明：表后说明');
  for (const r of rows) expect(r).not.toMatch(/^(\S+)：\1[：:]/);
});

test('English: the two-halves header says header once', async () => {
  const rows = await shown('en');
  expect(rows[0]).toMatch(/^header: the table is printed in two halves side by side \(columns E–H continue/);
  expect(rows[1]).toBe('indicator: Indicator row');
});

test('reasonAfterRole drops only a leading repeat of the role word (with 行 / row), never the reason itself', () => {
  expect(reasonAfterRole('表头', '表头：表格分左右两半打印')).toBe('表格分左右两半打印');
  expect(reasonAfterRole('表头', '表头行：第二行')).toBe('第二行');
  expect(reasonAfterRole('表头', '表头')).toBe('表头');
  expect(reasonAfterRole('总分', '总分行')).toBe('总分行');
  expect(reasonAfterRole('资金', '预算执行情况（资金）行')).toBe('预算执行情况（资金）行');
  expect(reasonAfterRole('header', 'Header row: the table')).toBe('the table');
  expect(reasonAfterRole('note', 'Notes: kept')).toBe('Notes: kept');
  expect(reasonAfterRole('说明', '说明：')).toBe('说明：');
});
