/** The 一键校验 dialog's summary: counts per project in Chinese (English when Office is English), round-tripped through the URL hash. */
import { decodeSummary, encodeSummary, summaryOf } from '../../src/addin/summary-text';
import type { ValidateResult } from '../../src/ui/host';

const result: ValidateResult = {
  projects: [
    {
      index: 1,
      sheet: 'S',
      name: '学生资助<script>',
      layout: 'target',
      indicators: 7,
      errors: 1,
      warnings: 2,
      infos: 3,
      total: null,
      grade: null,
      executionRate: null,
      missingActuals: 7,
      missingReasons: 0,
    },
    {
      index: 2,
      sheet: 'S',
      name: '奖学金',
      layout: 'target',
      indicators: 6,
      errors: 0,
      warnings: 1,
      infos: 0,
      total: null,
      grade: null,
      executionRate: null,
      missingActuals: 6,
      missingReasons: 0,
    },
  ],
  findings: [],
  marked: 4,
  notes: false,
};

test('Chinese summary with totals, per-project lines and the no-notes fallback', () => {
  const v = summaryOf(result, 'zh');
  expect(v.lines[0]).toBe('共 2 个项目：错误 1，警告 3，提示 3；已标记 4 个单元格（此版本 Excel 不支持批注，详情请在助手中查看）。');
  expect(v.lines[1]).toBe('项目 1：学生资助<script> — 错误 1，警告 2');
  expect(decodeSummary('#' + encodeSummary(v))).toEqual(v);
});

test('English, and a sheet with no table', () => {
  expect(summaryOf(result, 'en').lines[0]).toMatch(/^2 project\(s\): 1 error\(s\), 3 warning\(s\)/);
  expect(summaryOf({ ...result, projects: [] }, 'zh').lines[0]).toContain('没有找到绩效指标表');
  expect(decodeSummary('#%E0%A4%A')).toBeNull();
});

test('a long-term grid beside its 年度 grid is counted once and named as part of that project', () => {
  const withLong: ValidateResult = { ...result, projects: [{ ...result.projects[0], partOf: 2 }, result.projects[1]] };
  const v = summaryOf(withLong, 'zh');
  expect(v.lines[0]).toMatch(/^共 1 个项目：错误 1，警告 3/);
  expect(v.lines[1]).toBe('项目 2 的长期绩效指标 — 错误 1，警告 2');
  expect(summaryOf(withLong, 'en').lines[0]).toMatch(/^1 project\(s\)/);
});
