/** The preview's host (the add-in's controller on the Excel test double, demo workbook): what the browser preview and its e2e rely on. */
import type { CellView, PreviewData } from '../../src/preview/data';
import { openDemoExcel, type DemoExcel } from '../../src/preview/demo-excel';
import { shown } from '../helpers/cell-view';
import data from '../../src/preview/demo-grid.json';

const demo = data as unknown as PreviewData;

/** The preview's host, with the pane's Host calls at top level as the tests use them. */
async function host(): Promise<DemoExcel & DemoExcel['host']> {
  const demo = await openDemoExcel({ lang: 'zh' });
  return Object.assign(Object.create(demo.host) as DemoExcel['host'], demo);
}

const fills = (g: CellView[][]) => g.flat().map((c) => `${c.address}:${c.fill ?? ''}:${c.note ?? ''}`);
const at = (g: CellView[][], a: string) => g.flat().find((c) => c.address === a)!;

describe('preview host (the controller on the double, demo workbook)', () => {
  test('validate: findings for seven projects, problem cells coloured and annotated; clearMarks restores them exactly', async () => {
    const h = await host();
    const before = h.grid();
    const progress: string[] = [];
    const r = await h.validate((p) => progress.push(p.message));
    expect(r.projects.length).toBe(7);
    expect(r.findings.length).toBeGreaterThan(10);
    expect(r.marked).toBeGreaterThan(0);
    expect(progress[0]).toMatch(/^正在读取工作表…/);
    // Per-project lines depend on time (one per 40 ms of work); these do not.
    expect(progress).toContain('正在识别 1 个工作表（134 行）…');
    expect(progress[progress.length - 1]).toBe('完成。');
    const marked = h
      .grid()
      .flat()
      .filter((c) => c.fill && c.note?.startsWith('绩效表助手'));
    expect(marked.length).toBe(r.marked);
    await h.clearMarks();
    expect(fills(h.grid())).toEqual(fills(before));
  });

  test('a safe fix shows before → after and changes the cell', async () => {
    const h = await host();
    const r = await h.validate();
    const f = r.findings.find((x) => x.fix)!;
    expect(at(h.grid(), f.fix!.cell).text).toBe(f.fix!.before);
    expect(await h.applyFixes([f.id])).toBe(1);
    expect(at(h.grid(), f.fix!.cell).text).toBe(f.fix!.after);
    expect(await h.canUndo()).toBe(true);
  });

  test('self-evaluation adds the columns and per-project totals; undo restores the sheet', async () => {
    const h = await host();
    const before = h.grid();
    const projects = await h.fillSelfEvaluation();
    expect(projects.length).toBe(7);
    const texts = h
      .grid()
      .flat()
      .map((c) => c.text);
    for (const label of ['实际完成值', '分值', '得分', '偏差原因分析及改进措施', '总分', '等级']) expect(texts).toContain(label);
    expect(projects.every((p) => p.missingActuals > 0)).toBe(true);
    expect(await h.undo()).toMatch(/^已撤销 \d+ 处修改/);
    expect(h.grid()).toEqual(before);
  });

  test('standard rows insert under the right group of the chosen project', async () => {
    const h = await host();
    await h.validate();
    const before = h.grid();
    const p5 = h.projects().find((p) => p.name.startsWith('学生资助补助经费'))!;
    expect(await h.insertRows(p5.index, ['AID-01'])).toBe(1);
    const g = h.grid();
    expect(g.length).toBe(before.length + 1);
    const row = g.findIndex((r) => r.some((c) => c.text === '资助学生人次')) + 1;
    // Right under the project's last 数量指标 row (补助人数), inside the 产出指标 merge.
    expect(g[row - 2][2].text).toBe('补助人数');
    expect(shown(g, row, 1)).toBe('产出指标');
    expect(shown(g, row, 2)).toBe('数量指标');
    expect(g[row - 1][4].text).toBe('≥N人次');
    const after = (await h.validate()).projects.find((p) => p.index === p5.index)!;
    expect(after.indicators).toBe(p5.indicators + 1);
    // The second validation's marks, then the insert.
    await h.undo();
    expect(await h.undo()).toMatch(/^已撤销.*插入的 1 行/);
    expect(h.grid().length).toBe(before.length);
    expect(
      h
        .grid()
        .flat()
        .some((c) => c.text === '资助学生人次'),
    ).toBe(false);
  });

  test('settings are kept in the document and change validation', async () => {
    const h = await host();
    const s = await h.loadSettings();
    await h.saveSettings({ ...s, severity: { 'NRM-01': 'off' } });
    expect((await h.loadSettings()).severity).toEqual({ 'NRM-01': 'off' });
    const r = await h.validate();
    expect(r.findings.some((f) => f.rule === 'NRM-01')).toBe(false);
  });

  test('select makes the selection visible to the grid', async () => {
    const h = await host();
    let changes = 0;
    h.subscribe(() => changes++);
    await h.select('绩效目标表', 'E19');
    expect(h.selection()).toEqual({ sheet: '绩效目标表', cell: 'E19' });
    expect(changes).toBe(1);
    await expect(h.select('没有', 'A1')).rejects.toThrow();
  });
});

describe('demo-grid.json', () => {
  test('is up to date with the bundled example workbook (node scripts/run-ts.js scripts/preview-data.ts)', async () => {
    const { buildPreviewData, DEMO_XLSX } = await import('../../scripts/preview-data');
    expect(JSON.parse(JSON.stringify(await buildPreviewData(DEMO_XLSX)))).toEqual(demo);
  });
});
