/**
 * Where each sync of the add-in's commands spends its answer, on the bench workbook (bench/grid-gen.ts)
 * in the Excel double: 校验, 再次校验, 自评, 撤销, 清除标记 as in bench/office.ts commands(), each
 * sync with its request and answer bytes and, below, what the answer was spent on (the double's
 * answerBreakdown option: answered actions grouped by the range's columns and the properties loaded).
 *
 *   node --expose-gc --max-old-space-size=7000 scripts/run-ts.js bench/undo-answers.ts 50000 [top parts per sync, default 6]
 *
 * BENCH_WIRE_ESCAPED=1: the double's wire carries every non-ASCII character escaped (\uXXXX, 6 bytes).
 *
 * Deterministic (no timers): the counts and bytes are the same at every run.
 */
import { createExcelDouble, fromGrid } from '../src/double';
import { generateGrid } from './grid-gen';
import { officeSteps } from './office-steps';

const KB = (b: number): string => `${(b / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 10000);
  const top = Number(process.argv[3] ?? 6);
  const xl = createExcelDouble(fromGrid(generateGrid(rows)), { settingsLimit: Infinity, answerBreakdown: true, wireEscapesNonAscii: process.env.BENCH_WIRE_ESCAPED === '1' });
  const steps = officeSteps(xl);
  for (const [name, run] of steps) {
    const mark = xl.syncLog.length;
    const refused = await run().then(
      () => '',
      (e: Error) => ` (refused: ${e.message.slice(0, 40)}…)`,
    );
    const log = xl.syncLog.slice(mark);
    console.log(`${rows} rows — ${name}${refused}: ${log.length} syncs, answers ${KB(log.reduce((n, s) => n + s.responseBytes, 0))} in all`);
    log.forEach((s, i) => {
      console.log(`  sync ${i + 1}: ${s.actions} actions, request ${KB(s.requestBytes)}, answer ${KB(s.responseBytes)}${s.ok ? '' : ` (failed: ${s.error})`}`);
      for (const p of (s.answers ?? []).slice(0, top)) console.log(`    ${KB(p.bytes).padStart(8)}  ×${p.count}  ${p.what}`);
    });
  }
}

void main();
