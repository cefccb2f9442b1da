/** The seed disclosure (7 projects, Tianjin 2024): recognised exactly, with the findings an auditor expects. */
import { analyse } from '../../src/engine/analyse';
import { normaliseText } from '../../src/domain/text';
import { expected, grids } from '../helpers/fixtures';

const exp = expected('seed-tianjin-2024.expected.json');

describe('seed workbook', () => {
  let a: ReturnType<typeof analyse>;
  beforeAll(async () => {
    a = analyse(await grids('seed-tianjin-2024.xlsx'));
  });

  test('finds all seven projects with their names, header rows and budgets', () => {
    expect(a.projects).toHaveLength(7);
    a.projects.forEach(({ project: p }, i) => {
      const e = exp.projects[i];
      expect(p.name).toBe(normaliseText(e.name));
      expect(p.headerRow).toBe(e.headerRow);
      expect(p.funds.total?.value).toBe(e.budget.total);
      expect(p.funds.fiscal?.value).toBe(e.budget.fiscal);
      expect(p.funds.other).toBeNull();
      expect(p.repeatedHeaders).toEqual(e.repeatedHeaderRows);
      expect(p.generation).toBe('A');
    });
  });

  test('every indicator row: sheet row, levels (filled down, joined across the page break) and value', () => {
    a.projects.forEach(({ project: p }, i) => {
      const rows = exp.projects[i].indicators.map((x: any) => [x.row, x.level1, x.level2, x.level3, x.target]);
      expect(p.indicators.map((x) => [x.row, x.level1, x.level2, x.level3, x.target.raw.trim()])).toEqual(rows.map((r: any[]) => [r[0], r[1], r[2], r[3], String(r[4]).trim()]));
    });
  });

  test('the row split across the page break is reassembled (project 4) with no hierarchy error', () => {
    const p4 = a.projects[3];
    const row = p4.project.indicators.find((x) => x.fragmentRows?.length)!;
    expect(row.row).toBe(79);
    expect(row.fragmentRows).toEqual([81]);
    // The other rows keep no empty array each (a 100 000-row table kept 100 000 of them).
    expect(p4.project.indicators.filter((x) => x !== row).every((x) => x.fragmentRows === undefined)).toBe(true);
    expect(row.level2).toBe('可持续影响指标');
    expect(row.level3).toBe('可持续影响力');
    expect(p4.diagnostics.filter((d) => d.rule.startsWith('HIE') && d.severity !== 'info')).toEqual([]);
    expect(p4.diagnostics.some((d) => d.rule === 'NRM-04' && d.row === 81)).toBe(true);
    expect(p4.diagnostics.some((d) => d.rule === 'NRM-02' && d.row === 80)).toBe(true);
  });

  test('the 成本 row after project 1’s page break keeps 产出指标 (fill-down across the break)', () => {
    const row = a.projects[0].project.indicators.find((x) => x.row === 18)!;
    expect(row.level1).toBe('产出指标');
    expect(row.level1From).toBe('filled');
    expect(row.level2).toBe('成本指标');
  });

  const find = (rule: string, cell: string) => a.diagnostics.find((d) => d.rule === rule && d.cell === cell);

  test('资助政策发挥作用时间 “≥2500 人次” is a unit mismatch (VAL-08)', () => {
    const d = find('VAL-08', 'E99')!;
    expect(d).toBeDefined();
    expect(d.severity).toBe('warning');
    expect(d.message).toContain('资助政策发挥作用时间');
    expect(d.message).toContain('人次');
    expect(find('VAL-08', 'E116')).toBeDefined();
  });

  test('补助金额 “≥100 万元” is a cost with the wrong direction (VAL-09)', () => {
    const d = find('VAL-09', 'E114')!;
    expect(d).toBeDefined();
    expect(d.message).toContain('补助金额');
    expect(d.message).toContain('≥');
    // project 5's “665.3 万元” (bare number on a cost row) is not a direction problem
    expect(find('VAL-09', 'E97')).toBeUndefined();
  });

  test('项目覆盖率 “覆盖度高” is a rate with a vague value (VAL-04)', () => {
    const d = find('VAL-04', 'E35')!;
    expect(d).toBeDefined();
    expect(d.message).toContain('项目覆盖率');
    expect(d.message).toContain('覆盖度高');
    expect(find('VAL-04', 'E34')).toBeDefined();
  });

  test('no error-severity findings in the seed (it is a valid, if imperfect, disclosure)', () => {
    expect(a.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule} ${d.cell} ${d.message}`)).toEqual([]);
  });

  test('weights by the national scheme: project 5 is 12.5 ×4 + 15 ×2 + 10 (domain.md worked check)', () => {
    const s = a.projects[4].score;
    expect(s.rows.map((r) => r.weight)).toEqual([12.5, 12.5, 12.5, 12.5, 15, 15, 10]);
    expect(s.weightTotal).toBe(100);
  });
});
