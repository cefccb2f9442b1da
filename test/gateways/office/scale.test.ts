/**
 * Read + apply + revert on generated demo sheets of 100, 10 000 and 50 000 rows: sync counts and
 * payload sizes as the Excel double measures them (Excel on the web's 5 MB limit).
 */
import { createExcelDouble, type ExcelDouble } from '../../../src/double';
import { DEMO_FIRST_ROW, demoWorkbook } from '../../../src/preview/demo';
import { applyPlan, detectCapabilities, loadUndo, readSnapshot, revert, saveUndo, type SettingsLike } from '../../../src/gateways/office';
import { scoringPlan } from './helpers';

const LIMIT = 5 * 1024 * 1024;
// A 50 000-row run is ~22 s of CPU; on a loaded 2-core machine it took 95 s of wall time, past jest's 60 s default.
const SLOW = 600_000;
const figures: string[] = [];

afterAll(() => {
  // The figures for the report / benchmarks.
  console.log(figures.join('\n'));
});

function summary(xl: ExcelDouble, from: number): { syncs: number; maxReq: number; maxResp: number; list: string } {
  const log = xl.syncLog.slice(from);
  return {
    syncs: log.length,
    maxReq: Math.max(...log.map((s) => s.requestBytes)),
    maxResp: Math.max(...log.map((s) => s.responseBytes)),
    list: log.map((s) => `${(s.requestBytes / 1024).toFixed(0)}K/${(s.responseBytes / 1024).toFixed(0)}K`).join(' '),
  };
}

describe.each([
  { rows: 100, apiVersion: '1.20' },
  { rows: 10_000, apiVersion: '1.20' },
  { rows: 50_000, apiVersion: '1.20' },
  { rows: 50_000, apiVersion: '1.9' },
])('$rows rows, ExcelApi $apiVersion', ({ rows, apiVersion }) => {
  test(
    'read + apply in ≤ 4 syncs, every payload under 5 MB; revert after a journal round trip in ≤ 2',
    async () => {
      const data = demoWorkbook({ rows });
      const xl = createExcelDouble(data, { apiVersion });
      const caps = detectCapabilities(xl.office.context.requirements.isSetSupported);
      const name = data.sheets[0].name;
      const before = xl.sheetData(name);
      const plan = scoringPlan(name, rows);

      const t0 = Date.now();
      const result = await xl.run(async (ctx) => {
        const snap = await readSnapshot(ctx, { scope: 'sheet', capabilities: caps });
        expect(snap.grids[0].rowCount).toBe(rows + DEMO_FIRST_ROW - 1);
        expect(snap.sheets[0].mergesKnown).toBe(caps.mergedAreas);
        return applyPlan(ctx, plan, snap);
      });
      const ms = Date.now() - t0;
      const cmd = summary(xl, 0);
      expect(cmd.syncs).toBeLessThanOrEqual(4);
      expect(xl.syncLog.every((s) => s.ok)).toBe(true);
      expect(cmd.maxReq).toBeLessThan(LIMIT);
      expect(cmd.maxResp).toBeLessThan(LIMIT);
      // The gateway's estimates are not below what was sent.
      const applied = xl.syncLog.slice(cmd.syncs - result.syncs);
      result.batches.forEach((b, i) => expect(b.estimatedRequestBytes).toBeGreaterThanOrEqual(applied[i].requestBytes));

      // The sheet now holds the plan.
      const after = xl.sheetData(name);
      const r = DEMO_FIRST_ROW + 5;
      expect(after.formulas?.[r - 1][6]).toBe(`=IF(E${r}="达成",F${r},ROUND(MIN(1,E${r}/100)*F${r},2))`);
      expect(after.values[r - 1][7]).toBe(r % 3 === 0 ? '偏差较小' : '=未达标');
      expect(after.numberFormats?.[r - 1][8]).toBe('0.00%');
      expect(typeof after.values[r - 1][6]).toBe('number');
      expect(['达成', '未达成']).toContain(after.values[r - 1][9]);
      expect(after.fills?.[DEMO_FIRST_ROW - 1][6]).toBe('#FFC7CE');
      const notes = Object.keys(after.notes ?? {}).length;
      if (caps.notes) expect(notes).toBeGreaterThan(0);
      else {
        expect(notes).toBe(0);
        expect(result.skippedNotes).toBeGreaterThan(0);
        expect(result.warnings.join()).toMatch(/ExcelApi 1\.18/);
      }

      // Save the journal, reopen the pane, load it, revert.
      const settings: SettingsLike = xl.office.context.document.settings;
      const { bytes } = await saveUndo(settings, result.undo);
      const reopened = xl.openPane().context.document.settings;
      const undo = loadUndo(reopened);
      expect(undo).not.toBeNull();
      const mark = xl.syncLog.length;
      const rv = await xl.run((ctx) => revert(ctx, undo!));
      const back = summary(xl, mark);
      expect(rv.syncs).toBeLessThanOrEqual(2);
      expect(back.maxReq).toBeLessThan(LIMIT);
      expect(xl.sheetData(name)).toEqual(before);

      figures.push(
        `${rows} rows ExcelApi ${apiVersion}: read+apply ${cmd.syncs} syncs [${cmd.list}] ${ms} ms; ` +
          `apply batches ${result.batches.length}; journal ${(bytes / 1024).toFixed(1)} KB; revert ${back.syncs} syncs [${back.list}]`,
      );
    },
    SLOW,
  );
});
