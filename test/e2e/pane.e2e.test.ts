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
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import type { BrowserContext, Page } from 'playwright-core';
import type { CellView } from '../../src/preview/data';
import { shown } from '../helpers/cell-view';
import { SEVERITY_COLORS } from '../../src/sheet/plan';
import { axe, browserSuite, buildPreview, launch, requireChromium, ROOT } from './browser';
import { serveDir, type StaticServer } from './static-server';
import { buildPreviewData } from '../../scripts/preview-data';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const INITIAL_JS_BUDGET = 200 * 1024;
const SHELL_MARK = 'jixiao:shell-mounted';

const suite = browserSuite('the task-pane browser tests');

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
    const qs = q.toString();
    return `${server.url}/preview.html${qs ? `?${qs}` : ''}`;
  };

  beforeAll(async () => {
    requireChromium();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-e2e-'));
    await buildPreview(dir);
    server = await serveDir(dir);
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-chromium-'));
    // Nothing may leave the machine: office.js (taskpane.html only) gets a local stub, the rest is refused.
    context = await launch(userData);
    context.on('request', (r) => requests.push({ page: current, url: r.url() }));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(`${current}: ${e.message}`));
    // The pages' own Content-Security-Policy must not refuse anything the pane itself needs.
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) pageErrors.push(`${current}: ${m.text()}`);
    });
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
    expect(Object.keys(js.files).some((f) => /addin|view-/.test(f))).toBe(false);
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
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'window.Office = { onReady: function () { return Promise.resolve({ host: null }); } };' }),
    );
    await page.goto(`${server.url}/taskpane.html`);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('无法连接 Excel');
    await page.unroute(OFFICE_JS);
  }, 60_000);

  /** Words the walk clicks, per display language. */
  const WORDS = {
    zh: {
      title: '绩效表助手',
      validate: '校验当前工作表',
      undo: '撤销上次操作',
      tabSelfEval: '自评',
      tabStandard: '标准指标',
      tabSettings: '设置',
      summary: /^共 7 个项目：错误 \d+，警告 \d+，提示 \d+。$/,
      notices: /^提示 \d+ 条/,
      fixGroup: '预览并全部修正',
      confirm: /^确认写入 \d+ 处$/,
      fixed: /^已应用 \d+ 处修正。$/,
      fill: '填写自评',
      category: '类别',
      project: '插入到项目',
      insert: '插入所选指标（1）',
      rescore: '重新自评',
      undone: /^已撤销( \d+ 处修改，删除)?插入的 1 行。$/,
      aid: '学生资助',
    },
    en: {
      title: 'Jixiao',
      validate: 'Validate the active sheet',
      undo: 'Undo',
      tabSelfEval: 'Self-eval',
      tabStandard: 'Rows',
      tabSettings: 'Settings',
      summary: /^7 projects: \d+ errors, \d+ warnings, \d+ notices\.$/,
      notices: /^\d+ notices/,
      fixGroup: 'Preview and fix all',
      confirm: /^Write \d+ fix(es)?$/,
      fixed: /^(\d+ fixes|1 fix) applied\.$/,
      fill: 'Fill self-evaluation',
      category: 'Category',
      project: 'Insert into project',
      insert: 'Insert selected (1)',
      rescore: 'Re-run self-evaluation',
      // The verified undo reports what it put back (revert-line.ts).
      undone: /^Undid (\d+ changes? and deleted 1 inserted row|the insertion of 1 row)\.$/,
      aid: 'Student aid',
    },
  } as const;

  /** Every visible control inside the pane's box, the main area not scrolling sideways; header and tabs on one line each. */
  async function fits(where: string): Promise<void> {
    const r = await page.evaluate(() => {
      const pane = document.querySelector('.pane')!.getBoundingClientRect();
      const sel = 'button, select, input, a, [role=tab], [role=checkbox], label, h1, h2, h3, th, td, [data-testid=summary-card]';
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>(`.pane ${sel.split(', ').join(', .pane ')}`)) {
        const b = el.getBoundingClientRect();
        if (!b.width || !b.height || getComputedStyle(el).visibility === 'hidden') continue;
        if (b.left < pane.left - 1 || b.right > pane.right + 1)
          out.push(`${el.tagName} “${(el.textContent ?? '').slice(0, 24)}” ${Math.round(b.left)}–${Math.round(b.right)} (pane ${Math.round(pane.left)}–${Math.round(pane.right)})`);
      }
      const main = document.querySelector('.pane main') as HTMLElement;
      if (main.scrollWidth > main.clientWidth + 1) out.push(`main scrolls sideways: ${main.scrollWidth} > ${main.clientWidth}`);
      const top = (el: Element | null) => (el ? Math.round(el.getBoundingClientRect().top) : -1);
      const header = document.querySelector('.pane header')!;
      const h1 = header.querySelector('h1')!.getBoundingClientRect();
      const undo = header.querySelector('button')!.getBoundingClientRect();
      if (h1.bottom <= undo.top || undo.bottom <= h1.top) out.push('title and undo are on two lines');
      if (h1.height > 32) out.push(`title wraps (${h1.height}px)`);
      if (undo.height > 32) out.push(`undo button wraps (${undo.height}px)`);
      const tabs = [...document.querySelectorAll('.pane [role=tab]')].map(top);
      if (new Set(tabs).size !== 1) out.push(`tabs on ${new Set(tabs).size} lines`);
      // Short values (待填写, totals, grades) stay on one line.
      for (const el of document.querySelectorAll('.pane [data-testid=total], .pane [data-testid=grade]')) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = new Set([...range.getClientRects()].map((x) => Math.round(x.top))).size;
        if (lines > 1) out.push(`“${el.textContent}” wraps over ${lines} lines`);
      }
      return out;
    });
    expect([where, ...r]).toEqual([where]);
  }

  /** Pixels of the main area's content down to the bottom of its last error or warning, and its visible height. */
  async function screens(): Promise<{ total: number; problems: number; client: number }> {
    return page.evaluate(() => {
      const main = document.querySelector('.pane main') as HTMLElement;
      const top = main.getBoundingClientRect().top - main.scrollTop;
      const items = [...document.querySelectorAll('[data-project] [data-severity="warning"] li, [data-project] [data-severity="error"] li')];
      const bottom = Math.max(0, ...items.map((e) => e.getBoundingClientRect().bottom - top));
      return { total: main.scrollHeight, problems: Math.ceil(bottom), client: main.clientHeight };
    });
  }

  const walks: [number, 'zh' | 'en'][] = [
    [320, 'zh'],
    [500, 'zh'],
    [320, 'en'],
    [500, 'en'],
  ];

  test.each(walks)(
    'at %i px in %s: 校验 → expand a group → fix all of one rule → 自评 → insert → 撤销; nothing overflows; axe clean',
    async (width, lang) => {
      const w = WORDS[lang];
      current = 'preview';
      await page.goto(preview(`width=${width}${lang === 'en' ? '&lang=en' : ''}`));
      await page.waitForFunction(() => !!window.__jixiaoPreview);
      const ms = await page.evaluate((m) => performance.getEntriesByName(m)[0]?.startTime ?? null, SHELL_MARK);
      metrics.firstRenderMs = { ...(metrics.firstRenderMs as object), [`preview${width}${lang}`]: Math.round(ms!) };
      await page.getByRole('heading', { level: 1, name: w.title }).waitFor();
      await fits(`${width} ${lang} start`);
      expect(await axe(page)).toEqual([]);

      // 校验: the summary on top, problem cells coloured.
      const before = await grid(page);
      expect(before.flat().some((c) => c.fill === SEVERITY_COLORS.warning)).toBe(false);
      await page.getByRole('button', { name: w.validate }).click();
      await page.getByTestId('summary-card').waitFor();
      expect(await page.getByTestId('validate-summary').textContent()).toMatch(w.summary);
      expect(await page.locator('[data-testid=summary-projects] tbody tr').count()).toBe(7);
      const coloured = (await grid(page)).flat().filter((c) => c.fill === SEVERITY_COLORS.warning || c.fill === SEVERITY_COLORS.error);
      expect(coloured.length).toBeGreaterThan(0);
      // The first thing to fix is one click from its cell.
      const first = page.getByTestId('first-to-fix').getByRole('button').first();
      await first.click();
      const selected = await page.evaluate(() => window.__jixiaoPreview!.preview.selection()?.cell ?? null);
      expect(selected).not.toBeNull();
      expect(coloured.map((c) => c.address)).toContain(selected);
      await fits(`${width} ${lang} validated`);
      expect(await axe(page)).toEqual([]);

      // Notices wait behind one line; open them and one rule group of a project.
      await page.getByTestId('notices').getByRole('button', { name: w.notices }).click();
      const group = page.locator('[data-notice-project] [data-group="NRM-01"]').first();
      await group.getByRole('button', { expanded: false }).first().click();
      const cells = await group.locator('li[data-finding]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')!));
      expect(cells.length).toBeGreaterThan(0);
      await fits(`${width} ${lang} group open`);

      // Fix all of that rule in that project: reviewed before → after, confirm on top, then written.
      await group.getByRole('button', { name: w.fixGroup }).click();
      const review = page.getByTestId('fix-review');
      await review.waitFor();
      const afters = await review.getByTestId('fix-after').allTextContents();
      const fixCells = await review.locator('[data-fix-cell]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fix-cell')!));
      expect(fixCells.length).toBe(afters.length);
      expect(fixCells.length).toBeGreaterThan(0);
      const g0 = await grid(page);
      expect(fixCells.every((a, i) => cell(g0, a).text !== afters[i])).toBe(true);
      expect(await axe(page)).toEqual([]);
      await fits(`${width} ${lang} review`);
      await review.getByRole('button', { name: w.confirm }).click();
      await page.waitForFunction(
        ([a, t]) =>
          window
            .__jixiaoPreview!.grid()
            .flat()
            .find((c) => c.address === a)?.text === t,
        [fixCells[0], afters[0]] as const,
      );
      const g1 = await grid(page);
      expect(fixCells.map((a) => cell(g1, a).text)).toEqual(afters);
      expect(await page.getByRole('status').textContent()).toMatch(w.fixed);

      // 自评: the sheet gains the four columns, the pane shows totals.
      await page.getByRole('tab', { name: w.tabSelfEval }).click();
      const fill = page.getByRole('button', { name: w.fill });
      await fill.waitFor();
      await fits(`${width} ${lang} self-eval tab`);
      expect(await axe(page)).toEqual([]);
      await fill.click();
      await page.getByTestId('selfeval-table').waitFor();
      expect(await page.locator('[data-testid="selfeval-table"] tbody tr[data-project]').count()).toBe(7);
      const g = await grid(page);
      const labels = ['实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
      const headers = g.filter((r) => r[2]?.text === '三级指标');
      expect(headers.length).toBeGreaterThanOrEqual(7);
      for (const r of headers) expect(labels.filter((l) => !r.some((c) => c.text === l))).toEqual([]);
      const wrong = g.flat().filter((c) => c.formula && c.text !== '' && !/^-?\d/.test(c.text) && !['优', '良', '中', '差'].includes(c.text));
      expect(wrong.map((c) => `${c.address} ${c.formula} → ${c.text}`)).toEqual([]);
      expect(g.flat().some((c) => c.text === '总分')).toBe(true);
      await fits(`${width} ${lang} self-eval done`);
      expect(await axe(page)).toEqual([]);

      // 标准指标: insert one row into project 5; its table has self-evaluation columns now, so the pane offers 重新自评.
      await page.getByRole('tab', { name: w.tabStandard }).click();
      await page.getByLabel(w.category).waitFor();
      await page.getByLabel(w.category).selectOption('学生资助');
      await page.getByRole('checkbox', { name: /资助学生人次/ }).check();
      const option = page.locator('select >> option', { hasText: '学生资助补助经费-01' });
      await page.getByLabel(w.project).selectOption((await option.getAttribute('value'))!);
      await fits(`${width} ${lang} standard rows`);
      expect(await axe(page)).toEqual([]);
      const beforeInsert = await grid(page);
      await page.getByRole('button', { name: w.insert }).click();
      await page.waitForFunction((n) => window.__jixiaoPreview!.grid().length === n, beforeInsert.length + 1);
      const gi = await grid(page);
      const row = gi.findIndex((r) => r.some((c) => c.text === '资助学生人次')) + 1;
      const title = gi.findIndex((r) => r[0].text.startsWith('5.学生资助补助经费')) + 1;
      const nextTitle = gi.findIndex((r) => r[0].text.startsWith('6.')) + 1;
      expect(row).toBeGreaterThan(title);
      expect(row).toBeLessThan(nextTitle);
      expect(shown(gi, row, 1)).toBe('产出指标');
      expect(shown(gi, row, 2)).toBe('数量指标');
      // 自评 split 产出 50 over four rows (12.5 each); with the new row it is five at 10, the new row included.
      let top = row - 1;
      while (!gi[top - 1].some((c) => c.text === '分值')) top--;
      const weightCol = gi[top - 1].findIndex((c) => c.text === '分值');
      expect([gi[row - 1][weightCol].text, gi[top][weightCol].text]).toEqual(['10', '10']);
      await page.getByTestId('rescore').getByRole('button', { name: w.rescore }).waitFor();
      await fits(`${width} ${lang} inserted`);
      expect(await axe(page)).toEqual([]);

      // 撤销: the sheet is as before the insert.
      // The button names what it will undo (the history's newest step): the insert just made.
      const undo = page.getByTestId('undo');
      await page.waitForFunction(() => /插入标准指标/.test(document.querySelector('[data-testid="undo"]')?.textContent ?? ''));
      expect(await undo.isEnabled()).toBe(true);
      await undo.click();
      await page.waitForFunction((n) => window.__jixiaoPreview!.grid().length === n, beforeInsert.length);
      expect(await grid(page)).toEqual(beforeInsert);
      expect(await page.getByRole('status').textContent()).toMatch(w.undone);

      // 设置 fits too, and is axe clean.
      await page.getByRole('tab', { name: w.tabSettings }).click();
      await page.getByTestId('severity-rules').waitFor();
      await fits(`${width} ${lang} settings`);
      expect(await axe(page)).toEqual([]);
    },
    180_000,
  );

  test('at 350 px the summary and every error and warning are within the first screens; README screenshot', async () => {
    current = 'preview';
    await page.goto(preview('width=350'));
    await page.waitForFunction(() => !!window.__jixiaoPreview);
    await page.getByRole('button', { name: '校验当前工作表' }).click();
    await page.getByTestId('summary-card').waitFor();
    const s = await screens();
    metrics.resultsAt350 = { ...s, screensTotal: +(s.total / s.client).toFixed(2), screensToLastProblem: +(s.problems / s.client).toFixed(2) };
    expect(s.problems).toBeGreaterThan(0);
    // About 20 screens before the summary and grouping; now about 2 (a guard against sliding back).
    expect(s.problems).toBeLessThan(2.5 * s.client);
    // The picture shows the pane at rest, not mid-action with its buttons greyed out.
    await page.waitForFunction(() => [...document.querySelectorAll('.pane main button')].some((b) => b.textContent === '校验当前工作表' && !(b as HTMLButtonElement).disabled));
    await page.screenshot({ path: path.join(ROOT, 'docs/screenshot-pane.png') });
  }, 60_000);

  test('识别结果 at 350 px: every table’s reading, one click keeps a correction with the document; axe clean; screenshot', async () => {
    current = 'preview';
    await page.goto(preview('width=350'));
    await page.waitForFunction(() => !!window.__jixiaoPreview);
    await page.getByRole('button', { name: '校验当前工作表' }).click();
    await page.getByTestId('summary-card').waitFor();
    await page.getByTestId('reading-toggle').click();
    const view = page.getByTestId('reading');
    await view.waitFor();
    expect(await page.locator('[data-reading-project]').count()).toBe(7);
    const first = page.locator('[data-reading-project="1"]');
    expect(await first.getByTestId('reading-name').textContent()).toMatch(/取自 [A-Z]+\d+/);
    expect(await first.locator('[data-testid=reading-columns] tbody tr').count()).toBeGreaterThanOrEqual(4);
    const indicators = await first.locator('[data-testid=reading-rows] tr[data-role=indicator]').count();
    expect(indicators).toBeGreaterThan(0);
    await fits('350 zh reading');
    expect(await axe(page)).toEqual([]);
    // The picture: the pane at rest with the first table's reading.
    await page.waitForFunction(() => [...document.querySelectorAll('.pane main button')].some((b) => b.textContent === '校验当前工作表' && !(b as HTMLButtonElement).disabled));
    await page.screenshot({ path: path.join(ROOT, 'docs/screenshot-reading.png') });
    // One click: the first indicator row is not one; checking again leaves it out.
    const row = first.locator('[data-testid=reading-rows] tr[data-role=indicator]').first();
    const n = await row.getAttribute('data-row');
    await row.getByRole('button', { name: `第 ${n} 行：不是指标` }).click();
    await page
      .getByTestId('reading-saved')
      .getByText(new RegExp(`第 ${n} 行 → 说明`))
      .waitFor();
    await page.getByTestId('reading-apply').click();
    await page.waitForFunction((r) => document.querySelector(`[data-reading-project="1"] tr[data-row="${r}"]`)?.getAttribute('data-role') === 'note', n);
    expect(await first.locator('[data-testid=reading-rows] tr[data-role=indicator]').count()).toBe(indicators - 1);
    await fits('350 zh reading corrected');
    expect(await axe(page)).toEqual([]);
  }, 90_000);

  // Built here in Node from the fixtures (no request leaves the page): the preview shows them in the demo's place.
  const reads: [string, string, string][] = [
    ['two halves', 'variants/v174-two-halves.xlsx', 'docs/screenshot-reading-halves.png'],
    ['laid across', 'variants/v92-transposed-table.xlsx', 'docs/screenshot-reading-across.png'],
  ];
  test.each(reads)(
    '识别结果 of a table %s at 350 px: every row at its own cell; axe clean; screenshot',
    async (what, file, shot) => {
      current = 'preview';
      await page.goto(preview('width=350'));
      await page.waitForFunction(() => !!window.__jixiaoPreview);
      const data = await buildPreviewData(path.join(ROOT, 'test/fixtures', file));
      await page.evaluate((d) => window.__jixiaoPreview!.load(d), data);
      await page.waitForFunction((name) => !!document.querySelector('.workbook-title')?.textContent?.includes(`· ${name}（`), data.workbook.activeSheet ?? '');
      await page.getByRole('button', { name: '校验当前工作表' }).click();
      await page.getByTestId('summary-card').waitFor();
      await page.getByTestId('reading-toggle').click();
      await page.getByTestId('reading').waitFor();
      expect(await page.locator('[data-reading-project]').count()).toBe(1);
      const rows = page.locator('[data-reading-project="1"] [data-testid=reading-rows] tr[data-role=indicator]');
      const cells = await rows.evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-column')}${tr.getAttribute('data-row')}`));
      if (what === 'two halves') {
        // The left half's 指标值 in D, the right half's in H, on the same sheet rows.
        expect(cells).toEqual(['D7', 'D8', 'D9', 'D10', 'H7', 'H8', 'H9', 'H10']);
      } else {
        // One indicator a column, each at its 指标值's row; the roles at their label cells.
        expect(cells.length).toBe(7);
        expect(new Set(cells.map((c) => c.replace(/^[A-Z]+/, ''))).size).toBe(1);
        expect(await page.locator('[data-reading-project="1"] [data-testid=reading-columns]').textContent()).toMatch(/A\d+/);
      }
      await fits(`350 zh reading ${what}`);
      expect(await axe(page)).toEqual([]);
      await page.waitForFunction(() => [...document.querySelectorAll('.pane main button')].some((b) => b.textContent === '校验当前工作表' && !(b as HTMLButtonElement).disabled));
      // The picture shows the rows with their cells (the table's top scrolled past).
      await page.locator('[data-reading-project="1"] [data-testid=reading-rows]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(ROOT, shot) });
    },
    90_000,
  );

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
