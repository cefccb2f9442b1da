/** @jest-environment jsdom */
/** 识别结果 in English: reasons and doubts come from their codes, the sheet's own text quoted as it is. */
import { screen, within } from '@testing-library/react';
import type { ReadingProject } from '../../src/ui/host';
import { reason } from '../../src/sheet/reasons';
import { FakeHost } from './fake-host';
import { click, renderPane } from './render';

const rowOf = (row: number, role: ReadingProject['rows'][number]['role'], r: ReturnType<typeof reason>, text: string) => ({ row, role, ...r, text });
const money = reason('moneyHeader', { text: '预算数（元）' });
const doubt = reason('severalTargetColumns', { columns: 'E、F', column: 'E', header: '指标值' });

const READING: ReadingProject[] = [
  {
    index: 1,
    sheet: 'Sheet1',
    name: '现代职业教育质量提升计划资金',
    nameCell: 'B3',
    headerRow: 5,
    span: 'A–F',
    columns: [{ role: 'target', column: 'E', header: '指标值' }],
    budget: { value: 120, cells: 'C4' },
    money: { unit: '元', from: money.reason, code: money.code, data: money.data },
    doubts: [doubt.reason],
    doubtCodes: [doubt],
    rows: [
      rowOf(5, 'header', reason('header'), '一级指标 | 二级指标'),
      rowOf(6, 'indicator', reason('indicator'), '产出指标 › 数量指标 › 培训人数 = ≥100人'),
      rowOf(7, 'placeholder', reason('placeholder', { text: '指标1：' }), '指标1：'),
      rowOf(8, 'subtotal', reason('subtotal', { text: '教育局小计' }), '教育局小计'),
      rowOf(9, 'blank', reason('blank'), ''),
      rowOf(10, 'total', reason('sheetTotal', { text: '总分' }), '总分 | 100'),
      // A reason from a reader that gave no code is shown as written.
      { row: 11, role: 'note', reason: '表后说明', text: '注：' },
    ],
    more: 0,
  },
];

class ReadingHost extends FakeHost {
  reading(): ReadingProject[] {
    return READING;
  }
}

const HAN = /\p{Script=Han}/u;

async function open(lang: 'zh' | 'en') {
  const host = new ReadingHost();
  host.lang = lang;
  await renderPane(host);
  await click(screen.getByRole('button', { name: lang === 'en' ? 'Validate the active sheet' : '校验当前工作表' }));
  await click(screen.getByTestId('reading-toggle'));
  return screen.findByTestId('reading');
}

test('English mode: every reason and doubt with a code is English; the sheet text it quotes stays as written', async () => {
  const view = await open('en');
  const reasons = [...view.querySelectorAll('[data-row]')].map((tr) => tr.querySelector('td:nth-child(2) span')?.textContent ?? '');
  expect(reasons).toEqual([
    'header: Header row',
    'indicator: Indicator row',
    'placeholder: Template placeholder (“指标1：”): no indicator filled in',
    'subtotal: “教育局小计” is a subtotal row, not an indicator (not counted in a project)',
    'blank: Empty row inside the table',
    'total: “总分” is the sheet’s own total row: read as the total and checked',
    'note: 表后说明',
  ]);
  // Outside the quoted sheet text, no Chinese is left.
  for (const r of reasons.slice(0, 6)) expect(r.replace(/“[^”]*”/g, '')).not.toMatch(HAN);
  expect(view.textContent).toContain('元 (from: header “预算数（元）”)');
  const d = within(view).getByTestId('reading-doubt').textContent!;
  expect(d).toBe('Several columns look like the target (E, F): column E “指标值” was read, the others were not checked; if that is wrong, say which with --map');
});

test('Chinese mode shows the reader’s own Chinese text, as before', async () => {
  const view = await open('zh');
  const rows = [...view.querySelectorAll('[data-row]')].map((tr) => tr.querySelector('td:nth-child(2) span')?.textContent ?? '');
  expect(rows[2]).toBe('占位：模板占位行（“指标1：”），未填写指标');
  expect(within(view).getByTestId('reading-doubt').textContent).toBe(doubt.reason);
});
