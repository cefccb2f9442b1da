import { tmpdir } from 'os';
import { configFor } from './src/cli/options';
import { analyse } from './src/engine/analyse';
import { planAll } from './src/engine/planner';
import { Package } from './src/gateways/xlsx/input';
import { gridsOf } from './src/gateways/xlsx/read';
import { writePlan } from './src/gateways/xlsx-write/package';
import { CASES } from './scripts/hostile/cases';
(async () => {
  for (const c of CASES) {
    if (c.big || c.fill !== 'report') continue;
    let buf: Buffer | null;
    try { buf = await c.build(tmpdir()); } catch (e) { console.log(c.name, 'build failed'); continue; }
    if (!buf) continue;
    let plan;
    try {
      const grids = gridsOf(Package.open('', buf));
      const cfg = configFor(undefined);
      plan = planAll(grids, analyse(grids, cfg), cfg, { fix: true, highlight: true, fill: true });
    } catch (e) { console.log(`${c.name}: read/plan: ${(e as Error).message.slice(0, 80)}`); continue; }
    try { writePlan(buf, plan); console.log(`${c.name}: package`); } catch (e) { console.log(`${c.name}: FALLBACK ${(e as Error).constructor.name} ${(e as Error).message.slice(0, 100)}`); }
  }
})();
