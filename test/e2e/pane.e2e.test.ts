/**
 * End to end: the preview (demo workbook + the real task pane) built with webpack in production
 * mode, served from 127.0.0.1, driven in headless Chromium. Checks the workbook after each action,
 * axe on every tab, that nothing is fetched from anywhere but the local server, the size of the
 * task pane's first download and its time to first render (test/output/e2e-metrics.json), and
 * writes docs/screenshot-pane.png.
 *
 * Needs /usr/bin/chromium (Debian package `chromium`): skipped with a message without it, except
 * under CI, where its absence fails the suite.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { CellView } from '../../src/preview/data';
import { shown } from '../helpers/cell-view';
import { SEVERITY_COLORS } from '../../src/sheet/plan';
import { serveDir, type StaticServer } from './static-server';

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const INITIAL_JS_BUDGET = 200 * 1024;
const SHELL_MARK = 'jixiao:shell-mounted';

/** JIXIAO_PREVIEW_HOST=engine runs the same steps against the preview's engine-only host. */
const BACKEND = process.env.JIXIAO_PREVIEW_HOST === 'engine' ? 'engine' : 'controller';

const haveChromium = fs.existsSync(CHROMIUM);
const ci = !!process.env.CI;

if (!haveChromium && !ci) {
  // eslint-disable-next-line no-console
  console.warn(`[e2e] ${CHROMIUM} not found: skipping the task-pane browser tests (apt-get install chromium to run them).`);
}

