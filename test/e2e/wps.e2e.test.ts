/**
 * End to end for WPS: `npm run preview` with `?host=wps` (the WPS shell on the ET fake) built
 * with webpack in production mode, in headless Chromium. The ribbon's 一键校验 marks the sheet;
 * 打开助手 opens the same task pane on the WPS host, which validates; axe finds nothing on the
 * page; nothing is fetched from anywhere but the local server. Writes docs/screenshot-wps.png.
 *
 * Needs /usr/bin/chromium (Debian package `chromium`): skipped with a message without it, except
 * under CI, where its absence fails the suite.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, browserSuite, buildPreview, launch, requireChromium, ROOT } from './browser';
import { serveDir, type StaticServer } from './static-server';

const suite = browserSuite('the WPS preview browser test');

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
    requireChromium();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-wps-e2e-'));
    await buildPreview(dir);
    server = await serveDir(dir);
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-wps-chromium-'));
    context = await launch(userData, (url) => outside.push(url));
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
