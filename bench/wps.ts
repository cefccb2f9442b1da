/**
 * The WPS half of `npm run bench`: calls into WPS per command on the ET fake (every member access
 * crosses into the WPS process, so calls are WPS's sync budget), on the seed-shaped generated
 * sheet at 100 and 5 000 rows, with the busiest members. Counts, not pass/fail timings.
 */
import { connectToWps } from '../src/wps/connect';
import { createEtFake } from '../src/wps-fake';
import { generateGrid } from './grid-gen';

export interface WpsStep {
  name: string;
  calls: number;
  ms: number;
  top: string;
}

/** 校验 → 修正 → 自评 → 插入 → 撤销 on a generated sheet of `rows` indicator rows. */
export async function wpsCommands(rows: number): Promise<WpsStep[]> {
  const fake = createEtFake(generateGrid(rows));
  const h = connectToWps(fake.app);
  const steps: [string, () => Promise<unknown>][] = [
    ['校验 validate', () => h.validate()],
    ['修正 fixes', () => h.applyFixes()],
    ['自评 fill', () => h.fillSelfEvaluation()],
    ['插入 insert', async () => h.insertRows(h.projects()[0].index, ['AID-07', 'AID-12'])],
    ['撤销 undo', () => h.undo()],
    ['撤销 undo', () => h.undo()],
  ];
  const out: WpsStep[] = [];
  for (const [name, run] of steps) {
    const before = new Map(fake.counter.byMember);
    const c0 = fake.calls;
    const t = process.hrtime.bigint();
    await run();
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const top = [...fake.counter.byMember]
      .map(([k, v]) => [k, v - (before.get(k) ?? 0)] as const)
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    out.push({ name, calls: fake.calls - c0, ms, top });
  }
  return out;
}

export async function wpsBench(sizes = [100, 5000]): Promise<string[]> {
  const out = ['', '## WPS 表格 (ET fake): calls into WPS per command', '', '| rows | command | calls | ms | busiest members |', '|---:|---|---:|---:|---|'];
  for (const n of sizes) {
    for (const s of await wpsCommands(n)) out.push(`| ${n} | ${s.name} | ${s.calls} | ${s.ms.toFixed(0)} | ${s.top} |`);
  }
  return out;
}

// Run alone: `node scripts/run-ts.js bench/wps.ts [rows …]` (e.g. 100 5000 20000; the fake takes minutes at 20 000).
if (process.argv.some((a) => a.endsWith('bench/wps.ts'))) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  wpsBench(sizes.length ? sizes : undefined).then((l) => console.log(l.join('\n')));
}
