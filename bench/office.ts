/**
 * The add-in half of `npm run bench`: syncs and largest request/response per command against the
 * Excel test double (100, 10 000, 50 000 rows), the task pane's initial JavaScript (gzipped) and
 * its time to first render in headless Chromium (median of 5 loads).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { createExcelDouble, fromGrid } from '../src/double';
import { generateGrid } from './grid-gen';
import { officeSteps } from './office-steps';
import { serveDir } from '../test/e2e/static-server';

const ROOT = path.join(__dirname, '..');
const KB = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const LIMIT = 5 * 1024 * 1024;

/** `far`: a stray value typed there first (a far cell: the used range is then most of the sheet). */
export async function commands(rows: number, far?: string): Promise<string[]> {
  // The settings limit off: 校验 + 自评's history at 50 000 rows was ~3.8 MB of JSON (75 KB per 1 000 rows),
  // over the ~2 MB Office keeps (double/session.ts SETTINGS_LIMIT); kept deflated since session 22
  // (addin/record-text.ts) it is ~0.6 MB — the table measures the syncs either way.
  const xl = createExcelDouble(fromGrid(generateGrid(rows)), { settingsLimit: Infinity });
  if (far) xl.userType(far, 1);
  const out: string[] = [];
  const steps = officeSteps(xl);
  // On the last row Excel refuses to insert rows: 自评 is refused there, so only the reads are measured.
  if (far && /1048576$/.test(far)) steps.splice(2);
  for (const [name, run] of steps) {
    const mark = xl.syncLog.length;
    const t = process.hrtime.bigint();
    // A refusal (e.g. 清除标记 once its record left the history at 50 000 rows) is a result, not a crash.
    const refused = await run().then(
      () => '',
      (e: Error) => ` (refused: ${e.message.slice(0, 40)}…)`,
    );
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const log = xl.syncLog.slice(mark);
    const req = Math.max(0, ...log.map((s) => s.requestBytes));
    const resp = Math.max(0, ...log.map((s) => s.responseBytes));
    const ok = log.length <= 4 && req <= LIMIT && resp <= LIMIT ? '✓' : '✗';
    out.push(`| ${rows}${far ? ` + ${far}` : ''} | ${name}${refused} | ${log.length} | ${KB(req)} | ${KB(resp)} | ${ms.toFixed(0)} | ${ok} |`);
  }
  return out;
}

function initialJs(dir: string): number {
  const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  let total = 0;
  for (const m of html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)) {
    const src = m[1] ?? m[2] ?? m[3];
    if (/^https?:/.test(src)) continue;
    total += zlib.gzipSync(fs.readFileSync(path.join(dir, src.replace(/^\//, ''))), { level: 9 }).length;
  }
  return total;
}

async function firstRender(dir: string): Promise<number[] | null> {
  if (!fs.existsSync('/usr/bin/chromium')) return null;
  const { chromium } = await import('playwright-core');
  const server = await serveDir(dir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      // office.js never becomes ready here: what is measured is the pane's own first render.
      await page.route('https://appsforoffice.microsoft.com/**', (r) =>
        r.fulfill({ contentType: 'text/javascript', body: 'window.Office={onReady:function(){return new Promise(function(){})}};' }),
      );
      await page.goto(`${server.url}/taskpane.html`);
      await page.waitForFunction(() => performance.getEntriesByName('jixiao:shell-mounted').length > 0);
      times.push(await page.evaluate(() => performance.getEntriesByName('jixiao:shell-mounted')[0].startTime));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times.sort((a, b) => a - b);
}

export async function officeBench(): Promise<string[]> {
  const out = ['== 加载项 / add-in (Excel test double: Office semantics, 5 MB limit)'];
  out.push('| 行 rows | 命令 command | sync 次数 | 最大请求 | 最大响应 | ms | ≤4 sync、≤5 MB |', '|---:|---|---:|---:|---:|---:|:-:|');
  for (const n of (process.env.BENCH_PANE_ROWS ?? '100,10000,50000').split(',').map(Number)) out.push(...(await commands(n)));
  // A stray far cell beside the table (issue 9): the read probes where the cells are.
  out.push(...(await commands(10000, 'XFD1048576')), ...(await commands(10000, 'XFD1')));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-'));
  const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production', '--output-path', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    out.push(`任务窗格构建失败 / pane build failed: ${build.stderr.slice(-500)}`);
    return out;
  }
  const js = initialJs(dir);
  out.push('', `任务窗格初始 JS（gzip）/ initial pane JS gzipped: ${KB(js)}（目标 ≤ 200 KB）${js <= 200 * 1024 ? ' ✓' : ' ✗'}`);
  const times = await firstRender(dir);
  if (times)
    out.push(
      `首次渲染 / first render in headless Chromium: 中位数 ${times[2].toFixed(0)} ms（5 次：${times.map((t) => t.toFixed(0)).join(', ')}；目标 < 500 ms）${times[2] < 500 ? ' ✓' : ' ✗'}`,
    );
  else out.push('首次渲染：未安装 /usr/bin/chromium，未测量 / first render not measured (no chromium)');
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}