const suite = haveChromium || ci ? describe : describe.skip;

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${out.slice(-4000)}`))));
  });
}

/** Gzipped bytes of the scripts taskpane.html loads before anything else (its initial chunks). */
function initialJs(dir: string): { files: Record<string, number>; total: number } {
  const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  const files: Record<string, number> = {};
  // The minified page may leave attribute values unquoted.
  for (const m of html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)) {
    const src = m[1] ?? m[2] ?? m[3];
    if (/^https?:/.test(src)) continue;
    files[src] = zlib.gzipSync(fs.readFileSync(path.join(dir, src.replace(/^\//, ''))), { level: 9 }).length;
  }
  return { files, total: Object.values(files).reduce((a, b) => a + b, 0) };
}

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

async function axe(page: Page): Promise<string[]> {
  // Evaluated through the debugger, not as a <script> tag: the pages' Content-Security-Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

const grid = (page: Page) => page.evaluate(() => window.__jixiaoPreview!.grid()) as Promise<CellView[][]>;

function cell(g: CellView[][], address: string): CellView {
  const c = g.flat().find((x) => x.address === address);
  if (!c) throw new Error(`no cell ${address}`);
  return c;
}


suite('task pane in Chromium (preview of the demo workbook)', () => {
  let dir = '';
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let userData = '';
  const requests: { page: string; url: string }[] = [];
  const metrics: Record<string, unknown> = {};
  const pageErrors: string[] = [];
  let current = 'preview';
  const preview = (query = '') => {
    const q = new URLSearchParams(query);
    if (BACKEND === 'engine') q.set('host', 'engine');
    const qs = q.toString();
    return `${server.url}/preview.html${qs ? `?${qs}` : ''}`;
  };

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing and CI is set: install the Debian package chromium.`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-e2e-'));
    await run(process.execPath, [path.join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production', '--env', 'preview', '--output-path', dir]);
    server = await serveDir(dir);
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-chromium-'));
    context = await chromium.launchPersistentContext(userData, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
    });
    context.on('request', (r) => requests.push({ page: current, url: r.url() }));
    // Nothing may leave the machine: office.js (taskpane.html only) gets a local stub, the rest is refused.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(`${current}: ${e.message}`));
    // The pages' own Content-Security-Policy must not refuse anything the pane itself needs.
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) pageErrors.push(`${current}: ${m.text()}`); });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    for (const d of [dir, userData]) if (d) fs.rmSync(d, { recursive: true, force: true });
    if (Object.keys(metrics).length) {
      fs.mkdirSync(path.join(ROOT, 'test/output'), { recursive: true });
      fs.writeFileSync(path.join(ROOT, 'test/output/e2e-metrics.json'), JSON.stringify({ measuredAt: new Date().toISOString(), ...metrics }, null, 2) + '\n');
    }
  });

  test('the task pane first download is small', () => {
    const js = initialJs(dir);
    metrics.taskpaneInitialJsGzipBytes = js.total;
    metrics.taskpaneInitialJsFiles = js.files;
    expect(Object.keys(js.files).length).toBeGreaterThan(0);
    expect(js.total).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
    // The engine and the Office host are not part of it.
    expect(Object.keys(js.files).some((f) => /office-host|view-/.test(f))).toBe(false);
  });

  test('taskpane.html renders its shell before Office.onReady resolves', async () => {
    current = 'taskpane';
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'window.Office = { onReady: function () { return new Promise(function () {}); } };' }),
    );
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('heading', { level: 1, name: '绩效表助手' }).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toContain('正在连接 Excel…');
    const ms = await page.evaluate((m) => performance.getEntriesByName(m)[0]?.startTime ?? null, SHELL_MARK);
    expect(ms).not.toBeNull();
    metrics.firstRenderMs = { ...(metrics.firstRenderMs as object), taskpane: Math.round(ms!) };
    await page.unroute(OFFICE_JS);
    // When Office is ready but no host can be made, the pane says so instead of failing silently.
    await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: 'window.Office = { onReady: function () { return Promise.resolve({ host: null }); } };' }));
    await page.goto(`${server.url}/taskpane.html`);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('无法连接 Excel');
    await page.unroute(OFFICE_JS);
  }, 60_000);

  test('校验: findings grouped by project and severity, problem cells coloured; axe clean', async () => {
    current = 'preview';
    await page.goto(preview());
    await page.waitForFunction(() => !!window.__jixiaoPreview);
    const ms = await page.evaluate((m) => performance.getEntriesByName(m)[0]?.startTime ?? null, SHELL_MARK);
    metrics.firstRenderMs = { ...(metrics.firstRenderMs as object), preview: Math.round(ms!) };
    metrics.previewHost = BACKEND;
    expect(await axe(page)).toEqual([]);

    const before = await grid(page);
    expect(before.flat().some((c) => c.fill === SEVERITY_COLORS.warning)).toBe(false);
    await page.getByRole('button', { name: '校验当前工作表' }).click();
    await page.getByTestId('validate-summary').waitFor();
    expect(await page.getByTestId('validate-summary').textContent()).toMatch(/^共 7 个项目：错误 \d+，警告 \d+，提示 \d+。$/);
    expect(await page.locator('section[data-project]').count()).toBe(7);
    expect(await page.locator('[data-severity="warning"] li[data-finding]').count()).toBeGreaterThan(0);
    const after = await grid(page);
    const coloured = after.flat().filter((c) => c.fill === SEVERITY_COLORS.warning || c.fill === SEVERITY_COLORS.error);
    expect(coloured.length).toBeGreaterThan(0);
    expect(coloured.every((c) => c.note?.startsWith('绩效表助手'))).toBe(true);
    expect(await page.locator(`td[data-address="${coloured[0].address}"]`).getAttribute('style')).toContain('background-color');

    // Clicking a finding selects its cell.
    const first = page.locator('[data-severity="warning"] li[data-finding]').first();
    const address = (await first.getAttribute('data-cell'))!;
    await first.getByRole('button').first().click();
    await page.locator(`td.selected[data-address="${address}"]`).waitFor();

    fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    if (BACKEND === 'controller') await page.screenshot({ path: path.join(ROOT, 'docs/screenshot-pane.png') });
    expect(await axe(page)).toEqual([]);
  }, 60_000);

  test('apply one safe fix: the cell text changes', async () => {
    const id = (await page.locator('li[data-finding]').filter({ has: page.getByRole('button', { name: '预览修正' }) }).first().getAttribute('data-finding'))!;
    const item = page.locator(`li[data-finding="${id}"]`);
    await item.getByRole('button', { name: '预览修正' }).click();
    const fixCell = (await item.locator('[data-fix-cell]').getAttribute('data-fix-cell'))!;
    const beforeText = await item.getByTestId('fix-before').textContent();
    const afterText = await item.getByTestId('fix-after').textContent();
    expect(beforeText).not.toBe(afterText);
    expect(cell(await grid(page), fixCell).text).toBe(beforeText);
    expect(await axe(page)).toEqual([]);
    await item.getByRole('button', { name: '应用此修正' }).click();
    await page.waitForFunction(([a, t]) => window.__jixiaoPreview!.grid().flat().find((c) => c.address === a)?.text === t, [fixCell, afterText] as const);
    expect(await page.getByRole('status').textContent()).toBe('已应用 1 处修正。');
  }, 60_000);

  test('自评: the sheet gains 实际完成值 / 分值 / 得分, the pane shows totals', async () => {
    await page.getByRole('tab', { name: '自评' }).click();
    const fill = page.getByRole('button', { name: '填写自评' });
    await fill.waitFor();
    expect(await axe(page)).toEqual([]);
    await fill.click();
    await page.getByTestId('selfeval-table').waitFor();
    expect(await page.locator('[data-testid="selfeval-table"] tbody tr').count()).toBe(7);
    const g = await grid(page);
    // Each project's header row (a table may repeat it after a page break) gets the four labels.
    const labels = ['实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
    const headers = g.filter((r) => r[2]?.text === '三级指标');
    expect(headers.length).toBeGreaterThanOrEqual(7);
    for (const r of headers) expect(labels.filter((l) => !r.some((c) => c.text === l))).toEqual([]);
    // Formulas point at the right cells after the rows added for funds and total lines: none shows
    // header text (a 全年预算数 of “三级指标” means a reference was not shifted), only numbers or grades.
    const wrong = g.flat().filter((c) => c.formula && c.text !== '' && !/^-?\d/.test(c.text) && !['优', '良', '中', '差'].includes(c.text));
    expect(wrong.map((c) => `${c.address} ${c.formula} → ${c.text}`)).toEqual([]);
    expect(g.flat().some((c) => c.text === '总分')).toBe(true);
    expect(g.flat().some((c) => c.formula?.startsWith('='))).toBe(true);
    expect(await axe(page)).toEqual([]);
  }, 60_000);

  let beforeInsert: CellView[][] = [];

  test('标准指标: a standard row is inserted under the right group', async () => {
    await page.getByRole('tab', { name: '标准指标' }).click();
    await page.getByLabel('类别').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('类别').selectOption('学生资助');
    await page.getByRole('checkbox', { name: /资助学生人次/ }).check();
    const option = page.locator('select >> option', { hasText: '学生资助补助经费-01' });
    const value = (await option.getAttribute('value'))!;
    await page.getByLabel('插入到项目').selectOption(value);
    beforeInsert = await grid(page);
    await page.getByRole('button', { name: '插入所选指标（1）' }).click();
    await page.waitForFunction((n) => window.__jixiaoPreview!.grid().length === n, beforeInsert.length + 1);
    const g = await grid(page);
    const row = g.findIndex((r) => r.some((c) => c.text === '资助学生人次')) + 1;
    expect(row).toBeGreaterThan(0);
    // Inside project 5's table, right after its last 数量指标 row, in 产出指标 › 数量指标.
    const title = g.findIndex((r) => r[0].text.startsWith('5.学生资助补助经费')) + 1;
    const nextTitle = g.findIndex((r) => r[0].text.startsWith('6.')) + 1;
    expect(row).toBeGreaterThan(title);
    expect(row).toBeLessThan(nextTitle);
    expect(g[row - 2][2].text).toBe('补助人数');
    expect(shown(g, row, 1)).toBe('产出指标');
    expect(shown(g, row, 2)).toBe('数量指标');
    expect(await axe(page)).toEqual([]);
  }, 60_000);

  test('撤销上次操作: the sheet returns to its state before the insert', async () => {
    const undo = page.getByRole('button', { name: '撤销上次操作' });
    expect(await undo.isEnabled()).toBe(true);
    await undo.click();
    await page.waitForFunction((n) => window.__jixiaoPreview!.grid().length === n, beforeInsert.length);
    expect(await grid(page)).toEqual(beforeInsert);
    expect(await page.getByRole('status').textContent()).toBe('已撤销上次操作。');
  }, 60_000);

  test('设置 tab is axe clean; English when Office is in English', async () => {
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByRole('button', { name: '保存设置' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.goto(preview('lang=en'));
    await page.waitForFunction(() => !!window.__jixiaoPreview);
    await page.getByRole('button', { name: 'Undo last action' }).waitFor();
    await page.getByRole('button', { name: 'Validate the active sheet' }).click();
    await page.getByTestId('validate-summary').waitFor();
    expect(await page.getByTestId('validate-summary').textContent()).toMatch(/^7 projects: /);
    expect(await axe(page)).toEqual([]);
  }, 60_000);

  test('no request went anywhere but the local server (office.js on taskpane.html was stubbed); no page errors', () => {
    expect(pageErrors).toEqual([]);
    const local = (u: string) => u.startsWith(`${server.url}/`) || /^(data|blob):/.test(u);
    const outside = requests.filter((r) => !local(r.url) && !(r.page === 'taskpane' && r.url === OFFICE_JS));
    expect(outside).toEqual([]);
    expect(requests.filter((r) => r.page === 'preview').length).toBeGreaterThan(0);
  });

  test('the production bundles ship no source maps and no way out (fetch, XHR, WebSocket, EventSource, beacons, imports from URLs)', () => {
    const files = fs.readdirSync(dir);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const js = files.filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(3);
    // (webpack's runtime tests `importScripts` to find its own path; only a call would load anything.)
    for (const f of js) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      expect([f, text.match(/\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|\bimportScripts\s*\(|import\(\s*["'`]https?:|sourceMappingURL/g)]).toEqual([f, null]);
    }
  });
});
