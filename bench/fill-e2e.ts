/**
 * `jixiao fill` end to end as a child process: merge-heavy stacked tables (1 k, 10 k, 100 k rows,
 * 300 projects) and 1 000 small sheets, against the lower bound (unzip + SAX parse of the parts
 * read, same run) and ExcelJS's own read + write; peak memory against the parts' uncompressed size.
 * Alone: node scripts/run-ts.js bench/fill-e2e.ts [rows…]; before/after: BENCH_FILL_BASE=<other build>.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readDirectory } from '../src/gateways/xlsx/zip';
import { best, child, type Run } from './e2e';
import { smallSheets } from './fill-shapes';
import { generateMerged } from './merged';

const BIN = path.join(__dirname, '..', 'bin', 'jixiao.js');
const LIMIT_MS = Number(process.env.BENCH_EXCELJS_LIMIT_MS ?? 60000);
const f0 = (x: number) => x.toFixed(0);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : '—');

/** Uncompressed bytes of what fill reads: workbook, its relationships, shared strings, styles, worksheets. */
function partsRead(file: string): number {
  let n = 0;
  for (const [name, e] of readDirectory(fs.readFileSync(file))) {
    if (/^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(name)) n += e.size;
  }
  return n;
}

/** Medians of wall time, CPU time and peak memory over runs. */
function median(runs: Run[]): Run {
  const mid = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  return { ms: mid(runs.map((r) => r.ms)), cpuMs: mid(runs.map((r) => r.cpuMs)), rssMb: mid(runs.map((r) => r.rssMb)), timedOut: runs.some((r) => r.timedOut) };
}

/**
 * BENCH_FILL_BASE: the root of another build (its bin/jixiao.js and lib/), run alternately with
 * this one on every file, so that before/after comes from one run on a shared machine.
 * BENCH_FILL_RUNS: runs per command (default 3; medians are reported).
 */
export async function fillBench(dir: string, sizes: number[]): Promise<string[]> {
  const base = process.env.BENCH_FILL_BASE ? path.join(process.env.BENCH_FILL_BASE, 'bin', 'jixiao.js') : null;
  const runs = Math.max(1, Number(process.env.BENCH_FILL_RUNS ?? 3));
  const cases: [string, string, number][] = [];
  for (const n of sizes) cases.push([`${n} 行 rows`, await generateMerged(n, dir), n]);
  cases.push(['300 个项目 projects', await generateMerged(3900, dir), 3900]);
  cases.push(['1 000 个工作表 sheets', await smallSheets(1000, dir), 9000]);
  const out = [
    `== fill 端到端 / end to end (the plan written into the package; untouched parts copied; medians of ${runs} runs, CPU = user + sys of the child)`,
    `| 工作簿 workbook | 读取部件 parts MB | 下限 lower bound ms (CPU) | ExcelJS 读+写 ms | fill ms (CPU) | 峰值 peak MB | fill ÷ 下限 (CPU) | 峰值 ÷ 部件 | 每行 µs/row (CPU) |${base ? ' 之前 before CPU ms | 之前 peak MB | 之前 ÷ 下限 (CPU) |' : ''}`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|${base ? '---:|---:|---:|' : ''}`,
  ];
  const outFile = path.join(os.tmpdir(), `jixiao-bench-fill-${process.pid}.xlsx`);
  for (const [label, file, rows] of cases) {
    const mb = partsRead(file) / 1048576;
    const lbs: Run[] = [];
    const fills: Run[] = [];
    const bases: Run[] = [];
    // Alternated, so that the machine's load falls on every command alike.
    for (let i = 0; i < runs; i++) {
      lbs.push(child([path.join(__dirname, 'lower-bound.js'), file]));
      fills.push(child([BIN, 'fill', file, '-o', outFile, '--force']));
      if (base) bases.push(child([base, 'fill', file, '-o', outFile, '--force']));
    }
    const lb = median(lbs);
    const fill = median(fills);
    const ej: Run = best([path.join(__dirname, 'exceljs-rw.js'), file], 1, LIMIT_MS);
    const ejText = ej.timedOut ? `> ${f0(LIMIT_MS)}` : f0(ej.ms);
    let row = `| ${label} | ${mb.toFixed(1)} | ${f0(lb.ms)} (${f0(lb.cpuMs)}) | ${ejText} | ${f0(fill.ms)} (${f0(fill.cpuMs)}) | ${f0(fill.rssMb)} | ${ratio(fill.ms, lb.ms)} (${ratio(fill.cpuMs, lb.cpuMs)}) | ${ratio(fill.rssMb, mb)} | ${((fill.cpuMs * 1000) / rows).toFixed(1)} |`;
    if (base) {
      const b = median(bases);
      row += ` ${f0(b.cpuMs)} | ${f0(b.rssMb)} | ${ratio(b.cpuMs, lb.cpuMs)} |`;
    }
    out.push(row);
    console.log(row);
  }
  fs.rmSync(outFile, { force: true });
  out.push('目标 targets: fill ≤ 5× 下限, linear, peak < 10× the parts read. ExcelJS 读+写 = its own load and writeBuffer of the same file (no plan).');
  return out;
}

if (path.basename(process.argv[1] ?? '') === 'fill-e2e.ts') {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  void fillBench(path.join(os.tmpdir(), 'jixiao-bench'), sizes.length ? sizes : [1000, 10000, 100000]).then((o) => console.log('\n' + o.join('\n')));
}
