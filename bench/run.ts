/**
 * `npm run bench`: engine throughput and its cost relative to reading the file, on generated
 * workbooks; memory at the largest size. Ratios and counts, not pass/fail timings.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyse } from '../src/engine/analyse';
import { planAll } from '../src/engine/planner';
import { DEFAULT_CONFIG } from '../src/domain/config';
import { gridFromWorksheet } from '../src/gateways/exceljs/read';
import { generate } from './generate';
import { checkBench } from './e2e';
import { fillBench } from './fill-e2e';
import { officeBench } from './office';
import { wpsBench } from './wps';

const DIR = path.join(__dirname, '..', '.tmp', 'bench');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const mb = (b: number) => (b / 1048576).toFixed(0);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function engineRow(n: number) {
  const file = await generate(n, DIR);
  const reads: number[] = [];
  let wb!: ExcelJS.Workbook;
  for (let i = 0; i < 2; i++) {
    const t = process.hrtime.bigint();
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    reads.push(ms(t));
  }
  const t1 = process.hrtime.bigint();
  const grids = wb.worksheets.map(gridFromWorksheet);
  const toGrid = ms(t1);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapWithWorkbook = process.memoryUsage().heapUsed;
  wb = undefined as unknown as ExcelJS.Workbook; // the engine needs only the grids
  gc?.();
  const heapGrids = process.memoryUsage().heapUsed;
  const runs: number[] = [];
  let rows = 0;
  let projects = 0;
  let diags = 0;
  // The first run pays for JIT compilation (once per process); the ratio uses the warm runs.
  for (let i = 0; i < 4; i++) {
    const t = process.hrtime.bigint();
    const a = analyse(grids, DEFAULT_CONFIG);
    runs.push(ms(t));
    rows = a.projects.reduce((s, p) => s + p.project.indicators.length, 0);
    projects = a.projects.length;
    diags = a.diagnostics.length;
  }
  const kept = analyse(grids, DEFAULT_CONFIG);
  gc?.();
  const heapEngine = process.memoryUsage().heapUsed - heapGrids;
  const t2 = process.hrtime.bigint();
  const plan = planAll(grids, kept, DEFAULT_CONFIG, { fix: true, highlight: true, fill: true });
  const planMs = ms(t2);
  const first = runs[0];
  const engine = median(runs.slice(1));
  const read = median(reads);
  return {
    n,
    rows,
    projects,
    diags,
    read,
    toGrid,
    first,
    engine,
    planMs,
    edits: plan.edits.length,
    rss: process.memoryUsage().rss,
    heapWorkbook: heapWithWorkbook - heapGrids,
    heapGrids,
    heapEngine,
  };
}

(async () => {
  const out: string[] = [];
  out.push('== 引擎 / engine (recognise + normalise + validate + score)');
  out.push(
    '| 指标行 rows | 项目 | 发现 | ExcelJS 读取 ms | 转网格 ms | 引擎首次 ms | 引擎 ms（热） | 行/秒 rows/s | 引擎/读取 ratio | 生成计划 ms | 编辑数 | ExcelJS 模型 MB | 网格 MB | 引擎结果 MB | RSS MB |',
  );
  out.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const results = [];
  for (const n of SIZES) {
    const r = await engineRow(n);
    results.push(r);
    out.push(
      `| ${r.rows} | ${r.projects} | ${r.diags} | ${r.read.toFixed(0)} | ${r.toGrid.toFixed(0)} | ${r.first.toFixed(0)} | ${r.engine.toFixed(1)} | ${Math.round(r.rows / (r.engine / 1000))} | ${((r.engine / r.read) * 100).toFixed(1)}% | ${r.planMs.toFixed(0)} | ${r.edits} | ${mb(r.heapWorkbook)} | ${mb(r.heapGrids)} | ${mb(r.heapEngine)} | ${mb(r.rss)} |`,
    );
    console.log(out[out.length - 1]);
  }
  if (results.length >= 2) {
    const a = results[0];
    const b = results[results.length - 1];
    const growth = b.engine / a.engine / (b.rows / a.rows);
    out.push(`线性度 linearity (time ratio ÷ size ratio, ${a.rows}→${b.rows}): ${growth.toFixed(2)}（≈1 为线性）`);
  }
  const peak = Math.max(...results.map((r) => r.rss));
  const big = results[results.length - 1];
  out.push(
    `引擎内存 engine memory at ${big.rows} rows (grids + analysis, heap): ${mb(big.heapGrids + big.heapEngine)} MB（目标 < 1024 MB）；含 ExcelJS 工作簿模型的峰值 RSS ${mb(peak)} MB`,
  );
  out.push('');
  out.push(...(await officeBench()));
  out.push('');
  out.push(...(await checkBench(DIR, SIZES)));
  out.push('');
  out.push(...(await fillBench(DIR, SIZES)));
  out.push(...(await wpsBench()));
  console.log('\n' + out.join('\n'));
})();
