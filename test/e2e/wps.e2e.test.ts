/**
 * End to end for WPS: `npm run preview` with `?host=wps` (the WPS shell on the ET fake) built
 * with webpack in production mode, in headless Chromium. The ribbon's 一键校验 marks the sheet;
 * 打开助手 opens the same task pane on the WPS host, which validates; axe finds nothing on the
 * page; nothing is fetched from anywhere but the local server. Writes docs/screenshot-wps.png.
 *
 * Needs /usr/bin/chromium (Debian package `chromium`): skipped with a message without it, except
 * under CI, where its absence fails the suite.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveDir, type StaticServer } from './static-server';

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const haveChromium = fs.existsSync(CHROMIUM);
const ci = !!process.env.CI;
if (!haveChromium && !ci) console.warn(`[e2e] ${CHROMIUM} not found: skipping the WPS preview browser test.`);
const suite = haveChromium || ci ? describe : describe.skip;

function build(out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = [path.join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production', '--env', 'preview', '--output-path', out];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`webpack exited ${code}\n${log.slice(-4000)}`))));
  });
}

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

async function axe(page: Page): Promise<string[]> {
  // Through the debugger, not a <script> tag: the page's Content-Security-Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5000 }).catch(() => undefined);
  const violations = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  });
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

/** Cells of the fake with a fill or a comment (the shell keeps the fake on window for tests). */
const marked = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __jixiaoWps: { fake: { book: { sheets: { cells: Map<number, { fill?: number; comment?: string }> }[] } } } };
    let fills = 0,
      comments = 0;
    for (const c of w.__jixiaoWps.fake.book.sheets[0].cells.values()) {
      if (c.fill !== undefined) fills++;
      if (c.comment !== undefined) comments++;
    }
    return { fills, comments };
  });

suite('WPS preview in Chromium (ribbon, task pane on the ET fake)', () => {
  let dir = '';
  let userData = '';
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const outside: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing and CI is set: install the Debian package chromium.`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-wps-e2e-'));
    await build(dir);
    server = await serveDir(dir);
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-wps-chromium-'));
    context = await chromium.launchPersistentContext(userData, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
    });
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
      outside.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    for (const d of [dir, userData]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  test('一键校验 marks the sheet; 打开助手 opens the pane, which validates; axe clean; screenshot', async () => {
    await page.goto(`${server.url}/preview.html?host=wps`);
    const toolbar = page.getByRole('toolbar', { name: '绩效表助手' });
    await toolbar.getByRole('button', { name: '一键校验' }).click();
    await expect(toolbar.getByRole('status').textContent()).resolves.toMatch(/7 个项目/);
    await page.waitForFunction(() => /7 个项目/.test(document.querySelector('[role=toolbar] [role=status]')?.textContent ?? ''));
    const after = await marked(page);
    expect(after.fills).toBeGreaterThan(0);
    expect(after.comments).toBeGreaterThan(0);

    await toolbar.getByRole('button', { name: '打开助手' }).click();
    await page.getByRole('heading', { level: 1, name: '绩效表助手' }).waitFor();
    await page.getByRole('button', { name: '校验当前工作表' }).click();
    await page.getByText(/^共 7 个项目：错误 \d+，警告 \d+，提示 \d+。$/).waitFor();

    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(ROOT, 'docs/screenshot-wps.png') });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
