/**
 * Records go to custom XML parts only when the settings cannot hold them (journal-store.ts): at 100
 * and 10 000 rows the sync table's commands (bench/office.ts commands()) take the syncs they took with
 * the history in the settings alone, and no part is written.
 */
import { Controller } from '../../src/addin/controller';
import { journalLimits } from '../../src/addin/journal-store';
import { createExcelDouble, fromGrid } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';

async function syncs(rows: number, parts: boolean): Promise<{ counts: number[]; parts: number }> {
  const saved = { ...journalLimits };
  if (!parts) Object.assign(journalLimits, { partFrom: Infinity, settingsBudget: Infinity });
  try {
    const xl = createExcelDouble(fromGrid(generateGrid(rows)));
    const o = xl.office;
    const h = new Controller({ excel: xl, isSetSupported: (n, v) => o.context.requirements.isSetSupported(n, v), settings: o.context.document.settings, lang: 'zh' });
    const counts: number[] = [];
    for (const run of [() => h.validate(), () => h.validate(), () => h.fillSelfEvaluation(), () => h.undo(), () => h.clearMarks()]) {
      const mark = xl.syncLog.length;
      await run();
      counts.push(xl.syncLog.length - mark);
    }
    return { counts, parts: xl.state.xmlParts.size };
  } finally {
    Object.assign(journalLimits, saved);
  }
}

test.each([100, 10000])(
  '%i rows: 校验, 再次校验, 自评, 撤销, 清除标记 take the syncs they took without parts; no part written',
  async (rows) => {
    const without = await syncs(rows, false);
    const withParts = await syncs(rows, true);
    expect(withParts.counts).toEqual(without.counts);
    expect(withParts.parts).toBe(0);
    process.stdout.write(`${rows} rows: ${withParts.counts.join(' / ')}\n`);
  },
  300_000,
);
