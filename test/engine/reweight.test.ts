/** Rows inserted into a table 自评 weighted get their 分值: the table is re-split by the scheme. */
import { openDemoExcel } from '../../src/preview/demo-excel';

async function weights(touch?: (demo: Awaited<ReturnType<typeof openDemoExcel>>) => Promise<void>) {
  const demo = await openDemoExcel({ lang: 'zh' });
  await demo.host.fillSelfEvaluation();
  await demo.host.validate();
  if (touch) await touch(demo);
  await demo.host.validate();
  await demo.host.insertRows(5, ['AID-03']);
  const g = demo.grid();
  const at = g.findIndex((r) => r.some((c) => c.text === '资助对象认定准确率'));
  let top = at;
  while (!g[top].some((c) => c.text === '分值')) top--;
  const col = g[top].findIndex((c) => c.text === '分值');
  const rows = [];
  for (let i = top + 1; i < g.length && g[i][col]?.text !== ''; i++) rows.push(g[i][col].text);
  return { rows, inserted: g[at][col].text, demo, col, top };
}

describe('inserting into a table with 分值', () => {
  test('the scheme split is redone with the new row', async () => {
    const { rows, inserted } = await weights();
    // Project 5 had four 产出 rows at 12.5; with the new 质量指标 row there are five at 10.
    expect(inserted).toBe('10');
    expect(rows.slice(0, 5)).toEqual(['10', '10', '10', '10', '10']);
    expect(rows.slice(5, 8)).toEqual(['15', '15', '10']);
  });

  test('分值 someone typed are left alone', async () => {
    const { inserted, rows } = await weights(async (demo) => {
      const g = demo.grid();
      const top = g.findIndex((r, i) => i > g.findIndex((x) => x[0].text.startsWith('5.')) && r.some((c) => c.text === '分值'));
      const col = g[top].findIndex((c) => c.text === '分值');
      await demo.setCell(g[top + 1][col].address, '20');
    });
    expect(inserted).toBe('');
    expect(rows[0]).toBe('20');
  });
});
